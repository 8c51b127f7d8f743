"""PNG export: the map painted into an image at 1x to 4x (or a slide size), its resolution recorded.

The PNG is encoded here rather than by Qt's writer: rows go unfiltered (a map is mostly
flat colour, which deflate alone packs well) and are deflated by ISA-L (the ``isal``
package), which writes the same zlib stream as zlib five times faster. A 2,000-node map's
53-megapixel image deflates in 0.25 s of CPU instead of 1.2 s at zlib's fastest level (and
Qt's writer takes 1.2 s even without compressing), the file about a tenth larger. Where
``isal`` is missing, the standard library's zlib writes the same PNG, only slower.
The rows are read straight from the painted image (no converted copy of the whole picture)
and deflated a band at a time. (Compressing slices in worker threads crashed PySide later
in the event loop, and gained nothing on a busy machine; PySide holds the interpreter lock
while Qt paints, so painting in threads gains nothing either.)
"""

from __future__ import annotations

import os
import struct
import sys
import zlib

try:
    from isal import isal_zlib as deflate
except ImportError:  # pragma: no cover - isal is a dependency; zlib writes the same format
    deflate = zlib

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from stakeholder_map.canvas.style import number_text
from stakeholder_map.render.errors import ExportError
from stakeholder_map.render.scene import PreparedScene

SCREEN_DPI = 96.0
MAX_SIDE = 32767  # QPainter's raster engine cannot address more pixels per side
MAX_PIXELS = 300_000_000  # 1.2 GB of ARGB: beyond that a vector format serves better
INCHES_PER_METRE = 39.37007874015748
DEFLATE_LEVEL = 2  # ISA-L's levels are 0-3; a map is mostly flat colour: more effort barely shrinks the file
_IDAT_BYTES = 1 << 20  # the compressed picture in chunks of about 1 MB, as PNG writers usually do
_RGB32_ORDER = (2, 1, 0) if sys.byteorder == "little" else (1, 2, 3)  # red, green, blue in 0xffRRGGBB
_BAND_ROWS = 256  # rows converted and deflated at a time (a 14,000 px wide band is 10 MB)


def pixels(n: int) -> str:
    """A pixel count for a message in the locale's digits: ``3,000,000,288`` (``3.000.000.288``
    in German), or ``1.0e+300`` when absurdly large."""
    return number_text(n) if n < 10**15 else f"{n:.1e}"


def pixel_size(rect: QRectF, scale: float) -> tuple[int, int]:
    """The image size for a map rect at a scale: the rect's size times the scale, rounded."""
    return max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale))


def available_memory() -> int | None:
    """Bytes of memory free for a new image now, where the system says (else None)."""
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None


def check_image_size(width: int, height: int, what: str) -> None:
    """Refuse, in one line naming the size, an image Qt cannot paint or memory cannot hold."""
    megabytes = width * height * 4 / 1e6
    translate = QCoreApplication.translate
    size = translate("Export", "{width} x {height} pixels, {megabytes} MB").format(
        width=pixels(width), height=pixels(height),
        megabytes=number_text(round(megabytes)) if megabytes < 1e12 else f"{megabytes:.1e}")
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise ExportError(translate(
            "Export", "the map is too large for {what} ({size}; at most {side} pixels per side and {million} "
            "million in all): choose a smaller scale or a slide size, or export SVG or PDF").format(
                what=what, size=size, side=pixels(MAX_SIDE), million=MAX_PIXELS // 1_000_000))
    free = available_memory()
    # painting and encoding need about twice the image: refuse before the system starts swapping
    if free is not None and megabytes * 2e6 > free:
        raise ExportError(translate(
            "Export", "not enough memory for {what} ({size}; {free} MB free): choose a smaller scale or a "
            "slide size, or export SVG or PDF").format(what=what, size=size, free=number_text(round(free / 1e6))))


def render_image(prepared: PreparedScene, scale: float, *, transparent: bool, legend: bool | None = None,
                 size: tuple[int, int] | None = None) -> QImage:
    """The map as an image, ``scale`` pixels per scene unit, DPI = 96 x scale; or, with
    ``size``, an image of exactly that many pixels with the map fitted in and centred.

    ARGB32 with a transparent background when ``transparent``, else opaque RGB32.
    """
    width, height = size or pixel_size(prepared.rect, scale)
    what = (QCoreApplication.translate("Export", "a PNG at {scale}x").format(scale=f"{scale:g}") if size is None
            else QCoreApplication.translate("Export", "a PNG"))
    check_image_size(width, height, what)
    # An opaque picture needs no alpha: RGB32 paints and compresses faster.
    fmt = QImage.Format.Format_ARGB32_Premultiplied if transparent else QImage.Format.Format_RGB32
    image = QImage(width, height, fmt)
    if image.isNull():
        raise ExportError(QCoreApplication.translate(
            "Export", "not enough memory for a {width} x {height} PNG: choose a smaller scale, or export SVG "
            "or PDF").format(width=pixels(width), height=pixels(height)))
    dots_per_metre = round(SCREEN_DPI * (scale if size is None else 1.0) * INCHES_PER_METRE)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    if transparent:  # an opaque picture's background is painted with the map
        image.fill(Qt.GlobalColor.transparent)
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


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(data, zlib.crc32(kind)))


def png_bytes(prepared: PreparedScene, scale: float, *, transparent: bool, legend: bool | None = None,
              size: tuple[int, int] | None = None) -> bytes:
    """The map as a PNG file's bytes (drawn and encoded in memory; the caller writes them)."""
    return encode_png(render_image(prepared, scale, transparent=transparent, legend=legend, size=size))


def encode_png(image: QImage) -> bytes:
    """``image`` as a PNG file (RGB, or RGBA when it has alpha), its DPI in a pHYs chunk.

    An opaque image's pixels are read straight from Qt's buffer (blue, green, red, unused
    on little-endian machines) into PNG's red, green, blue rows, a band at a time: no
    converted copy of the whole picture, and each band deflated as soon as it is ready.
    """
    alpha = image.hasAlphaChannel()
    width, height = image.width(), image.height()
    if alpha:
        image = image.convertToFormat(QImage.Format.Format_RGBA8888)  # un-premultiplied, as PNG wants
    elif image.format() != QImage.Format.Format_RGB32:
        image = image.convertToFormat(QImage.Format.Format_RGB32)
    compressor = deflate.compressobj(DEFLATE_LEVEL)
    out = [b"\x89PNG\r\n\x1a\n",
           _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6 if alpha else 2, 0, 0, 0)),
           _chunk(b"pHYs", struct.pack(">IIB", image.dotsPerMeterX(), image.dotsPerMeterY(), 1))]
    pending: list[bytes] = []
    for band in _bands(image, alpha):
        pending.append(compressor.compress(band))
        if sum(map(len, pending)) >= _IDAT_BYTES:
            out.append(_chunk(b"IDAT", b"".join(pending)))
            pending.clear()
    pending.append(compressor.flush())
    out.append(_chunk(b"IDAT", b"".join(pending)))
    out.append(_chunk(b"IEND", b""))
    return b"".join(out)


def _bands(image: QImage, alpha: bool):
    """The PNG rows of ``image`` (RGB32 or RGBA8888), each led by filter byte 0 (none: on a
    map's flat colours deflate alone does better and faster), ``_BAND_ROWS`` rows at a time."""
    import numpy as np

    width, height, stride = image.width(), image.height(), image.bytesPerLine()
    channels = 4 if alpha else 3
    view = image.constBits()
    try:
        pixels = np.frombuffer(view, np.uint8, count=stride * height).reshape(height, stride)
        rows = np.zeros((min(_BAND_ROWS, height), width * channels + 1), np.uint8)
        for top in range(0, height, _BAND_ROWS):
            band = pixels[top:top + _BAND_ROWS, : width * 4]
            n = band.shape[0]
            target = rows[:n, 1:]
            if alpha:  # RGBA8888 is already in PNG's order
                target[:] = band
            else:  # RGB32 is 0xffRRGGBB: blue, green, red, 255 in memory on little-endian machines
                quads = band.reshape(n, width, 4)
                rgb = target.reshape(n, width, 3)
                for i, j in enumerate(_RGB32_ORDER):
                    rgb[:, :, i] = quads[:, :, j]
            yield rows[:n]  # deflated before the next band overwrites it
        del pixels
    finally:
        view.release()  # nothing keeps Qt's buffer once the pixels are copied
