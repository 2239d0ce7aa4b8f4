"""Screenshots of the contact-points page, for looking at what we built.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot_contacts.py DB OUT_DIR

DB is built as the small demo if it does not exist, and gets demo contact points if it has
none. Until the page is in the main window, it is shown in a window of its own, beside a
strip as wide as the main window's navigation, so that it gets the width it will have there.
Takes the whole X screen: coverage (with operators selected), officers, a handover preview,
the contact log, the rules, and the assign and history dialogs.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QMainWindow, QWidget

from db.repositories import contacts as contact_repo
from desktop.services import clock, contact_service
from desktop.services.database import open_database
from desktop.services.demo import create_demo_file
from desktop.services.demo_contacts import build_demo_contacts
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_dialog import to_qdate
from desktop.ui.errors import set_quiet
from desktop.ui.settings import Settings
from desktop.ui.widgets.contacts_page import ContactsPage

NAV_WIDTH = 176  # MainWindow's navigation list


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    db_path, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    if not db_path.exists():
        create_demo_file(db_path, scale="small", seed=1)
    app = QApplication(sys.argv[:1])
    set_quiet(True)
    db = open_database(db_path)
    if contact_repo.count_assignments(db) == 0:
        with db.atomic():
            build_demo_contacts(db, random.Random(1), clock.today())
    settings = Settings(Path(tempfile.mkdtemp()) / "ui.ini")
    ctx = AppContext(db=db, path=db_path, settings=settings)

    window = QMainWindow()
    window.setWindowTitle("AEO Desk – Contact points")
    central = QWidget(window)
    row = QHBoxLayout(central)
    row.setContentsMargins(4, 4, 0, 0)
    row.setSpacing(0)
    nav = QWidget(central)
    nav.setFixedWidth(NAV_WIDTH)
    page = ContactsPage(ctx, central)
    row.addWidget(nav)
    row.addWidget(page, 1)
    window.setCentralWidget(central)
    window.setGeometry(app.primaryScreen().geometry())
    window.show()
    loop = QEventLoop()
    page.loaded.connect(loop.quit)
    page.refresh()  # the main window does this on each visit
    loop.exec()
    settle()

    def grab(name: str, ms: int = 400) -> None:
        settle(ms)
        app.primaryScreen().grabWindow(0).save(str(out / f"contacts-{name}.png"))

    page.tabs.setCurrentIndex(page.COVERAGE)
    for r in range(3):
        page.coverage_view.selectRow(r) if r == 0 else page.coverage_view.selectionModel().select(
            page.coverage_model.index(r, 0),
            page.coverage_view.selectionModel().SelectionFlag.Select
            | page.coverage_view.selectionModel().SelectionFlag.Rows,
        )
    grab("coverage")

    page.tabs.setCurrentIndex(page.OFFICERS)
    grab("officers")

    loads = contact_service.officer_loads(db)
    heavy = max(loads, key=lambda r: r["operators"])
    lightest = sorted((r for r in loads if r is not heavy), key=lambda r: r["operators"])[:2]
    page.start_handover(heavy["officer_id"])
    page.set_successors([r["officer_id"] for r in lightest])
    page.effective_edit.setDate(to_qdate(clock.today().replace(day=1).replace(
        month=clock.today().month % 12 + 1, year=clock.today().year + clock.today().month // 12
    )))  # fmt: skip
    page.note_edit.setText("Rebalancing: back under the maximum")
    # Only part of the portfolio moves: the officer is over the maximum, not leaving.
    page._check_all_operators(False)
    for n in range(min(12, page.operator_list.count())):
        page.operator_list.item(n).setCheckState(Qt.CheckState.Checked)
    page.preview_handover()
    grab("handover")

    page.tabs.setCurrentIndex(page.LOG)
    grab("log")
    page.tabs.setCurrentIndex(page.RULES)
    grab("rules")

    page.tabs.setCurrentIndex(page.COVERAGE)
    dialog = page.request_assign()
    grab("assign-dialog")
    dialog.reject()
    first = page.coverage_model.row(0)
    covered = contact_service.long_tenure(db)
    history = page.open_history(covered[0]["operator_id"] if covered else first["id"])
    grab("history-dialog")
    history.reject()

    window.close()
    db.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
