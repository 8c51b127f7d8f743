"""The overview: a big map seen from far away, drawn in a few batched calls.

Below ``OVERVIEW_ZOOM`` a node is a few pixels wide and its text is unreadable; painting
thousands of items one Python call at a time would take a second, so the view paints
this instead: coloured blocks for nodes, thin lines for edges, rings for findings and
selection. The geometry is cached and rebuilt only after something moved or changed.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from stakeholder_map.canvas.badges import severity_colour
from stakeholder_map.canvas.style import KIND_COLOURS, RELATION_STYLES, node_rect
from stakeholder_map.model import Kind

OVERVIEW_ZOOM = 0.3
OVERVIEW_MIN_ITEMS = 1500
IMAGE_SIDE = 2048.0  # the cached picture of the whole map: sharp enough at fit-to-window zoom
_ROUND = (Kind.END_USER, Kind.PERSON, Kind.DECISION_MAKER)


class Overview:
    """Batched geometry of a scene's nodes and edges."""

    def __init__(self) -> None:
        self._valid = False
        self._rects: dict[Kind, list[QRectF]] = {}
        self._lines: dict = {}
        self._flagged: list[tuple[QRectF, str]] = []
        self._bounds = QRectF()
        self._image: QImage | None = None

    def invalidate(self) -> None:
        self._valid = False
        self._image = None

    def _build(self, scene) -> None:
        rects: dict[Kind, list[QRectF]] = {k: [] for k in Kind}
        shapes = {k: node_rect(k) for k in Kind}
        flagged = []
        bounds = QRectF()
        for item in scene.node_items():
            kind = item.node.kind
            rect = shapes[kind].translated(item.pos())
            rects[kind].append(rect)
            if item.findings:
                flagged.append((rect, item.severity))
        for kind_rects in rects.values():
            for rect in kind_rects:
                bounds = bounds.united(rect)
        lines: dict = {}
        for item in scene.edge_items():
            lines.setdefault(item.edge.relation, []).append(QLineF(item.source.pos(), item.target.pos()))
        self._rects, self._lines, self._flagged = rects, lines, flagged
        self._bounds = bounds.adjusted(-10, -10, 10, 10)
        self._valid = True

    def paint(self, painter: QPainter, scene, zoom: float) -> None:
        """Draw the overview; from an image of the whole map when that is sharp enough."""
        if not self._valid:
            self._build(scene)
        bounds = self._bounds
        if not bounds.isEmpty():
            image_scale = min(1.0, IMAGE_SIDE / max(bounds.width(), bounds.height()))
            if image_scale >= zoom * painter.device().devicePixelRatioF() * 0.99:
                if self._image is None:
                    self._image = self._render_image(image_scale)
                painter.save()
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
                painter.drawImage(bounds, self._image)
                painter.restore()
            else:
                self._draw(painter)
        pen = QPen(scene.theme.selection, 2.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for item in scene.selectedItems():
            painter.drawRect(item.sceneBoundingRect())

    def _render_image(self, scale: float) -> QImage:
        bounds = self._bounds
        image = QImage(max(1, int(bounds.width() * scale)), max(1, int(bounds.height() * scale)),
                       QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        p = QPainter(image)
        p.scale(image.width() / bounds.width(), image.height() / bounds.height())
        p.translate(-bounds.topLeft())
        self._draw(p)
        p.end()
        return image

    def _draw(self, painter: QPainter) -> None:
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
        painter.restore()
