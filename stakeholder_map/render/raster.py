"""PNG export: the map painted into an image at 1x to 4x, with its resolution recorded."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QImageWriter, QPainter

from stakeholder_map.render.errors import ExportError
from stakeholder_map.render.scene import PreparedScene

SCREEN_DPI = 96.0
MAX_SIDE = 32767  # QPainter's raster engine cannot address more pixels per side
MAX_PIXELS = 300_000_000  # 1.2 GB of ARGB: beyond that a vector format serves better
INCHES_PER_METRE = 39.37007874015748
PNG_QUALITY = 80  # Qt maps quality to zlib effort: files barely grow, big maps save faster


def pixels(n: int) -> str:
    """A pixel count for a message: ``3,000,000,288``, or ``1.0e+300`` when absurdly large."""
    return f"{n:,}" if n < 10**15 else f"{n:.1e}"


def pixel_size(rect: QRectF, scale: float) -> tuple[int, int]:
    """The image size for a map rect at a scale: the rect's size times the scale, rounded."""
    return max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale))


def render_image(prepared: PreparedScene, scale: float, *, transparent: bool, legend: bool) -> QImage:
    """The map as an image, ``scale`` pixels per scene unit, DPI = 96 x scale.

    ARGB32 with a transparent background when ``transparent``, else opaque RGB32.
    """
    width, height = pixel_size(prepared.rect, scale)
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise ExportError(
            f"the map is too large for a PNG at {scale:g}x ({pixels(width)} x {pixels(height)} pixels; at most "
            f"{MAX_SIDE} per side and {MAX_PIXELS // 1_000_000} million in all): "
            "choose a smaller scale, or export SVG or PDF"
        )
    # An opaque picture needs no alpha: RGB32 paints and compresses faster.
    fmt = QImage.Format.Format_ARGB32_Premultiplied if transparent else QImage.Format.Format_RGB32
    image = QImage(width, height, fmt)
    if image.isNull():
        raise ExportError(
            f"not enough memory for a {width} x {height} PNG: choose a smaller scale, or export SVG or PDF"
        )
    dots_per_metre = round(SCREEN_DPI * scale * INCHES_PER_METRE)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(Qt.GlobalColor.transparent if transparent else Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        prepared.paint(painter, QRectF(0, 0, width, height), transparent=transparent, legend=legend)
    finally:
        painter.end()
    return image


def png_bytes(prepared: PreparedScene, scale: float, *, transparent: bool, legend: bool) -> bytes:
    """The map as a PNG file's bytes (encoded in memory; the caller writes them)."""
    image = render_image(prepared, scale, transparent=transparent, legend=legend)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, b"png")
    writer.setQuality(PNG_QUALITY)
    if not writer.write(image):
        raise ExportError(f"could not encode the PNG: {writer.errorString()}")
    return bytes(buffer.data())
