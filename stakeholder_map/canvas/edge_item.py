"""A relation on the canvas: a line (curved when several join the same two nodes), its
arrowhead, and a short label where it carries data (amount and period on ``pays``).

The arrowhead is part of ``shape()``, so clicking it selects the edge.

On a big map most links are *parked*: out of the scene's index, their curve not laid out,
until something needs them (a close look files them in their tiles, the mouse comes near,
they are selected or asked for by id; see ``MapScene.admit``). Laying out 60,000 curves
and indexing them cost seconds of an open for links nobody looked at.
"""

from __future__ import annotations

import math
from functools import cache
from typing import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from stakeholder_map.canvas import text
from stakeholder_map.canvas.badges import worst_severity
from stakeholder_map.canvas.style import RELATION_STYLES, boundary_distance, edge_label
from stakeholder_map.canvas.tips import edge_tooltip
from stakeholder_map.look import KIND_SIZES
from stakeholder_map.model import Edge

_ARROW_LENGTH = 11.0
_ARROW_HALF_WIDTH = 5.0
_GAP = 3.0  # space between the arrow tip and the node's outline
_PAD = 9.0  # the bounds reach this far past the curve (arrowheads, pens)


def _unit(dx: float, dy: float) -> tuple[float, float]:
    length = math.hypot(dx, dy)
    return (dx / length, dy / length) if length > 1e-9 else (1.0, 0.0)


_LABEL_WIDTHS: dict[str, float] = {}
_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
_NO_RECT = QRectF()  # shared, never changed in place: most edges have no label


@cache
def _half_label_height() -> float:
    """How far a label (or the bounds' pad) reaches above and below the line."""
    return max(_PAD, text.line_height("edge") / 2 + 3)


#: how far past its node's centre a loop may draw, besides its label and its fan-out offset:
#: its size (see _loop_geometry), the gap, the pens, and the outline of the largest shape
_LOOP_REACH = 42.0 + _GAP + _PAD + max(math.hypot(w, h) / 2 for w, h in KIND_SIZES.values())


def reach_past_ends(items: Iterable[EdgeItem]) -> float:
    """How far any of these links may draw (curve, label, loop) outside the box of its ends'
    centres: their widest label, largest fan-out offset and detour, bounded together."""
    widest = offset = detour = 0.0
    labels = set()
    for item in items:
        if item.offset or item.detour or item.label:
            labels.add(item.label)
            offset = max(offset, abs(item.offset))
            detour = max(detour, abs(item.detour))
    if not labels:  # straight unlabelled links lie between their nodes (no font asked)
        return 0.0
    widest = max((_label_width(label) for label in labels if label), default=0.0)
    return widest / 2 + 1 + _half_label_height() + 2 * (offset + detour) + _LOOP_REACH + 0.8 * offset


def _label_width(label: str) -> float:
    width = _LABEL_WIDTHS.get(label)
    if width is None:
        if len(_LABEL_WIDTHS) > 5000:
            _LABEL_WIDTHS.clear()
        width = _LABEL_WIDTHS[label] = text.text_width(label, "edge") + 12
    return width


class EdgeItem(QGraphicsItem):
    """One edge between two node items; ``offset`` bends it away from its parallel siblings.

    Most state starts as the class's defaults, shared until a link differs: a big map makes
    60,000 links, and each attribute set on a Qt object costs about half a microsecond."""

    offset = 0.0
    detour = 0.0  # a bend around nodes in the way (see detours.py), left of source -> target
    findings: list = []  # replaced by set_marks, never changed in place
    _severity: str | None = None  # the worst of their severities
    dimmed = False  # left out by a filter: drawn faint
    suppressed = False  # a member-of link shown as its source inside the company's box
    layer = None  # the scene's EdgeLayer
    tiles: set | frozenset = frozenset()  # the tiles that draw it (a set once filed)
    _hover = False
    _bounds = _label_rect = _NO_RECT
    _hidden = True
    _stale = True  # the curve is laid out when first needed (see ``_settle``)
    _path = _shape = _arrow = _polyline = None

    def __init__(self, edge: Edge, source, target, currency: str | None = None) -> None:
        super().__init__()
        self.edge = edge
        self.currency = currency  # the map's: amounts show with its sign
        self.source = source
        self.target = target
        self._label = edge_label(edge, currency)

    def ready(self) -> None:
        """Make the link selectable and hoverable, under the nodes: done as it joins the
        scene (a parked link never needs it). The edge layer draws the line; the item is
        for hit tests, selection and tooltips."""
        self.setFlags(_FLAGS)
        self.setAcceptHoverEvents(True)
        self.setZValue(-1.0)  # under the nodes; no itemChange override: building stays cheap

    @property
    def edge_id(self) -> str:
        return self.edge.id

    def set_currency(self, currency: str | None) -> None:
        """The map named another currency: relabel a link that carries an amount."""
        self.currency = currency
        label = edge_label(self.edge, currency)
        if label != self._label:
            self._label = label
            self.update_geometry()

    def set_marks(self, findings: list, notify: bool = True) -> bool:
        """Take these findings; True when the halo changes (then, with ``notify``, the
        edge layer is told at once; else the caller tells it, see ``EdgeLayer.mark_many``)."""
        findings = list(findings)
        if findings == self.findings:
            return False
        looked = self._severity
        self.findings = findings  # the tooltip reads them; the halo only their severity
        self._severity = worst_severity(findings)
        if self._severity == looked:
            return False
        if notify and self.layer is not None:
            self.layer.mark(self)
        return True

    @property
    def severity(self) -> str | None:
        """The worst severity of its findings (None without any)."""
        return self._severity

    def refresh_tooltip(self) -> None:
        """Show the current marks in the tooltip if it may be showing (under the mouse)."""
        if self._hover:  # hover state, not isUnderMouse(): that asks shape() of every item
            self.setToolTip(self.tooltip_text())

    def tooltip_text(self) -> str:
        return edge_tooltip(self.edge, self.source.node, self.target.node, self.findings,
                            self.currency)

    @property
    def label(self) -> str:
        return self._label

    def label_rect(self) -> QRectF:
        """Where the label is drawn (empty without a label)."""
        self._settle()
        return QRectF(self._label_rect)

    # -- geometry --------------------------------------------------------------------------
    def update_geometry(self) -> None:
        """Recompute the curve from the two nodes' current positions (called while they move);
        a parked link only notes that it must (``_settle`` does it when asked)."""
        self._path = self._shape = self._arrow = self._polyline = None
        layer = self.layer
        if layer is not None and layer.deferring and self.scene() is None:
            self._stale = True
            layer.place(self)
            return
        self.prepareGeometryChange()
        self._lay_out()
        if layer is not None:
            layer.place(self)

    def _settle(self) -> None:
        """Lay out the curve now if it was left for later."""
        if self._stale:
            self._lay_out()

    def rough_span(self) -> tuple[float, float, float, float, float]:
        """Like ``span`` but, for a parked link, from its ends' centres without laying it
        out: the segment between them when straight, else the box of the centres and the
        control point (either holds the drawn line)."""
        hull = self._rough_hull()
        if hull is None:
            return self.span()
        sx, sy, cx, cy, tx, ty = hull
        if cx is None:
            return (sx, sy, tx, ty, 1.0)
        return (min(sx, cx, tx), min(sy, cy, ty), max(sx, cx, tx), max(sy, cy, ty), 0.0)

    def _rough_hull(self):
        """A parked link's ends' centres and its control point, ``(sx, sy, cx, cy, tx, ty)``
        (``cx, cy`` None when straight), or None when it is laid out (or a loop)."""
        if not self._stale or self.source is self.target:
            return None
        source, target = self.source.stand_in or self.source, self.target.stand_in or self.target
        (sx, sy), (tx, ty) = source.centre, target.centre
        if self.offset == 0.0 and self.detour == 0.0:
            return sx, sy, None, None, tx, ty
        return (sx, sy, *self._bend_point(sx, sy, tx, ty, *_unit(tx - sx, ty - sy)), tx, ty)

    def _bend_point(self, sx: float, sy: float, tx: float, ty: float, ux: float, uy: float) -> tuple[float, float]:
        """The control point of a bent link from (sx, sy) to (tx, ty), unit direction (ux, uy):
        off the middle by its fan-out offset and its detour. The offset is measured in a frame
        fixed by the ids, so a -> b and b -> a bend apart."""
        sign = 1.0 if self.edge.source < self.edge.target else -1.0
        nx, ny = -uy * sign, ux * sign
        return ((sx + tx) / 2 + nx * self.offset * 2 - uy * self.detour * 2,
                (sy + ty) / 2 + ny * self.offset * 2 + ux * self.detour * 2)

    def surely_inside(self, left: float, top: float, right: float, bottom: float) -> bool:
        """Whether a parked link draws inside this box, told without laying it out: its
        line and label stay within the box of its ends' centres and its control point."""
        hull = self._rough_hull()
        if hull is None:
            return False
        sx, sy, cx, cy, tx, ty = hull
        if cx is None:
            cx, cy = sx, sy
        w = (_label_width(self._label) / 2 + 1) if self._label else 0.0
        w = w if w > _PAD else _PAD
        h = _half_label_height()
        return (left <= min(sx, cx, tx) - w and max(sx, cx, tx) + w <= right
                and top <= min(sy, cy, ty) - h and max(sy, cy, ty) + h <= bottom)

    def _lay_out(self) -> None:
        self._stale = False
        # a node folded away in a box: its links end at the box
        source, target = self.source.stand_in or self.source, self.target.stand_in or self.target
        (sx, sy), (tx, ty) = source.centre, target.centre
        self._hidden = self.suppressed
        if self.source is self.target:
            self._loop_geometry(sx, sy, self.source.node.kind)
        elif source is target:  # both ends folded away in the same box
            self._p0 = self._c1 = self._c2 = self._tip = (sx, sy)
            self._dir = (1.0, 0.0)
            self._hidden = True
        else:
            dx, dy = tx - sx, ty - sy
            length = math.hypot(dx, dy)
            ux, uy = (dx / length, dy / length) if length > 1e-9 else (1.0, 0.0)
            if self.offset == 0.0 and self.detour == 0.0:  # most links: straight, the control point halfway
                cx, cy = (sx + tx) / 2, (sy + ty) / 2
                d0 = d1 = (ux, uy)
            else:
                cx, cy = self._bend_point(sx, sy, tx, ty, ux, uy)
                d0 = _unit(cx - sx, cy - sy)
                d1 = _unit(tx - cx, ty - cy)
            r0 = source.reach(*d0) + _GAP
            r1 = target.reach(*d1) + _GAP
            if length <= r0 + r1 + 4:  # the nodes overlap: nothing sensible to draw
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
        (px, py), (ax, ay), (bx, by) = self._p0, self._c1, self._c2
        left, top = min(px, ax, bx, tx) - _PAD, min(py, ay, by, ty) - _PAD
        bounds = QRectF(left, top, max(px, ax, bx, tx) + _PAD - left, max(py, ay, by, ty) + _PAD - top)
        self._label_rect = _NO_RECT
        if self._label:
            mx, my = self.point_at(0.5)
            w = _label_width(self._label)
            h = text.line_height("edge") + 4
            self._label_rect = QRectF(mx - w / 2, my - h / 2, w, h)
            bounds = bounds.united(QRectF(mx - w / 2 - 1, my - h / 2 - 1, w + 2, h + 2))
        self._bounds = bounds

    def point_at(self, t: float) -> tuple[float, float]:
        """A point on the curve (0 = source end, 1 = arrow tip)."""
        self._settle()
        p0, c1, c2, p3 = self._p0, self._c1, self._c2, self._tip
        u = 1 - t
        a, b, c, d = u ** 3, 3 * u * u * t, 3 * u * t * t, t ** 3
        return (a * p0[0] + b * c1[0] + c * c2[0] + d * p3[0], a * p0[1] + b * c1[1] + c * c2[1] + d * p3[1])

    def path(self) -> QPainterPath:
        if self._path is None:
            self._settle()
            path = QPainterPath(QPointF(*self._p0))
            end = self._tip if RELATION_STYLES[self.edge.relation].open_arrow else self._base
            if self._c1 == self._c2 and self.offset == 0.0 and self.detour == 0.0 and self.source is not self.target:
                path.lineTo(QPointF(*end))
            else:
                path.cubicTo(QPointF(*self._c1), QPointF(*self._c2), QPointF(*end))
            self._path = path
        return self._path

    def arrow(self) -> QPolygonF:
        if self._arrow is None:
            self._settle()
            dx, dy = self._dir
            bx, by = self._base
            nx, ny = -dy * _ARROW_HALF_WIDTH, dx * _ARROW_HALF_WIDTH
            self._arrow = QPolygonF([QPointF(bx + nx, by + ny), QPointF(*self._tip), QPointF(bx - nx, by - ny)])
        return self._arrow

    def boundingRect(self) -> QRectF:
        if self._stale:
            self._lay_out()
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

    def contains(self, point: QPointF) -> bool:
        """Hit test by distance to the line (the scene asks this on every mouse move; a
        stroked shape for each long edge under the cursor would be slow)."""
        self._settle()
        if self._hidden or not self._bounds.contains(point):
            return False
        x, y = point.x(), point.y()
        reach = max(5.0, RELATION_STYLES[self.edge.relation].width / 2 + 4)
        pts = self.polyline()
        for (ax, ay), (bx, by) in zip(pts, pts[1:]):
            dx, dy = bx - ax, by - ay
            length2 = dx * dx + dy * dy
            t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / length2))
            if math.hypot(ax + t * dx - x, ay + t * dy - y) <= reach:
                return True
        if self.arrow().boundingRect().adjusted(-2, -2, 2, 2).contains(point):
            return True
        return not self._label_rect.isNull() and self._label_rect.contains(point)

    def polyline(self) -> list[tuple[float, float]]:
        """The drawn line as points, from the source's outline to the arrow's base."""
        if self._polyline is None:
            self._settle()
            end = self._tip if RELATION_STYLES[self.edge.relation].open_arrow else self._base
            if self._c1 == self._c2 and self.offset == 0.0 and self.detour == 0.0 and self.source is not self.target:
                self._polyline = [self._p0, end]
            else:
                path = self.path()
                self._polyline = [(p.x(), p.y()) for p in (path.pointAtPercent(i / 14) for i in range(15))]
        return self._polyline

    def span(self) -> tuple[float, float, float, float, float]:
        """Where the line runs, for finding it by area: ``(x0, y0, x1, y1, 1.0)``, its ends
        when straight; ``(left, top, right, bottom, 0.0)``, the box of its control points
        (which holds the curve) when curved."""
        self._settle()
        (x0, y0), (x1, y1) = self._p0, self._tip
        if self._c1 == self._c2 and self.offset == 0.0 and self.detour == 0.0 and self.source is not self.target:
            return (x0, y0, x1, y1, 1.0)
        xs = (x0, self._c1[0], self._c2[0], x1)
        ys = (y0, self._c1[1], self._c2[1], y1)
        return (min(xs), min(ys), max(xs), max(ys), 0.0)

    @property
    def hovered(self) -> bool:
        return self._hover

    def hidden_from_far(self) -> bool:
        """Whether the overview leaves the link out (shown as a box holding its source, or
        folded away with both ends in one box); a parked link is not laid out for it."""
        if not self._stale:
            return self._hidden
        source, target = self.source.stand_in or self.source, self.target.stand_in or self.target
        return self.suppressed or (self.source is not self.target and source is target)

    @property
    def hidden(self) -> bool:
        self._settle()
        return self._hidden

    def anchors(self) -> tuple[QPointF, QPointF | None]:
        """Where the arrowhead and the label sit: the tiles there draw them."""
        self._settle()
        label = self._label_rect.center() if not self._label_rect.isNull() else None
        return QPointF(*self._tip), label

    def is_marked(self) -> bool:
        return bool(self.findings) or self.isSelected() or self._hover

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        """Nothing: the edge layer's tiles draw every line in batches (see ``edge_layer``)."""

    def add_arrow_to(self, path: QPainterPath) -> None:
        """Add the arrowhead to ``path`` (tiles draw all arrowheads of a relation at once)."""
        arrow = self.arrow()
        if RELATION_STYLES[self.edge.relation].open_arrow:
            path.moveTo(arrow.at(0))
            path.lineTo(arrow.at(1))
            path.lineTo(arrow.at(2))
        else:
            path.addPolygon(arrow)
            path.closeSubpath()

    def paint_label(self, painter: QPainter, theme) -> None:
        if self._label:
            self._paint_label(painter, QColor(RELATION_STYLES[self.edge.relation].colour), theme)

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
        if self.layer is not None:
            self.layer.mark(self)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        if self.layer is not None:
            self.layer.mark(self)
        super().hoverLeaveEvent(event)
