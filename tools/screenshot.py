"""Screenshots of the real window, for looking at what we built.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot.py DB OUT_DIR

Takes the whole X screen (so it shows what a user would see at that resolution): the
caseload with a case selected, and the manager's dashboard.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop.services.database import open_database
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    db_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    db = open_database(db_path)
    settings = Settings(Path(tempfile.mkdtemp()) / "ui.ini")
    window = MainWindow(AppContext(db=db, path=db_path, settings=settings))
    screen = app.primaryScreen().geometry()
    window.setGeometry(screen)
    window.show()
    settle()
    page = window.caseload
    # A case with a long timeline makes the detail pane honest.
    page.filter_bar.state_combo.setCurrentIndex(page.filter_bar.state_combo.findData("audit_done"))
    settle(200)
    page.table.selectRow(0)
    settle()
    app.primaryScreen().grabWindow(0).save(str(out / "caseload.png"))
    window.show_page(1)
    settle(1500)
    app.primaryScreen().grabWindow(0).save(str(out / "dashboard.png"))
    window.show_page(window.AUDITS)
    window.audits.scope_combo.setCurrentIndex(2)  # all audits
    settle(400)
    app.primaryScreen().grabWindow(0).save(str(out / "audits.png"))
    window.show_page(window.CONTACTS)
    settle(1200)  # the contact page loads on the reader thread
    app.primaryScreen().grabWindow(0).save(str(out / "main-contacts.png"))
    window.show_page(window.TRAINING)
    settle(600)
    app.primaryScreen().grabWindow(0).save(str(out / "main-training.png"))
    window.show_page(window.REPORTS)
    settle(300)
    app.primaryScreen().grabWindow(0).save(str(out / "main-reports.png"))
    window.close()
    db.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
