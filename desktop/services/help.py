"""The in-app guide: one short page per screen, a glossary and "What's new" (Qt-free).

Pages are Markdown files in ``resources/help/<language>/``; a page missing in a language
falls back to English, so a partial translation never leaves a blank page.
"""

from __future__ import annotations

from importlib import resources

from desktop.domain.i18n import _

#: topic -> title, in the order the guide lists them.
TOPICS: dict[str, str] = {
    "caseload": "Caseload",
    "dashboard": "Dashboard",
    "audits": "Audits",
    "contacts": "Contact points",
    "training": "Training",
    "reports": "Reports",
    "field-laptops": "Field laptops",
    "security": "Signing in, locking and site mode",
    "glossary": "Glossary",
    "whats-new": "What's new",
}
#: The glossary must explain at least these (issue 9).
GLOSSARY_TERMS = (
    "AEO", "MSME", "Validator", "Contact point", "Tier", "Finding", "Corrective action",
)  # fmt: skip


def page(topic: str, language: str = "en") -> str:
    """The Markdown of one page (English when the language has no such page)."""
    if topic not in TOPICS:
        raise KeyError(topic)
    base = resources.files("resources") / "help"
    for lang in (language.split("_")[0].lower(), "en"):
        path = base / lang / f"{topic}.md"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise FileNotFoundError(_("help page {topic} is missing").format(topic=topic))


def title(topic: str, language: str = "en") -> str:
    """The page's title as its reader sees it: the first heading of the page in
    ``language`` (so the list of pages and the links read like the pages), else the English
    title."""
    try:
        text = page(topic, language)
    except (KeyError, OSError):
        return TOPICS.get(topic, topic)
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return TOPICS[topic]
