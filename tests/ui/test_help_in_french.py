"""The guide in French: its pages, the list of pages and the "See also" links all read in
the interface's language (issue 9)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale

from desktop.services import help as guide
from desktop.ui.help_dialog import TOPIC_ROLE, HelpDialog


@pytest.fixture
def french(qapp: Any) -> Iterator[None]:
    saved = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    yield
    QLocale.setDefault(saved)


def test_titles_come_from_the_pages_heading() -> None:
    assert guide.title("caseload", "fr_FR") == "Portefeuille"
    assert guide.title("caseload", "en") == "Caseload"
    assert guide.title("glossary", "es") != "Glossary"
    assert guide.title("caseload", "de") == "Caseload"  # no German pages: English


@pytest.mark.usefixtures("french")
def test_the_guide_reads_in_french(qtbot: Any) -> None:
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show_topic("caseload")
    titles = {
        dialog.topics.item(r).data(TOPIC_ROLE): dialog.topics.item(r).text()
        for r in range(dialog.topics.count())
    }
    assert titles["caseload"] == "Portefeuille"
    assert titles["glossary"] == guide.title("glossary", "fr")
    assert all(titles[k] != english for k, english in guide.TOPICS.items() if k != "audits")
    text = dialog.page_text()
    assert text.startswith("Portefeuille")
    see_also = text.rsplit("\n", 1)[-1]
    assert "Field laptops" not in see_also and "Glossary" not in see_also
    assert guide.title("field-laptops", "fr") in text
