"""The caseload model: Qt's model contract, full row count, lazy blocks, SQL-side sort."""

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt

from desktop.services.caseload_service import CaseQuery
from desktop.ui.models import case_table_model as m
from desktop.ui.models.case_table_model import CASE_ID_ROLE, CaseColumn, CaseTableModel


def test_model_passes_qtmodeltester(qtmodeltester, ui_ctx) -> None:
    model = CaseTableModel(ui_ctx.db)
    model.set_query(CaseQuery(states=("received",)))
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_row_count_is_every_matching_case_without_loading_rows(ui_ctx) -> None:
    model = CaseTableModel(ui_ctx.db)
    model.set_query(CaseQuery())
    total = ui_ctx.db.conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    assert model.rowCount() == total == 600
    assert model.columnCount() == len(CaseColumn)
    assert model.rowCount(model.index(0, 0)) == 0  # a table has no children
    assert not model._blocks  # nothing loaded until a cell is asked for


def test_rows_load_in_blocks_and_the_cache_stays_bounded(ui_ctx, monkeypatch) -> None:
    monkeypatch.setattr(m, "MAX_BLOCKS", 2)
    model = CaseTableModel(ui_ctx.db)
    model.set_query(CaseQuery())
    for row in range(0, model.rowCount(), 37):
        assert model.data(model.index(row, CaseColumn.REFERENCE)).startswith("AEO-")
    assert len(model._blocks) <= 2


def test_display_matches_the_database(ui_ctx) -> None:
    model = CaseTableModel(ui_ctx.db)
    model.set_query(CaseQuery(sort_key="reference", descending=False))
    first = ui_ctx.db.conn.execute(
        "SELECT c.reference, o.name, c.state FROM cases c JOIN operators o ON o.id = c.operator_id "
        "ORDER BY c.reference LIMIT 1"
    ).fetchone()
    assert model.data(model.index(0, CaseColumn.REFERENCE)) == first[0]
    assert model.data(model.index(0, CaseColumn.OPERATOR)) == first[1]
    assert model.data(model.index(0, CaseColumn.STATE)).lower().replace(" ", "_") == first[2]
    case_id = model.data(model.index(0, 0), CASE_ID_ROLE)
    assert model.row_of(case_id) == 0
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None
    assert model.data(QModelIndex()) is None


def test_overdue_deadlines_are_red_and_say_so(ui_ctx) -> None:
    model = CaseTableModel(ui_ctx.db)
    model.set_query(CaseQuery(overdue_on="2026-06-15"))
    assert model.rowCount() > 0
    index = model.index(0, CaseColumn.DAYS_LEFT)
    assert int(model.data(index)) < 0
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    assert "Overdue" in model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_sort_runs_in_sql_in_both_directions(ui_ctx) -> None:
    model = CaseTableModel(ui_ctx.db)
    model.set_query(CaseQuery())
    model.sort(CaseColumn.OPERATOR, Qt.SortOrder.AscendingOrder)
    names = [model.data(model.index(r, CaseColumn.OPERATOR)) for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold)
    model.sort(CaseColumn.OPERATOR, Qt.SortOrder.DescendingOrder)
    desc = [model.data(model.index(r, CaseColumn.OPERATOR)) for r in range(model.rowCount())]
    assert desc == sorted(names, key=str.casefold, reverse=True)
    assert model.query.sort_key == "operator"
    model.set_query(replace(model.query, sort_key="next_deadline", descending=False))
    dues = [model.data(model.index(r, CaseColumn.DEADLINE)) for r in range(model.rowCount())]
    non_empty = [d for d in dues if d]
    assert non_empty == sorted(non_empty)
