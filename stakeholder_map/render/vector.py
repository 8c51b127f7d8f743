"""SVG and PDF export: vector drawings of the map, text kept as text.

The SVG is one drawing the size of the map (``width``/``height`` in pixels, a matching
``viewBox``), with the map's title and a description. The PDF is one page exactly the
size of the map, without margins: 1 scene pixel = 0.75 point (96 pixels per inch, like
the screen at 100%), shrunk only if a side would pass the 200-inch limit of PDF readers.
"""

from __future__ import annotations

import re
from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from stakeholder_map.fileio.graphml import xml_safe
from stakeholder_map.render.errors import ExportError
from stakeholder_map.render.raster import pixels
from stakeholder_map.render.scene import PreparedScene

POINTS_PER_PIXEL = 72.0 / 96.0
_SIZE_IN_MM = re.compile(r'<svg width="[\d.]+mm" height="[\d.]+mm"')
MAX_PDF_POINTS = 14400.0  # 200 inches: the largest page PDF readers accept
MAX_SVG_SIDE = 1 << 24  # pixels: past this, readers that draw in single precision lose whole pixels


def _title(prepared: PreparedScene) -> str:
    return prepared.map.title or QCoreApplication.translate("Pictures", "Stakeholder map")


def _description(prepared: PreparedScene) -> str:
    m = prepared.map
    return QCoreApplication.translate(
        "Pictures", "Stakeholder map with {nodes} nodes and {links} relations, drawn by Stakeholder Map"
    ).format(nodes=len(m.nodes), links=len(m.edges))


def svg_bytes(prepared: PreparedScene, *, transparent: bool, legend: bool | None = None,
              size: tuple[int, int] | None = None) -> bytes:
    """The map as an SVG document (UTF-8), the map's size or ``size`` pixels with the map fitted in."""
    rect = prepared.rect
    width, height = size or (max(1, round(rect.width())), max(1, round(rect.height())))
    if width > MAX_SVG_SIDE or height > MAX_SVG_SIDE:
        raise ExportError(QCoreApplication.translate(
            "Export", "the map is too large for an SVG ({width} x {height} pixels; at most {most} per side): "
            "some nodes are very far from the others; move them closer, or export PDF"
        ).format(width=pixels(width), height=pixels(height), most=pixels(MAX_SVG_SIDE)))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setResolution(96)
    generator.setTitle(xml_safe(_title(prepared)))
    generator.setDescription(xml_safe(_description(prepared)))
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(QCoreApplication.translate("Export", "could not start the SVG drawing"))
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        prepared.paint(painter, QRectF(0, 0, width, height), transparent=transparent, legend=legend)
    finally:
        painter.end()
    text = bytes(buffer.data()).decode("utf-8")
    # Qt sizes the drawing in millimetres, which readers turn back into pixels at 90 or 96
    # dpi; pixels say the size once for all of them.
    text = _SIZE_IN_MM.sub(f'<svg width="{width}px" height="{height}px"', text, count=1)
    # Names may hold control characters that XML forbids; drop them so every reader opens it.
    return xml_safe(text).encode("utf-8")


def pdf_page_points(rect: QRectF) -> QSizeF:
    """The page size in points for a map rect (kept within the 200-inch limit, same aspect)."""
    w, h = max(1.0, rect.width() * POINTS_PER_PIXEL), max(1.0, rect.height() * POINTS_PER_PIXEL)
    shrink = min(1.0, MAX_PDF_POINTS / max(w, h))
    return QSizeF(w * shrink, h * shrink)


def pdf_bytes(prepared: PreparedScene, *, transparent: bool, legend: bool | None = None,
              size: tuple[int, int] | None = None) -> bytes:
    """The map as a one-page PDF file's bytes (drawn in memory; the caller writes them), the
    page the map's shape, or ``size``'s (a slide) with the map fitted in."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(xml_safe(_title(prepared)))
    writer.setCreator("Stakeholder Map")
    shape = QRectF(0, 0, *size) if size else prepared.rect
    page = QPageSize(pdf_page_points(shape), QPageSize.Unit.Point, "Map",
                     QPageSize.SizeMatchPolicy.ExactMatch)
    layout = QPageLayout(page, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                         QPageLayout.Unit.Point, QMarginsF(0, 0, 0, 0))
    if not writer.setPageLayout(layout):
        raise ExportError(QCoreApplication.translate("Export", "could not set the PDF page to the size of the map"))
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(QCoreApplication.translate("Export", "could not start the PDF drawing"))
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        target = QRectF(0, 0, writer.width(), writer.height())
        prepared.paint(painter, target, transparent=transparent, legend=legend)
    finally:
        painter.end()
    return bytes(buffer.data())
