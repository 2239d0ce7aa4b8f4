"""Colours that widgets draw themselves read well in both looks: each text against what it is
drawn on contrasts by 4.5:1 or more (WCAG AA), in the light look and in the dark one, on
widgets built in one look and then switched to the other (a change of look is live).

Read from the models' roles, the items' brushes, the style sheets' colours, the palettes of
hint labels, and the pixels of the utilisation bar (Fusion draws its text over the fill).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from helpers.audits import answer_all, plan
from helpers.builders import make_operator, make_validator
from helpers.clock import FROZEN_TODAY
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QTreeWidgetItem, QWidget

from db.repositories.common import scalar
from desktop.domain import checklists as cl
from desktop.domain.workload import ValidatorLoad
from desktop.services import contact_service
from desktop.services.actor import Actor
from desktop.services.demo_training import build_demo_training
from desktop.ui import theme
from desktop.ui.context import AppContext
from desktop.ui.dialogs.login_dialog import LoginDialog
from desktop.ui.dialogs.password_dialog import PasswordRules
from desktop.ui.errors import set_quiet
from desktop.ui.models.coverage_model import HIGHLIGHT_ROLE, NEEDS_HANDOVER, OVER_MAX
from desktop.ui.widgets.audits_page import AuditsPage
from desktop.ui.widgets.contacts_page import ContactsPage
from desktop.ui.widgets.training_page import TrainingPage
from desktop.ui.widgets.utilisation_bar import utilisation_bar

AA = 4.5
LOOKS = (theme.DARK, theme.LIGHT)  # the app starts light: dark first is a change of look
_R = QPalette.ColorRole
_FG = Qt.ItemDataRole.ForegroundRole
_BG = Qt.ItemDataRole.BackgroundRole
ME = Actor("Test Manager")


@pytest.fixture
def look(qapp: QApplication) -> Iterator[None]:
    """Put the application's style, palette and colour scheme back after the test."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    set_quiet(True)
    yield
    theme.manager().appearance = theme.SYSTEM
    QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Unknown)
    qapp.setStyle(style)
    qapp.setPalette(palette)


def _apply(qapp: QApplication, appearance: str) -> None:
    theme.apply(appearance)
    qapp.processEvents()
    assert theme.is_dark() is (appearance == theme.DARK)


def _show(qtbot: Any, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)


def _sheet_colours(widget: QWidget) -> tuple[QColor, QColor]:
    """(text, background) from ``widget``'s style sheet."""
    sheet = widget.styleSheet()
    fg = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", sheet)
    bg = re.search(r"background:\s*(#[0-9a-fA-F]{6})", sheet)
    assert fg and bg, sheet
    return QColor(fg.group(1)), QColor(bg.group(1))


def _span_colours(label: QLabel) -> list[QColor]:
    found = re.findall(r"color:\s*(#[0-9a-fA-F]{6})", label.text())
    assert found, label.text()
    return [QColor(c) for c in found]


def _worst(pairs: list[tuple[QColor, QColor, str]]) -> tuple[float, str]:
    assert pairs
    return min((theme.contrast(fg, bg), what) for fg, bg, what in pairs)


# --- the coverage (contact officers' loads) ----------------------------------------------------


def _officer(ctx: AppContext, name: str, **overrides: Any) -> int:
    return make_validator(ctx.db, name=name, roles=["contact officer"], **overrides)


def test_officer_highlights_read_in_both_looks(
    qtbot: Any, qapp: QApplication, look: None, ui_ctx: AppContext
) -> None:
    db = ui_ctx.db
    contact_service.set_rules(db, max_operators=1)
    over = _officer(ui_ctx, "Odile Over")
    gone = _officer(ui_ctx, "Gaston Gone", active_to=(FROZEN_TODAY - timedelta(days=1)).isoformat())
    for officer, n in ((over, 2), (gone, 1)):
        for _ in range(n):
            op = make_operator(db, region="Corse")
            contact_service.assign(db, op, officer, "primary", date(2025, 1, 1), ME)
    page = ContactsPage(ui_ctx)
    _show(qtbot, page)
    with qtbot.waitSignal(page.loaded, timeout=10000):
        page.refresh()
    page.tabs.setCurrentIndex(page.OFFICERS)
    model = page.officer_model
    states = {model.index(r, 0).data(HIGHLIGHT_ROLE) for r in range(model.rowCount())}
    assert {OVER_MAX, NEEDS_HANDOVER} <= states
    for appearance in LOOKS:
        _apply(qapp, appearance)
        pal = page.officer_view.palette()
        pairs = []
        for r in range(model.rowCount()):
            if model.index(r, 0).data(HIGHLIGHT_ROLE) is None:
                continue
            for c in range(model.columnCount()):
                index = model.index(r, c)
                bg = index.data(_BG).color()
                fg = index.data(_FG)
                text = fg.color() if fg is not None else pal.color(_R.Text)
                pairs.append((text, bg, f"row {r} column {c}"))
        worst, where = _worst(pairs)
        assert worst >= AA, f"{appearance}: {where} contrasts {worst:.2f}"
    page.close()
    qtbot.waitUntil(lambda: page.jobs_in_flight == 0, timeout=10000)


# --- the training matrix -------------------------------------------------------------------------


def test_training_matrix_reads_in_both_looks(
    qtbot: Any, qapp: QApplication, look: None, ui_ctx: AppContext
) -> None:
    if not scalar(ui_ctx.db, "SELECT count(*) FROM training_records"):
        with ui_ctx.db.atomic():
            build_demo_training(ui_ctx.db, random.Random(7), FROZEN_TODAY)
    page = TrainingPage(ui_ctx)
    _show(qtbot, page)
    page.tabs.setCurrentIndex(page.MATRIX)
    model = page.matrix_model
    assert model.rowCount() and model.columnCount()
    backgrounds: dict[str, set[str]] = {}
    for appearance in LOOKS:
        _apply(qapp, appearance)
        pairs = []
        seen: dict[str, str] = {}
        for r in range(model.rowCount()):
            for c in range(model.columnCount()):
                index = model.index(r, c)
                bg, fg = index.data(_BG).color(), index.data(_FG).color()
                pairs.append((fg, bg, f"cell {r},{c}"))
                seen[bg.name()] = index.data(Qt.ItemDataRole.UserRole + 1)
        for status, chip in page.legend.items():
            fg, bg = _sheet_colours(chip)
            pairs.append((fg, bg, f"legend {status.value}"))
        worst, where = _worst(pairs)
        assert worst >= AA, f"{appearance}: {where} contrasts {worst:.2f}"
        assert len(seen) == 6  # one tint per status, in each look
        backgrounds[appearance] = set(seen)
        # The dark look's tints are dark: no pale cell under its light text.
        base = page.matrix_view.palette().color(_R.Base)
        assert all((QColor(c).lightnessF() < 0.5) == (base.lightnessF() < 0.5) for c in seen)
    assert not backgrounds[theme.DARK] & backgrounds[theme.LIGHT]


# --- the checklist -----------------------------------------------------------------------------


def test_checklist_results_and_notes_read_in_both_looks(
    qtbot: Any, qapp: QApplication, look: None, ui_ctx: AppContext
) -> None:
    db = ui_ctx.db
    audit_id = plan(db)
    answer_all(
        db,
        audit_id,
        overrides={
            "A.2": cl.Result.PARTIALLY_MET,
            "G.1.1": cl.Result.NOT_MET,
            "G.1.2": cl.Result.NOT_APPLICABLE,
        },
    )
    page = AuditsPage(ui_ctx)
    _show(qtbot, page)
    page.open_audit(audit_id)
    widget = page.checklist
    leaves: list[QTreeWidgetItem] = list(widget._tree_items.values())
    results = {leaf.text(1).split(" (")[0] for leaf in leaves}
    assert {"Met", "Partially met", "Not met", "Not applicable"} <= results
    widget.operator_answer.setText("Operator's self-assessment: Met")
    for appearance in LOOKS:
        _apply(qapp, appearance)
        pal = widget.tree.palette()
        pairs = []
        for leaf in leaves:
            brush = leaf.foreground(1)
            fg = brush.color() if brush.style() != Qt.BrushStyle.NoBrush else pal.color(_R.Text)
            for role in (_R.Base, _R.AlternateBase):  # the tree's rows alternate
                pairs.append((fg, pal.color(role), f"{leaf.text(1)} on {role.name}"))
        for label in (widget.status_badge, widget.lock_banner, widget.operator_answer):
            fg, bg = _sheet_colours(label)
            pairs.append((fg, bg, label.objectName() or "status badge"))
        saved = re.search(r"color:\s*(#[0-9a-fA-F]{6})", widget.saved_label.styleSheet())
        assert saved is not None
        pairs.append((QColor(saved.group(1)), widget.palette().color(_R.Window), "saved"))
        worst, where = _worst(pairs)
        assert worst >= AA, f"{appearance}: {where} contrasts {worst:.2f}"
        # The hint under an empty list keeps the look's hint colour (no frozen palette).
        hint = page.empty_label.palette().color(_R.PlaceholderText)
        window = page.palette().color(_R.Window)
        assert hint == theme.palette(appearance == theme.DARK).color(_R.PlaceholderText)
        assert theme.contrast(hint, window) >= AA


# --- the utilisation bar -------------------------------------------------------------------------


def _bar_contrast(qapp: QApplication, bar: QProgressBar) -> float:
    """The text's colour against each shade of what it is drawn on (Fusion shades the fill),
    read from the pixels: the text lies over the fill from 50 %, over the groove below."""
    bar.resize(160, 18)
    bar.show()
    qapp.processEvents()
    image = bar.grab().toImage()
    w, h = image.width(), image.height()
    x = 6 if bar.value() >= 50 else w - 8
    shades = {image.pixelColor(x, y).name() for y in range(3, h - 3)}
    middle = QColor(sorted(shades)[len(shades) // 2])
    text = max(
        (image.pixelColor(tx, ty) for tx in range(w // 4, 3 * w // 4) for ty in range(3, h - 3)),
        key=lambda c: theme.contrast(c, middle),
    )
    return min(theme.contrast(text, QColor(s)) for s in shades)


@pytest.mark.parametrize("load", [3.0, 7.0, 9.0, 12.0, float("inf")])
def test_utilisation_bar_text_reads_in_both_looks(
    qtbot: Any, qapp: QApplication, look: None, load: float
) -> None:
    capacity = 0.0 if load == float("inf") else 10.0
    v = ValidatorLoad(1, "Anne Leroy", "Bretagne", capacity, 3, 2.0 if capacity == 0 else load)
    for appearance in LOOKS:
        _apply(qapp, appearance)
        bar = utilisation_bar(v, None)
        qtbot.addWidget(bar)
        worst = _bar_contrast(qapp, bar)
        assert worst >= AA, f"{appearance}: {bar.text()} contrasts {worst:.2f}"
        bar.close()


def test_a_bar_made_in_one_look_reads_in_the_other(
    qtbot: Any, qapp: QApplication, look: None
) -> None:
    _apply(qapp, theme.LIGHT)
    bars = [utilisation_bar(ValidatorLoad(1, "A", "B", 10.0, 3, load), None) for load in (3.0, 9.0)]
    for bar in bars:
        qtbot.addWidget(bar)
    _apply(qapp, theme.DARK)
    for bar in bars:
        assert _bar_contrast(qapp, bar) >= AA, bar.text()


# --- hints -------------------------------------------------------------------------------------


def test_hints_read_in_both_looks(
    qtbot: Any, qapp: QApplication, look: None, ui_ctx: AppContext
) -> None:
    login = LoginDialog(None, ui_ctx.path)
    qtbot.addWidget(login)
    heading = login.findChild(QLabel, "loginHeading")
    rules = PasswordRules()
    qtbot.addWidget(rules)
    rules.update_rules("abc", "", "anne")  # some rules met, some not
    training = TrainingPage(ui_ctx)
    qtbot.addWidget(training)
    for appearance in LOOKS:
        _apply(qapp, appearance)
        window = login.palette().color(_R.Window)
        pairs = [(c, window, "login heading") for c in _span_colours(heading)]
        pairs += [(c, window, "password rule") for c in _span_colours(rules)]
        hint = training.matrix_hint
        pairs.append((hint.palette().color(hint.foregroundRole()), window, "matrix hint"))
        fg, bg = _sheet_colours(login.hint_label)
        pairs.append((fg, bg, "login hint"))
        worst, where = _worst(pairs)
        assert worst >= AA, f"{appearance}: {where} contrasts {worst:.2f}"
        assert theme.colour("muted") in {c.name() for c in _span_colours(rules)}


def test_theme_tables_read_in_both_looks() -> None:
    """Every meaning's text on both of the look's backgrounds, every note and tint."""
    for dark in (False, True):
        pal = theme.palette(dark)
        for meaning in theme.TEXT_COLOURS:
            fg = QColor(theme.colour(meaning, dark=dark))
            for role in (_R.Base, _R.AlternateBase, _R.Window):
                assert theme.contrast(fg, pal.color(role)) >= AA, (meaning, dark, role)
        for kind in theme.SURFACES:
            bg, fg_name = theme.surface(kind, dark=dark)
            assert theme.contrast(QColor(fg_name), QColor(bg)) >= AA, (kind, dark)
            assert theme.contrast(pal.color(_R.Text), QColor(bg)) >= AA, (kind, dark)
        for meaning in theme.BACKGROUNDS:
            bg = QColor(theme.background(meaning, dark=dark))
            for text in ("text", "muted") if meaning == "neutral-bg" else ("text",):
                fg = QColor(theme.colour(text, dark=dark))
                assert theme.contrast(fg, bg) >= AA, (meaning, text, dark)
    for kind, (fill, text) in theme.FILLS.items():
        assert theme.contrast(QColor(text), QColor(fill)) >= AA, kind


def test_the_matrix_model_follows_the_look_without_a_view(
    qapp: QApplication, look: None, ui_ctx: AppContext
) -> None:
    """Read as the cells are drawn: the same index answers in the look of the moment."""
    from desktop.services import training_service as ts
    from desktop.ui.models.training_matrix_model import TrainingMatrixModel

    if not scalar(ui_ctx.db, "SELECT count(*) FROM training_records"):
        with ui_ctx.db.atomic():
            build_demo_training(ui_ctx.db, random.Random(7), FROZEN_TODAY)
    model = TrainingMatrixModel()
    model.set_matrix(ts.matrix(ui_ctx.db))
    index = model.index(0, 0)
    assert index != QModelIndex()
    _apply(qapp, theme.LIGHT)
    light = index.data(_BG).color()
    _apply(qapp, theme.DARK)
    dark = index.data(_BG).color()
    assert light.lightnessF() > 0.7 and dark.lightnessF() < 0.4
