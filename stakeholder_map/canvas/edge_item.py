"""A relation on the canvas: a line (curved when several join the same two nodes), its
arrowhead, and a short label where it carries data (amount and period on ``pays``).

The arrowhead is part of ``shape()``, so clicking it selects the edge.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from stakeholder_map.canvas import text
from stakeholder_map.canvas.badges import severity_colour, worst_severity
from stakeholder_map.canvas.style import RELATION_STYLES, boundary_distance, edge_label
from stakeholder_map.canvas.tips import edge_tooltip
from stakeholder_map.model import Edge

LOD_ARROW = 0.2
LOD_LABEL = 0.45
_ARROW_LENGTH = 11.0
_ARROW_HALF_WIDTH = 5.0
_GAP = 3.0  # space between the arrow tip and the node's outline


def _unit(dx: float, dy: float) -> tuple[float, float]:
    length = math.hypot(dx, dy)
    return (dx / length, dy / length) if length > 1e-9 else (1.0, 0.0)


def _clip_segment(x0: float, y0: float, x1: float, y1: float, rect: QRectF) -> tuple[float, float] | None:
    """Liang-Barsky: the parameter range of the segment inside ``rect``, or None."""
    t0, t1 = 0.0, 1.0
    dx, dy = x1 - x0, y1 - y0
    for p, q in ((-dx, x0 - rect.left()), (dx, rect.right() - x0), (-dy, y0 - rect.top()), (dy, rect.bottom() - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        r = q / p
        if p < 0:
            if r > t1:
                return None
            t0 = max(t0, r)
        else:
            if r < t0:
                return None
            t1 = min(t1, r)
    return t0, t1


class EdgeItem(QGraphicsItem):
    """One edge between two node items; ``offset`` bends it away from its parallel siblings."""

    def __init__(self, edge: Edge, source, target) -> None:
        super().__init__()
        self.edge = edge
        self.source = source
        self.target = target
        self.offset = 0.0
        self.findings: list = []
        self._hover = False
        self._label = edge_label(edge)
        # the exposed rectangle lets paint() clip long lines instead of stroking them whole
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptHoverEvents(True)
        self.setZValue(0.0)
        self._bounds = QRectF()
        self._hidden = True  # until the scene lays out the edge's pair (update_geometry)
        self._path = self._shape = self._arrow = None

    @property
    def edge_id(self) -> str:
        return self.edge.id

    def set_edge(self, edge: Edge, source, target) -> None:
        self.edge = edge
        self.source, self.target = source, target
        self._label = edge_label(edge)
        self.update_geometry()

    def set_marks(self, findings: list) -> None:
        findings = list(findings)
        if findings != self.findings:
            self.findings = findings
            self.update()

    def tooltip_text(self) -> str:
        return edge_tooltip(self.edge, self.source.node, self.target.node, self.findings)

    @property
    def label(self) -> str:
        return self._label

    # -- geometry --------------------------------------------------------------------------
    def update_geometry(self) -> None:
        """Recompute the curve from the two nodes' current positions (called while they move)."""
        self.prepareGeometryChange()
        self._path = self._shape = self._arrow = None
        s, t = self.source.pos(), self.target.pos()
        sx, sy, tx, ty = s.x(), s.y(), t.x(), t.y()
        skind, tkind = self.source.node.kind, self.target.node.kind
        self._hidden = False
        if self.source is self.target:
            self._loop_geometry(sx, sy, skind)
        else:
            dx, dy = tx - sx, ty - sy
            ux, uy = _unit(dx, dy)
            # the bend is measured in a frame fixed by the ids, so a -> b and b -> a bend apart
            sign = 1.0 if self.edge.source < self.edge.target else -1.0
            nx, ny = -uy * sign, ux * sign
            cx = (sx + tx) / 2 + nx * self.offset * 2
            cy = (sy + ty) / 2 + ny * self.offset * 2
            d0 = _unit(cx - sx, cy - sy)
            d1 = _unit(tx - cx, ty - cy)
            r0 = boundary_distance(skind, *d0) + _GAP
            r1 = boundary_distance(tkind, *d1) + _GAP
            if math.hypot(dx, dy) <= r0 + r1 + 4:  # the nodes overlap: nothing sensible to draw
                self._hidden = True
            self._p0 = (sx + d0[0] * r0, sy + d0[1] * r0)
            self._c1 = self._c2 = (cx, cy)
            self._tip = (tx - d1[0] * r1, ty - d1[1] * r1)
            self._dir = d1
        self._finish_geometry()

    def _loop_geometry(self, x: float, y: float, kind) -> None:
        size = 42.0 + abs(self.offset) * 0.8
        a0, a1 = math.radians(-75), math.radians(-15)
        d0 = (math.cos(a0), math.sin(a0))
        d1 = (math.cos(a1), math.sin(a1))
        r0 = boundary_distance(kind, *d0) + _GAP
        r1 = boundary_distance(kind, *d1) + _GAP
        self._p0 = (x + d0[0] * r0, y + d0[1] * r0)
        tip = (x + d1[0] * r1, y + d1[1] * r1)
        self._c1 = (self._p0[0] + d0[0] * size, self._p0[1] + d0[1] * size)
        self._c2 = (tip[0] + d1[0] * size, tip[1] + d1[1] * size)
        self._tip = tip
        self._dir = (-d1[0], -d1[1])

    def _finish_geometry(self) -> None:
        dx, dy = self._dir
        tx, ty = self._tip
        self._base = (tx - dx * _ARROW_LENGTH, ty - dy * _ARROW_LENGTH)
        xs = (self._p0[0], self._c1[0], self._c2[0], tx)
        ys = (self._p0[1], self._c1[1], self._c2[1], ty)
        bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)).adjusted(-9, -9, 9, 9)
        self._label_rect = QRectF()
        if self._label:
            mx, my = self.point_at(0.5)
            w = text.text_width(self._label, "edge") + 12
            h = text.line_height("edge") + 4
            self._label_rect = QRectF(mx - w / 2, my - h / 2, w, h)
            bounds = bounds.united(self._label_rect.adjusted(-1, -1, 1, 1))
        self._bounds = bounds

    def point_at(self, t: float) -> tuple[float, float]:
        """A point on the curve (0 = source end, 1 = arrow tip)."""
        p0, c1, c2, p3 = self._p0, self._c1, self._c2, self._tip
        u = 1 - t
        a, b, c, d = u ** 3, 3 * u * u * t, 3 * u * t * t, t ** 3
        return (a * p0[0] + b * c1[0] + c * c2[0] + d * p3[0], a * p0[1] + b * c1[1] + c * c2[1] + d * p3[1])

    def path(self) -> QPainterPath:
        if self._path is None:
            path = QPainterPath(QPointF(*self._p0))
            end = self._tip if RELATION_STYLES[self.edge.relation].open_arrow else self._base
            if self._c1 == self._c2 and self.offset == 0.0 and self.source is not self.target:
                path.lineTo(QPointF(*end))
            else:
                path.cubicTo(QPointF(*self._c1), QPointF(*self._c2), QPointF(*end))
            self._path = path
        return self._path

    def arrow(self) -> QPolygonF:
        if self._arrow is None:
            dx, dy = self._dir
            bx, by = self._base
            nx, ny = -dy * _ARROW_HALF_WIDTH, dx * _ARROW_HALF_WIDTH
            self._arrow = QPolygonF([QPointF(bx + nx, by + ny), QPointF(*self._tip), QPointF(bx - nx, by - ny)])
        return self._arrow

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(max(10.0, RELATION_STYLES[self.edge.relation].width + 8))
            shape = stroker.createStroke(self.path())
            shape.addPolygon(self.arrow())
            if not self._label_rect.isNull():
                shape.addRect(self._label_rect)
            self._shape = shape.simplified()
        return self._shape

    # -- painting --------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        if self._hidden:
            return
        scene = self.scene()
        exporting = scene.exporting
        lod = 1.0 if exporting else option.levelOfDetailFromTransform(painter.worldTransform())
        style = RELATION_STYLES[self.edge.relation]
        colour = QColor(style.colour)
        path, dash_start = self._visible_path(option.exposedRect, exporting)
        severity = worst_severity(self.findings)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if path is not None:
            if severity and lod >= LOD_ARROW:
                halo = severity_colour(severity)
                halo.setAlpha(110)
                painter.setPen(QPen(halo, style.width + 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
                painter.drawPath(path)
            if not exporting and (self.isSelected() or self._hover):
                theme = scene.theme
                painter.setPen(QPen(theme.selection if self.isSelected() else theme.hover, style.width + 5,
                                    Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
                painter.drawPath(path)
            pen = QPen(colour, style.width, style.dash, Qt.PenCapStyle.FlatCap)
            if dash_start:
                pen.setDashOffset(dash_start / style.width)  # the dashes stay put while scrolling
            painter.setPen(pen)
            painter.drawPath(path)
        if lod < LOD_ARROW:
            return
        if exporting or self.arrow().boundingRect().intersects(option.exposedRect):
            self._paint_arrow(painter, colour, style)
        if self._label and lod >= LOD_LABEL and (exporting or self._label_rect.intersects(option.exposedRect)):
            self._paint_label(painter, colour, scene.theme)

    def _paint_arrow(self, painter: QPainter, colour: QColor, style) -> None:
        if style.open_arrow:
            painter.setPen(QPen(colour, style.width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap,
                                Qt.PenJoinStyle.RoundJoin))
            painter.drawPolyline(self.arrow())
        else:
            painter.setPen(QPen(colour, 1.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.MiterJoin))
            painter.setBrush(colour)
            painter.drawPolygon(self.arrow())

    def _visible_path(self, exposed: QRectF, exporting: bool) -> tuple[QPainterPath | None, float]:
        """The part of a straight line inside ``exposed`` (stroking a long line whole is slow)."""
        path = self.path()
        if exporting or path.elementCount() != 2:
            return path, 0.0
        e0, e1 = path.elementAt(0), path.elementAt(1)
        clipped = _clip_segment(e0.x, e0.y, e1.x, e1.y, exposed.adjusted(-12, -12, 12, 12))
        if clipped is None:
            return None, 0.0
        t0, t1 = clipped
        if t0 == 0.0 and t1 == 1.0:
            return path, 0.0
        dx, dy = e1.x - e0.x, e1.y - e0.y
        part = QPainterPath(QPointF(e0.x + dx * t0, e0.y + dy * t0))
        part.lineTo(QPointF(e0.x + dx * t1, e0.y + dy * t1))
        return part, t0 * math.hypot(dx, dy)

    def _paint_label(self, painter: QPainter, colour: QColor, theme) -> None:
        border = QColor(colour)
        border.setAlpha(120)
        painter.setPen(QPen(border, 1.0))
        painter.setBrush(theme.label_background)
        painter.drawRoundedRect(self._label_rect, self._label_rect.height() / 2, self._label_rect.height() / 2)
        painter.setFont(text.font("edge"))
        painter.setPen(colour.lighter(150) if theme.is_dark else colour.darker(120))
        painter.drawText(self._label_rect, Qt.AlignmentFlag.AlignCenter, self._label)

    # -- Qt events -------------------------------------------------------------------------
    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        self.setToolTip(self.tooltip_text())
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self.update()
        super().hoverLeaveEvent(event)
