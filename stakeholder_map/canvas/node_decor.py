"""The small things drawn on a node: its name, the finding dot, the notes sheet, tag colours and handles.

Plain functions of a painter and the geometry they are given, so the node item decides where
and this module decides how (the window, the overview's close view and every picture alike).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from stakeholder_map.canvas import text
from stakeholder_map.canvas.badges import severity_colour

_SEVERITY_DOT = 7.0
_TAG_DOT = 4.5
_HANDLE = 3.5  # half the side of a selection corner handle


def paint_name(painter: QPainter, lines: Sequence[str], text_rect: QRectF, label_rect: QRectF, *,
               inside: bool, unnamed: bool, ink: QColor, theme) -> None:
    """A node's name: inside the shape, or below it on a label background; faded when unnamed."""
    role = "inside" if inside else "name"
    painter.setFont(text.font(role))
    if not inside:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.label_background)
        painter.drawRoundedRect(label_rect, 4, 4)
        ink = theme.text
    if unnamed:
        ink = QColor(ink)
        ink.setAlpha(150)
    painter.setPen(ink)
    lh = text.line_height(role)
    y = text_rect.center().y() - lh * len(lines) / 2
    align = (Qt.AlignmentFlag.AlignLeft if inside else Qt.AlignmentFlag.AlignHCenter) | Qt.AlignmentFlag.AlignVCenter
    left, width = (text_rect.left(), text_rect.width()) if inside else (text_rect.left() + 5, text_rect.width() - 10)
    for line in lines:
        painter.drawText(QRectF(left, y, width, lh), align, line)
        y += lh


def paint_severity_dot(painter: QPainter, centre: QPointF, severity: str) -> None:
    """The finding's colour with "!" (error, warning) or "i" (note)."""
    painter.setPen(QPen(QColor("white"), 1.5))
    painter.setBrush(severity_colour(severity))
    painter.drawEllipse(centre, _SEVERITY_DOT, _SEVERITY_DOT)
    painter.setPen(QColor("white"))
    painter.setFont(text.font("badge"))
    painter.drawText(QRectF(centre.x() - _SEVERITY_DOT, centre.y() - _SEVERITY_DOT, 2 * _SEVERITY_DOT,
                            2 * _SEVERITY_DOT), Qt.AlignmentFlag.AlignCenter, "i" if severity == "info" else "!")


def paint_notes_mark(painter: QPainter, sheet: QRectF, theme) -> None:
    """A small sheet with a folded corner and three lines of writing: this node has notes."""
    fold = 4.0
    page = QPainterPath()
    page.moveTo(sheet.topLeft())
    page.lineTo(sheet.right() - fold, sheet.top())
    page.lineTo(sheet.right(), sheet.top() + fold)
    page.lineTo(sheet.bottomRight())
    page.lineTo(sheet.bottomLeft())
    page.closeSubpath()
    painter.setPen(QPen(theme.muted_text, 1.2))
    painter.setBrush(QColor("#5C5330") if theme.is_dark else QColor("#FFF7D6"))
    painter.drawPath(page)
    for i in range(3):
        y = sheet.top() + 5.0 + i * 2.6
        painter.drawLine(QPointF(sheet.left() + 2.5, y), QPointF(sheet.right() - 2.5, y))


def paint_tag_dots(painter: QPainter, centres: Sequence[QPointF], colours: Sequence[str]) -> None:
    """One dot per coloured tag, white-rimmed so it reads on any fill."""
    if not colours:
        return
    painter.setPen(QPen(QColor("white"), 1.2))
    for centre, colour in zip(centres, colours):
        painter.setBrush(QColor(colour))
        painter.drawEllipse(centre, _TAG_DOT, _TAG_DOT)


def paint_corner_handles(painter: QPainter, shape: QRectF, theme) -> None:
    """Four small squares around a selected node: "selected" at a glance, whatever the rings."""
    box = shape.adjusted(-7.0, -7.0, 7.0, 7.0)  # inside the item's margin
    painter.setPen(QPen(theme.background, 1.5))
    painter.setBrush(theme.selection)
    for corner in (box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight()):
        painter.drawRect(QRectF(corner.x() - _HANDLE, corner.y() - _HANDLE, 2 * _HANDLE, 2 * _HANDLE))


def paint_link_handle(painter: QPainter, centre: QPointF, radius: float, theme) -> None:
    """The dot a hovered node shows: drag from it to draw a link."""
    painter.setPen(QPen(QColor("white"), 1.5))
    painter.setBrush(theme.selection)
    painter.drawEllipse(centre, radius, radius)
