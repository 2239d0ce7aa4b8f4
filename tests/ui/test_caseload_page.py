"""The caseload by keyboard and mouse: filters, quick search, a transition with its reason,
bulk reassignment, the operator and case forms, and remembered layout."""

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.domain.cases import CaseState
from desktop.ui.main_window import MainWindow
from desktop.ui.models.case_table_model import CaseColumn


def _column(page, col: CaseColumn) -> list[str]:
    model = page.model
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


def _count(db, sql: str, params=()) -> int:
    return db.conn.execute(sql, params).fetchone()[0]


def test_state_filter_shows_exactly_that_state(window: MainWindow, ui_ctx) -> None:
    page = window.caseload
    bar = page.filter_bar
    bar.state_combo.setCurrentIndex(bar.state_combo.findData("decision_pending"))
    expected = _count(ui_ctx.db, "SELECT count(*) FROM cases WHERE state = 'decision_pending'")
    assert 0 < page.shown_count() == expected
    assert set(_column(page, CaseColumn.STATE)) == {"Decision pending"}
    assert f"{expected} of 600 cases shown" in window.status_counts.text()


def test_filters_combine_validator_msme_and_overdue(window: MainWindow, ui_ctx) -> None:
    page, bar = window.caseload, window.caseload.filter_bar
    bar.msme_check.setChecked(True)
    assert set(_column(page, CaseColumn.SIZE)) <= {"Micro", "Small", "Medium"}
    bar.deadline_combo.setCurrentIndex(bar.deadline_combo.findData("__overdue__"))
    overdue_msme = _count(
        ui_ctx.db,
        "SELECT count(*) FROM cases c JOIN operators o ON o.id = c.operator_id "
        "WHERE c.is_open = 1 AND c.next_deadline < '2026-06-15' "
        "AND o.size_class <> 'large'",
    )
    assert page.shown_count() == overdue_msme > 0
    assert all(int(d) < 0 for d in _column(page, CaseColumn.DAYS_LEFT))
    bar.clear()
    assert page.shown_count() == 600
    validator = bar.validator_combo.itemData(3)  # first named validator
    bar.validator_combo.setCurrentIndex(3)
    mine = _count(ui_ctx.db, "SELECT count(*) FROM cases WHERE validator_id = ?", [validator])
    assert page.shown_count() == mine


def test_due_within_days_uses_the_spin_box(window: MainWindow, ui_ctx) -> None:
    page, bar = window.caseload, window.caseload.filter_bar
    assert not bar.days_spin.isEnabled()
    bar.deadline_combo.setCurrentIndex(bar.deadline_combo.findData("__due_within__"))
    assert bar.days_spin.isEnabled()
    bar.days_spin.setValue(7)
    expected = _count(
        ui_ctx.db,
        "SELECT count(*) FROM cases WHERE is_open = 1 "
        "AND next_deadline BETWEEN '2026-06-15' AND '2026-06-22'",
    )
    assert page.shown_count() == expected
    assert all(0 <= int(d) <= 7 for d in _column(page, CaseColumn.DAYS_LEFT))


def test_quick_search_by_reference_operator_and_eori(qtbot, window: MainWindow, ui_ctx) -> None:
    page, bar = window.caseload, window.caseload.filter_bar
    ref, name, eori = ui_ctx.db.conn.execute(
        "SELECT c.reference, o.name, i.value FROM cases c JOIN operators o ON o.id = c.operator_id "
        "JOIN operator_identifiers i ON i.operator_id = o.id AND i.scheme = 'EORI' LIMIT 1"
    ).fetchone()
    qtbot.keyClicks(bar.search_edit, ref)
    qtbot.waitUntil(lambda: page.shown_count() == 1)
    assert _column(page, CaseColumn.REFERENCE) == [ref]
    bar.search_edit.clear()
    qtbot.keyClicks(bar.search_edit, eori)
    qtbot.keyClick(bar.search_edit, Qt.Key.Key_Return)
    expected = _count(
        ui_ctx.db,
        "SELECT count(*) FROM cases c JOIN operator_identifiers i "
        "ON i.operator_id = c.operator_id WHERE i.value = ?",
        [eori],
    )
    assert page.shown_count() == expected >= 1
    bar.search_edit.setText(name.split()[0][:4])
    qtbot.keyClick(bar.search_edit, Qt.Key.Key_Return)
    assert page.shown_count() > 0
    assert all(name.split()[0][:4].lower() in n.lower() for n in _column(page, CaseColumn.OPERATOR))
    bar.search_edit.setText("zzzz-no-such-thing")
    qtbot.keyClick(bar.search_edit, Qt.Key.Key_Return)
    assert page.shown_count() == 0


def _select_first_in_state(window: MainWindow, state: str) -> int:
    page = window.caseload
    bar = page.filter_bar
    bar.state_combo.setCurrentIndex(bar.state_combo.findData(state))
    assert page.shown_count() > 0
    page.table.selectRow(0)
    case_id = page.current_case_id()
    assert case_id is not None
    return case_id


def test_transition_that_needs_a_reason(qtbot, window: MainWindow, ui_ctx) -> None:
    window.actor_combo.setCurrentIndex(1)  # "Acting as": a staff member
    acting = window.actor_combo.currentText()
    case_id = _select_first_in_state(window, "received")
    page = window.caseload
    events_before = _count(
        ui_ctx.db, "SELECT count(*) FROM case_events WHERE case_id = ?", [case_id]
    )
    buttons = page.detail.action_buttons()
    assert set(buttons) >= {"move_accepted", "move_not_accepted", "move_withdrawn"}
    assert "move_granted" not in buttons  # only legal next states are offered

    dialog = page.request_transition(case_id, CaseState.NOT_ACCEPTED)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # no reason yet
    assert dialog.isVisible()
    assert "Reason" in dialog.error_label.text()
    state = ui_ctx.db.conn.execute("SELECT state FROM cases WHERE id = ?", [case_id]).fetchone()
    assert state[0] == "received"

    qtbot.keyClicks(dialog.reason_edit, "Applicant not established in the customs territory.")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    row = ui_ctx.db.conn.execute(
        "SELECT state, is_open FROM cases WHERE id = ?", [case_id]
    ).fetchone()
    assert row == ("not_accepted", 0)
    last = ui_ctx.db.conn.execute(
        "SELECT kind, from_state, to_state, reason, actor FROM case_events WHERE case_id = ? "
        "ORDER BY id DESC LIMIT 1",
        [case_id],
    ).fetchone()
    assert last == (
        "transition",
        "received",
        "not_accepted",
        "Applicant not established in the customs territory.",
        acting,
    )
    assert _count(ui_ctx.db, "SELECT count(*) FROM case_events WHERE case_id = ?", [case_id]) == (
        events_before + 1
    )
    # The case left the "received" filter; the detail pane still shows it, now closed.
    assert page.detail.case_id() == case_id
    assert "closedNote" in {
        w.objectName() for w in page.detail.findChildren(type(page.detail.title))
    }
    top = page.detail.timeline.topLevelItem(0)
    assert top.text(3) == "Applicant not established in the customs territory."


def test_bulk_reassign_uses_the_suggestion_and_one_transaction(
    qtbot, window: MainWindow, ui_ctx
) -> None:
    page = window.caseload
    bar = page.filter_bar
    bar.state_combo.setCurrentIndex(bar.state_combo.findData("__open__"))
    sm = page.table.selectionModel()
    for row in range(5):
        sm.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    ids = page.selected_case_ids()
    assert len(ids) == 5
    with qtbot.waitSignal(page.assign_dialog_opened, timeout=5000) as opened:
        page.request_assign()
    dialog = opened.args[0]
    assert dialog.suggestion.staff_id is not None
    assert "%" in dialog.suggestion_label.text() and "load" in dialog.suggestion_label.text()
    assert dialog.chosen_staff_id() == dialog.suggestion.staff_id  # pre-selected
    dialog.table.selectRow(dialog.table.rowCount() - 1)  # the busiest: a deliberate choice
    chosen = dialog.chosen_staff_id()
    dialog.reason_edit.setText("Rebalancing before the holidays")
    with qtbot.waitSignal(page.counts_changed, timeout=10000):
        dialog.accept()
        qtbot.waitUntil(lambda: getattr(page, "last_job", None) is not None)
    rows = ui_ctx.db.conn.execute(
        "SELECT DISTINCT validator_id FROM cases WHERE id IN (SELECT value FROM json_each(?))",
        [str(ids)],
    ).fetchall()
    assert rows == [(chosen,)]
    reasons = ui_ctx.db.conn.execute(
        "SELECT count(*) FROM case_events WHERE kind = 'assigned' AND reason = ?",
        ["Rebalancing before the holidays"],
    ).fetchone()[0]
    assert 1 <= reasons <= 5  # cases already with that validator are not touched


def test_operator_form_names_bad_fields_and_saves_nothing(
    qtbot, window: MainWindow, ui_ctx
) -> None:
    before = _count(ui_ctx.db, "SELECT count(*) FROM operators")
    dialog = window.caseload.request_edit_operator(None)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.headcount_edit.setText("-4")
    dialog.ids_table.item(0, 2).setText("FR12#34")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    text = dialog.error_label.text()
    assert "Name" in text and "Headcount" in text
    assert dialog.isVisible()
    dialog.name_edit.setText("Petite Fromagerie du Jura SARL")
    dialog.headcount_edit.setText("7")
    dialog.turnover_edit.setText("1.2M")
    assert dialog.size_label.text().startswith("Micro")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "Identifier 1" in dialog.error_label.text()
    assert _count(ui_ctx.db, "SELECT count(*) FROM operators") == before
    dialog.ids_table.item(0, 2).setText("FR55512345678")
    dialog.role_checks["exporter"].setChecked(True)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    row = ui_ctx.db.conn.execute(
        "SELECT name, headcount, size_class, roles FROM operators WHERE id = ?",
        [dialog.result_value],
    ).fetchone()
    assert row == ("Petite Fromagerie du Jura SARL", 7, "micro", '["exporter"]')


def test_new_case_form_registers_a_case_with_a_reference(qtbot, window: MainWindow, ui_ctx) -> None:
    op_id, op_name = ui_ctx.db.conn.execute(
        "SELECT id, name FROM operators WHERE size_class = 'small' LIMIT 1"
    ).fetchone()
    dialog = window.caseload.request_new_case(operator_id=op_id)
    assert dialog.operator_edit.text() == op_name
    assert dialog.programme_combo.currentText().startswith("MSME")  # MSME default track
    dialog.summary_edit.setPlainText("Walk-in applicant after an outreach seminar.")
    with qtbot.waitSignal(window.caseload.counts_changed, timeout=5000):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    ref, state, summary = ui_ctx.db.conn.execute(
        "SELECT reference, state, summary FROM cases WHERE id = ?", [dialog.result_value]
    ).fetchone()
    assert ref.startswith("AEO-2026-") and state == "received"
    assert summary == "Walk-in applicant after an outreach seminar."
    assert window.caseload.current_case_id() == dialog.result_value
    assert window.caseload.detail.title.text() == ref


def test_new_case_without_operator_is_refused_in_the_form(
    qtbot, window: MainWindow, ui_ctx
) -> None:
    before = _count(ui_ctx.db, "SELECT count(*) FROM cases")
    dialog = window.caseload.request_new_case()
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert "Operator" in dialog.error_label.text()
    assert dialog.isVisible()
    assert _count(ui_ctx.db, "SELECT count(*) FROM cases") == before


def test_keyboard_shortcuts_reach_search_and_pages(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.dashboard
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.caseload
    assert window.caseload.filter_bar.search_edit.hasFocus()


def test_layout_is_remembered(qtbot, ui_ctx) -> None:
    first = MainWindow(ui_ctx)
    qtbot.addWidget(first)
    first.show()
    first.caseload.table.setColumnWidth(CaseColumn.OPERATOR, 321)
    first.caseload.table.horizontalHeader().moveSection(CaseColumn.REGION, 1)
    first.close()
    assert not ui_ctx.settings.geometry("MainWindow").isEmpty()
    second = MainWindow(ui_ctx)
    qtbot.addWidget(second)
    header = second.caseload.table.horizontalHeader()
    assert second.caseload.table.columnWidth(CaseColumn.OPERATOR) == 321
    assert header.visualIndex(CaseColumn.REGION) == 1
    assert not ui_ctx.settings.state("caseloadSplitter").isEmpty()
    # Window geometry is saved too (above); the 800x600 offscreen screen clamps it on restore,
    # so its size is not compared here.


def test_large_databases_search_off_the_ui_thread_newest_request_wins(
    qtbot, window: MainWindow, ui_ctx, monkeypatch
) -> None:
    from desktop.ui.widgets import caseload_page

    monkeypatch.setattr(caseload_page, "ASYNC_ABOVE", 0)
    page, bar = window.caseload, window.caseload.filter_bar
    page._total_cases = 600  # as if above the threshold
    page.table.selectRow(0)
    keep = page.current_case_id()
    expected = _count(ui_ctx.db, "SELECT count(*) FROM cases WHERE state = 'received'")
    with qtbot.waitSignal(page.query_applied, timeout=5000):
        # Two requests in a row: only the second (received) may end up on screen.
        bar.state_combo.setCurrentIndex(bar.state_combo.findData("granted"))
        bar.state_combo.setCurrentIndex(bar.state_combo.findData("received"))
    qtbot.waitUntil(lambda: page.model.query.states == ("received",), timeout=5000)
    qtbot.wait(200)  # let the superseded result arrive too; it must be ignored
    assert page.model.query.states == ("received",)
    assert page.shown_count() == expected
    assert set(_column(page, CaseColumn.STATE)) == {"Received"}
    assert keep is not None


def test_clicking_a_header_sorts_in_sql_and_keeps_the_selection(qtbot, window: MainWindow) -> None:
    page = window.caseload
    page.table.selectRow(5)
    keep = page.current_case_id()
    header = page.table.horizontalHeader()
    rect = header.sectionViewportPosition(CaseColumn.OPERATOR) + 5
    from PySide6.QtCore import QPoint

    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect, 5))
    names = _column(page, CaseColumn.OPERATOR)
    assert page.model.query.sort_key == "operator"
    assert names == sorted(names, key=str.casefold) or names == sorted(
        names, key=str.casefold, reverse=True
    )
    assert page.current_case_id() == keep
    assert page.selected_case_ids() == [keep]


def test_the_timeline_is_shown_in_the_readers_language(window: MainWindow, ui_ctx) -> None:
    """The demo's events are stored in English; a French reader sees them in French, and
    what people typed (the reason) as they typed it."""
    from desktop.domain import i18n, timeline
    from desktop.services import case_service

    case_id = _count(
        ui_ctx.db,
        "SELECT min(case_id) FROM case_events WHERE kind = 'transition' AND reason <> ''",
    )
    detail = case_service.case_detail(ui_ctx.db, case_id)
    stored = [(e["detail"], e["reason"]) for e in reversed(detail.events)]  # newest first
    assert " registered as " in stored[-1][0]
    i18n.set_language("fr")
    try:
        window.caseload.detail.show_detail(detail)
        tree = window.caseload.detail.timeline
        rows = [tree.topLevelItem(r) for r in range(tree.topLevelItemCount())]
        shown = [(item.text(2), item.text(3)) for item in rows]
        expected = [(timeline.describe(what), reason) for what, reason in stored]
    finally:
        i18n.set_language("en")
    assert shown == expected
    assert " : enregistrement sous la référence " in shown[-1][0]
    moves = [n for n, (what, _reason) in enumerate(stored) if " → " in what]
    assert moves and all(shown[n][0] != stored[n][0] for n in moves)  # state names in French
    assert any(reason for _what, reason in shown)
