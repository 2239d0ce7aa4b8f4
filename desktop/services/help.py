"""The in-app guide: one short page per screen, a glossary and "What's new" (Qt-free).

Pages are Markdown files in ``resources/help/<language>/``; a page missing in a language
falls back to English, so a partial translation never leaves a blank page.
"""

from __future__ import annotations

from importlib import resources

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
    raise FileNotFoundError(f"help page {topic} is missing")
