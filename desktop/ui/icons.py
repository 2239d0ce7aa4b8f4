"""The app's icons: one set of monochrome line drawings (``resources/icons/actions/*.svg``:
24x24, 2 px strokes, round caps), drawn in the palette's text colour, and the app icon.

``icon(name)`` is cached per name. Its engine reads the application palette each time it
draws (the SVG's ``currentColor`` becomes the palette's WindowText; HighlightedText for a
selected item; the disabled text colour for a disabled action), so a change between the light
and the dark look recolours every icon on the next repaint. It renders at the size and device
pixel ratio asked for, so the icons stay crisp at 125 %, 150 % or 200 %; renders are kept per
colour and size.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QImage,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from shiboken6 import isValid

#: Every icon of the set (``resources/icons/actions/<name>.svg``).
NAMES = (
    "new-case", "new-operator", "edit", "assign", "my-caseload", "refresh", "export", "import",
    "backup",
    "lock", "site-mode", "laptop-in", "laptop-out", "help", "search",
    "caseload", "dashboard", "audits", "contacts", "training", "reports",
)  # fmt: skip
#: The colour the drawings are made in; replaced before rendering.
CURRENT_COLOUR = "currentColor"
#: The app icon's PNG renders used beside the SVG: the small ones, drawn without the shield's
#: thin inner line (packaging/render_icons.py). Larger ones are the SVG as it renders anyway,
#: and each PNG is decoded at start-up.
APP_ICON_SIZES = (16, 32)

_icons: dict[str, QIcon] = {}
_clones: list[QIconEngine] = []  # see _LineIconEngine.clone


def _folder() -> Traversable:
    return resources.files("resources") / "icons"


def svg_text(name: str) -> str:
    """The drawing of ``name``, as stored (stroke ``currentColor``)."""
    if name not in NAMES:
        raise KeyError(name)
    return (_folder() / "actions" / f"{name}.svg").read_text(encoding="utf-8")


def colour_for(mode: QIcon.Mode, pal: QPalette | None = None) -> QColor:
    """The colour an icon is drawn in, in ``mode``, with ``pal`` (the application's)."""
    if pal is None:
        pal = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return pal.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


class _LineIconEngine(QIconEngine):
    """Renders one drawing in the palette's colour at any size and pixel ratio."""

    def __init__(self, name: str, svg: str | None = None) -> None:
        super().__init__()
        self._name = name
        self._svg = svg  # read on the first render: most menu icons are never drawn
        self._renders: dict[tuple[int, int, int], QPixmap] = {}

    def _render(self, size: QSize, mode: QIcon.Mode, scale: float) -> QPixmap:
        colour = colour_for(mode)
        width = max(1, round(size.width() * scale))
        height = max(1, round(size.height() * scale))
        key = (colour.rgba(), width, height)
        pixmap = self._renders.get(key)
        if pixmap is None:
            if self._svg is None:
                self._svg = svg_text(self._name)
            data = self._svg.replace(CURRENT_COLOUR, colour.name())
            renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
            image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            side = min(width, height)  # square drawings, centred in a non-square size
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF((width - side) / 2, (height - side) / 2, side, side))
            painter.end()
            pixmap = QPixmap.fromImage(image)
            if len(self._renders) > 32:  # a few sizes in two looks; more means churn
                self._renders.clear()
            self._renders[key] = pixmap
        result = QPixmap(pixmap)
        result.setDevicePixelRatio(scale)
        return result

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._render(size, mode, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return self._render(size, mode, scale)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        scale = device.devicePixelRatioF() if device is not None else 1.0
        painter.drawPixmap(rect, self._render(rect.size(), mode, scale))

    def clone(self) -> QIconEngine:
        # QIcon owns the clone, but PySide gives the Python object no owner: keep it, or it
        # would be collected under QIcon's feet. Entries whose C++ side QIcon has deleted
        # are dropped here.
        engine = _LineIconEngine(self._name, self._svg)
        _clones[:] = [e for e in _clones if isValid(e)]
        _clones.append(engine)
        return engine

    def key(self) -> str:
        return "aeo-desk-line"

    def iconName(self) -> str:
        return self._name

    def isNull(self) -> bool:
        return False


def icon(name: str) -> QIcon:
    """The icon ``name`` (one of NAMES), in the current palette's colours."""
    cached = _icons.get(name)
    if cached is None:
        if name not in NAMES:
            raise KeyError(name)
        cached = QIcon(_LineIconEngine(name))
        _icons[name] = cached
    return cached


def app_icon() -> QIcon:
    """AEO Desk's own icon: the SVG for any size, and the small PNG renders (no thin inner
    line at 32 px and below) for 16 and 32 px."""
    folder = _folder()
    result = QIcon(str(folder / "aeo-desk.svg"))
    for size in APP_ICON_SIZES:
        result.addFile(str(folder / f"aeo-desk-{size}.png"), QSize(size, size))
    return result
