"""Company boxes on the canvas: which items a box holds, its size around them, what it hides.

The scene's ``Boxes`` follows the map (``follow`` after every change): a company with
``members_inside`` is drawn by its own ``NodeItem`` as a box fitted around its members
(``box_paint``); the *member of* links it shows as containment are not drawn; a folded
box hides what it holds, and their links end at the box. The rule of who sits in which box
is the model's (``model.boxes``); nothing here writes the map.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from PySide6.QtCore import QPointF, QRectF

from stakeholder_map.canvas import box_paint
from stakeholder_map.canvas.box_paint import BoxShape
from stakeholder_map.model import Change, Map, Relation
from stakeholder_map.model.boxes import ancestors, box_parents, boxed_companies, children, inside

if TYPE_CHECKING:
    from stakeholder_map.canvas.node_item import NodeItem
    from stakeholder_map.canvas.scene import MapScene


class Boxes:
    """The company boxes of one scene."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.boxed: set[str] = set()
        self.parents: dict[str, str] = {}
        self.suppressed: set[str] = set()  # member-of links shown as containment
        self.folded: dict[str, str] = {}  # node id -> the outermost folded box it is hidden in
        self.rects: dict[str, QRectF] = {}  # box id -> its scene rectangle

    def forget(self) -> None:
        self.boxed = set()
        self.parents = {}
        self.suppressed = set()
        self.folded = {}
        self.rects = {}

    # -- what the gestures ask -------------------------------------------------------------
    def parent_of(self, node_id: str) -> str | None:
        """The box the node is drawn in, if any."""
        return self.parents.get(node_id)

    def held_by(self, box_ids: Iterable[str]) -> list[str]:
        """Every node drawn inside these boxes (nested ones' members too), once."""
        out: dict[str, None] = {}
        for box in box_ids:
            if box in self.boxed:
                out.update(dict.fromkeys(inside(self.parents, box)))
        return list(out)

    def box_at(self, pos: QPointF, excluded: set[str]) -> NodeItem | None:
        """The innermost box under ``pos`` that is not one of ``excluded`` (or inside one).

        Looked up in the boxes' own rectangles, not the scene's index: asked at every step
        of a drag, and a point of a big map lies under thousands of long links' bounds."""
        best, depth = None, -1
        for box, rect in self.rects.items():
            if box in self.folded or not rect.contains(pos):
                continue
            if box in excluded or any(a in excluded for a in ancestors(self.parents, box)):
                continue
            item = self.scene.node_item(box)
            if item is not None and item.box is not None and item.box.depth > depth:
                best, depth = item, item.box.depth
        return best

    def toggle_at(self, pos: QPointF) -> NodeItem | None:
        """The box whose fold triangle is under ``pos``."""
        for box, rect in self.rects.items():
            if box in self.folded or not rect.contains(pos):
                continue
            item = self.scene.node_item(box)
            if item is not None and item.toggle_hit(pos):
                return item
        return None

    # -- following the map -----------------------------------------------------------------
    def follow(self, map_: Map, change: Change | None = None, *, update_edges: bool = True) -> None:
        """Take the map's boxes after ``change`` (None: the whole map is new)."""
        if change is None:
            self.boxed = set(boxed_companies(map_))
        else:
            for node in change.nodes_removed:
                self.boxed.discard(node.id)
            for _, after in change.nodes_changed:
                if after.is_box:
                    self.boxed.add(after.id)
                else:
                    self.boxed.discard(after.id)
            for node in change.nodes_added:
                if node.is_box:
                    self.boxed.add(node.id)
        if not self.boxed and not self.rects and not self.parents:
            return  # the common case: a map without boxes costs nothing
        if change is not None and not self._concerns(change):
            return  # an edit away from every box (a rename of a product) leaves them as they are
        self._apply(map_, update_edges)

    def _concerns(self, change: Change) -> bool:
        """Could ``change`` alter a box, what it holds or how that is drawn?"""
        drawn = set(self.rects) | set(self.parents)
        if change.touched_node_ids() & (drawn | self.boxed):
            return True
        links = (*change.edges_added, *change.edges_removed,
                 *(e for pair in change.edges_changed for e in pair))
        return any(e.relation is Relation.MEMBER_OF and (e.target in self.boxed or e.target in drawn)
                   for e in links)

    def _apply(self, map_: Map, update_edges: bool) -> None:
        scene = self.scene
        order = sorted(self.boxed)
        parents = box_parents(map_, order)
        suppressed = set()
        for node_id, box in parents.items():
            for edge in map_.edges_of(node_id):
                if edge.relation is Relation.MEMBER_OF and edge.source == node_id and edge.target == box:
                    suppressed.add(edge.id)
        collapsed = {b for b in order if map_.node(b).collapsed}
        folded: dict[str, str] = {}
        for node_id in parents:
            around = [a for a in ancestors(parents, node_id) if a in collapsed]
            if around:
                folded[node_id] = around[-1]
        depth = {b: len(ancestors(parents, b)) for b in order}
        kids = children(parents)
        rects: dict[str, QRectF] = {}
        for box in sorted(order, key=lambda b: -depth[b]):
            held = []
            for kid in kids.get(box, ()):
                if kid in rects:
                    held.append(rects[kid])
                    continue
                item = scene.node_item(kid)
                if item is not None:
                    held.append(item.footprint().translated(_model_pos(map_, kid, item)))
            node = map_.node(box)
            width = box_paint.header_width(node.name, len(kids.get(box, ())))
            rect = box_paint.fit_rect(held, (node.x or 0.0, node.y or 0.0), width)
            rects[box] = box_paint.folded_rect(rect, width) if box in collapsed else rect
        touched: set = set()  # node items whose links must be drawn again
        edges_touched: set = set()
        for box in set(self.rects) - set(rects):  # shown as a node again
            item = scene.node_item(box)
            if item is not None:
                item.set_box(None)
                item.setPos(_model_pos(map_, box, item))
                touched.add(item)
        for box, rect in rects.items():
            item = scene.node_item(box)
            if item is None:
                continue
            centre = rect.center()
            shape = BoxShape(rect.translated(-centre), box in collapsed, len(kids.get(box, ())), depth[box])
            if shape != item.box or item.pos() != centre:
                item.set_box(shape)
                item.setPos(centre)
                touched.add(item)
                scene.overview.touch_node(item)
        for node_id in set(self.folded) | set(folded):
            item = scene.node_item(node_id)
            if item is None:
                continue
            stand_in = scene.node_item(folded[node_id]) if node_id in folded else None
            if stand_in is not item.stand_in or (stand_in is not None and stand_in in touched):
                if stand_in is not None and item.isSelected():
                    item.setSelected(False)
                item.stand_in = stand_in
                item.setVisible(stand_in is None)
                touched.add(item)
                scene.overview.touch_node(item)
        for edge_id in self.suppressed ^ suppressed:
            edge = scene.edge_of(edge_id)
            if edge is not None:
                edge.suppressed = edge_id in suppressed
                edges_touched.add(edge)
        self.parents, self.suppressed, self.folded, self.rects = parents, suppressed, folded, rects
        if update_edges:
            for item in touched:
                edges_touched.update(item.edges)
            for edge in edges_touched:
                edge.update_geometry()
                scene.overview.touch_edge(edge)
        else:
            for edge in edges_touched:
                scene.overview.touch_edge(edge)


def _model_pos(map_: Map, node_id: str, item) -> QPointF:
    node = map_.nodes.get(node_id)
    if node is not None and node.position is not None:
        return QPointF(node.x, node.y)
    return item.pos()
