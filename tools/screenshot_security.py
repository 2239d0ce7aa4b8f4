"""Screenshots of signing in, the locked window, site mode and the users (1280x800).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot_security.py DB OUT

On a copy of DB with the demo's users (admin, manager, validator): the sign-in screen after a
wrong password, the manager's window locked, the same window in site mode on the operator
with the most cases, and the administrator's Users dialog.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop.services import users
from desktop.services.demo import DEMO_PASSWORD, add_demo_users
from desktop.ui.app import demo_users_hint
from desktop.ui.context import AppContext
from desktop.ui.dialogs.login_dialog import LoginDialog
from desktop.ui.errors import set_quiet
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def window_for(
    app: QApplication, path: Path, work: Path, username: str
) -> tuple[MainWindow, AppContext]:
    session = users.sign_in(path, username, DEMO_PASSWORD)
    users.activate(session)
    ctx = AppContext.signed_in(session, Settings(work / f"{username}.ini"))
    window = MainWindow(ctx, idle_lock_ms=0)
    window.setGeometry(app.primaryScreen().geometry())
    window.show()
    settle()
    return window, ctx


def main() -> int:
    source, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp())
    path = work / "aeo-unit.sqlite"
    shutil.copy(source, path)
    add_demo_users(path)
    app = QApplication(sys.argv[:1])
    set_quiet(True)
    screen = app.primaryScreen()

    # 1. Signing in: the demo's hint under the form, after one wrong password.
    login = LoginDialog(None, path, hint=demo_users_hint(path))
    login.show()
    login.adjustSize()
    login.move(screen.geometry().center() - login.rect().center())
    login.activateWindow()
    settle()
    login.sign_in("validator", "not-my-password")
    settle()
    login.grab().save(str(out / "login.png"))  # the dialog alone: nothing is behind it yet
    login.close()

    # 2. The manager's window, locked (a case was open in the detail pane).
    window, ctx = window_for(app, path, work, "manager")
    db = ctx.db
    operator_id = db.conn.execute(
        "SELECT o.id FROM operators o JOIN cases c ON c.operator_id = o.id "
        "JOIN audits a ON a.case_id = c.id GROUP BY o.id "
        "ORDER BY count(DISTINCT c.id) DESC, count(DISTINCT a.id) DESC, o.id LIMIT 1"
    ).fetchone()[0]
    case_id = db.conn.execute(
        "SELECT id FROM cases WHERE operator_id = ? ORDER BY received_on DESC LIMIT 1",
        [operator_id],
    ).fetchone()[0]
    window.open_case(case_id)
    settle()
    window.lock()
    settle()
    screen.grabWindow(0).save(str(out / "locked.png"))

    # 3. Unlocked, then site mode on that case's operator.
    window.unlock(DEMO_PASSWORD)
    window.enter_site_mode(case_id)
    settle(600)
    screen.grabWindow(0).save(str(out / "site-mode.png"))
    window.close()
    db.close()

    # 4. The administrator's Users dialog, after adding a contact officer.
    window, ctx = window_for(app, path, work, "admin")
    session = ctx.session
    assert session is not None
    staff = session.db.conn.execute(
        "SELECT id FROM staff WHERE id NOT IN (SELECT staff_id FROM users "
        "WHERE staff_id IS NOT NULL) ORDER BY id LIMIT 1"
    ).fetchone()
    users.create_user(session, "contact", ["contact_officer"], staff_id=staff[0] if staff else None)
    dialog = window.open_users_dialog()
    assert dialog is not None
    settle()
    screen.grabWindow(0).save(str(out / "users.png"))
    dialog.close()
    window.close()
    session.db.close()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
