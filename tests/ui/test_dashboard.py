"""The manager's dashboard, loaded off the UI thread."""

from PySide6.QtCharts import QHorizontalStackedBarSeries

from desktop.ui.main_window import MainWindow


def test_dashboard_shows_open_cases_loads_and_deadlines(qtbot, window: MainWindow, ui_ctx) -> None:
    page = window.dashboard
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.show_page(1)
    data = page.data
    assert data is not None
    series = page.chart.series()
    assert len(series) == 1 and isinstance(series[0], QHorizontalStackedBarSeries)
    bar_sets = series[0].barSets()
    assert [b.label() for b in bar_sets] == [s.label for s in data.states]
    charted = sum(sum(b.at(i) for i in range(b.count())) for b in bar_sets)
    open_cases = ui_ctx.db.conn.execute("SELECT count(*) FROM cases WHERE is_open = 1").fetchone()[
        0
    ]
    assert charted == open_cases
    overdue = ui_ctx.db.conn.execute(
        "SELECT count(*) FROM cases WHERE is_open = 1 AND next_deadline < '2026-06-15'"
    ).fetchone()[0]
    assert page.overdue_table.rowCount() == overdue > 0
    upcoming = ui_ctx.db.conn.execute(
        "SELECT count(*) FROM cases WHERE is_open = 1 "
        "AND next_deadline BETWEEN '2026-06-15' AND '2026-06-29'"
    ).fetchone()[0]
    assert page.upcoming_table.rowCount() == upcoming
    validators = ui_ctx.db.conn.execute(
        "SELECT count(*) FROM staff WHERE roles LIKE '%validator%' AND active_to IS NULL"
    ).fetchone()[0]
    assert page.load_table.rowCount() == validators


def test_double_click_opens_the_case_in_the_caseload(qtbot, window: MainWindow) -> None:
    page = window.dashboard
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.show_page(1)
    table = page.overdue_table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Due", "Reference", "Operator", "State", "Validator"]
    assert table.item(0, 2).text() == table.item(0, 2).text().strip() != ""
    index = table.model().index(0, 1)
    reference = index.data()
    assert reference.startswith("AEO-")
    page._on_case_table_double_clicked(index)
    assert window.pages.currentWidget() is window.caseload
    assert window.caseload.detail.title.text() == reference
