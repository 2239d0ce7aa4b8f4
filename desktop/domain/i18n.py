"""The language of the labels that the domain and the services make (states, kinds, size
classes, checklist results, export headers): English, French or Spanish.

The interface's own strings go through Qt (``desktop.ui.i18n``), which calls
:func:`set_language` here too. Translations are plain JSON catalogs, English text -> text,
in ``resources/translations/<area>_<lang>.json`` (``labels``, ``messages``, ``reports``…),
merged and read on first use. English, or a text with no entry, comes back as it is.

Messages with values are written with named fields and formatted after translation, so a
translation can move them: ``_("Case {ref} is closed.").format(ref=ref)``.
``tests/unit/test_message_catalogs.py`` checks that every ``_()`` text has its translations,
with the same fields, and that no error is raised with an untranslated literal.
"""

from __future__ import annotations

import json
import logging
from importlib import resources

logger = logging.getLogger(__name__)

LANGUAGES = ("en", "fr", "es")
_language = "en"
_catalogs: dict[str, dict[str, str]] = {}


def set_language(code: str) -> None:
    """Use ``code`` ("en", "fr" or "es"; anything else is English) for labels from now on."""
    global _language
    _language = code if code in LANGUAGES else "en"


def language() -> str:
    return _language


def catalog(code: str) -> dict[str, str]:
    """The translations for ``code`` (empty for English or when the file is missing)."""
    if code == "en" or code not in LANGUAGES:
        return {}
    if code not in _catalogs:
        merged: dict[str, str] = {}
        for name in catalog_files(code):
            try:
                merged.update(json.loads((_folder() / name).read_text("utf-8")))
            except (OSError, ValueError) as e:
                logger.warning("cannot read translations %s: %s", name, e)
        _catalogs[code] = merged
    return _catalogs[code]


def catalog_files(code: str) -> list[str]:
    """The names of the catalog files for ``code`` (``labels_fr.json``…), sorted."""
    return sorted(f.name for f in _folder().iterdir() if f.name.endswith(f"_{code}.json"))


def _folder():
    return resources.files("resources") / "translations"


def _(text: str) -> str:
    """``text`` in the current language."""
    if _language == "en":
        return text
    return catalog(_language).get(text, text)


def pgettext(context: str, text: str) -> str:
    """``text`` in the current language, as a ``context`` word: one English word may need
    another form elsewhere (an action is "Ouverte" in French, a follow-up "Ouvert"). The
    catalogs hold it as ``"<context>|<text>"``; English, or no entry, gives ``text``."""
    key = f"{context}|{text}"
    found = _(key)
    return text if found == key else found
