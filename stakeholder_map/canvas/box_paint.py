"""How a company box looks, in one place: its size around its members and its painting.

A company drawn as a box (``model.boxes``) is a rounded frame in the company's colour with
a header band holding its name and how many members it has. The canvas item
(``NodeItem``), and so every export, and the far overview of a big map draw boxes through
``paint_box``; changing how a box looks means changing this module only.

>>> rect = fit_rect([QRectF(0, 0, 100, 50)])
>>> rect.top() < 0 - HEADER + 1, rect.width() >= MIN_WIDTH
(True, True)
>>> round(reach(QRectF(-50, -20, 100, 40), 1.0, 0.0))
50
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from stakeholder_map.canvas import text
from stakeholder_map.canvas.style import number_text

HEADER = 30.0  # the band with the name
PADDING = 24.0  # room between the frame and its members
PADDING_BELOW = 40.0  # members' role badges hang below their names
MIN_WIDTH = 220.0
MIN_HEIGHT = 110.0
COLLAPSED_WIDTH = 240.0
MAX_HEADER = 420.0  # a longer name is cut short with an ellipsis
CORNER = 8.0
TOGGLE = 14.0  # the triangle that folds the box
LOD_TEXT = 0.42  # below this zoom the header's words are unreadable


@dataclass(frozen=True)
class BoxShape:
    """A box as the canvas draws it: ``rect`` in item coordinates (centred on the item's
    position), whether it is folded, how many members it holds directly, how deep it
    nests (0 = outermost)."""

    rect: QRectF
    collapsed: bool
    members: int
    depth: int


def header_width(name: str, members: int) -> float:
    """How wide a header must be to show the whole name and the count (up to a limit)."""
    need = (8 + TOGGLE + 6 + text.text_width(name.strip(), "inside") + 12
            + text.text_width(members_text(members), "edge") + 10 + 8)
    return min(MAX_HEADER, need)


def fit_rect(member_rects: list[QRectF], centre: tuple[float, float] = (0.0, 0.0),
             min_width: float = MIN_WIDTH) -> QRectF:
    """The box around its members' rectangles (scene coordinates) with padding and the
    header; an empty box is a small one around ``centre`` (the company's position).
    ``min_width``: room for the header (see ``header_width``)."""
    min_width = max(MIN_WIDTH, min_width)
    if not member_rects:
        return QRectF(centre[0] - min_width / 2, centre[1] - MIN_HEIGHT / 2, min_width, MIN_HEIGHT)
    left = min(r.left() for r in member_rects)
    top = min(r.top() for r in member_rects)
    right = max(r.right() for r in member_rects)
    bottom = max(r.bottom() for r in member_rects)
    rect = QRectF(left - PADDING, top - PADDING - HEADER, right - left + 2 * PADDING,
                  bottom - top + PADDING + PADDING_BELOW + HEADER)
    if rect.width() < min_width:
        rect.adjust(-(min_width - rect.width()) / 2, 0, (min_width - rect.width()) / 2, 0)
    if rect.height() < MIN_HEIGHT:
        rect.setBottom(rect.top() + MIN_HEIGHT)
    return rect


def folded_rect(expanded: QRectF, min_width: float = MIN_WIDTH) -> QRectF:
    """A collapsed box: its header alone, where the open box's header was."""
    width = min(expanded.width(), max(COLLAPSED_WIDTH, min_width))
    return QRectF(expanded.left(), expanded.top(), width, HEADER)


def header_rect(rect: QRectF) -> QRectF:
    return QRectF(rect.left(), rect.top(), rect.width(), min(HEADER, rect.height()))


def toggle_rect(rect: QRectF) -> QRectF:
    """The fold triangle at the header's left (item coordinates)."""
    return QRectF(rect.left() + 8, rect.top() + (HEADER - TOGGLE) / 2, TOGGLE, TOGGLE)


def reach(rect: QRectF, dx: float, dy: float) -> float:
    """How far from the rectangle's centre its border lies in direction (dx, dy)."""
    a, b = rect.width() / 2, rect.height() / 2
    tx = a / abs(dx) if dx else math.inf
    ty = b / abs(dy) if dy else math.inf
    return min(tx, ty)


def members_text(count: int) -> str:
    """``1 member``, ``1,200 members`` (the locale's digits, as everywhere on the canvas)."""
    if count == 1:
        return QCoreApplication.translate("Boxes", "1 member")
    return QCoreApplication.translate("Boxes", "{count} members").format(count=number_text(count))


def frame_path(rect: QRectF, grow: float = 0.0) -> QPainterPath:
    path = QPainterPath()
    r = rect.adjusted(-grow, -grow, grow, grow)
    path.addRoundedRect(r, CORNER + grow, CORNER + grow)
    return path


def paint_box(painter: QPainter, box: BoxShape, name: str, colour: QColor, theme, lod: float, *,
              target: bool = False, moving: bool = False) -> None:
    """One company box: a tinted body, a frame and a header band in the company's
    colour with its name, the count of members and the fold triangle. ``target``: a node
    dragged over it would drop in (highlighted); ``moving``: it is being dragged (drawn
    as an outline, its members follow when it is dropped)."""
    rect = box.rect
    body = QColor(theme.company_body)
    if box.depth % 2:  # a department stands out from the company around it
        body = body.darker(106) if not theme.is_dark else body.lighter(125)
    frame = frame_path(rect)
    painter.setPen(Qt.PenStyle.NoPen)
    if moving:
        body.setAlpha(110)
    painter.setBrush(body)
    painter.drawPath(frame)
    header = QPainterPath()
    header.addRect(header_rect(rect))
    band = QColor(colour)
    band.setAlpha(70 if not moving else 40)
    painter.setBrush(band)
    painter.drawPath(frame.intersected(header))
    pen = QPen(colour, 1.5, Qt.PenStyle.DashLine if moving else Qt.PenStyle.SolidLine)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(frame)
    if target:
        painter.setPen(QPen(theme.selection, 3.0))
        painter.drawPath(frame_path(rect, 3.0))
    if lod < LOD_TEXT:
        return
    _paint_toggle(painter, toggle_rect(rect), box.collapsed, theme)
    painter.setFont(text.font("inside"))
    left = rect.left() + 8 + TOGGLE + 6
    count = members_text(box.members)
    count_width = text.text_width(count, "edge") + 10
    room = rect.right() - 8 - left - count_width
    painter.setPen(theme.text)
    shown = text.metrics("inside").elidedText(name, Qt.TextElideMode.ElideRight, max(20.0, room))
    painter.drawText(QRectF(left, rect.top(), max(20.0, room), HEADER),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
    painter.setFont(text.font("edge"))
    painter.setPen(theme.muted_text)
    painter.drawText(QRectF(rect.right() - 8 - count_width, rect.top(), count_width, HEADER),
                     Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, count)


def _paint_toggle(painter: QPainter, area: QRectF, collapsed: bool, theme) -> None:
    """A triangle pointing right (folded) or down (open)."""
    c = area.center()
    s = area.width() / 2 - 2
    if collapsed:
        points = [QPointF(c.x() - s / 2, c.y() - s), QPointF(c.x() + s, c.y()), QPointF(c.x() - s / 2, c.y() + s)]
    else:
        points = [QPointF(c.x() - s, c.y() - s / 2), QPointF(c.x() + s, c.y() - s / 2), QPointF(c.x(), c.y() + s)]
    path = QPainterPath(points[0])
    for p in points[1:]:
        path.lineTo(p)
    path.closeSubpath()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(theme.muted_text)
    painter.drawPath(path)
