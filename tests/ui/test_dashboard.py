"""The manager's dashboard, loaded off the UI thread."""

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import pytest
import sqlite_utils
from PySide6.QtCharts import QHorizontalStackedBarSeries
from PySide6.QtWidgets import QProgressBar

from db.repositories import staff as staff_repo
from desktop.domain.workload import ValidatorLoad
from desktop.services import case_service, dashboard_service, reference_data
from desktop.services.dashboard_service import Dashboard
from desktop.services.workload_service import AssignmentView, suggest_for_cases, validator_loads
from desktop.ui.dialogs.assign_dialog import UTIL, AssignDialog
from desktop.ui.dialogs.case_dialog import CaseDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.utilisation_bar import utilisation_bar
from desktop.ui.workers import pool

_AMBER = "QProgressBar::chunk { background: #f29900; }"
_RED = "QProgressBar::chunk { background: #d93025; }"


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
    assert page.overdue_box.title() == f"Overdue cases ({overdue:,})"
    upcoming = ui_ctx.db.conn.execute(
        "SELECT count(*) FROM cases WHERE is_open = 1 "
        "AND next_deadline BETWEEN '2026-06-15' AND '2026-06-29'"
    ).fetchone()[0]
    assert page.upcoming_table.rowCount() == upcoming
    assert page.upcoming_box.title() == f"Deadlines in the next 14 days ({upcoming:,})"
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


def test_capped_lists_say_how_many_there_are_in_all(qtbot, window: MainWindow) -> None:
    page = window.dashboard
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.show_page(1)
    data = page.data
    assert data is not None and len(data.overdue) >= 2 and data.upcoming
    capped = replace(
        data,
        overdue=data.overdue[:2],
        overdue_total=3899,
        upcoming=data.upcoming[:1],
        upcoming_total=612,
    )
    page.show_data(capped)
    assert page.overdue_box.title() == "Overdue cases (first 2 of 3,899)"
    assert page.upcoming_box.title() == "Deadlines in the next 14 days (first 1 of 612)"
    assert page.overdue_table.rowCount() == 2


# --- builds that overlap ----------------------------------------------------------------------


@dataclass
class HeldBuild:
    """Stands in for dashboard_service.build: the first build waits for ``release``."""

    real: Callable[..., Dashboard]
    release: threading.Event = field(default_factory=threading.Event)
    started: int = 0
    results: list[Dashboard] = field(default_factory=list)

    def __call__(self, db: sqlite_utils.Database, **kwargs: Any) -> Dashboard:
        self.started += 1
        if self.started == 1:
            self.release.wait(10)
        board = self.real(db, **kwargs)
        self.results.append(board)
        return board


@pytest.fixture
def held_build(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldBuild]:
    held = HeldBuild(dashboard_service.build)
    monkeypatch.setattr(dashboard_service, "build", held)
    try:
        yield held
    finally:
        held.release.set()  # never leave the one worker thread blocked
        pool().waitForDone(10000)


def _settle(qtbot) -> None:
    """Let every build finish and every queued result arrive (a result may start a build)."""
    while True:
        assert pool().waitForDone(10000)
        qtbot.wait(30)
        if pool().activeThreadCount() == 0:
            return


def test_a_refresh_during_a_build_shows_only_the_newer_figures(
    qtbot, window: MainWindow, held_build: HeldBuild
) -> None:
    page = window.dashboard
    shown: list[Dashboard | None] = []
    page.loaded.connect(lambda: shown.append(page.data))
    page.refresh()  # the first build starts and is held
    page.refresh()  # e.g. F5 after a change: what the first build returns is out of date
    with qtbot.waitSignal(page.loaded, timeout=10000):
        held_build.release.set()
    _settle(qtbot)
    assert held_build.started == 2
    assert len(shown) == 1 and shown[0] is held_build.results[1]
    assert page.data is held_build.results[1]
    assert page.refresh_button.isEnabled()


def test_a_change_while_hidden_drops_the_running_build(
    qtbot, window: MainWindow, held_build: HeldBuild
) -> None:
    page = window.dashboard
    shown: list[Dashboard | None] = []
    page.loaded.connect(lambda: shown.append(page.data))
    window.show_page(1)  # first visit: the build starts and is held
    window.show_page(0)
    window.caseload.data_changed.emit()  # the main window marks the figures out of date
    held_build.release.set()
    _settle(qtbot)
    assert page.data is None  # not the figures from before the change
    assert shown == []
    assert page.refresh_button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.show_page(1)  # the next visit builds them again
    assert page.data is held_build.results[-1]
    assert held_build.started == 2


def test_switching_pages_during_a_build_queues_at_most_one_more(
    qtbot, window: MainWindow, held_build: HeldBuild
) -> None:
    page = window.dashboard
    window.show_page(1)  # the build starts and is held; data stays None meanwhile
    for _ in range(4):
        window.show_page(0)
        window.show_page(1)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        held_build.release.set()
    _settle(qtbot)
    assert held_build.started == 2  # the held one, then one more: not one per switch
    assert page.data is held_build.results[1]


# --- the utilisation bar (dashboard and assignment dialog) -----------------------------------


def _load(load: float, capacity: float = 10.0, name: str = "Anne Leroy") -> ValidatorLoad:
    return ValidatorLoad(1, name, "Bretagne", capacity, 3, load)


@pytest.mark.parametrize(
    ("load", "value", "text", "colour"),
    [
        (5.0, 50, "50%", None),
        (8.44, 84, "84%", None),
        (8.5, 85, "85%", "#f29900"),
        (10.0, 100, "100%", "#f29900"),
        (10.04, 100, "100%", "#f29900"),  # the colour follows the percentage shown
        (12.0, 100, "120%", "#d93025"),
    ],
)
def test_the_utilisation_bar(qtbot, load: float, value: int, text: str, colour: str) -> None:
    bar = utilisation_bar(_load(load), None)
    qtbot.addWidget(bar)
    assert (bar.value(), bar.text(), bar.accessibleName()) == (
        value,
        text,
        "Utilisation of Anne Leroy",
    )
    assert (colour in bar.styleSheet()) if colour else bar.styleSheet() == ""


def test_a_validator_without_capacity_is_shown_as_such(qtbot) -> None:
    bar = utilisation_bar(_load(2.0, capacity=0), None)
    qtbot.addWidget(bar)
    assert (bar.value(), bar.text()) == (100, "no capacity")


def _bars(table, column: int) -> dict[str, tuple[int, str, str, str]]:
    found = {}
    for row in range(table.rowCount()):
        bar = table.cellWidget(row, column)
        assert isinstance(bar, QProgressBar)
        name = table.item(row, 0).text().removesuffix("  ★")
        found[name] = (bar.value(), bar.text(), bar.styleSheet(), bar.accessibleName())
    return found


def test_dashboard_and_assignment_dialog_draw_the_same_bars(
    qtbot, window: MainWindow, ui_ctx
) -> None:
    page = window.dashboard
    with qtbot.waitSignal(page.loaded, timeout=10000):
        window.show_page(1)
    loads = validator_loads(ui_ctx.db)
    expected = {}
    for v in loads:
        bar = utilisation_bar(v, None)
        expected[v.name] = (bar.value(), bar.text(), bar.styleSheet(), bar.accessibleName())
        bar.deleteLater()
    assert _bars(page.load_table, 3) == expected
    assert {style for _, _, style, _ in expected.values()} >= {"", _AMBER, _RED}
    case_id = ui_ctx.db.conn.execute("SELECT min(id) FROM cases WHERE is_open = 1").fetchone()[0]
    view = AssignmentView((case_id,), loads, suggest_for_cases(ui_ctx.db, [case_id], loads=loads))
    dialog = AssignDialog(window, view)
    qtbot.addWidget(dialog)
    assert _bars(dialog.table, UTIL) == expected


# --- review fixes outside the dashboard ---------------------------------------------------------
# GUI checks for the detail pane, "Acting as" and the case form. They belong with the caseload
# tests; they are here because this was the GUI test file open to the change.


def test_the_detail_pane_offers_an_extension_only_when_the_service_would_take_it(
    qtbot, window: MainWindow, ui_ctx
) -> None:
    db = ui_ctx.db
    pick = "SELECT min(id) FROM cases WHERE state = ? AND extension_days < 60"
    reassessed = db.conn.execute(pick, ["under_reassessment"]).fetchone()[0]  # decided, open
    examined = db.conn.execute(pick, ["under_examination"]).fetchone()[0]
    pane = window.caseload.detail
    pane.show_detail(case_service.case_detail(db, reassessed))
    assert "extend" not in pane.action_buttons()
    pane.show_detail(case_service.case_detail(db, examined))
    assert "extend" in pane.action_buttons()


def test_acting_as_lists_the_staff_in_post_today(
    qtbot, window: MainWindow, ui_ctx, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = ui_ctx.db
    with db.atomic():
        for name, active_from, active_to in (
            ("Zoé Leaving-Later", "2020-01-01", "2026-12-31"),  # still in post today
            ("Yann Not-Yet", "2026-09-01", None),  # starts in September
        ):
            staff_repo.insert_staff(
                db,
                {"name": name, "email": "", "roles": ["validator"], "office": "Bretagne",
                 "caseload_capacity": 20.0, "active_from": active_from, "active_to": active_to,
                 "updated_at": "2026-06-15T10:00:00Z"},
            )  # fmt: skip
    window._restore_actor()
    combo = window.actor_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["(not a staff member)"] + [p["name"] for p in reference_data.active_staff(db)]
    assert "Zoé Leaving-Later" in names and "Yann Not-Yet" not in names

    # The combo is connected once, however often it is refilled.
    chosen: list[int | None] = []
    monkeypatch.setattr(ui_ctx.settings, "set_acting_staff_id", chosen.append)
    window._restore_actor()
    chosen.clear()
    combo.setCurrentIndex(2)
    assert chosen == [combo.itemData(2)]
    assert ui_ctx.actor.name == combo.itemText(2)


def test_a_new_case_of_an_msme_starts_on_the_msme_track_whatever_its_label(
    qtbot, window: MainWindow, ui_ctx
) -> None:
    db = ui_ctx.db
    with db.atomic():
        db.conn.execute(
            "UPDATE programmes SET code = 'PME', name = 'Parcours simplifié' "
            "WHERE is_msme_track = 1"
        )
    pick = "SELECT min(id) FROM operators WHERE size_class = ?"
    small = db.conn.execute(pick, ["small"]).fetchone()[0]
    large = db.conn.execute(pick, ["large"]).fetchone()[0]
    msme = reference_data.default_programme_id(db, "small")
    assert msme is not None
    dialog = CaseDialog(window, db, ui_ctx.actor, operator_id=small)
    qtbot.addWidget(dialog)
    assert dialog.programme_combo.currentData() == msme
    assert dialog.programme_combo.currentText() == "PME – Parcours simplifié"
    other = CaseDialog(window, db, ui_ctx.actor, operator_id=large)
    qtbot.addWidget(other)
    assert other.programme_combo.currentIndex() == 0  # no default for a large operator
