"""The guide has a page for every screen, a glossary with the terms people ask about, and a
"What's new"; a language without a page falls back to English."""

from __future__ import annotations

import pytest

from desktop.services import help as guide


@pytest.mark.parametrize("topic", list(guide.TOPICS))
def test_every_page_exists_and_starts_with_its_title(topic):
    text = guide.page(topic)
    assert text.startswith("# ")
    assert len(text.split()) > 30


def test_glossary_explains_the_terms():
    text = guide.page("glossary")
    for term in guide.GLOSSARY_TERMS:
        assert f"**{term}" in text, term


def test_unknown_language_falls_back_to_english():
    assert guide.page("caseload", "xx_YY") == guide.page("caseload", "en")


def test_unknown_topic_is_refused():
    with pytest.raises(KeyError):
        guide.page("nothing")
