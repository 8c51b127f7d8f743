"""The live layer: while nodes are dragged, their edges are drawn here, one by one, so the
cached edge tiles underneath stay untouched (a drag step then costs a few edges, not a tile)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from stakeholder_map.canvas import edge_paint
from stakeholder_map.canvas.edge_item import EdgeItem


class LiveEdges(QGraphicsItem):
    """The edges of the nodes being dragged, drawn one by one above the cached tiles."""

    def __init__(self) -> None:
        super().__init__()
        self.edges: dict[EdgeItem, None] = {}
        self._bounds = QRectF()
        self.setZValue(-0.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()

    def contains(self, point) -> bool:
        return False

    def refresh(self) -> None:
        bounds = QRectF()
        for edge in self.edges:
            bounds = bounds.united(edge.boundingRect())
        self.prepareGeometryChange()
        self._bounds = bounds.adjusted(-8, -8, 8, 8)
        self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self.scene()
        exporting = scene.exporting
        lod = 1.0 if exporting else option.levelOfDetailFromTransform(painter.worldTransform())
        exposed = option.exposedRect.adjusted(-12, -12, 12, 12)
        for edge in self.edges:
            if not edge.hidden:
                edge_paint.paint_edge(painter, edge, exposed, lod, exporting, scene.theme)
