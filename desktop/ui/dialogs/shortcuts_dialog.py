"""Help → Keyboard shortcuts: every key of the window, listed by where it works."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


class KeyboardShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: every key of the window, by where it works (the menus'
    entries, then each screen's own keys), as the platform writes them ("Ctrl+Shift+E")."""

    def __init__(self, parent: QWidget, sections: list[tuple[str, list[tuple[str, str]]]]) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setModal(False)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsList")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.keys: list[str] = []  # every key listed, portable form (tests)
        for title, entries in sections:
            section = QTreeWidgetItem(self.tree, [title])
            font = section.font(0)
            font.setBold(True)
            section.setFont(0, font)
            section.setFirstColumnSpanned(True)
            section.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for key, what in entries:
                native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
                QTreeWidgetItem(section, [native or key, what])
                self.keys.append(key)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.setColumnWidth(0, self.tree.columnWidth(0) + 24)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(640, 560)
