"""The live layer: while nodes are dragged, their edges are drawn here, one by one, so the
cached edge tiles underneath stay untouched (a drag step then costs a few edges, not a tile)."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from stakeholder_map.canvas.edge_item import LOD_ARROW, LOD_LABEL, EdgeItem
from stakeholder_map.canvas.gridmath import clip_segment
from stakeholder_map.canvas.style import RELATION_STYLES


def relation_pen(relation) -> QPen:
    """The pen a relation's line is drawn with (flat caps: round ones cost ten times more)."""
    style = RELATION_STYLES[relation]
    return QPen(QColor(style.colour), style.width, style.dash, Qt.PenCapStyle.FlatCap)


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
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for edge in self.edges:
            if edge.hidden:
                continue
            lines = []
            pts = edge.polyline()
            for (ax, ay), (bx, by) in zip(pts, pts[1:]):
                clipped = clip_segment(ax, ay, bx, by, exposed)
                if clipped is not None:
                    t0, t1 = clipped
                    dx, dy = bx - ax, by - ay
                    lines.append(QLineF(ax + dx * t0, ay + dy * t0, ax + dx * t1, ay + dy * t1))
            for pen in edge.halo_pens(exporting, scene.theme):
                painter.setPen(pen)
                painter.drawLines(lines)
            painter.setPen(relation_pen(edge.edge.relation))
            painter.drawLines(lines)
            if lod >= LOD_ARROW:
                edge.paint_arrow(painter)
            if lod >= LOD_LABEL:
                edge.paint_label(painter, scene.theme)
