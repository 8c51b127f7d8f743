"""The overview: a big map seen from far away, drawn in a few batched calls.

Below ``OVERVIEW_ZOOM`` a node is a few pixels wide and its text is unreadable; painting
thousands of items one Python call at a time would take a second, so the view paints
this instead: coloured blocks for nodes, thin lines for edges, rings for findings and
selection. The geometry is cached and rebuilt only after something moved or changed.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from stakeholder_map.canvas.badges import severity_colour
from stakeholder_map.canvas.style import KIND_COLOURS, RELATION_STYLES, node_rect
from stakeholder_map.model import Kind

OVERVIEW_ZOOM = 0.3
OVERVIEW_MIN_ITEMS = 1500
_ROUND = (Kind.END_USER, Kind.PERSON, Kind.DECISION_MAKER)


class Overview:
    """Batched geometry of a scene's nodes and edges."""

    def __init__(self) -> None:
        self._valid = False
        self._rects: dict[Kind, list[QRectF]] = {}
        self._lines: dict = {}
        self._flagged: list[tuple[QRectF, str]] = []

    def invalidate(self) -> None:
        self._valid = False

    def _build(self, scene) -> None:
        rects: dict[Kind, list[QRectF]] = {k: [] for k in Kind}
        shapes = {k: node_rect(k) for k in Kind}
        flagged = []
        for item in scene.node_items():
            kind = item.node.kind
            rect = shapes[kind].translated(item.pos())
            rects[kind].append(rect)
            if item.findings:
                flagged.append((rect, item.severity))
        lines: dict = {}
        for item in scene.edge_items():
            lines.setdefault(item.edge.relation, []).append(QLineF(item.source.pos(), item.target.pos()))
        self._rects, self._lines, self._flagged = rects, lines, flagged
        self._valid = True

    def paint(self, painter: QPainter, scene) -> None:
        if not self._valid:
            self._build(scene)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        for relation, lines in self._lines.items():
            pen = QPen(QColor(RELATION_STYLES[relation].colour), 1.0)  # opaque: no blending cost
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawLines(lines)
        painter.setPen(Qt.PenStyle.NoPen)
        for kind, rects in self._rects.items():
            if not rects:
                continue
            painter.setBrush(QColor(KIND_COLOURS[kind]))
            if kind in _ROUND:
                for rect in rects:
                    painter.drawEllipse(rect)
            else:
                painter.drawRects(rects)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect, severity in self._flagged:
            pen = QPen(severity_colour(severity), 2.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(-6, -6, 6, 6))
        pen = QPen(scene.theme.selection, 2.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        for item in scene.selectedItems():
            painter.drawRect(item.sceneBoundingRect())
        painter.restore()
