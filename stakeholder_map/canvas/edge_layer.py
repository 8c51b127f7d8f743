"""The edge layer: every edge line drawn by square tiles, in batches.

A long edge's bounding box covers much of the map, so one item per edge means a Python
``paint`` call for every long edge near the viewport, each stroking a long line. Instead
each ``EdgeItem`` only answers hit tests, and the tiles it crosses draw its clipped pieces:
one ``drawLines`` call per relation and tile. The tile holding an edge's arrow tip draws the
arrowhead; the tile holding its label's centre draws the label.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QLineF, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from stakeholder_map import heap
from stakeholder_map.canvas import edge_paint
from stakeholder_map.canvas.edge_item import EdgeItem
from stakeholder_map.canvas.edge_paint import LOD_ARROW, LOD_LABEL
from stakeholder_map.canvas.gridmath import cells_on_segment
from stakeholder_map.canvas.live_edges import LiveEdges
from stakeholder_map.canvas.pending_edges import PendingEdges

MIN_TILE = 1024.0
_MARGIN = 110.0  # arrowheads, labels and halos may reach this far past their tile
_HALO = 8.0  # a halo reaches this far past an edge's bounds
_KEEP_FROM = 2000  # links filed from which their tiles are kept from the collector


def covered_area(edge: EdgeItem) -> QRectF:
    """Where an edge draws (line, arrow, label, halo): a change to it repaints only there,
    and the rest of a tile's cached picture stays (redrawing a whole tile of a big map, its
    thousands of lines, cost 0.1 s)."""
    return edge.boundingRect().adjusted(-_HALO, -_HALO, _HALO, _HALO)


class _Exposing(QGraphicsItem):
    """A cached, square item that repaints only the parts that changed."""

    def __init__(self, bounds: QRectF, z: float) -> None:
        super().__init__()
        self._bounds = bounds
        self._exposed: QRectF | None = None  # what changed since the last paint
        self.setZValue(z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # a drag or a repaint of the view blits the picture instead of drawing it again
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never under the mouse

    def contains(self, point) -> bool:
        return False

    def _expose(self, area: QRectF) -> None:
        """Repaint ``area`` too. Qt clips the repaint of a cached item to the union of the
        rectangles it was given, and drawing thousands of lines through a clip made of many
        rectangles is far slower than through one: so each call passes the union so far."""
        area = area.intersected(self._bounds)
        scene = self.scene()
        visible = scene.extent.visible_area() if scene is not None else None
        if visible is not None:
            # A tile is often far larger than the view and caches only what is seen; Qt
            # repaints an exposed area through a picture of its full size (seconds for a
            # long edge's area on a big map). What is not seen is drawn when scrolled to.
            area = area.intersected(visible)
        if area.isEmpty():
            return
        self._exposed = area if self._exposed is None else self._exposed.united(area)
        self.update(self._exposed)


class HaloTile(_Exposing):
    """Under an edge tile: the halos of its marked edges (findings, selection, hover).
    Halos change with every analysis, selection and hover; kept apart, such a change
    repaints a few halos here and leaves the tile's cached picture of its lines alone."""

    def __init__(self, tile: EdgeTile) -> None:
        super().__init__(tile.boundingRect(), -1.5)
        self.tile = tile
        self._shown = False
        self.setVisible(False)

    def expose(self, area: QRectF) -> None:
        shown = bool(self.tile.marked)
        if shown != self._shown:  # a Python flag: asking Qt costs more (called per edge and tile)
            self._shown = shown
            self.setVisible(shown)
        if shown:
            self._expose(area)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        self._exposed = None
        scene = self.scene()
        tile = self.tile
        for edge in tile.marked:
            edge_paint.paint_halos(painter, edge, tile.pieces_of(edge), scene.exporting, scene.theme, scene.see_through)


class EdgeTile(_Exposing):
    """One square of the grid: draws the pieces of the edges that cross it (its ``halos``
    item underneath draws their halos)."""

    def __init__(self, rect: QRectF) -> None:
        super().__init__(rect.adjusted(-_MARGIN, -_MARGIN, _MARGIN, _MARGIN), -1.0)
        self.rect = rect
        # ordered, so painting is deterministic; each edge with the area it covered when filed
        self.members: dict[EdgeItem, QRectF] = {}
        self.pieces: dict[EdgeItem, list[QLineF]] = {}
        self.heads: dict[EdgeItem, None] = {}
        self.labels: dict[EdgeItem, None] = {}
        self.marked: dict[EdgeItem, None] = {}
        self._batches: dict | None = None
        self._painted = False  # nothing to redo before the first paint
        self._arrows: dict = {}
        self.halos = HaloTile(self)

    def add(self, edge: EdgeItem, head: bool, label: bool, marked: bool, area: QRectF | None = None) -> None:
        """File an edge here (``head``/``label``: its arrow tip or label centre lies here;
        ``marked``: it has a halo; ``area``: what it covers, see ``covered_area``); its
        clipped pieces are computed when the tile is painted."""
        if edge.tiles:
            edge.tiles.add(self)
        else:
            edge.tiles = {self}
        if area is None:
            area = covered_area(edge)
        self.members[edge] = area
        if head:
            self.heads[edge] = None
        if label:
            self.labels[edge] = None
        if marked:
            self.marked[edge] = None
            self.halos.expose(area)
        if self._painted:  # paint again (cheap check, hot path)
            self.pieces.pop(edge, None)
            self._batches = None
            self._expose(area)

    def discard(self, edge: EdgeItem) -> None:
        area = self.members.pop(edge, None)
        if area is None:
            return
        self.pieces.pop(edge, None)
        self.heads.pop(edge, None)
        self.labels.pop(edge, None)
        if edge in self.marked:
            del self.marked[edge]
            self.halos.expose(area)
        if self._painted:
            self._batches = None
            self._expose(area)  # where the edge ran when filed (it may have moved since)

    def remark(self, edge: EdgeItem) -> None:
        """Selection, hover or findings changed: only the halos change, not the lines."""
        if edge.is_marked():
            self.marked[edge] = None
        else:
            self.marked.pop(edge, None)
        area = self.members.get(edge)
        self.halos.expose(area if area is not None else self.boundingRect())

    def is_empty(self) -> bool:
        return not self.members

    def pieces_of(self, edge: EdgeItem) -> list[QLineF]:
        """The edge's line inside this tile (computed once per geometry)."""
        pieces = self.pieces.get(edge)
        if pieces is None:
            pieces = self.pieces[edge] = edge_paint.pieces(edge, self.rect)
        return pieces

    def _build(self) -> None:
        batches: dict = {}
        for edge in self.members:  # a batch per relation, dimmed ones apart (see Filter)
            batches.setdefault((edge.edge.relation, edge.dimmed), []).extend(self.pieces_of(edge))
        arrows: dict = {}
        for edge in self.heads:
            key = (edge.edge.relation, edge.dimmed)
            path = arrows.get(key)
            if path is None:
                path = arrows[key] = QPainterPath()
            edge.add_arrow_to(path)
        self._batches = batches
        self._arrows = arrows

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self.scene()
        exporting = scene.exporting
        lod = 1.0 if exporting else option.levelOfDetailFromTransform(painter.worldTransform())
        if self._batches is None:
            self._build()
        self._painted = True
        self._exposed = None
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = None if exporting else _drawn_box(painter, option)
        for (relation, dimmed), lines in self._batches.items():
            painter.setOpacity(edge_paint.DIMMED if dimmed else 1.0)
            edge_paint.paint_lines(painter, relation, lines, box, exporting)
        if lod >= LOD_ARROW:
            for (relation, dimmed), path in self._arrows.items():
                painter.setOpacity(edge_paint.DIMMED if dimmed else 1.0)
                edge_paint.paint_arrows(painter, relation, path)
        if lod >= LOD_LABEL:
            for edge in self.labels:
                painter.setOpacity(edge_paint.DIMMED if edge.dimmed else 1.0)
                edge.paint_label(painter, scene.theme)
        painter.setOpacity(1.0)


def _drawn_box(painter: QPainter, option: QStyleOptionGraphicsItem) -> tuple[float, float, float, float] | None:
    """What a paint can actually touch (item coordinates, with room for wide pens): the
    device (a cached picture is often only the view's size), the clip, the exposed part."""
    device = painter.device()
    inverse, invertible = painter.worldTransform().inverted()
    if device is None or not invertible:
        return None
    ratio = device.devicePixelRatioF() or 1.0
    box = inverse.mapRect(QRectF(0, 0, device.width() / ratio, device.height() / ratio))
    if painter.hasClipping():
        box = box.intersected(painter.clipBoundingRect())
    box = box.intersected(option.exposedRect).adjusted(-6, -6, 6, 6)
    return box.left(), box.top(), box.right(), box.bottom()


class EdgeLayer:
    """The tiles of one scene, created where edges run; and, while nodes are dragged, the
    live item that draws their edges."""

    def __init__(self, scene, tile_size: float = MIN_TILE) -> None:
        self.scene = scene
        self.size = tile_size
        self.tiles: dict[tuple[int, int], EdgeTile] = {}
        self.live: LiveEdges | None = None
        self.live_mode = False
        # Big maps file an edge in its tiles only when a close look at it needs them.
        self.pending = PendingEdges(reach=_MARGIN)
        self.deferring = False
        self.selected: set[EdgeItem] = set()
        self._filed = 0  # links filed since their tiles were last kept (see ``file_visible``)

    @staticmethod
    def tile_size_for(points) -> float:
        """Tiles grow with the map so a huge map never needs millions of them."""
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        if not xs:
            return MIN_TILE
        extent = max(max(xs) - min(xs), max(ys) - min(ys))
        return max(MIN_TILE, extent / 24.0)

    def _tile(self, key: tuple[int, int]) -> EdgeTile:
        tile = self.tiles.get(key)
        if tile is None:
            s = self.size
            tile = EdgeTile(QRectF(key[0] * s, key[1] * s, s, s))
            self.tiles[key] = tile
            self.scene.addItem(tile)
            self.scene.addItem(tile.halos)
        return tile

    def _cells(self, edge: EdgeItem) -> set[tuple[int, int]]:
        s = self.size
        pts = edge.polyline()
        xs = [p[0] for p in pts]
        ys = [p[1] for p in pts]
        i0, i1 = math.floor(min(xs) / s), math.floor(max(xs) / s)
        j0, j1 = math.floor(min(ys) / s), math.floor(max(ys) / s)
        if (i1 - i0 + 1) * (j1 - j0 + 1) <= 4:  # short edges: every cell of the bounds
            return {(i, j) for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)}
        cells: set[tuple[int, int]] = set()
        for (ax, ay), (bx, by) in zip(pts, pts[1:]):
            cells.update(cells_on_segment(ax, ay, bx, by, s))
        return cells

    def place(self, edge: EdgeItem) -> None:
        """(Re)file an edge after its geometry changed: in its tiles, live during a drag, or
        (big maps) with the edges that wait until a close look needs them."""
        if self.live_mode:
            if self.live is None:
                self.live = LiveEdges()
                self.scene.addItem(self.live)
            if edge.tiles:
                self._remove_from_tiles(edge)
            self.pending.discard(edge)
            self.live.edges[edge] = None
            self.live.refresh()
            return
        if self.deferring and not edge.tiles:
            self.pending.add(edge)
            return
        self._file(edge)

    def _file(self, edge: EdgeItem) -> None:
        self.remove(edge)
        if edge.hidden:
            return
        s = self.size
        tip, label = edge.anchors()
        head_key = (math.floor(tip.x() / s), math.floor(tip.y() / s))
        label_key = None if label is None else (math.floor(label.x() / s), math.floor(label.y() / s))
        cells = self._cells(edge)
        cells.add(head_key)
        if label_key is not None:
            cells.add(label_key)
        if edge.scene() is None:  # parked until now (see ``Links``)
            self.scene.links.admit((edge,))
        marked = edge.is_marked()
        area = covered_area(edge)
        tiles = self.tiles
        for key in cells:
            tile = tiles.get(key) or self._tile(key)
            tile.add(edge, key == head_key, key == label_key, marked, area)

    def _remove_from_tiles(self, edge: EdgeItem) -> None:
        for tile in edge.tiles:
            tile.discard(edge)
        edge.tiles = set()

    def remove(self, edge: EdgeItem) -> None:
        self.pending.discard(edge)
        self._remove_from_tiles(edge)
        if self.live is not None and edge in self.live.edges:
            del self.live.edges[edge]
            self.live.refresh()

    def begin_live(self) -> None:
        """A drag starts: edges that move are drawn live until ``settle``."""
        self.live_mode = True

    def settle(self) -> None:
        """The drag ended: file the moved edges back into their tiles."""
        self.live_mode = False
        if self.live is None or not self.live.edges:
            return
        moved = list(self.live.edges)
        self.live.edges.clear()
        self.live.refresh()
        for edge in moved:
            if edge.layer is self:
                self.place(edge)

    def mark(self, edge: EdgeItem) -> None:
        """The edge's selection, hover or findings changed: draw it again."""
        for tile in edge.tiles:
            tile.remark(edge)
        if self.live is not None and edge in self.live.edges:
            self.live.update()

    def follow_selection(self, selected) -> None:
        """Draw the halos of the edges among ``selected`` items (and drop the others')."""
        now = {i for i in selected if isinstance(i, EdgeItem)}
        for item in now ^ self.selected:
            if item.layer is self:
                self.mark(item)
        self.selected = now

    def mark_many(self, edges) -> None:
        """Many edges' findings changed (an analysis): each halo tile repaints once, over
        the union of their areas, instead of once per edge."""
        areas: dict[EdgeTile, QRectF] = {}
        live = self.live.edges if self.live is not None else {}
        for edge in edges:
            marked = edge.is_marked()
            for tile in edge.tiles:
                if marked:
                    tile.marked[edge] = None
                else:
                    tile.marked.pop(edge, None)
                area = tile.members.get(edge)
                if area is None:
                    area = tile.boundingRect()
                known = areas.get(tile)
                areas[tile] = area if known is None else known.united(area)
            if edge in live:
                self.live.update()
        for tile, area in areas.items():
            tile.halos.expose(area)

    def park(self, edges) -> None:
        """These new links wait, not laid out, until a close look needs them (``defer``
        first)."""
        for edge in edges:
            self.pending.add(edge)

    def defer(self) -> None:
        """Collect the edges not filed yet instead of filing them: ``file_visible`` files
        those a close look needs, ``file_all`` the rest."""
        self.deferring = True

    def file_visible(self, area: QRectF | None) -> None:
        """File the waiting edges that draw inside ``area`` (all of them for ``None``)."""
        if not self.pending:
            return
        if area is None:
            self.file_all()
            return
        taken = self.pending.take_in(area)
        for edge in taken:
            if edge.layer is self:
                self._file(edge)
        self.deferring = bool(self.pending)
        # Close looks at a big map file thousands of links: their tiles live as long as the
        # map, so the cycle collector need not walk them at every full collection (one fell
        # in the next edit: 60-110 ms on 20,000 nodes).
        self._filed += len(taken)
        if self._filed >= _KEEP_FROM:
            self._filed = 0
            QTimer.singleShot(0, heap.freeze_new)

    def file_all(self) -> None:
        """Finish filing edges in their tiles now (before an export)."""
        for edge in self.pending.take_all():
            if edge.layer is self:
                self._file(edge)
        self.deferring = False

    def forget(self) -> None:
        """Drop every tile (the scene was cleared)."""
        self.tiles.clear()
        self.pending.clear()
        self.selected = set()
        self.deferring = False
        self.live = None
        self.live_mode = False
