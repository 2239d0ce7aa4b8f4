"""The guide (F1 and the Help menu), the light and dark looks, the icons, the app icon and
what empty lists say to do next."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from desktop.services import help as guide
from desktop.services.actor import Actor
from desktop.services.database import open_database
from desktop.ui import app as ui_app
from desktop.ui import icons, theme
from desktop.ui.context import AppContext
from desktop.ui.errors import set_quiet
from desktop.ui.main_window import MainWindow
from desktop.ui.models.case_table_model import CaseColumn
from desktop.ui.settings import Settings

#: The offscreen platform cannot raise a window (the guide brings itself up when F1 is pressed
#: again while it is open).
NO_RAISE = pytest.mark.qt_log_ignore("This plugin does not support raise")


@pytest.fixture
def look(qapp: QApplication) -> Iterator[None]:
    """Put the application's style, palette and colour scheme back after the test."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield
    theme.manager().appearance = theme.SYSTEM
    QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Unknown)
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.fixture
def empty_window(qtbot: Any, db_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    """The window on a new, empty database."""
    set_quiet(True)
    db = open_database(db_path)
    ctx = AppContext(
        db=db, path=db_path, settings=Settings(tmp_path / "ui.ini"), actor=Actor("Manager")
    )
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    try:
        yield w
    finally:
        contacts = w._if_built(MainWindow.CONTACTS)
        if contacts is not None:
            qtbot.waitUntil(lambda: contacts.jobs_in_flight == 0, timeout=10000)
        w.close()
        db.close()


def _stroke_colour(icon_name: str) -> Any:
    """The colour of the most opaque pixel of the icon drawn at 48 px (a stroke's middle)."""
    image = icons.icon(icon_name).pixmap(QSize(48, 48)).toImage()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    best = max(
        ((x, y) for x in range(image.width()) for y in range(image.height())),
        key=lambda p: image.pixelColor(*p).alpha(),
    )
    colour = image.pixelColor(*best)
    assert colour.alpha() > 200
    return colour


# --- the guide -------------------------------------------------------------------------------


@NO_RAISE
def test_f1_opens_the_page_of_the_screen_shown(qtbot: Any, window: MainWindow) -> None:
    window.activateWindow()
    dialog = None
    for page, topic in enumerate(MainWindow.HELP_TOPICS):
        window.show_page(page)
        qtbot.keyClick(window.nav, Qt.Key.Key_F1)
        dialog = dialog or window.help_dialog
        assert dialog is not None and window.help_dialog is dialog  # one guide window
        assert dialog.isVisible() and not dialog.isModal()
        assert dialog.topic == topic
        assert dialog.page_text().startswith(guide.TOPICS[topic])
        current = dialog.topics.currentItem()
        assert current is not None and current.text() == guide.TOPICS[topic]
    contacts = window.page(MainWindow.CONTACTS)
    qtbot.waitUntil(lambda: contacts.jobs_in_flight == 0, timeout=10000)


@NO_RAISE
def test_the_help_menu_lists_the_guides_pages_and_about(qtbot: Any, window: MainWindow) -> None:
    entries = [a for a in window.help_menu.actions() if not a.isSeparator()]
    texts = [a.text().replace("&", "") for a in entries]
    assert texts[0] == "Guide for this screen"
    assert entries[0].shortcut().toString() == "F1"  # shown beside it in the menu
    for title in ("Field laptops", "Glossary", "What's new", "About AEO Desk"):
        assert title in texts
    assert all(not a.icon().isNull() for a in entries[:1])

    window.field_help_action.trigger()
    dialog = window.help_dialog
    assert dialog is not None and dialog.topic == "field-laptops"
    assert "Check out" in dialog.page_text() or "check out" in dialog.page_text()
    window.whats_new_action.trigger()
    assert dialog.topic == "whats-new" and window.help_dialog is dialog
    # Every page is listed, and pages link to each other.
    listed = [dialog.topics.item(i).text() for i in range(dialog.topics.count())]
    assert listed == list(guide.TOPICS.values())
    dialog.browser.anchorClicked.emit(QUrl("help:security"))
    assert dialog.topic == "security"
    dialog.topics.setCurrentRow(list(guide.TOPICS).index("training"))
    assert dialog.topic == "training" and dialog.page_text().startswith("Training")


def test_the_glossary_explains_the_terms(qtbot: Any, window: MainWindow) -> None:
    window.glossary_action.trigger()
    dialog = window.help_dialog
    assert dialog is not None and dialog.topic == "glossary"
    text = dialog.page_text()
    for term in guide.GLOSSARY_TERMS:
        assert term in text, term
    # Definitions are shown under their terms, not as ": ..." paragraphs.
    assert not any(line.lstrip().startswith(":") for line in text.splitlines())
    assert "A company that Customs has found reliable" in text


# --- the look --------------------------------------------------------------------------------


def test_dark_look_recolours_the_window_and_the_icons(
    qtbot: Any, qapp: QApplication, window: MainWindow, ui_ctx: AppContext, look: None
) -> None:
    assert _stroke_colour("refresh").lightnessF() < 0.3  # dark strokes on the light look
    window.appearance_actions[theme.DARK].trigger()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.3
    assert qapp.style().name().lower() == "fusion"
    assert ui_ctx.settings.appearance() == theme.DARK
    assert window.appearance_actions[theme.DARK].isChecked()
    for name in ("refresh", "caseload", "help"):
        assert _stroke_colour(name).lightnessF() > 0.75, name  # light strokes on dark
    # Crisp at 150 %: drawn at 27 device pixels for an 18 px toolbar icon.
    hidpi = icons.icon("new-case").pixmap(QSize(18, 18), 1.5)
    assert hidpi.size() == QSize(27, 27) and hidpi.devicePixelRatio() == 1.5

    # The models' red and amber are drawn light enough to read on the dark rows.
    table = window.caseload.table
    model = table.model()
    coloured = next(
        model.index(r, CaseColumn.DAYS_LEFT)
        for r in range(min(model.rowCount(), 600))
        if model.index(r, CaseColumn.DAYS_LEFT).data(Qt.ItemDataRole.ForegroundRole)
    )
    option = QStyleOptionViewItem()
    option.palette = table.palette()
    table.itemDelegateForIndex(coloured).initStyleOption(option, coloured)
    text = option.palette.color(QPalette.ColorRole.Text)
    base = table.palette().color(QPalette.ColorRole.Base)
    assert theme.contrast(text, base) >= 4.5
    assert theme.colour("red") == theme.TEXT_COLOURS["red"][1]

    # Back to the system's look (offscreen has no preference: light).
    window.appearance_actions[theme.SYSTEM].trigger()
    assert qapp.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.7
    assert _stroke_colour("refresh").lightnessF() < 0.3
    assert ui_ctx.settings.appearance() == theme.SYSTEM


@pytest.mark.parametrize(
    ("fg", "bg"),
    [
        ("#b3261e", "#1e1f22"),  # the models' red on a dark row
        ("#8a5300", "#26282b"),  # their amber on a dark alternate row
        ("#e8eaed", "#fce8e6"),  # the dark look's text on a model's pale pink row
        ("#000000", "#ffffff"),  # already readable: unchanged
    ],
)
def test_readable_gives_text_that_can_be_read(fg: str, bg: str) -> None:
    result = theme.readable(QColor(fg), QColor(bg))
    assert theme.contrast(result, QColor(bg)) >= 4.5
    if theme.contrast(QColor(fg), QColor(bg)) >= 4.5:
        assert result == QColor(fg)


def test_one_icon_set_drawn_one_way() -> None:
    """Every action and page icon is a 24x24 line drawing in one colour with 2 px round
    strokes, and every drawing in the folder is in the set."""
    folder = Path(icons.__file__).resolve().parents[2] / "resources" / "icons" / "actions"
    assert {p.stem for p in folder.glob("*.svg")} == set(icons.NAMES)
    for name in icons.NAMES:
        svg = icons.svg_text(name)
        for attribute in (
            'viewBox="0 0 24 24"',
            'fill="none"',
            'stroke="currentColor"',
            'stroke-width="2"',
            'stroke-linecap="round"',
            'stroke-linejoin="round"',
        ):
            assert attribute in svg, (name, attribute)
        assert "#" not in svg.split("<svg", 1)[1], name  # no colour of its own


def test_the_window_icon_and_desktop_file_are_set(qapp: QApplication) -> None:
    saved = (
        qapp.windowIcon(),
        QGuiApplication.desktopFileName(),
        qapp.organizationName(),
        qapp.applicationName(),
        qapp.applicationVersion(),
    )
    try:
        assert ui_app._application() is qapp
        assert not qapp.windowIcon().isNull()
        assert QGuiApplication.desktopFileName() == "aeo-desk"
        for size in (16, 24, 32, 256):  # the PNGs, and the SVG between them
            assert qapp.windowIcon().pixmap(QSize(size, size)).width() == size
    finally:
        qapp.setWindowIcon(saved[0])
        QGuiApplication.setDesktopFileName(saved[1])
        qapp.setOrganizationName(saved[2])
        qapp.setApplicationName(saved[3])
        qapp.setApplicationVersion(saved[4])


# --- empty lists say what to do next ---------------------------------------------------------


def test_an_empty_database_says_what_to_do_on_each_screen(
    qtbot: Any, empty_window: MainWindow
) -> None:
    w = empty_window
    empty = w.caseload.empty_label
    assert empty.isVisible()
    assert "No cases yet" in empty.text() and "Ctrl+N" in empty.text()
    assert "Reports → Import" in empty.text()

    w.show_page(MainWindow.DASHBOARD)
    dashboard = w.dashboard
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=10000)
    assert dashboard.chart_empty.isVisible() and "No open cases" in dashboard.chart_empty.text()
    assert not dashboard.chart_view.isVisible()
    assert "No validators" in dashboard.load_empty.text()
    assert dashboard.overdue_empty.text() == "Nothing is overdue."

    w.show_page(MainWindow.CONTACTS)
    contacts = w.page(MainWindow.CONTACTS)
    qtbot.waitUntil(lambda: "No operators yet" in contacts.coverage_empty.text(), timeout=10000)
    assert contacts.coverage_empty.isVisible()
    assert "No contact officers in post" in contacts.officer_empty.text()

    w.show_page(MainWindow.TRAINING)
    training = w.page(MainWindow.TRAINING)
    assert "No staff yet" in training.queue_empty.text() and training.queue_empty.isVisible()
    assert "No staff yet" in training.matrix_empty.text()

    w.show_page(MainWindow.REPORTS)
    reports = w.page(MainWindow.REPORTS)
    assert reports.start_note.isVisible() and "no cases" in reports.start_note.text()


def test_a_filter_that_matches_nothing_says_how_to_clear_it(qtbot: Any, window: MainWindow) -> None:
    page = window.caseload
    assert not page.empty_label.isVisible()
    assert not page.clear_filters_action.isEnabled()
    bar = page.filter_bar
    bar.state_combo.setCurrentIndex(bar.state_combo.findData("audit_done"))

    def search_nothing() -> None:
        bar.search_edit.setText("no such operator at all")
        bar.search_edit.returnPressed.emit()
        qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)

    search_nothing()
    assert page.empty_label.isVisible()
    assert "No case matches these filters" in page.empty_label.text()
    assert "(Esc)" in page.empty_label.text()
    # Esc in the search box clears the search first, and keeps the other filters.
    bar.search_edit.setFocus()
    qtbot.keyClick(bar.search_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    assert bar.search_edit.text() == "" and bar.state_combo.currentData() == "audit_done"
    # Esc in the list clears every filter.
    search_nothing()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
    assert bar.search_edit.text() == "" and bar.state_combo.currentIndex() == 0
    assert not page.empty_label.isVisible() and not page.clear_filters_action.isEnabled()


def test_the_readable_delegate_leaves_light_rows_alone(qtbot: Any, window: MainWindow) -> None:
    table = window.caseload.table
    option = QStyleOptionViewItem()
    option.palette = table.palette()
    index = table.model().index(0, CaseColumn.OPERATOR)
    assert index != QModelIndex()
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    assert option.palette.color(QPalette.ColorRole.Text) == table.palette().color(
        QPalette.ColorRole.Text
    )
