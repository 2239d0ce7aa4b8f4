"""The language of the interface: English, French or Spanish.

Our strings go through Qt's ``tr()``; their translations are compiled ``.qm`` files in
``resources/translations/`` (made from the ``.ts`` files by ``make translations``). Qt's own
strings (standard buttons, the file dialogs) come from Qt's ``qtbase_<lang>.qm``. The language
follows the operating system unless View → Language says otherwise; a change applies at the
next start, when every window is built again in the new language.
"""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.domain import i18n as labels

logger = logging.getLogger(__name__)

#: code -> the language's own name (shown in the menu as it is written in that language).
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español"}
_installed: list[QTranslator] = []


def resolve(choice: str) -> str:
    """``"system"`` (or anything unknown) becomes the OS language when we have it, else
    English."""
    if choice in LANGUAGES:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install(choice: str) -> str:
    """Load the translations for ``choice`` (``"system"``, ``"en"``, ``"fr"`` or ``"es"``)
    into the application; return the language code in use."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    language = resolve(choice)
    labels.set_language(language)
    QLocale.setDefault(QLocale(language))
    if language == "en" or app is None:
        return language
    ours = QTranslator()
    folder = resources.files("resources") / "translations"
    if ours.load(str(folder / f"aeo_desk_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        logger.warning("no translations for %s", language)
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return language
