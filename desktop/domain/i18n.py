"""The language of the labels that the domain and the services make (states, kinds, size
classes, checklist results, export headers): English, French or Spanish.

The interface's own strings go through Qt (``desktop.ui.i18n``), which calls
:func:`set_language` here too. Translations are plain JSON catalogs, English text -> text,
in ``resources/translations/labels_<lang>.json``, read on first use. English, or a text with
no entry, comes back as it is.
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
        name = f"labels_{code}.json"
        try:
            text = (resources.files("resources") / "translations" / name).read_text("utf-8")
            _catalogs[code] = dict(json.loads(text))
        except (OSError, ValueError) as e:
            logger.warning("cannot read label translations %s: %s", name, e)
            _catalogs[code] = {}
    return _catalogs[code]


def _(text: str) -> str:
    """``text`` in the current language."""
    if _language == "en":
        return text
    return catalog(_language).get(text, text)
