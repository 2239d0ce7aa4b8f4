"""The guide in French and Spanish: a page for every English page, built the same way (headings,
lists, definitions, links, keyboard shortcuts), titled as the interface names the screen, and
served by the help service when the interface is in that language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from importlib import resources
from pathlib import Path

import pytest

from desktop.services import help as guide

LANGS = ("fr", "es")
HELP = Path(str(resources.files("resources") / "help"))
TS = HELP.parent / "translations"
ENGLISH = sorted(p.stem for p in (HELP / "en").glob("*.md"))
#: A Markdown link: [text](target).
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]*)\)")
SHORTCUT = re.compile(r"\b(?:Ctrl|Alt|Shift)\+[\w+…]+|\bF1\b")
#: What a line of a page is, for comparing pages' structure: a heading (with its level), a
#: list item (with its depth and kind), a definition, or nothing.
BLOCK = re.compile(r"^(?P<heading>#+) |^(?P<indent> *)(?P<item>- |\d+\. )|^(?P<definition>: )")


def _text(lang: str, topic: str) -> str:
    return (HELP / lang / f"{topic}.md").read_text(encoding="utf-8")


def _structure(text: str) -> list[str]:
    shape = []
    for line in text.splitlines():
        m = BLOCK.match(line)
        if m is None:
            continue
        if m["heading"]:
            shape.append(m["heading"])
        elif m["item"] is not None:
            shape.append(f"{len(m['indent'])}{'-' if m['item'] == '- ' else '1.'}")
        else:
            shape.append(":")
    return shape


def _link_topic(target: str) -> str | None:
    """The page a link opens, read as ``help_dialog.topic_of`` reads it: ``help:<topic>`` or
    ``<topic>.md`` (no other link opens a page; headings are not anchors)."""
    if target.startswith("help:"):
        name = target[len("help:") :].lstrip("/")
    elif ":" not in target and target.endswith(".md"):
        name = target.rsplit("/", 1)[-1][: -len(".md")]
    else:
        return None
    return name if name in guide.TOPICS else None


def _first_heading(text: str) -> str:
    return next(line[2:].strip() for line in text.splitlines() if line.startswith("# "))


def _interface_names(lang: str) -> dict[str, str]:
    """The main window's strings (navigation and menus), English -> ``lang``, without ``&``."""
    root = ET.parse(TS / f"aeo_desk_{lang}.ts").getroot()
    names = {}
    for context in root.iter("context"):
        if context.findtext("name") == "MainWindow":
            for message in context.iter("message"):
                source = (message.findtext("source") or "").replace("&", "")
                names[source] = (message.findtext("translation") or "").replace("&", "")
    return names


def test_the_english_guide_is_what_the_service_knows():
    assert sorted(guide.TOPICS) == ENGLISH


@pytest.mark.parametrize("lang", LANGS)
def test_every_english_page_is_translated_and_no_other(lang):
    assert sorted(p.stem for p in (HELP / lang).glob("*.md")) == ENGLISH


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("topic", ENGLISH)
def test_a_translated_page_is_built_like_the_english_one(lang, topic):
    english, translated = _text("en", topic), _text(lang, topic)
    assert translated.startswith("# ")
    assert _structure(translated) == _structure(english)
    # Shortcuts stay as they are (Ctrl+N, Ctrl+Shift+O, Ctrl+1…6, F1).
    assert sorted(SHORTCUT.findall(translated)) == sorted(SHORTCUT.findall(english))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("topic", ENGLISH)
def test_a_translated_pages_links_open_the_same_pages(lang, topic):
    english = LINK.findall(_text("en", topic))
    translated = LINK.findall(_text(lang, topic))
    assert len(translated) == len(english)
    targets = [_link_topic(t) for t in translated]
    assert None not in targets, translated
    assert all((HELP / lang / f"{t}.md").is_file() for t in targets)
    assert targets == [_link_topic(t) for t in english]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("topic", ENGLISH)
def test_a_translated_page_is_not_the_english_text(lang, topic):
    english, translated = _text("en", topic), _text(lang, topic)
    assert translated != english
    # No sentence is left in English (a heading such as "## 0.1" may stay).
    english_lines = {line.strip() for line in english.splitlines() if line.strip()}
    for line in translated.splitlines():
        if line.strip() and not line.startswith("#"):
            assert line.strip() not in english_lines, line


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("topic", ENGLISH)
def test_a_page_is_titled_as_the_interface_names_it(lang, topic):
    """The first heading is the screen's name in the navigation, or the Help menu's entry."""
    names = _interface_names(lang)
    title = guide.TOPICS[topic]
    assert title in names, title
    assert _first_heading(_text(lang, topic)) == names[title]


@pytest.mark.parametrize("lang", LANGS)
def test_the_first_heading_is_translated(lang):
    assert _first_heading(_text(lang, "caseload")) != _first_heading(_text("en", "caseload"))


@pytest.mark.parametrize("lang", LANGS)
def test_the_glossary_keeps_the_english_terms(lang):
    text = _text(lang, "glossary")
    for term in guide.GLOSSARY_TERMS:
        assert f"[{term}" in text, term


def test_the_service_serves_the_french_caseload_page():
    french = guide.page("caseload", "fr_FR")
    assert french == _text("fr", "caseload")
    assert french.startswith("# Portefeuille")
    assert french != guide.page("caseload", "en")
    assert guide.page("caseload", "fr") == french


def test_the_service_serves_the_spanish_caseload_page():
    spanish = guide.page("caseload", "es_ES")
    assert spanish == _text("es", "caseload")
    assert spanish.startswith("# Carga de trabajo")
