"""The scene's link items: made for the map's links, fanned out where links share their ends,
and, on a big map, parked until something needs them.

A parked link is out of the scene's index and its curve is not laid out: a big map is seen
from far first (the overview draws its links), and laying out and indexing 60,000 curves
cost seconds of an open for links nobody looked at. A link joins the scene (``admit``) when
a close look files it in its tiles, when a click, a double-click, a context menu or a tooltip
asks what is under the pointer, when a rubber band reaches it, when it is selected and when
it is asked for by id. (Not at every move of the mouse: seen from far, hovering thousands of
lines asked Qt to test each of them.)
"""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtCore import QPointF, QRectF

from stakeholder_map.canvas.edge_item import EdgeItem
from stakeholder_map.canvas.pairs import Pairs
from stakeholder_map.model import Edge

POINTER_REACH = 3.0  # pixels around the pointer in which parked links are admitted
_LINE_REACH = 10.0  # how far past its line a link takes the mouse (scene units)


class Links:
    """The link items of ``scene`` by link id; ``node_item(id)`` finds an end's item."""

    def __init__(self, scene, node_item: Callable[[str], object]) -> None:
        self._scene = scene
        self._node_item = node_item
        self._items: dict[str, EdgeItem] = {}
        self.pairs = Pairs()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, edge_id: str) -> EdgeItem | None:
        """The link's item, parked or not."""
        return self._items.get(edge_id)

    def ids(self):
        return self._items.keys()

    def items(self):
        return self._items.values()

    def clear(self) -> None:
        self._items.clear()
        self.pairs.clear()

    # -- made and dropped ---------------------------------------------------------------------
    def make(self, edge: Edge, currency: str | None) -> EdgeItem | None:
        """The link's item, known to its ends and its pair, not in the scene yet (its curve
        comes with its pair's fan-out); None when an end has no item."""
        source, target = self._node_item(edge.source), self._node_item(edge.target)
        if source is None or target is None:
            return None
        item = EdgeItem(edge, source, target, currency)
        item.layer = self._scene.edge_layer
        self._items[edge.id] = item
        source.edges.append(item)
        if target is not source:
            target.edges.append(item)
        self.pairs.add(edge)
        return item

    def remove(self, item: EdgeItem) -> tuple[str, str]:
        """Drop a link's item; return its pair (whose other links fan out again)."""
        del self._items[item.edge.id]
        for end in (item.source, item.target):
            if item in end.edges:
                end.edges.remove(item)
        self._scene.edge_layer.remove(item)
        item.layer = None
        if item.scene() is self._scene:
            self._scene.removeItem(item)
        return self.pairs.remove(item.edge)

    def fan_out(self, keys: Iterable[tuple[str, str]]) -> None:
        """Give the links of these pairs their offsets (and lay them out)."""
        self.pairs.fan_out(keys, self._items.__getitem__)

    # -- parked and admitted ------------------------------------------------------------------
    def park(self, items: list[EdgeItem]) -> None:
        """A big map's new links wait, not laid out, until something needs them (fan out
        only ``pairs.shared_keys()`` then: a single link between two nodes stays straight)."""
        layer = self._scene.edge_layer
        layer.defer()  # seen from far first: tiles only for what is looked at closely
        layer.park(items)

    def admit(self, items: Iterable[EdgeItem]) -> None:
        """Put parked links into the scene's index (selectable, hoverable)."""
        scene = self._scene
        joined = []
        for item in items:
            if item.scene() is None and item.layer is scene.edge_layer:
                item.ready()
                scene.addItem(item)
                joined.append(item)
        if joined:
            scene.marks.admitted(joined)

    def admit_ids(self, edge_ids: Iterable[str]) -> None:
        self.admit(self._items[e] for e in edge_ids if e in self._items)

    def admit_near(self, area: QRectF, reach: float = 0.0) -> None:
        """Admit the parked links that run within ``reach`` of ``area`` (scene coordinates);
        they still wait for their tiles until a close look files them."""
        pending = self._scene.edge_layer.pending
        if pending:
            self.admit(pending.near(area, reach))

    def admit_at(self, pos: QPointF) -> None:
        """Admit the parked links a pointer at ``pos`` may touch (a few pixels around it in
        the most zoomed-out view, as Qt's hit tests reach), so clicks, hover and tooltips
        find them."""
        if self._scene.edge_layer.pending:
            zoom = min((v.transform().m11() for v in self._scene.views()), default=1.0)
            self.admit_near(QRectF(pos, pos), POINTER_REACH / max(zoom, 1e-3) + _LINE_REACH)
