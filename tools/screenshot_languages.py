"""Screenshots of the window in French and in Spanish, to look at the translations in place.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot_languages.py DB OUT_DIR

Writes ``caseload-fr.png``, ``operator-dialog-fr.png``, ``caseload-es.png`` and
``caseload-fr-dark.png`` (French in the dark look: the translations and the palette together).
Each shot selects the first case, whose pane has the most next steps (the widest buttons).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def shoot(language: str, db_path: Path, out: Path, *, dark: bool = False) -> None:
    from desktop.services.database import open_database
    from desktop.ui import i18n, theme
    from desktop.ui.context import AppContext
    from desktop.ui.dialogs.operator_dialog import OperatorDialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    app = QApplication(sys.argv[:1])
    theme.apply(theme.LIGHT)
    i18n.install(language)
    db = open_database(db_path)
    settings = Settings(Path(tempfile.mkdtemp()) / "ui.ini")
    window = MainWindow(AppContext(db=db, path=db_path, settings=settings))
    window.setGeometry(app.primaryScreen().geometry())
    window.show()
    settle()
    window.caseload.table.selectRow(0)
    if dark:
        window.set_appearance(theme.DARK)  # switched while open, as View → Appearance does
        settle(600)
    settle()
    name = f"caseload-{language}{'-dark' if dark else ''}.png"
    app.primaryScreen().grabWindow(0).save(str(out / name))
    if language == "fr" and not dark:
        dialog = OperatorDialog(window, db)
        dialog.show()
        settle()
        dialog.grab().save(str(out / f"operator-dialog-{language}.png"))
        dialog.close()
    window.close()
    db.close()


def main() -> int:
    db_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    if len(sys.argv) > 3:  # one language per process: the translators are process-wide
        language, _, look = sys.argv[3].partition("-")
        shoot(language, db_path, out, dark=look == "dark")
        return 0
    for shot in ("fr", "es", "fr-dark"):
        subprocess.run([sys.executable, __file__, str(db_path), str(out), shot], check=True)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
