"""Positions for the nodes of a map that have none, leaving placed nodes where they are.

A node with placed neighbours goes next to them (on its side: payers and deciders to
the left, users to the right, influencers beyond the node they influence), in the
nearest free spot. Parts of the map with no placed node at all are laid out with
``arrange`` and put below the existing drawing (as are all but the first 500 unplaced
nodes of a big map, to keep this fast).

>>> from stakeholder_map.model import Map, Relation
>>> m = Map()
>>> _ = m.add_node("app", "product", "App", x=0, y=0)
>>> _ = m.add_node("ann", "end_user", "Ann")
>>> _ = m.connect("ann", "app", Relation.USES)
>>> place_missing(m)
{'ann': (320.0, 0.0)}
"""

from __future__ import annotations

import math
from collections import deque

from stakeholder_map.layout.bands import (
    COLUMN_GAP, NODE_HEIGHT, NODE_WIDTH, ROW_STEP, SUB_COLUMN_STEP, Position, arrange_part, columns,
)
from stakeholder_map.model import Map

# Two nodes closer than this (in both directions) would touch; products are drawn a little larger.
MIN_DX = NODE_WIDTH + 40
MIN_DY = NODE_HEIGHT + 84  # a small node shows its name and role badges below itself
_SEARCH_ROWS = 30
# Beyond this many, searching free spots one by one gets slow and the result crowded:
# the remaining unplaced nodes are laid out together below the drawing instead.
NEAR_LIMIT = 500


def lay_out_missing(the_map: Map) -> Map:
    """Give the nodes of ``the_map`` that have no position one (``place_missing``); return it.

    >>> m = Map()
    >>> _ = m.add_node("app", "product", "App")
    >>> lay_out_missing(m).node("app").position is not None
    True
    """
    positions = place_missing(the_map)
    if positions:
        the_map.move_nodes(positions)
    return the_map


class Occupancy:
    """The positions taken so far, in a grid of cells, so a free-spot test is O(1)."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[Position]] = {}

    def _cell(self, x: float, y: float) -> tuple[int, int]:
        return (math.floor(x / MIN_DX), math.floor(y / MIN_DY))

    def add(self, pos: Position) -> None:
        self._cells.setdefault(self._cell(*pos), []).append(pos)

    def is_free(self, x: float, y: float) -> bool:
        cx, cy = self._cell(x, y)
        for i in (cx - 1, cx, cx + 1):
            for j in (cy - 1, cy, cy + 1):
                for ox, oy in self._cells.get((i, j), ()):
                    if abs(ox - x) < MIN_DX and abs(oy - y) < MIN_DY:
                        return False
        return True

    def free_spot(self, x: float, y: float, step_x: float) -> Position:
        """The free spot nearest (x, y) going up and down, then one sub-column further out."""
        while True:
            for k in range(_SEARCH_ROWS):
                for dy in ((0,) if k == 0 else (k, -k)):
                    if self.is_free(x, y + dy * ROW_STEP):
                        return (x, y + dy * ROW_STEP)
            x += step_x


def place_missing(the_map: Map) -> dict[str, Position]:
    """Positions (rounded to 0.1) for the nodes without one; an empty dict when all are placed."""
    nodes = list(the_map.nodes.values())
    missing = [n for n in nodes if n.position is None]
    if not missing:
        return {}
    if len(missing) == len(nodes):
        return arrange_part(nodes, the_map.edges.values())
    edges = list(the_map.edges.values())
    pos: dict[str, Position] = {n.id: n.position for n in nodes if n.position is not None}
    taken = Occupancy()
    for p in pos.values():
        taken.add(p)
    neighbours: dict[str, list[str]] = {n.id: [] for n in nodes}
    for e in edges:
        if e.source != e.target:
            neighbours[e.source].append(e.target)
            neighbours[e.target].append(e.source)
    column = columns(nodes, edges, neighbours)
    result: dict[str, Position] = {}
    queue = deque(n.id for n in missing if any(o in pos for o in neighbours[n.id]))
    queued = set(queue)
    while queue and len(result) < NEAR_LIMIT:
        node_id = queue.popleft()
        near = [pos[o] for o in neighbours[node_id] if o in pos]
        side = (column[node_id] > 0) - (column[node_id] < 0)
        x = sum(p[0] for p in near) / len(near) + side * COLUMN_GAP
        y = sum(p[1] for p in near) / len(near)
        spot = taken.free_spot(round(x, 1), round(y, 1), (side or 1) * SUB_COLUMN_STEP)
        pos[node_id] = result[node_id] = spot
        taken.add(spot)
        for other in neighbours[node_id]:
            if other not in pos and other not in queued:
                queued.add(other)
                queue.append(other)
    rest = [n for n in missing if n.id not in pos]
    if rest:
        result.update(_below(rest, edges, pos))
    return {k: (round(x, 1), round(y, 1)) for k, (x, y) in result.items()}


def _below(rest, edges, pos: dict[str, Position]) -> dict[str, Position]:
    """Lay out the unconnected rest and put it under the drawing, centred on it."""
    ids = {n.id for n in rest}
    part = arrange_part(rest, [e for e in edges if e.source in ids and e.target in ids])
    xs = [p[0] for p in pos.values()]
    top = max(p[1] for p in pos.values()) + 2 * ROW_STEP
    part_xs = [p[0] for p in part.values()]
    dx = (min(xs) + max(xs)) / 2 - (min(part_xs) + max(part_xs)) / 2
    dy = top - min(p[1] for p in part.values())
    return {k: (x + dx, y + dy) for k, (x, y) in part.items()}
