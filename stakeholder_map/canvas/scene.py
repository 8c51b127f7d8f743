"""The scene: one item per node and per edge, kept in step with the map through ``map.changed``.

The scene reads the map and never writes it. Gestures become intent signals
(``placeRequested``, ``connectRequested``, ``moveRequested``, ``renameRequested``) that the
window turns into undo commands; the map then announces the change and the items follow.
"""

from __future__ import annotations

from itertools import chain

from typing import Iterable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtWidgets import QGraphicsScene, QToolTip

from stakeholder_map import heap
from stakeholder_map.analysis import Analysis
from stakeholder_map.canvas.boxes import Boxes
from stakeholder_map.canvas.detours import route
from stakeholder_map.canvas.edge_item import EdgeItem
from stakeholder_map.canvas.edge_layer import EdgeLayer
from stakeholder_map.canvas.extent import Extent
from stakeholder_map.canvas.interaction import Gestures
from stakeholder_map.canvas.links import Links
from stakeholder_map.canvas.marks import Marks
from stakeholder_map.canvas.node_item import NodeItem
from stakeholder_map.canvas.overview import Overview
from stakeholder_map.canvas.pairs import pair_of
from stakeholder_map.canvas.stamps import Stamps
from stakeholder_map.canvas.sticky import StickyNotes
from stakeholder_map.canvas.theme import Theme
from stakeholder_map.canvas.tools import Tool
from stakeholder_map.model import Change, Map, Node

_DEFER_FILING = 4000  # nodes + edges from which edges reach their tiles when a close look needs them
ROUTE_LIMIT = 4000  # nodes + edges up to which links bend around the nodes in their way
# From this many nodes moved at once (a company box of thousands dropped), the scene's index
# is built again afterwards instead of following each of their links (9,000 links cost 1.2 s
# in the index alone).
_MANY_MOVES = 500


class MapScene(QGraphicsScene):
    """Items for a ``Map``; call ``detach()`` (or ``set_map``) before dropping the map."""

    placeRequested = Signal(str, QPointF)
    addRequested = Signal(QPointF)  # a node of a kind still to choose
    menuRequested = Signal(QPointF, QPoint)  # a context menu at (scene, screen) positions
    connectRequested = Signal(str, str, str)
    moveRequested = Signal(object)  # {node_id: (x, y)}
    regroupRequested = Signal(object, object, str)  # positions, node ids, the box they drop in ("" none)
    collapseRequested = Signal(str, bool)  # a box's fold triangle clicked: fold (True) or open
    renameRequested = Signal(str, str)
    noteMoved = Signal(str, float, float)  # a sticky note dragged to (x, y)
    noteEditRequested = Signal(str)  # a sticky note double-clicked
    toolChanged = Signal(object)
    legendVisibilityChanged = Signal(bool)

    def __init__(self, map: Map, parent=None) -> None:
        super().__init__(parent)
        self.gestures = Gestures(self)
        self.theme = Theme.from_application()
        self.exporting = False
        self.see_through = False  # the picture being exported has a transparent background
        self.stamps: Stamps | None = None  # while a picture is painted: node looks painted once
        self.legend_visible = False
        self.map: Map | None = None
        self._nodes: dict[str, NodeItem] = {}
        self._raised: set[NodeItem] = set()  # the selected nodes, raised (see _follow_selection)
        self.links = Links(self, self._nodes.get)
        self._unplaced = 0
        self.overview = Overview()
        self.edge_layer = EdgeLayer(self)
        # A shallow BSP: long edges are filed in every leaf they cross, so a deep tree explodes.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        # edges have no contents of their own: their tiles draw the selection halo
        self.selectionChanged.connect(self._follow_selection)
        self.marks = Marks(self, self)
        self.notes = StickyNotes(self)
        self.boxes = Boxes(self)
        self.extent = Extent(self, lambda: (self._nodes.values(), self.notes.items(), self.links.items()))
        self.set_map(map)

    def __del__(self) -> None:
        # Dropped by Python (the collector): Qt's destructor removes the items, and a
        # selection it empties would be announced to this half-gone object's own slots.
        try:
            self.blockSignals(True)
        except (RuntimeError, TypeError):  # Qt deleted it first, or the interpreter is ending
            pass

    # -- the document -----------------------------------------------------------------------
    def set_map(self, map: Map, analysis: Analysis | None = None) -> None:
        """Show another map (New, Open): drops every item and builds them again, marked
        with ``analysis`` (of ``map``) when it is known: each node is then laid out once,
        with its badges, instead of bare and again when the analysis arrives."""
        # Tens of thousands of new objects would trigger repeated full garbage collections.
        with heap.paused():
            self.clear_map()
            self.marks.start(analysis)
            self._build(map)

    def clear_map(self) -> None:
        """Drop every item (the scene shows nothing until the next ``set_map``)."""
        self.detach()
        self.gestures.cancel()
        self.clearSelection()  # while the items live: clear() would report them deleted
        self.clear()
        self.edge_layer.forget()
        self._nodes.clear()
        self._raised = set()
        self.links.clear()
        self.notes.forget()
        self.boxes.forget()
        self._unplaced = 0
        self.map = None
        self.marks.forget_pending()
        self.extent.forget()
        self.overview.invalidate()

    def _build(self, map: Map) -> None:
        self.edge_layer.size = EdgeLayer.tile_size_for([n.position for n in map.nodes.values() if n.position])
        self.map = map
        self.setBspTreeDepth(_bsp_depth(len(map.nodes) + len(map.edges)))
        for node in map.nodes.values():
            self._add_node(node)
        self.notes.sync(map)
        edges = [item for item in (self.links.make(e, map.currency) for e in map.edges.values()) if item]
        big = len(edges) + len(self._nodes) >= _DEFER_FILING
        if big:  # see Links: seen from far first, laid out and indexed when needed
            self.links.park(edges)
        self.boxes.follow(map, None, update_edges=False)  # the fan-out below draws the links
        self.links.fan_out(self.links.pairs.shared_keys() if big else self.links.pairs.keys())
        self._route(edges)
        if not big:
            self.links.admit(edges)  # into the index once, with its final geometry
        self.marks.apply_new(parked=big)
        self.extent.refresh()
        map.changed.subscribe(self._on_changed)

    def detach(self) -> None:
        """Stop following the map (the scene keeps showing what it showed)."""
        if self.map is not None:
            try:
                self.map.changed.unsubscribe(self._on_changed)
            except ValueError:
                pass

    def node_item(self, node_id: str) -> NodeItem | None:
        return self._nodes.get(node_id)

    def edge_item(self, edge_id: str) -> EdgeItem | None:
        """The link's item, in the scene (admitted if it was parked, see ``Links``)."""
        item = self.links.get(edge_id)
        if item is not None:
            self.links.admit((item,))
        return item

    def edge_of(self, edge_id: str) -> EdgeItem | None:
        """The link's item, parked or not (see ``Links``)."""
        return self.links.get(edge_id)

    def parked(self, item: EdgeItem) -> bool:
        return item.scene() is not self

    def item_count(self) -> int:
        """How many nodes and edges the scene shows."""
        return len(self._nodes) + len(self.links)

    def node_items(self) -> list[NodeItem]:
        return list(self._nodes.values())

    def edge_items(self) -> list[EdgeItem]:
        return list(self.links.items())

    # -- following the map ------------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        self.extent.forget()
        if change.only_moves:
            self._follow_moves(change)
            return
        self.overview.follow(change, self._nodes, self.links, before=True)
        self._sync_items(change)
        if change.currency is not None:  # amounts show with the new sign
            for item in self.links.items():
                item.set_currency(self.map.currency)
        if change.sticky_notes is not None:
            self.notes.sync(self.map)
        if change.tag_colours is not None:  # nodes show their tags' colours
            for item in self._nodes.values():
                item.update()
        self.marks.apply(change.touched_node_ids(), change.touched_edge_ids())
        self.gestures.nodes_removed({n.id for n in change.nodes_removed})
        self.overview.follow(change, self._nodes, self.links, before=False)
        # Grow the scrollable area from what changed; the full bounds are computed only
        # when asked (fit, export): walking every item per edit cost 0.14 s on 20,000 nodes.
        if not self._nodes:
            self.extent.refresh()
        else:
            self.extent.grow(self._grown_by(change))
        self.update()  # the empty-map hint may appear or go

    def _follow_moves(self, change: Change) -> None:
        many = len(change.nodes_changed) >= _MANY_MOVES
        if many:  # a company box of thousands dropped: see _MANY_MOVES
            self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        for _, after in change.nodes_changed:
            item = self._nodes.get(after.id)
            if item is not None:
                item.node = after  # same look, new position: no relayout
                item.setPos(self._position(after))
                self.overview.touch_node(item)
        self.boxes.follow(self.map, change)  # boxes fit their members' new places
        if many:
            self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
            self.setBspTreeDepth(_bsp_depth(self.item_count()))
        self._route(self.links.items())
        self.extent.grow(self._nodes[a.id] for _, a in change.nodes_changed if a.id in self._nodes)

    def _sync_items(self, change: Change) -> None:
        """Items removed, changed and added as the map says; parallel links fanned out again."""
        dirty_pairs: set[tuple[str, str]] = set()
        # A changed link gets a new item: it stays selected, without a selection change in
        # between (that would send the properties panel, and the keyboard focus, elsewhere).
        reselect = [b.id for b, _ in change.edges_changed
                    if (item := self.links.get(b.id)) is not None and item.isSelected()]
        quiet = bool(reselect) and not self.blockSignals(True)
        for edge in list(change.edges_removed) + [before for before, _ in change.edges_changed]:
            item = self.links.get(edge.id)
            if item is not None:
                dirty_pairs.add(self.links.remove(item))
        for node in change.nodes_removed:
            self._remove_node(node.id)
        for before, after in change.nodes_changed:
            item = self._nodes.get(after.id)
            if item is None:
                continue
            item.set_node(after)
            if (before.x, before.y) != (after.x, after.y):
                item.setPos(self._position(after))
        for node in change.nodes_added:
            self._add_node(node)
        for edge in list(change.edges_added) + [after for _, after in change.edges_changed]:
            item = self.links.make(edge, self.map.currency)
            if item is not None:
                self.links.admit((item,))
                dirty_pairs.add(pair_of(edge))
        for edge_id in reselect:
            if (item := self.links.get(edge_id)) is not None:
                item.setSelected(True)
        if quiet:
            self.blockSignals(False)
            self._follow_selection()
        self.boxes.follow(self.map, change)
        self.links.fan_out(dirty_pairs)
        self._route(self.links.items())

    def _grown_by(self, change: Change) -> list:
        """The items whose bounds may have grown (a rename's label too)."""
        nodes = [n.id for n in change.nodes_added] + [a.id for _, a in change.nodes_changed]
        edges = [e.id for e in change.edges_added] + [a.id for _, a in change.edges_changed]
        return [self._nodes[i] for i in nodes if i in self._nodes] + [e for e in (self.links.get(i) for i in edges) if e is not None]

    def _route(self, items: Iterable[EdgeItem]) -> None:
        """Bend links around the nodes in their way (not on maps over ``ROUTE_LIMIT`` items:
        there each edit would look at thousands of links)."""
        if self.item_count() <= ROUTE_LIMIT:
            route(self._nodes.values(), items)

    def _position(self, node: Node) -> QPointF:
        if node.position is not None:
            return QPointF(node.x, node.y)
        # Not laid out yet (the file loader lays maps out; this only guards odd maps).
        i = self._unplaced
        self._unplaced += 1
        return QPointF((i % 8) * 220.0, (i // 8) * 140.0)

    def _add_node(self, node: Node) -> None:
        item = NodeItem(node, self._position(node), *self.marks.marks_of_node(node.id))
        self._nodes[node.id] = item
        self.addItem(item)

    def _remove_node(self, node_id: str) -> None:
        item = self._nodes.pop(node_id, None)
        if item is not None:
            self.removeItem(item)

    # -- marks (see Marks) -------------------------------------------------------------------
    @property
    def analysis(self) -> Analysis | None:
        """The analysis the items show."""
        return self.marks.analysis

    def set_analysis(self, analysis: Analysis | None) -> None:
        """Show ``analysis`` (roles, findings) on the items; ``None`` removes every mark."""
        self.marks.set_analysis(analysis)

    def dragging(self) -> bool:
        return self.gestures.dragging()

    def marks_changed(self, nodes: list[NodeItem], flag_changed: list[NodeItem], edges: list[EdgeItem]) -> None:
        if nodes:
            self.extent.forget()  # badges change a node's bounds (computed again when asked)
        for item in nodes:
            item.refresh_tooltip()
        for item in flag_changed:
            self.overview.touch_flag(item)
        halos = [item for item in edges if item.layer is not None]
        if halos:
            self.edge_layer.mark_many(halos)

    # -- selection --------------------------------------------------------------------------
    def _follow_selection(self) -> None:
        selected = self.selectedItems()
        self.edge_layer.follow_selection(selected)
        # a selected node is raised over its neighbours, and back when it is not any more
        # (only those that came or went: a rubber band reports a growing selection often)
        raised, self._raised = self._raised, {i for i in selected if isinstance(i, NodeItem)}
        for item in raised.symmetric_difference(self._raised):
            item.restack()

    def selected_node_ids(self) -> list[str]:
        return [i.node.id for i in self.selectedItems() if isinstance(i, NodeItem)]

    def selected_edge_ids(self) -> list[str]:
        return [i.edge.id for i in self.selectedItems() if isinstance(i, EdgeItem)]

    def select_ids(self, node_ids: Iterable[str] = (), edge_ids: Iterable[str] = ()) -> None:
        """Select exactly these nodes and edges (unknown ids are ignored)."""
        edge_ids = list(edge_ids)
        self.links.admit_ids(edge_ids)
        wanted = {id(self._nodes[n]) for n in node_ids if n in self._nodes}
        wanted |= {id(item) for item in (self.links.get(e) for e in edge_ids) if item is not None}
        self.blockSignals(True)
        try:
            for item in self.selectedItems():
                if id(item) not in wanted:
                    item.setSelected(False)
            for n in node_ids:
                if n in self._nodes:
                    self._nodes[n].setSelected(True)
            for e in edge_ids:
                if (item := self.links.get(e)) is not None:
                    item.setSelected(True)
        finally:
            self.blockSignals(False)
        self.selectionChanged.emit()

    # -- tools and options ------------------------------------------------------------------
    @property
    def tool(self) -> Tool:
        return self.gestures.tool

    def set_tool(self, tool: Tool) -> None:
        self.gestures.cancel()
        self.gestures.tool = tool
        for item in self._nodes.values():
            item.setFlag(item.GraphicsItemFlag.ItemIsMovable, tool.is_select)
        self.toolChanged.emit(tool)
        self.update()

    def set_snap_to_grid(self, on: bool) -> None:
        self.gestures.snap = bool(on)

    # -- gestures (see Gestures) ---------------------------------------------------------
    def begin_rename(self, node_id: str) -> None:
        """Open the in-place editor on a node's name (Enter commits, Escape cancels)."""
        self.gestures.renaming.begin(node_id)

    def renaming(self) -> str | None:
        """The id of the node being renamed, if any."""
        return self.gestures.renaming.node_id()

    def node_item_at(self, pos: QPointF, exclude: NodeItem | None = None) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem) and item is not exclude:
                return item
        return None

    def link_at(self, pos: QPointF) -> EdgeItem | None:
        """The link under ``pos``; one whose label is there wins over the lines crossing it."""
        self.links.admit_at(pos)
        under = [i for i in self.items(pos) if isinstance(i, EdgeItem)]
        return next((i for i in under if i.label_rect().contains(pos)), under[0] if under else None)

    def helpEvent(self, event) -> None:
        """A link's tooltip names the link whose label is under the pointer."""
        pos = event.scenePos()
        link = None if self.node_item_at(pos) is not None else self.link_at(pos)
        if link is None:
            super().helpEvent(event)
            return
        QToolTip.showText(event.screenPos(), link.tooltip_text())
        event.accept()

    def set_view_cursor(self, shape: Qt.CursorShape | None) -> None:
        """Show ``shape`` over the views (None: each view's own cursor for its tool)."""
        for view in self.views():
            view.viewport().setCursor(shape if shape is not None else view.tool_cursor())

    # the scene hands each event to its gestures; what they do not use goes on to Qt
    def mousePressEvent(self, event) -> None:
        self.links.admit_at(event.scenePos())
        if self.gestures.mouse_press(event):
            event.accept()
            return
        super().mousePressEvent(event)
        self.gestures.after_press(event)

    def mouseMoveEvent(self, event) -> None:
        # (no admission here: a parked link seen from far joins the index when pressed or
        # when its tooltip is asked for, not at every move of the mouse over thousands of lines)
        if self.gestures.mouse_move(event):
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self.gestures.mouse_release(event):
            event.accept()
            return
        super().mouseReleaseEvent(event)
        self.gestures.after_release(event)

    def mouseDoubleClickEvent(self, event) -> None:
        self.links.admit_at(event.scenePos())
        if self.gestures.double_click(event):
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:
        event.accept()
        if event.reason() == event.Reason.Mouse and self.gestures.takes_menu_event():
            return  # a right press on a node: its release tells a click (menu) from a drag (link)
        self.gestures.end()
        self.request_menu(event.scenePos(), event.screenPos())

    def request_menu(self, pos: QPointF, screen_pos: QPoint) -> None:
        """Ask for the menu of what is under ``pos``: it joins the selection (alone, unless
        already selected); on the empty canvas nothing stays selected."""
        item = self.node_item_at(pos) or self.link_at(pos)
        if item is None:
            self.select_ids()
        elif not item.isSelected():
            self.select_ids(*(([item.node.id], []) if isinstance(item, NodeItem) else ([], [item.edge.id])))
        self.menuRequested.emit(pos, screen_pos)

    def keyPressEvent(self, event) -> None:
        if self.gestures.key_press(event):
            event.accept()
            return
        super().keyPressEvent(event)

    def set_legend_visible(self, visible: bool) -> None:
        if visible != self.legend_visible:
            self.legend_visible = bool(visible)
            self.legendVisibilityChanged.emit(self.legend_visible)
            self.update()

    def set_theme(self, theme: Theme | None = None) -> None:
        """Use ``theme`` (default: follow the application's light or dark palette)."""
        self.theme = theme or Theme.from_application()
        # nodes, tiles and halos keep cached pictures drawn in the old colours
        for item in self._nodes.values():
            item.update()
        for tile in self.edge_layer.tiles.values():
            tile.update()
            tile.halos.update()
        self.overview.drop_image()
        for view in self.views():
            view.resetCachedContent()
        self.update()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            self.set_theme()
        return super().event(event)

    # -- geometry and export ----------------------------------------------------------------
    def map_rect(self) -> QRectF:
        """The bounds of every node and edge (with their labels and badges), plus a margin."""
        return self.extent.map_rect()


def _bsp_depth(count: int) -> int:
    # Qt picks log2(count); long edges then land in tens of thousands of leaves each.
    return max(4, min(9, count.bit_length() - 5))
