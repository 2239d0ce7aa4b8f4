"""Screenshots of the window in French and in Spanish, to look at the translations in place.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot_languages.py DB OUT_DIR

Writes ``caseload-fr.png``, ``operator-dialog-fr.png`` and ``caseload-es.png``.
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


def shoot(language: str, db_path: Path, out: Path) -> None:
    from desktop.services.database import open_database
    from desktop.ui import i18n
    from desktop.ui.context import AppContext
    from desktop.ui.dialogs.operator_dialog import OperatorDialog
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    app = QApplication(sys.argv[:1])
    i18n.install(language)
    db = open_database(db_path)
    settings = Settings(Path(tempfile.mkdtemp()) / "ui.ini")
    window = MainWindow(AppContext(db=db, path=db_path, settings=settings))
    window.setGeometry(app.primaryScreen().geometry())
    window.show()
    settle()
    window.caseload.table.selectRow(0)
    settle()
    app.primaryScreen().grabWindow(0).save(str(out / f"caseload-{language}.png"))
    if language == "fr":
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
        shoot(sys.argv[3], db_path, out)
        return 0
    for language in ("fr", "es"):
        subprocess.run([sys.executable, __file__, str(db_path), str(out), language], check=True)
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
