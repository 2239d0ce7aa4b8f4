"""Render the app icon ``resources/icons/aeo-desk.svg`` with Qt's own SVG renderer (offscreen).

Writes:
- ``resources/icons/aeo-desk-{256,128,64,48,32,16}.png`` (Linux icon theme, the app);
- ``packaging/windows/aeo-desk.ico`` (16-256 px; 256 as PNG, the rest as 32-bit bitmaps,
  the layout Windows' own tools write);
- ``packaging/macos/aeo-desk.icns`` (16-1024 px, PNG entries).

Sizes of 32 px and below leave out the shield's thin inner line (``id="detail"``), which only
blurs at that size. Run it after changing the SVG, then commit the results:
``.venv/bin/python packaging/render_icons.py``.
"""

from __future__ import annotations

import os
import re
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "aeo-desk.svg"
PNG_SIZES = (256, 128, 64, 48, 32, 16)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS entry types (PNG payloads) and their pixel sizes; the @2x types reuse a size.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)
SMALL = 32
_DETAIL = re.compile(r'<path id="detail".*?/>', re.DOTALL)


def render(svg: bytes, size: int) -> QImage:
    """The icon at ``size`` x ``size`` pixels, transparent background."""
    source = _DETAIL.sub("", svg.decode()).encode() if size <= SMALL else svg
    renderer = QSvgRenderer(QByteArray(source))
    if not renderer.isValid():
        raise SystemExit(f"{SVG}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit ICO bitmap entry: BITMAPINFOHEADER (height doubled for the AND mask), BGRA
    rows bottom-up, then a 1-bit AND mask (all zero: the alpha channel decides)."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    # Format_ARGB32 is 0xAARRGGBB per pixel: B, G, R, A in memory on little-endian machines.
    rows = [bytes(image.constScanLine(y))[: size * 4] for y in range(size)]
    if sys.byteorder != "little":  # pragma: no cover - every build machine we use is
        rows = [_swap32(row) for row in rows]
    mask_row = ((size + 31) // 32) * 4
    return header + b"".join(reversed(rows)) + bytes(mask_row * size)


def _swap32(row: bytes) -> bytes:
    return b"".join(row[i : i + 4][::-1] for i in range(0, len(row), 4))


def write_ico(path: Path, images: dict[int, QImage]) -> None:
    payloads = [png_bytes(images[s]) if s >= 256 else dib_bytes(images[s]) for s in ICO_SIZES]
    offset = 6 + 16 * len(ICO_SIZES)
    out = [struct.pack("<HHH", 0, 1, len(ICO_SIZES))]
    for size, payload in zip(ICO_SIZES, payloads, strict=True):
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        out.append(struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(payload), offset))
        offset += len(payload)
    path.write_bytes(b"".join(out) + b"".join(payloads))


def write_icns(path: Path, pngs: dict[int, bytes]) -> None:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for kind, s in ICNS_TYPES)
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = SVG.read_bytes()
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    images = {size: render(svg, size) for size in sizes}
    pngs = {size: png_bytes(image) for size, image in images.items()}
    written = []
    for size in PNG_SIZES:
        target = SVG.with_name(f"aeo-desk-{size}.png")
        target.write_bytes(pngs[size])
        written.append(target)
    ico = ROOT / "packaging" / "windows" / "aeo-desk.ico"
    write_ico(ico, images)
    icns = ROOT / "packaging" / "macos" / "aeo-desk.icns"
    write_icns(icns, pngs)
    written += [ico, icns]
    for target in written:
        print(f"{target.relative_to(ROOT)}: {target.stat().st_size:,} bytes")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
