"""Light and dark looks: the Fusion style with a palette of our own, following the system's
colour scheme unless the person chose one (View → Appearance, kept in the settings).

Everything that draws its own colours asks here, so that it stays readable in both looks:

- :func:`colour` gives the text colour of a meaning ("red" for overdue, "amber" for soon,
  "muted" for hints...) for the current palette, as ``#rrggbb`` (:func:`colour_or_none`: a
  state's, None for a state with no colour of its own);
- :func:`surface_css` gives a coloured note's background and text (``"error"``, ``"done"``,
  ``"warn"``, ``"info"``, ``"neutral"``) as a style sheet fragment (:func:`surface`: the pair;
  :func:`note_css`: a note in a box of its own, with its corners and padding);
- :func:`background` gives a cell's or a row's tint (``"good-bg"``, ``"bad-bg"``...) that the
  look's own text (:func:`colour` ``"text"``) reads on; :func:`fill` a progress bar's fill and
  the text drawn over it;
- :func:`readable` darkens or lightens a colour that a model hard-codes until it can be read
  on the background it is drawn on (the item delegate in ``widgets/tables.py`` uses it).

Hints should rather take the palette's muted role (``QPalette.ColorRole.PlaceholderText``,
see :func:`mute`): it follows a change of look by itself, unless the widget has a style sheet.

A style sheet, and the palette of a widget that has one, are fixed when the sheet is set: a
widget whose sheet holds colours gets it through :func:`style`, which sets it again after each
change of look. :func:`follow` runs any other update (rich text with coloured spans, items'
colours) after each change of look. Models need neither: they read the colours in ``data()``,
and their views repaint when the palette changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

logger = logging.getLogger(__name__)

_T = TypeVar("_T")

SYSTEM, LIGHT, DARK = "system", "light", "dark"
APPEARANCES = (SYSTEM, LIGHT, DARK)

_R = QPalette.ColorRole
_G = QPalette.ColorGroup

#: Fusion's own light palette (what the app looked like before it had a dark one), with a
#: muted placeholder/hint colour and a calmer link blue.
_LIGHT = {
    _R.Window: "#efefef",
    _R.WindowText: "#000000",
    _R.Base: "#ffffff",
    _R.AlternateBase: "#f7f7f7",
    _R.Text: "#000000",
    _R.PlaceholderText: "#5f6368",
    _R.Button: "#efefef",
    _R.ButtonText: "#000000",
    _R.BrightText: "#ffffff",
    _R.Light: "#ffffff",
    _R.Midlight: "#cacaca",
    _R.Mid: "#b8b8b8",
    _R.Dark: "#9f9f9f",
    _R.Shadow: "#767676",
    _R.Highlight: "#308cc6",
    _R.HighlightedText: "#ffffff",
    _R.Link: "#174ea6",
    _R.LinkVisited: "#681da8",
    _R.ToolTipBase: "#ffffdc",
    _R.ToolTipText: "#000000",
}
_LIGHT_DISABLED = {
    _R.WindowText: "#8c8c8c",
    _R.Text: "#8c8c8c",
    _R.ButtonText: "#8c8c8c",
    _R.Base: "#efefef",
    _R.Highlight: "#919191",
    _R.Dark: "#bebebe",
    _R.Shadow: "#b1b1b1",
}
#: Dark grey surfaces (not black), off-white text; contrasts of 12:1 for text, 4.5:1 or more
#: for hints and disabled text.
_DARK = {
    _R.Window: "#2b2d30",
    _R.WindowText: "#e8eaed",
    _R.Base: "#1e1f22",
    _R.AlternateBase: "#26282b",
    _R.Text: "#e8eaed",
    _R.PlaceholderText: "#9aa0a6",
    _R.Button: "#393b40",
    _R.ButtonText: "#e8eaed",
    _R.BrightText: "#ffffff",
    _R.Light: "#4e5157",
    _R.Midlight: "#43464b",
    _R.Mid: "#55585e",
    _R.Dark: "#1a1b1d",
    _R.Shadow: "#0d0d0e",
    _R.Highlight: "#2f65ca",
    _R.HighlightedText: "#ffffff",
    _R.Link: "#8ab4f8",
    _R.LinkVisited: "#c58af9",
    _R.ToolTipBase: "#3c4043",
    _R.ToolTipText: "#e8eaed",
}
_DARK_DISABLED = {
    _R.WindowText: "#80868b",
    _R.Text: "#80868b",
    _R.ButtonText: "#80868b",
    _R.Base: "#26282b",
    _R.Button: "#313337",
    _R.Highlight: "#44474c",
    _R.HighlightedText: "#b0b3b8",
}

#: Text colours by meaning: (light, dark). Light ones are the app's historical colours; dark
#: ones are lighter tints of the same hues (4.5:1 or more on the dark base and window).
TEXT_COLOURS = {
    "red": ("#b3261e", "#f28b82"),
    "amber": ("#8a5300", "#fdd663"),
    "green": ("#137333", "#81c995"),
    "blue": ("#174ea6", "#8ab4f8"),
    "purple": ("#5b3fa0", "#c5a8f9"),
    "muted": ("#5f6368", "#9aa0a6"),
    "text": ("#1f1f1f", "#e8eaed"),  # on the BACKGROUNDS tints
}
#: Coloured notes: (background, text) in light, then in dark.
SURFACES = {
    "error": (("#fce8e6", "#8c1d18"), ("#4a1f1c", "#f6aea9")),
    "done": (("#e6f4ea", "#0d652d"), ("#1d3a27", "#a8dab5")),
    "warn": (("#fef7e0", "#7a4a00"), ("#45380f", "#fde293")),
    "info": (("#e8f0fe", "#174ea6"), ("#1c2f4f", "#aecbfa")),
    "neutral": (("#f1f3f4", "#3c4043"), ("#3c4043", "#e8eaed")),
}
#: Tints of cells and rows under the "text" colour ("muted" too on "neutral-bg"): (light, dark).
#: Light ones are pale (9:1 or more under near-black text); dark ones are deep tints of the same
#: hues (7:1 or more under off-white text), distinct in hue and lightness in both looks.
BACKGROUNDS = {
    "good-bg": ("#cdebd5", "#1f4a2c"),
    "warn-bg": ("#ffe49a", "#5a4410"),
    "bad-bg": ("#f4b9b2", "#6b2520"),
    "missing-bg": ("#d7cdf2", "#3e3270"),
    "failed-bg": ("#f7c6e3", "#63224b"),
    "neutral-bg": ("#f1f3f4", "#2b2d31"),
}
#: Progress bars: (fill, text drawn over the fill), the same in both looks (4.5:1 or more).
#: Fusion shades its fill lighter towards the top: "normal" is dark enough for that too.
FILLS = {
    "normal": ("#1a5fc0", "#ffffff"),
    "warn": ("#f29900", "#1f1f1f"),
    "bad": ("#d93025", "#ffffff"),
}


def palette(dark: bool) -> QPalette:
    """The light or the dark palette."""
    pal = QPalette()
    colours, disabled = (_DARK, _DARK_DISABLED) if dark else (_LIGHT, _LIGHT_DISABLED)
    for role, value in colours.items():
        pal.setColor(role, QColor(value))
    pal.setColor(_R.Accent, QColor(colours[_R.Highlight]))
    for role, value in disabled.items():
        pal.setColor(_G.Disabled, role, QColor(value))
    pal.setColor(_G.Disabled, _R.PlaceholderText, QColor(disabled[_R.Text]))
    return pal


def is_dark(pal: QPalette | None = None) -> bool:
    """The palette (the application's by default) is a dark one."""
    if pal is None:
        pal = QGuiApplication.palette()
    return pal.color(_R.Window).lightnessF() < 0.5


def _pick(light_and_dark: tuple[_T, _T], dark: bool | None) -> _T:
    """The light or the dark one of a pair: the current look's unless ``dark`` says."""
    light_value, dark_value = light_and_dark
    return dark_value if (is_dark() if dark is None else dark) else light_value


def colour(meaning: str, *, dark: bool | None = None) -> str:
    """The text colour for ``meaning`` (see TEXT_COLOURS) in the current look."""
    return _pick(TEXT_COLOURS[meaning], dark)


def colour_or_none(meaning: str | None) -> str | None:
    """The text colour of a state's meaning (see :func:`colour`), or None when the state has
    none ("" too): the palette's own text colour (what a model's ForegroundRole gives)."""
    return colour(meaning) if meaning else None


def background(meaning: str, *, dark: bool | None = None) -> str:
    """The tint for ``meaning`` (see BACKGROUNDS) in the current look."""
    return _pick(BACKGROUNDS[meaning], dark)


def surface(kind: str, *, dark: bool | None = None) -> tuple[str, str]:
    """(background, text) of a coloured note of ``kind`` (see SURFACES) in the current look."""
    return _pick(SURFACES[kind], dark)


def surface_css(kind: str, *, dark: bool | None = None) -> str:
    """``background: ...; color: ...;`` for a coloured note of ``kind`` (see SURFACES)."""
    bg, fg = surface(kind, dark=dark)
    return f"background: {bg}; color: {fg};"


def note_css(kind: str) -> str:
    """The style sheet of a note in a box of its own (a form's error, a banner): the colours
    of ``kind`` (see SURFACES), rounded corners and some room around the text."""
    return surface_css(kind) + " border-radius: 4px; padding: 6px;"


def fill(kind: str) -> tuple[str, str]:
    """(fill, text over it) of a progress bar of ``kind`` (see FILLS)."""
    return FILLS[kind]


def mute(widget: QWidget) -> QWidget:
    """Draw ``widget``'s text in the palette's hint colour (it follows the look by itself)."""
    widget.setForegroundRole(_R.PlaceholderText)
    return widget


class _Follower(QObject):
    """Runs an update after each change of look, for as long as its parent lives."""

    def __init__(self, owner: QObject, update: Callable[[], None]) -> None:
        super().__init__(owner)
        self.update = update
        manager().changed.connect(self._on_changed)

    @Slot(bool)
    def _on_changed(self, _dark: bool) -> None:
        self.update()


def follow(owner: QObject, update: Callable[[], None]) -> None:
    """Run ``update`` now and again after each change of look, while ``owner`` lives."""
    _Follower(owner, update)
    update()


_STYLE_FOLLOWER = "themeStyleFollower"


def style(widget: QWidget, css: Callable[[], str]) -> None:
    """Give ``widget`` the style sheet ``css()`` now and again after each change of look (a
    sheet's colours, and the palette of its widget, are fixed when it is set). Calling it again
    for the same widget replaces the sheet: one follower per widget."""

    def update() -> None:
        widget.setStyleSheet(css())

    found = widget.findChild(_Follower, _STYLE_FOLLOWER, Qt.FindChildOption.FindDirectChildrenOnly)
    if found is None:
        follower = _Follower(widget, update)
        follower.setObjectName(_STYLE_FOLLOWER)
    else:
        found.update = update
    update()


# --- contrast --------------------------------------------------------------------------------


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    la, lb = _luminance(a), _luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


_readable_cache: dict[tuple[int, int], QColor] = {}


def readable(fg: QColor, bg: QColor, minimum: float = 4.5) -> QColor:
    """``fg``, or the same hue lighter (on a dark ``bg``) or darker (on a light one) until
    the two contrast by ``minimum``. Cached: it runs for each painted cell."""
    key = (fg.rgba(), bg.rgba())
    hit = _readable_cache.get(key)
    if hit is not None:
        return hit
    result = QColor(fg)
    if contrast(fg, bg) < minimum:
        h, s, lightness, a = fg.getHslF()
        dark_bg = _luminance(bg) < 0.18
        if s < 0.15:  # a grey (the palette's text on a model's pale row): near black or white
            result = QColor("#f1f3f4" if dark_bg else "#1f1f1f")
            _readable_cache[key] = result
            return result
        step = 0.04 if dark_bg else -0.04
        while 0.0 < lightness < 1.0:
            lightness = min(1.0, max(0.0, lightness + step))
            candidate = QColor.fromHslF(max(h, 0.0), s, lightness, a)
            result = candidate
            if contrast(candidate, bg) >= minimum:
                break
    if len(_readable_cache) > 4096:
        _readable_cache.clear()
    _readable_cache[key] = result
    return result


# --- the application's look ------------------------------------------------------------------


def system_is_dark() -> bool:
    """The operating system asks for dark colours (Unknown counts as light)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class ThemeManager(QObject):
    """Applies the look and keeps following the system while the preference is SYSTEM."""

    #: The palette changed (the argument: dark or not).
    changed = Signal(bool)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.appearance = SYSTEM
        self.dark = False
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

    def apply(self, appearance: str) -> bool:
        """Use ``appearance`` (SYSTEM, LIGHT or DARK); returns whether the look is dark."""
        if appearance not in APPEARANCES:
            appearance = SYSTEM
        self.appearance = appearance
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "setColorScheme"):  # Qt 6.8: title bars follow (Windows, macOS)
            wanted = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}.get(
                appearance, Qt.ColorScheme.Unknown
            )
            hints.setColorScheme(wanted)
        dark = system_is_dark() if appearance == SYSTEM else appearance == DARK
        self._set_palette(dark)
        return dark

    def _set_palette(self, dark: bool) -> None:
        if self._app.style().name().lower() != "fusion":
            self._app.setStyle("Fusion")
        self.dark = dark
        self._app.setPalette(palette(dark))
        logger.info("look: %s (%s)", "dark" if dark else "light", self.appearance)
        self.changed.emit(dark)

    def _on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.appearance == SYSTEM:
            self._set_palette(system_is_dark())


_manager: ThemeManager | None = None


def manager() -> ThemeManager:
    """The application's one ThemeManager (made on first use)."""
    global _manager
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("no QApplication")
    if _manager is None or not isValid(_manager):
        _manager = ThemeManager(app)
    return _manager


def apply(appearance: str) -> bool:
    """Use ``appearance`` (SYSTEM, LIGHT or DARK) from now on; True when the look is dark."""
    return manager().apply(appearance)
