"""The read-only list table every page uses, the label that stands in when it is empty, and
the item delegate that keeps coloured cell text readable in the light and the dark look."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from desktop.ui import theme

#: Room around an empty list's hint (its colour is the palette's hint colour: theme.mute).
EMPTY_MARGIN = 18


class ReadableItemDelegate(QStyledItemDelegate):
    """Draws a cell's text (a model's ForegroundRole colour, or the palette's text on a
    model's BackgroundRole colour) lighter or darker when it would be hard to read there: the
    models' red and amber were chosen for white rows, and dark rows need lighter ones."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        pal = option.palette  # type: ignore[attr-defined]
        brush = option.backgroundBrush  # type: ignore[attr-defined]
        background = (
            brush.color()
            if brush.style() != Qt.BrushStyle.NoBrush
            else pal.color(QPalette.ColorRole.Base)
        )
        text = pal.color(QPalette.ColorRole.Text)
        fixed = theme.readable(text, background)
        if fixed != text:
            pal.setColor(QPalette.ColorRole.Text, fixed)


def list_view(
    parent: QWidget, model: QAbstractItemModel, name: str, *, multi: bool = False
) -> QTableView:
    """Rows selected whole (one, or several with ``multi``), not editable, compact rows."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setItemDelegate(ReadableItemDelegate(view))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves the table: arrows move within it
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def empty_label(parent: QWidget, name: str) -> QLabel:
    """A centred, wrapped hint, hidden until a list turns out empty. Its text may hold links
    (rich text): connect ``linkActivated`` to act on them."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setMargin(EMPTY_MARGIN)
    theme.mute(label)
    label.hide()
    return label
