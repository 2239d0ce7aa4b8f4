"""Screenshots of the staff training page, for looking at what we built.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot_training.py DB OUT

DB is built if it does not exist: the small demo (seed 7), with the demo training data (added
in one transaction if the demo builder did not add it). The page is shown in a QMainWindow
of its own, full screen (1280x800), and the whole X screen is grabbed: the matrix
(``training-matrix.png``), the follow-up queue (``training-follow-ups.png``), the session
entry dialog (``training-session.png``) and the catalogue (``training-catalogue.png``).
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop.services import clock
from desktop.services.actor import Actor
from desktop.services.database import open_database
from desktop.services.demo import create_demo_file
from desktop.services.demo_training import build_demo_training
from desktop.ui.context import AppContext
from desktop.ui.settings import Settings
from desktop.ui.widgets.training_page import TrainingPage


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def build(db_path: Path) -> None:
    create_demo_file(db_path, scale="small", seed=7)
    db = open_database(db_path)
    try:
        if not db.conn.execute("SELECT count(*) FROM training_records").fetchone()[0]:
            with db.atomic():  # a demo builder that does not add training yet
                build_demo_training(db, random.Random(7), clock.today())
    finally:
        db.close()


def main() -> int:
    db_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    if not db_path.exists():
        build(db_path)
    app = QApplication(sys.argv[:1])
    db = open_database(db_path)
    settings = Settings(Path(tempfile.mkdtemp()) / "ui.ini")
    ctx = AppContext(db=db, path=db_path, settings=settings, actor=Actor("Training manager"))
    window = QMainWindow()
    window.setWindowTitle("AEO Desk – Staff training")
    page = TrainingPage(ctx, window)
    window.setCentralWidget(page)
    window.setGeometry(app.primaryScreen().geometry())
    window.show()
    page.refresh()
    settle()

    def grab(name: str) -> None:
        settle()
        app.primaryScreen().grabWindow(0).save(str(out / name))

    page.tabs.setCurrentIndex(page.MATRIX)
    grab("training-matrix.png")
    page.tabs.setCurrentIndex(page.QUEUE)
    page.queue_view.selectRow(2)
    grab("training-follow-ups.png")
    page.tabs.setCurrentIndex(page.CATALOGUE)
    grab("training-catalogue.png")
    page.tabs.setCurrentIndex(page.RECORDS)
    dialog = page.request_session()
    settle(200)
    dialog.model.tick_where(lambda row: row < 6 and dialog.model.needs(row))
    grab("training-session.png")
    dialog.reject()
    window.close()
    db.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
