"""The in-app guide: every page of ``desktop.services.help`` (one per screen, field laptops,
signing in, the glossary and What's new), listed on the left, shown as Markdown on the right.

One non-modal window per main window (F1 brings it back on the current screen's page). Pages
link to each other with ``help:<topic>`` links (``<topic>.md`` works too); each page ends with
a few "see also" links.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QLocale, QSize, Qt, QUrl, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices, QHideEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.services import help as guide
from desktop.ui import icons
from desktop.ui.settings import Settings

logger = logging.getLogger(__name__)

TOPIC_ROLE = Qt.ItemDataRole.UserRole + 1
#: The pages each page points to at its end.
SEE_ALSO: dict[str, tuple[str, ...]] = {
    "caseload": ("field-laptops", "security", "glossary"),
    "dashboard": ("caseload", "glossary"),
    "audits": ("field-laptops", "glossary"),
    "contacts": ("reports", "glossary"),
    "training": ("reports", "glossary"),
    "reports": ("caseload", "glossary"),
    "field-laptops": ("security", "audits", "glossary"),
    "security": ("field-laptops", "glossary"),
    "glossary": ("whats-new",),
    "whats-new": ("caseload", "glossary"),
}
#: The list's icon for each page (a screen's page has the navigation's icon).
TOPIC_ICONS = {
    "caseload": "caseload",
    "dashboard": "dashboard",
    "audits": "audits",
    "contacts": "contacts",
    "training": "training",
    "reports": "reports",
    "field-laptops": "laptop-in",
    "security": "lock",
    "glossary": "help",
    "whats-new": "help",
}
_DEFINITION = re.compile(r"^: ", re.MULTILINE)


def to_qt_markdown(text: str) -> str:
    """Our pages' Markdown as Qt reads it: Qt has no definition lists (``**term**`` then
    ``: definition``), so each definition becomes an indented quote under its term."""
    return _DEFINITION.sub("\n> ", text)


def topic_of(url: QUrl) -> str | None:
    """The guide's page a link points to (``help:glossary``, ``glossary.md``), or None."""
    if url.scheme() == "help":
        name = url.path() or url.host()
    elif not url.scheme() and url.path().endswith(".md"):
        name = url.path().rsplit("/", 1)[-1][: -len(".md")]
    else:
        return None
    return name if name in guide.TOPICS else None


class HelpDialog(QDialog):
    """The guide. :meth:`show_topic` opens a page and brings the window up."""

    def __init__(self, parent: QWidget | None = None, settings: Settings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("AEO Desk guide"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self._settings = settings
        self._language = QLocale().name()
        self._topic: str | None = None

        self.topics = QListWidget(self)
        self.topics.setObjectName("helpTopics")
        self.topics.setAccessibleName(self.tr("Pages of the guide"))
        self.topics.setIconSize(QSize(18, 18))
        self.topics.setSpacing(1)
        for key in guide.TOPICS:
            title = guide.title(key, self._language)
            item = QListWidgetItem(icons.icon(TOPIC_ICONS.get(key, "help")), title)
            item.setData(TOPIC_ROLE, key)
            self.topics.addItem(item)
        self.topics.setMinimumWidth(self.topics.sizeHintForColumn(0) + 24)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName(self.tr("Guide page"))
        self.browser.setOpenLinks(False)
        self.browser.document().setDocumentMargin(14)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.topics)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([self.topics.minimumWidth(), 10_000])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.topics.currentItemChanged.connect(self._on_topics_current_item_changed)
        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        geometry = settings.geometry("HelpDialog") if settings is not None else None
        if geometry is None or geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(900, 620)

    @property
    def topic(self) -> str | None:
        """The page shown."""
        return self._topic

    def page_text(self) -> str:
        """The page shown, as plain text (what a reader sees)."""
        return self.browser.toPlainText()

    def show_topic(self, topic: str) -> None:
        """Show ``topic``'s page (one of ``help.TOPICS``) and bring the window up."""
        if topic not in guide.TOPICS:
            raise KeyError(topic)
        for row in range(self.topics.count()):
            if self.topics.item(row).data(TOPIC_ROLE) == topic:
                self.topics.setCurrentRow(row)  # shows it (currentItemChanged)
                break
        if self._topic != topic:
            self._render(topic)
        if self.isVisible():  # behind the main window, perhaps: bring it up
            self.raise_()
            self.activateWindow()
        else:
            self.show()

    def _render(self, topic: str) -> None:
        try:
            text = guide.page(topic, self._language)
        except (KeyError, OSError) as exc:
            logger.warning("help page %s: %s", topic, exc)
            text = "# " + guide.title(topic, self._language) + "\n\n" + str(exc)
        links = [f"[{guide.title(t, self._language)}](help:{t})" for t in SEE_ALSO.get(topic, ())]
        if links:
            text = text.rstrip() + "\n\n---\n\n" + self.tr("See also:") + " " + " · ".join(links)
        self.browser.setMarkdown(to_qt_markdown(text))
        self.browser.verticalScrollBar().setValue(0)
        self._topic = topic

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_topics_current_item_changed(
        self, current: QListWidgetItem | None, _previous: QListWidgetItem | None
    ) -> None:
        if current is not None and current.data(TOPIC_ROLE) != self._topic:
            self._render(current.data(TOPIC_ROLE))

    @Slot(QUrl)
    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        topic = topic_of(url)
        if topic is not None:
            self.show_topic(topic)
        elif url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def _remember(self) -> None:
        if self._settings is not None:
            self._settings.set_geometry("HelpDialog", self.saveGeometry())

    def hideEvent(self, event: QHideEvent) -> None:
        self._remember()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._remember()
        super().closeEvent(event)
