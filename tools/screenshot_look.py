"""Screenshots of the look: the caseload in the dark look, the guide, the empty caseload, and
the caseload at 150 % on a larger screen.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot_look.py DB OUT

writes ``caseload-dark.png``, ``help.png`` and ``empty-caseload.png`` (the whole 1280x800
screen), then runs itself again under its own Xvfb of 1920x1200 with ``QT_SCALE_FACTOR=1.5``
(``--hidpi``) for ``caseload-hidpi.png``: the same 1280x800 of layout, drawn with 1.5 times
the pixels (icons and text must stay sharp).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.services.database import open_database
from desktop.ui import icons, theme
from desktop.ui.context import AppContext
from desktop.ui.errors import set_quiet
from desktop.ui.main_window import MainWindow
from desktop.ui.models.case_table_model import CaseColumn
from desktop.ui.settings import Settings

HIDPI_SCREEN = "1920x1200x24"
HIDPI_SCALE = "1.5"


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def application() -> QApplication:
    """As the app starts it (app.py): fractional scales, the app icon, the light look."""
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    app.setWindowIcon(icons.app_icon())
    theme.apply(theme.LIGHT)
    set_quiet(True)
    return app


def open_window(app: QApplication, path: Path, work: Path) -> tuple[MainWindow, AppContext]:
    db = open_database(path)
    ctx = AppContext(db=db, path=path, settings=Settings(work / f"{path.stem}.ini"))
    window = MainWindow(ctx)
    window.setGeometry(app.primaryScreen().availableGeometry())
    window.show()
    settle()
    return window, ctx


def select_a_case(window: MainWindow) -> None:
    """A case with a long timeline (audit done), as tools/screenshot.py shows it."""
    page = window.caseload
    combo = page.filter_bar.state_combo
    combo.setCurrentIndex(combo.findData("audit_done"))
    settle(250)
    page.table.selectRow(0)
    settle()


def grab(app: QApplication, out: Path, name: str) -> None:
    app.primaryScreen().grabWindow(0).save(str(out / name))
    print(f"  {out / name}")


def main_shots(source: Path, out: Path) -> None:
    app = application()
    work = Path(tempfile.mkdtemp())
    path = work / "aeo-unit.sqlite"
    shutil.copy(source, path)

    # 1. The caseload, switched to the dark look while open (the switch is live): open cases
    #    by deadline, scrolled to the deadlines (overdue red, then soon amber, on dark rows).
    window, ctx = open_window(app, path, work)
    page = window.caseload
    page.filter_bar.state_combo.setCurrentIndex(page.filter_bar.state_combo.findData("__open__"))
    settle(250)
    page.table.horizontalHeader().setSortIndicator(CaseColumn.DEADLINE, Qt.SortOrder.AscendingOrder)
    page.apply_filters()
    settle(250)
    page.table.selectRow(0)
    scroll = page.table.horizontalScrollBar()
    scroll.setValue(scroll.maximum())
    window.set_appearance(theme.DARK)
    settle(600)
    grab(app, out, "caseload-dark.png")

    # 2. Back to light and to the usual view; the guide on the caseload's page (F1).
    window.set_appearance(theme.LIGHT)
    page.filter_bar.clear()
    scroll.setValue(0)
    select_a_case(window)
    dialog = window.open_help(window.help_topic())
    screen = app.primaryScreen().availableGeometry()
    dialog.resize(760, 600)
    dialog.move(screen.right() - dialog.width() - 40, screen.top() + 90)
    settle(600)
    grab(app, out, "help.png")
    dialog.close()
    window.close()
    ctx.db.close()

    # 3. A new, empty database: what the caseload says to do first.
    empty_path = work / "new-unit.sqlite"
    window, ctx = open_window(app, empty_path, work)
    settle(300)
    grab(app, out, "empty-caseload.png")
    window.close()
    ctx.db.close()


def hidpi_shot(source: Path, out: Path) -> None:
    app = application()
    work = Path(tempfile.mkdtemp())
    path = work / "aeo-unit.sqlite"
    shutil.copy(source, path)
    window, ctx = open_window(app, path, work)
    select_a_case(window)
    print(f"  device pixel ratio {window.devicePixelRatioF():g}")
    grab(app, out, "caseload-hidpi.png")
    window.close()
    ctx.db.close()


def main() -> int:
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    if "--hidpi" in sys.argv[3:]:
        hidpi_shot(source, out)
        return 0
    main_shots(source, out)
    # The 150 % shot needs a larger screen and the scale set before Qt starts: its own run.
    env = {**os.environ, "QT_SCALE_FACTOR": HIDPI_SCALE}
    command = [sys.executable, __file__, str(source), str(out), "--hidpi"]
    xvfb = shutil.which("xvfb-run")
    if xvfb is not None:
        command = [xvfb, "-a", "-s", f"-screen 0 {HIDPI_SCREEN}", *command]
    done = subprocess.run(command, env=env, check=False)
    print(f"screenshots in {out}")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
