"""The overview: a big map seen from far away, drawn in a few batched calls.

Below ``OVERVIEW_ZOOM`` a node is a few pixels wide and its text is unreadable; painting
thousands of items one Python call at a time would take a second, so the view paints
this instead: coloured blocks for nodes, thin lines for edges, rings for findings and
selection.

Two caches keep it cheap. The geometry (a rectangle per node, a line per edge, a ring per
flagged node) is gathered once and then updated only for the items the scene reports as
touched (``touch_node``, ``touch_edge``). The drawing is kept as an image of the visible
area and some room around it at the current zoom: a pan or a small zoom draws that image
(scaled a little until the view asks for a sharp one), and only a change to the geometry
or a larger move draws it again. Finding rings are drawn over that image at each paint, so
the marks of an analysis never redraw it.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen

from dataclasses import replace

from stakeholder_map.canvas.badges import severity_colour
from stakeholder_map.canvas import box_paint, edge_paint
from stakeholder_map.canvas.theme import Theme
from stakeholder_map.canvas.style import KIND_COLOURS, node_rect
from stakeholder_map.model import Kind, Relation

OVERVIEW_ZOOM = 0.3
OVERVIEW_MIN_ITEMS = 1500
MAX_IMAGE_SIDE = 4096  # pixels: the cached drawing never grows past this
ROUND_FROM = 0.12  # below this scale every node is a block, as NodeItem paints it
_ROUND = (Kind.END_USER, Kind.PERSON, Kind.DECISION_MAKER)
_SCALE_SLACK = 1.35  # a cached drawing this much larger or smaller is still shown (scaled)
_RING = 6.0
_PATCH_MAX = 400  # nodes + edges changed at once up to which the image is patched, not redrawn


class Overview:
    """Batched geometry of a scene's nodes and edges, and a cached drawing of it."""

    def __init__(self) -> None:
        self._full = True  # gather everything again at the next paint
        self._node_kind: dict = {}  # NodeItem -> Kind it is filed under
        self._rects: dict[Kind, dict] = {k: {} for k in Kind}  # kind -> {NodeItem: QRectF}
        self._flagged: dict[str, dict] = {}  # severity -> {NodeItem: ring QRectF}
        self._ring_lists: dict[str, list] | None = None  # the rings as lists, for drawRects
        self._edge_relation: dict = {}  # EdgeItem -> relation it is filed under
        self._lines: dict = {}  # relation -> {EdgeItem: QLineF}
        self._boxes: dict = {}  # NodeItem drawn as a company box -> (BoxShape in scene coordinates, colour, name)
        self._theme = Theme.light()  # the scene's, taken at each paint
        self._dirty_nodes: set = set()
        self._dirty_edges: set = set()
        self._dirty_flags: set = set()
        self._bounds = QRectF()
        self._image: QImage | None = None
        self._image_rect = QRectF()  # scene area the image shows
        self._image_scale = 0.0  # image pixels per scene unit
        self._image_asked = 0.0  # the scale it was drawn for (capped by MAX_IMAGE_SIDE)
        self._image_dpr = 1.0
        self._rings: QImage | None = None  # the finding rings, same area and scale
        self._rings_stale = False
        self._blurred = False  # the last paint showed the image scaled
        self._patch: QRectF | None = None  # scene area of the image to draw again

    # -- what changed ------------------------------------------------------------------------
    def invalidate(self) -> None:
        """Everything changed (a new map): gather all items again at the next paint."""
        self._full = True
        self._rings = None
        self._node_kind.clear()  # let go of the old items at once
        self._rects = {k: {} for k in Kind}
        self._flagged = {}
        self._edge_relation.clear()
        self._lines = {}
        self._boxes = {}
        self._dirty_nodes.clear()
        self._dirty_edges.clear()
        self._dirty_flags.clear()
        self._image = None

    def touch_node(self, item) -> None:
        """This node moved, changed, appeared, went or got other findings."""
        if item is not None and not self._full:
            self._dirty_nodes.add(item)

    def touch_flag(self, item) -> None:
        """This node's worst finding changed (its ring; its edges stay as they are)."""
        if item is not None and not self._full:
            self._dirty_flags.add(item)

    def touch_edge(self, item) -> None:
        """This edge appeared, went or changed."""
        if item is not None and not self._full:
            self._dirty_edges.add(item)

    def follow(self, change, nodes: dict, edges: dict, before: bool) -> None:
        """Redraw what a change of the map removes (``before`` the scene's items follow it)
        or adds and moves (after); a rename leaves the overview be."""
        if before:
            for edge in list(change.edges_removed) + [b for b, _ in change.edges_changed]:
                self.touch_edge(edges.get(edge.id))
            for node in change.nodes_removed:
                self.touch_node(nodes.get(node.id))
            return
        for node in change.nodes_added:
            self.touch_node(nodes.get(node.id))
        for b, a in change.nodes_changed:
            if (b.kind, b.x, b.y) != (a.kind, a.x, a.y):
                self.touch_node(nodes.get(a.id))
        for edge in list(change.edges_added) + [a for _, a in change.edges_changed]:
            self.touch_edge(edges.get(edge.id))

    def drop_image(self) -> None:
        """Forget the cached drawing (the next paint draws it at the exact zoom)."""
        self._image = None
        self._patch = None

    def refresh(self) -> None:
        """What the last paint asked for (it returned True): the rings drawn again after
        findings changed, a sharp drawing after a small zoom."""
        if self._rings_stale:
            self._rings = None
            self._rings_stale = False
        if self._blurred:
            self.drop_image()

    def is_current(self) -> bool:
        """True when no touched item waits to be taken into the geometry."""
        return not (self._full or self._dirty_nodes or self._dirty_edges or self._dirty_flags)

    # -- the geometry ------------------------------------------------------------------------
    def gather(self, scene) -> None:
        """Take what changed in ``scene`` into the geometry now, not at the next paint (a map
        just opened: its geometry is made with the document's other long-lived objects)."""
        self._sync(scene)

    def _sync(self, scene) -> None:
        if self._full:
            self._build(scene)
            return
        if not (self._dirty_nodes or self._dirty_edges or self._dirty_flags):
            return
        nodes, edges, flags = self._dirty_nodes, self._dirty_edges, self._dirty_flags
        self._dirty_nodes, self._dirty_edges, self._dirty_flags = set(), set(), set()
        self._ring_lists = None
        if flags:
            self._rings_stale = True  # redrawn a moment later (``refresh``), not per slice
        for node in flags - nodes:  # rings have their own cached image: the lines' one stays
            for rings in self._flagged.values():
                rings.pop(node, None)
            rect = self._node_area(node) if (node in self._node_kind or node in self._boxes) else None
            severity = node.severity
            if rect is not None and severity:
                self._flagged.setdefault(severity, {})[node] = rect.adjusted(-_RING, -_RING, _RING, _RING)
        if not (nodes or edges):
            return
        for node in nodes:
            edges.update(node.edges)  # their ends moved with the node
        patch = self._image is not None and len(nodes) + len(edges) <= _PATCH_MAX
        area = QRectF()
        for node in nodes:
            if patch:
                area = area.united(self._node_area(node))
            self._drop_node(node)
            if scene.node_item(node.node.id) is node:
                self._add_node(node)
                if patch:
                    area = area.united(self._node_area(node))
        for edge in edges:
            if patch:
                area = area.united(self._edge_area(edge))
            self._drop_edge(edge)
            if scene.edge_of(edge.edge.id) is edge:
                self._add_edge(edge)
                if patch:
                    area = area.united(self._edge_area(edge))
        if patch:  # a few items changed: draw their area again, not the whole image
            self._patch = area if self._patch is None else self._patch.united(area)
        else:
            self._image = None

    def _node_area(self, item) -> QRectF:
        if item in self._boxes:
            return self._boxes[item][0].rect.adjusted(-4, -4, 4, 4)
        kind = self._node_kind.get(item)
        rect = self._rects[kind].get(item) if kind is not None else None
        return QRectF() if rect is None else rect

    def _edge_area(self, item) -> QRectF:
        relation = self._edge_relation.get(item)
        line = self._lines[relation].get(item) if relation is not None else None
        return QRectF() if line is None else QRectF(line.p1(), line.p2()).normalized()

    def _build(self, scene) -> None:
        self._node_kind.clear()
        self._rects = {k: {} for k in Kind}
        self._flagged = {}
        self._ring_lists = None
        self._edge_relation.clear()
        self._lines = {}
        self._boxes = {}
        self._bounds = QRectF()
        self._full = False
        self._dirty_nodes.clear()
        self._dirty_edges.clear()
        self._dirty_flags.clear()
        boxed = self._gather_nodes(scene.node_items())
        self._gather_edges(scene.edge_items(), boxed)
        self._image = None

    def _gather_nodes(self, items: list) -> bool:
        """``_add_node`` for every node of a new map, in one tight loop (and the bounds at once:
        a united() per node cost more). Returns whether some node is a company box or in one."""
        plain, others = {}, []
        for item in items:
            if item.box is None and item.stand_in is None:
                plain.setdefault(item.node.kind, []).append(item)
            else:
                others.append(item)
        flagged = self._flagged
        for kind, kind_items in plain.items():
            shape = node_rect(kind)
            left, top, width, height = shape.left(), shape.top(), shape.width(), shape.height()
            rects = self._rects[kind]
            xs, ys = [], []
            for item in kind_items:
                x, y = item.centre
                xs.append(x)
                ys.append(y)
                rect = rects[item] = QRectF(left + x, top + y, width, height)
                severity = item.severity
                if severity:
                    flagged.setdefault(severity, {})[item] = rect.adjusted(-_RING, -_RING, _RING, _RING)
            self._node_kind.update(dict.fromkeys(kind_items, kind))
            self._grow(QRectF(left + min(xs), top + min(ys), width + max(xs) - min(xs), height + max(ys) - min(ys)))
        for item in others:
            self._add_node(item)
        return bool(others)

    def _gather_edges(self, items: list, boxed: bool) -> None:
        """``_add_edge`` for every link of a new map, in one tight loop (a third of a second
        for 60,000 links). Without company boxes no link is left out (one between two nodes
        lying on each other is under them) and none ends at a box instead of its node."""
        if boxed:
            for item in items:
                self._add_edge(item)
            return
        lines, relation_of = self._lines, self._edge_relation
        for item in items:
            relation = relation_of[item] = item.edge.relation
            (sx, sy), (tx, ty) = item.source.centre, item.target.centre
            by_item = lines.get(relation)
            if by_item is None:
                by_item = lines[relation] = {}
            by_item[item] = QLineF(sx, sy, tx, ty)

    def _add_node(self, item, grow: bool = True) -> None:
        if item.stand_in is not None:
            return  # folded away in a box
        kind = item.node.kind
        if item.box is not None:  # drawn by box_paint, as the canvas draws it
            rect = item.box.rect.translated(*item.centre)
            colour = QColor(item.node.colour) if item.node.colour else QColor(KIND_COLOURS[kind])
            self._boxes[item] = (replace(item.box, rect=rect), colour, item.node.name)
        else:
            rect = node_rect(kind).translated(*item.centre)
            self._node_kind[item] = kind
            self._rects[kind][item] = rect
        severity = item.severity
        if severity:
            self._flagged.setdefault(severity, {})[item] = rect.adjusted(-_RING, -_RING, _RING, _RING)
        if grow or item.box is not None:  # (``_build`` grows the bounds by plain nodes at once)
            self._grow(rect)

    def _grow(self, rect: QRectF) -> None:
        self._bounds = self._bounds.united(rect.adjusted(-_RING - 4, -_RING - 4, _RING + 4, _RING + 4))

    def _drop_node(self, item) -> None:
        if self._boxes.pop(item, None) is not None:
            for rings in self._flagged.values():
                rings.pop(item, None)
        kind = self._node_kind.pop(item, None)
        if kind is None:
            return
        self._rects[kind].pop(item, None)
        for rings in self._flagged.values():
            rings.pop(item, None)

    def _add_edge(self, item) -> None:
        if item.hidden_from_far():  # shown as a box holding its source, or inside a folded box
            return
        relation = item.edge.relation
        self._edge_relation[item] = relation
        source, target = item.source.stand_in or item.source, item.target.stand_in or item.target
        self._lines.setdefault(relation, {})[item] = QLineF(*source.centre, *target.centre)

    def _drop_edge(self, item) -> None:
        relation = self._edge_relation.pop(item, None)
        if relation is not None:
            self._lines[relation].pop(item, None)

    # -- painting ----------------------------------------------------------------------------
    def paint(self, painter: QPainter, scene, zoom: float, visible: QRectF | None = None) -> bool:
        """Draw the overview of ``visible`` (scene coordinates; default: the whole map).
        Returns True when a cached drawing was shown scaled or with old rings: the caller
        should ``refresh`` soon and paint again (a moment later, so that a zoom gesture or
        an analysis applied in slices does not redraw it at every step)."""
        self._sync(scene)
        if scene.theme != self._theme:
            self._theme = scene.theme
            self._image = None
        blurred = False
        bounds = self._bounds
        if not bounds.isEmpty():
            dpr = painter.device().devicePixelRatioF()
            scale = zoom * dpr
            wanted = bounds if visible is None else visible.intersected(bounds)
            if self._image is not None and self._patch is not None:
                self._apply_patch()
            ratio = scale / self._image_asked if self._image is not None else 0.0
            if (self._image is None or not (1 / _SCALE_SLACK <= ratio <= _SCALE_SLACK)
                    or not _covers(self._image_rect, wanted)):
                self._render(visible, scale, dpr)
                ratio = 1.0
            blurred = abs(ratio - 1.0) > 1e-6
            if self._rings is None:
                self._rings = self._ring_image()
            scaled = blurred or abs(scale / self._image_scale - 1.0) > 1e-6
            self._blit(painter, self._image, scaled)
            self._blit(painter, self._rings, scaled)
        self._blurred = blurred
        pen = QPen(scene.theme.selection, 2.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for item in scene.selectedItems():
            painter.drawRect(item.sceneBoundingRect())
        return blurred or self._rings_stale

    def _ring_image(self) -> QImage:
        """The finding rings over the cached image's area, in an image of their own: an
        analysis changes them in slices, and drawing the whole overview again for each
        slice cost 0.2 s on 20,000 nodes (drawing the rings at every paint, 30 ms)."""
        image = QImage(self._image.size(), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        p = QPainter(image)
        p.scale(self._image_scale, self._image_scale)
        p.translate(-self._image_rect.topLeft())
        self._paint_rings(p)
        p.end()
        image.setDevicePixelRatio(self._image_dpr)
        self._rings_stale = False
        return image

    def _paint_rings(self, painter: QPainter) -> None:
        if self._ring_lists is None:
            self._ring_lists = {severity: list(rings.values()) for severity, rings in self._flagged.items() if rings}
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for severity, rings in self._ring_lists.items():
            pen = QPen(severity_colour(severity), 2.0)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.drawRects(rings)
        painter.restore()

    def _blit(self, painter: QPainter, image: QImage, scaled: bool) -> None:
        target = painter.worldTransform().mapRect(self._image_rect)
        painter.save()
        painter.resetTransform()
        if scaled:  # for a moment, until the sharp drawing: fast, not smooth
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
            painter.drawImage(target, image)
        else:  # pixel for pixel
            painter.drawImage(QPointF(round(target.left()), round(target.top())), image)
        painter.restore()

    def _apply_patch(self) -> None:
        """Draw the patch area of the image again: clear it, then draw everything there."""
        scale = self._image_scale
        grow = 3.0 / scale  # cosmetic pens and rounding reach a pixel or two past
        area = self._patch.adjusted(-grow, -grow, grow, grow).intersected(self._image_rect)
        self._patch = None
        if area.isEmpty():
            return
        p = QPainter(self._image)
        p.scale(scale / self._image_dpr, scale / self._image_dpr)  # the image has its pixel ratio
        p.translate(-self._image_rect.topLeft())
        p.setClipRect(area)
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
        p.fillRect(area, Qt.GlobalColor.transparent)
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        self._draw(p, area, scale)
        p.end()
        if self._rings is not None:  # moved nodes take their rings along
            p = QPainter(self._rings)
            p.scale(scale / self._image_dpr, scale / self._image_dpr)
            p.translate(-self._image_rect.topLeft())
            p.setClipRect(area)
            p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
            p.fillRect(area, Qt.GlobalColor.transparent)
            p.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            self._paint_rings(p)
            p.end()

    def _render(self, visible: QRectF | None, scale: float, dpr: float) -> None:
        """Draw the visible area and half a view's room around it into the cached image."""
        bounds = self._bounds
        self._image_asked = scale
        if visible is None:
            region = QRectF(bounds)
        else:
            w, h = visible.width() / 2, visible.height() / 2
            region = visible.adjusted(-w, -h, w, h).intersected(bounds)
            if max(region.width(), region.height()) * scale > MAX_IMAGE_SIDE:
                region = visible.intersected(bounds)
        if region.isEmpty():
            region = QRectF(bounds)
        scale = min(scale, MAX_IMAGE_SIDE / max(region.width(), region.height()))
        width = max(1, math.ceil(region.width() * scale))
        height = max(1, math.ceil(region.height() * scale))
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        p = QPainter(image)
        p.scale(scale, scale)
        p.translate(-region.topLeft())
        self._draw(p, region, scale)
        p.end()
        image.setDevicePixelRatio(dpr)
        self._image = image
        self._image_dpr = dpr
        self._patch = None
        self._rings = None  # drawn for the new area at the next paint
        self._image_rect = QRectF(region.left(), region.top(), width / scale, height / scale)
        self._image_scale = scale

    def _draw(self, painter: QPainter, region: QRectF, scale: float) -> None:
        painter.save()
        for shape, colour, name in sorted(self._boxes.values(), key=lambda b: b[0].depth):
            if region.intersects(shape.rect):
                box_paint.paint_box(painter, shape, name, colour, self._theme, scale)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        # in one order, whatever order the links came in: where lines cross, "pays for" is on
        # top, then "decides on", "uses", "influences", "is a member of"
        for relation in reversed(Relation):
            lines = self._lines.get(relation)
            if not lines:
                continue
            painter.setPen(edge_paint.overview_pen(relation))
            painter.drawLines(list(lines.values()))
        painter.setPen(Qt.PenStyle.NoPen)
        for kind, rects in self._rects.items():
            if not rects:
                continue
            painter.setBrush(QColor(KIND_COLOURS[kind]))
            if kind in _ROUND and scale >= ROUND_FROM:
                for rect in rects.values():
                    if region.intersects(rect):
                        painter.drawEllipse(rect)
            else:
                painter.drawRects(list(rects.values()))
        painter.restore()


def _covers(outer: QRectF, inner: QRectF) -> bool:
    """``outer`` contains ``inner``, allowing for rounding at the edges."""
    return inner.isEmpty() or outer.adjusted(-1, -1, 1, 1).contains(inner)
