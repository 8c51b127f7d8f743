"""Small vector glyphs drawn inside nodes (a box, a building, a coin, a tick, people).

Drawn with lines and shapes only, so they stay sharp at any zoom and in SVG/PDF exports.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen

from stakeholder_map.model import Kind


def draw_glyph(painter: QPainter, kind: Kind, centre: QPointF, size: float, colour: QColor) -> None:
    """Draw ``kind``'s glyph, ``size`` wide, centred on ``centre``."""
    painter.save()
    painter.translate(centre)
    painter.scale(size / 24.0, size / 24.0)  # glyphs are designed on a 24x24 grid centred at 0
    pen = QPen(colour, 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    _GLYPHS[kind](painter, colour)
    painter.restore()


def _product(painter: QPainter, colour: QColor) -> None:
    # an isometric box
    top = QPainterPath()
    top.moveTo(0, -10)
    top.lineTo(9, -5)
    top.lineTo(9, 6)
    top.lineTo(0, 11)
    top.lineTo(-9, 6)
    top.lineTo(-9, -5)
    top.closeSubpath()
    painter.drawPath(top)
    painter.drawPolyline([QPointF(-9, -5), QPointF(0, 0), QPointF(9, -5)])
    painter.drawLine(QPointF(0, 0), QPointF(0, 11))


def _company(painter: QPainter, colour: QColor) -> None:
    # a building with windows
    painter.drawRoundedRect(QRectF(-8, -10, 16, 21), 1.5, 1.5)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(colour))
    for row in (-6.5, -1.5, 3.5):
        for col in (-4.5, 1.5):
            painter.drawRect(QRectF(col, row, 3, 2.6))


def _buyer(painter: QPainter, colour: QColor) -> None:
    # a coin with a currency sign
    painter.drawEllipse(QPointF(0, 0), 10, 10)
    font = QFont()
    font.setPixelSize(14)
    font.setBold(True)
    painter.setFont(font)
    painter.drawText(QRectF(-10, -10, 20, 20), Qt.AlignmentFlag.AlignCenter, "$")


def _decision_maker(painter: QPainter, colour: QColor) -> None:
    # a tick: the one who says yes
    painter.setPen(QPen(colour, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    painter.drawPolyline([QPointF(-8, 0), QPointF(-2.5, 6), QPointF(9, -7)])


def _person_shape(painter: QPainter, colour: QColor, filled: bool) -> None:
    if filled:
        painter.setBrush(QBrush(colour))
    painter.drawEllipse(QPointF(0, -5), 4.6, 4.6)
    body = QPainterPath()
    body.moveTo(-9, 10)
    body.cubicTo(-9, 2, 9, 2, 9, 10)
    body.closeSubpath()
    painter.drawPath(body)


def _end_user(painter: QPainter, colour: QColor) -> None:
    _person_shape(painter, colour, filled=True)


def _person(painter: QPainter, colour: QColor) -> None:
    _person_shape(painter, colour, filled=False)


_GLYPHS = {
    Kind.PRODUCT: _product,
    Kind.COMPANY: _company,
    Kind.BUYER: _buyer,
    Kind.DECISION_MAKER: _decision_maker,
    Kind.END_USER: _end_user,
    Kind.PERSON: _person,
}
