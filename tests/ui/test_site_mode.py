"""Site mode: on an operator's premises the window shows only that operator's cases and
audits; going back to every operator needs the password (a confirmation without users)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from desktop.services import users
from desktop.services.database import open_database
from desktop.ui.context import AppContext
from desktop.ui.errors import set_quiet
from desktop.ui.main_window import MainWindow
from desktop.ui.models.case_table_model import CaseColumn
from desktop.ui.settings import Settings

ADMIN_PW = "Bastille-1789-juillet"


@pytest.fixture
def admin_ctx(demo_db_path: Path, tmp_path: Path, frozen_clock: datetime) -> Iterator[AppContext]:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_db_path, path)
    db = open_database(path)
    session = users.create_first_admin(path, db, "helene", ADMIN_PW)
    users.activate(session)
    try:
        yield AppContext.signed_in(session, Settings(tmp_path / "ui.ini"))
    finally:
        db.close()


def _window(qtbot, ctx: AppContext) -> MainWindow:
    set_quiet(True)
    w = MainWindow(ctx, idle_lock_ms=0)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    return w


def _busiest_operator_with_audits(ctx: AppContext) -> tuple[int, str, int, int]:
    """(operator id, name, its cases, its audits) for the operator with most cases."""
    return ctx.db.conn.execute(
        "SELECT o.id, o.name, count(DISTINCT c.id), count(DISTINCT a.id) FROM operators o "
        "JOIN cases c ON c.operator_id = o.id LEFT JOIN audits a ON a.case_id = c.id "
        "GROUP BY o.id HAVING count(DISTINCT a.id) > 0 "
        "ORDER BY count(DISTINCT c.id) DESC, o.id LIMIT 1"
    ).fetchone()


def _enter(window: MainWindow, ctx: AppContext) -> tuple[str, int, int]:
    operator_id, name, cases, audits = _busiest_operator_with_audits(ctx)
    case_id = ctx.db.conn.execute(
        "SELECT id FROM cases WHERE operator_id = ? LIMIT 1", [operator_id]
    ).fetchone()[0]
    window.open_case(case_id)
    assert window.caseload.current_case_id() == case_id
    window.site_action.trigger()  # View → Site mode: only this operator
    return name, cases, audits


def test_site_mode_shows_one_operator_and_needs_the_password_to_leave(
    qtbot, admin_ctx: AppContext
) -> None:
    window = _window(qtbot, admin_ctx)
    total = window.caseload.shown_count()
    name, cases, audits = _enter(window, admin_ctx)
    assert window.site is not None and window.site.name == name
    assert window.site_action.isChecked()
    assert window.site_banner.isVisible() and name in window.site_banner.label.text()
    page = window.caseload
    shown = [page.model.index(r, CaseColumn.OPERATOR).data() for r in range(page.shown_count())]
    assert shown == [name] * cases and cases < total
    assert not page.filter_bar.isEnabled() and not page.export_button.isEnabled()
    hidden = [window.nav.item(n).isHidden() for n in range(window.nav.count())]
    assert hidden == [False, True, False, True, True, True]  # caseload and audits only
    assert not window.field_menu.isEnabled() and not window.checkout_action.isEnabled()
    assert not window.users_action.isEnabled() and not window.new_case_action.isEnabled()
    assert name in window.status_counts.text()

    window.show_page(window.AUDITS)
    audits_page = window.audits
    audits_page.scope_combo.setCurrentIndex(2)  # all audits, done ones too
    rows = audits_page.audit_model.rows()
    assert len(rows) == audits and {r["operator_name"] for r in rows} == {name}
    assert not audits_page.export_button.isEnabled()

    prompt = window.leave_site_mode()
    assert prompt is not None and prompt.isVisible()
    ok = prompt.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(prompt.password_edit, "not-the-password-1")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert prompt.isVisible() and window.site is not None
    assert prompt.message.text() == "The user name or the password is wrong."
    qtbot.keyClicks(prompt.password_edit, ADMIN_PW)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert window.site is None and not window.site_banner.isVisible()
    assert not window.site_action.isChecked()
    assert page.filter_bar.isEnabled() and page.shown_count() == total
    assert not any(window.nav.item(n).isHidden() for n in range(window.nav.count()))
    assert len(audits_page.audit_model.rows()) > audits


def test_without_users_leaving_site_mode_asks_only_for_a_confirmation(
    qtbot, window: MainWindow, ui_ctx, monkeypatch
) -> None:
    name, cases, _audits = _enter(window, ui_ctx)
    assert window.caseload.shown_count() == cases
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))
    assert window.leave_site_mode() is None
    assert window.site is not None and window.site.name == name
    window.site_action.trigger()  # the same menu entry leaves
    assert window.site is None and window.caseload.shown_count() > cases
