"""The attitude marker: a small coloured disc with a sign at a stakeholder's lower-left corner
(a star for a champion, a plus for a supporter, a bar for neutral, a question mark for a
sceptic, a cross for a blocker). The node, the legend and the power/interest grid draw it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from stakeholder_map.canvas import text
from stakeholder_map.look import ATTITUDE_COLOURS
from stakeholder_map.model import Attitude

MARKER_RADIUS = 7.5


def marker_centre(shape: QRectF) -> QPointF:
    """Where a node's marker sits: on the lower-left corner of its shape."""
    return QPointF(shape.left() + 3.0, shape.bottom() - 3.0)


def _star(centre: QPointF, outer: float) -> QPolygonF:
    points = []
    for i in range(10):
        r = outer if i % 2 == 0 else outer * 0.45
        angle = -math.pi / 2 + i * math.pi / 5
        points.append(QPointF(centre.x() + r * math.cos(angle), centre.y() + r * math.sin(angle)))
    return QPolygonF(points)


def paint_attitude_marker(painter: QPainter, centre: QPointF, attitude: Attitude,
                          radius: float = MARKER_RADIUS) -> None:
    painter.save()
    painter.setPen(QPen(QColor("white"), 1.5))
    painter.setBrush(QColor(ATTITUDE_COLOURS[attitude]))
    painter.drawEllipse(centre, radius, radius)
    white = QColor("white")
    arm = radius * 0.5
    x, y = centre.x(), centre.y()
    pen = QPen(white, max(1.6, radius * 0.24), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    if attitude is Attitude.CHAMPION:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(white)
        painter.drawPolygon(_star(centre, radius * 0.72))
    elif attitude is Attitude.SUPPORTER:
        painter.setPen(pen)
        painter.drawLine(QPointF(x - arm, y), QPointF(x + arm, y))
        painter.drawLine(QPointF(x, y - arm), QPointF(x, y + arm))
    elif attitude is Attitude.NEUTRAL:
        painter.setPen(pen)
        painter.drawLine(QPointF(x - arm, y), QPointF(x + arm, y))
    elif attitude is Attitude.SCEPTIC:
        painter.setPen(white)
        painter.setFont(text.font("badge"))
        painter.drawText(QRectF(x - radius, y - radius, 2 * radius, 2 * radius), Qt.AlignmentFlag.AlignCenter, "?")
    else:
        painter.setPen(pen)
        painter.drawLine(QPointF(x - arm, y - arm), QPointF(x + arm, y + arm))
        painter.drawLine(QPointF(x - arm, y + arm), QPointF(x + arm, y - arm))
    painter.restore()
