"""The read-only list table every page uses, and the label that stands in when it is empty."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

EMPTY_STYLE = "color: #5f6368; padding: 18px;"


def list_view(
    parent: QWidget, model: QAbstractItemModel, name: str, *, multi: bool = False
) -> QTableView:
    """Rows selected whole (one, or several with ``multi``), not editable, compact rows."""
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def empty_label(parent: QWidget, name: str) -> QLabel:
    """A centred, wrapped hint, hidden until a list turns out empty."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setStyleSheet(EMPTY_STYLE)
    label.hide()
    return label
