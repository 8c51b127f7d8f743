"""Printing a map: fitted on one page, or tiled across several with overlap marks.

``print_pages`` paints on any paged device (a ``QPrinter``, a ``QPdfWriter``). Tiled pages
overlap by ``OVERLAP_MM``: thin marks at the page edges show where the next page's picture
begins, so the sheets can be trimmed or laid over each other and taped; a small caption
names each sheet ("Row 1, column 2 of 2 x 3").
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QPen

from stakeholder_map.render.errors import ExportError
from stakeholder_map.render.scene import PreparedScene

OVERLAP_MM = 10.0
MAX_ACROSS = 8
_CAPTION_MM = 5.0


def _mm(device: QPagedPaintDevice, mm: float) -> float:
    return mm / 25.4 * device.logicalDpiX()


def tile_grid(picture: QRectF, page: QRectF, across: int, overlap: float) -> tuple[float, int, int]:
    """The scale (device units per scene unit) and the rows and columns of pages for a
    picture spread ``across`` pages wide, neighbouring pages sharing ``overlap`` units."""
    step_w, step_h = page.width() - overlap, page.height() - overlap
    scale = (across * step_w + overlap) / picture.width()
    rows = max(1, math.ceil((picture.height() * scale - overlap) / step_h))
    return scale, rows, across


def print_pages(prepared: PreparedScene, device: QPagedPaintDevice, *, across: int = 1) -> int:
    """Paint the picture on ``device``: one page fitted when ``across`` is 1, else tiled
    ``across`` pages wide (as many rows as it takes). Return the number of pages."""
    if not 1 <= across <= MAX_ACROSS:
        raise ExportError(QCoreApplication.translate("Print", "a map can be printed 1 to {most} pages across, not "
                                                              "{across}").format(most=MAX_ACROSS, across=across))
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(QCoreApplication.translate("Print", "the printer could not start"))
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        page = QRectF(0, 0, device.width(), device.height())
        if across == 1:
            prepared.paint(painter, page, transparent=True)
            return 1
        return _tiles(prepared, device, painter, page, across)
    finally:
        painter.end()


def _tiles(prepared: PreparedScene, device, painter: QPainter, page: QRectF, across: int) -> int:
    caption = _mm(device, _CAPTION_MM)
    body = QRectF(0, caption, page.width(), page.height() - caption)
    overlap = _mm(device, OVERLAP_MM)
    scale, rows, columns = tile_grid(prepared.rect, body, across, overlap)
    whole = QRectF(0, 0, prepared.rect.width() * scale, prepared.rect.height() * scale)
    step_w, step_h = body.width() - overlap, body.height() - overlap
    count = 0
    for row in range(rows):
        for column in range(columns):
            if count and not device.newPage():
                raise ExportError(QCoreApplication.translate("Print", "the printer could not start a new page"))
            count += 1
            painter.save()
            painter.setClipRect(body)
            painter.translate(body.left() - column * step_w, body.top() - row * step_h)
            prepared.paint(painter, whole, transparent=True)
            painter.restore()
            _marks(painter, body, overlap, first_row=row == 0, last_row=row == rows - 1,
                   first_column=column == 0, last_column=column == columns - 1)
            _caption(painter, QRectF(0, 0, page.width(), caption),
                     QCoreApplication.translate(
                         "Print", "Row {row}, column {column} of {rows} x {columns}: the marks show where the "
                         "neighbouring sheet begins").format(row=row + 1, column=column + 1, rows=rows, columns=columns))
    return count


def _marks(painter: QPainter, body: QRectF, overlap: float, *, first_row: bool, last_row: bool,
           first_column: bool, last_column: bool) -> None:
    """Short lines at the page edges where the overlap with a neighbouring sheet starts."""
    painter.save()
    painter.setPen(QPen(QColor("#7A8694"), max(1.0, overlap / 40), Qt.PenStyle.SolidLine))
    tick = overlap * 0.8
    lines = []
    if not last_column:
        x = body.right() - overlap
        lines += [(QPointF(x, body.top()), QPointF(x, body.top() + tick)),
                  (QPointF(x, body.bottom() - tick), QPointF(x, body.bottom()))]
    if not first_column:
        x = body.left() + overlap
        lines += [(QPointF(x, body.top()), QPointF(x, body.top() + tick)),
                  (QPointF(x, body.bottom() - tick), QPointF(x, body.bottom()))]
    if not last_row:
        y = body.bottom() - overlap
        lines += [(QPointF(body.left(), y), QPointF(body.left() + tick, y)),
                  (QPointF(body.right() - tick, y), QPointF(body.right(), y))]
    if not first_row:
        y = body.top() + overlap
        lines += [(QPointF(body.left(), y), QPointF(body.left() + tick, y)),
                  (QPointF(body.right() - tick, y), QPointF(body.right(), y))]
    for a, b in lines:
        painter.drawLine(a, b)
    painter.restore()


def _caption(painter: QPainter, box: QRectF, text: str) -> None:
    from stakeholder_map.canvas.text import without_ligatures

    font = QFont()
    font.setPointSizeF(7.0)
    painter.save()
    painter.setFont(without_ligatures(font))
    painter.setPen(QColor("#57606a"))
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
    painter.restore()
