"""Another version of the map drawn over the canvas: added items green, changed ones amber,
removed ones as grey ghosts where they were.

The overlay only decorates: its items take no clicks, are never selected, stay out of
exports, and go away with ``clear`` (or with the scene when another map opens).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from stakeholder_map.compare.diff import ADDED, REMOVED, MapDiff

GREEN = QColor(46, 160, 67)
AMBER = QColor(230, 150, 0)
GHOST = QColor(128, 128, 128)
_GHOST_SIZE = QRectF(-40, -28, 80, 56)
_MARGIN = 8.0


class _Decoration(QGraphicsItem):
    """A painter of a path in one colour, under the nodes and never hit by the mouse."""

    def __init__(self, path: QPainterPath, colour: QColor, *, dashed: bool = False, fill: bool = True,
                 width: float = 3.0, label: str = "") -> None:
        super().__init__()
        self.path, self.colour, self.dashed, self.fill, self.width, self.label = path, colour, dashed, fill, width, label
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setZValue(-0.9)
        self.setToolTip(escape(label))  # a name from a file, shown as written

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self.path.boundingRect().adjusted(-self.width - 40, -self.width, self.width + 40, self.width + 24)

    def shape(self) -> QPainterPath:
        return QPainterPath()  # nothing to hit

    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene = self.scene()
        if scene is not None and getattr(scene, "exporting", False):
            return
        pen = QPen(self.colour, self.width)
        if self.dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        fill = QColor(self.colour)
        fill.setAlpha(40 if self.fill else 0)
        painter.setBrush(QBrush(fill))
        painter.drawPath(self.path)
        if self.label:
            font = QFont(painter.font())
            font.setItalic(True)
            painter.setFont(font)
            bounds = self.path.boundingRect()
            text = QRectF(bounds.left() - 40, bounds.bottom() + 2, bounds.width() + 80, 20)
            painter.drawText(text, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, self.label)


class CompareOverlay:
    """Draws a ``MapDiff`` (old: the other version, new: the map on the canvas) on a scene."""

    def __init__(self, scene) -> None:
        self.scene = scene
        self.items: list[_Decoration] = []

    def show(self, diff: MapDiff) -> None:
        self.clear()
        for change in diff.nodes:
            if change.status == REMOVED:
                self._ghost_node(change.id, change.old or {})
            else:
                self._halo(change.id, GREEN if change.status == ADDED else AMBER)
        for change in diff.edges:
            edge = change.new or change.old or {}
            if change.status == REMOVED:
                self._edge_line(edge, GHOST, diff, dashed=True)
            else:
                self._edge_line(edge, GREEN if change.status == ADDED else AMBER, diff)

    def clear(self) -> None:
        for item in self.items:
            try:
                if item.scene() is not None:
                    item.scene().removeItem(item)
            except RuntimeError:  # the scene already dropped it (another map was opened)
                pass
        self.items = []

    def _add(self, item: _Decoration) -> None:
        self.scene.addItem(item)
        self.items.append(item)

    def _halo(self, node_id: str, colour: QColor) -> None:
        item = self.scene.node_item(node_id)
        if item is None:
            return
        path = QPainterPath()
        path.addRoundedRect(item.sceneBoundingRect().adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN), 10, 10)
        self._add(_Decoration(path, colour))

    def _ghost_node(self, node_id: str, node: dict) -> None:
        if "x" not in node or "y" not in node:
            return  # the other version never placed it: it is listed, not drawn
        path = QPainterPath()
        path.addRoundedRect(_GHOST_SIZE.translated(float(node["x"]), float(node["y"])), 10, 10)
        name = " ".join(str(node.get("name", "")).split()) or node_id
        label = QCoreApplication.translate("Compare", "{name} (removed)").format(name=name)
        self._add(_Decoration(path, GHOST, dashed=True, label=label))

    def _end(self, node_id: str, diff: MapDiff) -> QPointF | None:
        item = self.scene.node_item(node_id)
        if item is not None:
            return item.scenePos()
        old = diff.old.nodes.get(node_id, {})
        if "x" in old and "y" in old:
            return QPointF(float(old["x"]), float(old["y"]))
        return None

    def _edge_line(self, edge: dict, colour: QColor, diff: MapDiff, dashed: bool = False) -> None:
        start, end = self._end(edge.get("source", ""), diff), self._end(edge.get("target", ""), diff)
        if start is None or end is None:
            return
        path = QPainterPath()
        line = QLineF(start, end)
        path.moveTo(line.p1())
        path.lineTo(line.p2())
        decoration = _Decoration(path, colour, dashed=dashed, fill=False, width=10.0 if not dashed else 2.0)
        decoration.setZValue(-1.1)
        self._add(decoration)
