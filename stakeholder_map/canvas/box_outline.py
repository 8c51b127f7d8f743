"""The outline of a company box while it is dragged (draw.io's preview rectangle).

A box holding hundreds or thousands of nodes does not move at each step of a drag: its
outline does, and the box with everything in it follows on release. The outline is four
thin strips under one parent, so a step repaints those strips only, not the whole box (a
box is often larger than the window).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from stakeholder_map.canvas.box_paint import HEADER

_EDGE = 3.0


class BoxOutline(QGraphicsRectItem):
    """A dashed frame with a header band, the size of ``rect`` (scene coordinates), that
    ``follow`` shifts by the drag's offset."""

    def __init__(self, rect: QRectF, colour: QColor) -> None:
        super().__init__(QRectF())  # the parent draws nothing itself
        self.setPen(QPen(Qt.PenStyle.NoPen))
        self.setZValue(60.0)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        band = QColor(colour)
        band.setAlpha(90)
        pen = QPen(colour, 1.5, Qt.PenStyle.DashLine)
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        strips = (
            (QRectF(left, top, rect.width(), min(HEADER, rect.height())), band),
            (QRectF(left, bottom - _EDGE, rect.width(), _EDGE), None),
            (QRectF(left, top, _EDGE, rect.height()), None),
            (QRectF(right - _EDGE, top, _EDGE, rect.height()), None),
        )
        for strip, fill in strips:
            item = QGraphicsRectItem(strip, self)
            item.setPen(pen)
            item.setBrush(QBrush(fill) if fill is not None else QBrush(Qt.BrushStyle.NoBrush))
            item.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.offset = QPointF()

    def follow(self, offset: QPointF) -> None:
        """Show the box moved by ``offset`` (scene units) from where it is."""
        if offset != self.offset:
            self.offset = QPointF(offset)
            self.setPos(offset)
