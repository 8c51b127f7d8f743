"""Links never run hidden under a node: a straight link that would cross a third node
bends around it.

A link's bend ``b`` puts both control points of its cubic 2b off the middle of the chord,
so a point at chord parameter t moves 6·t·(1-t)·b sideways. ``detour`` picks the smallest
bend, to the side that needs less, that clears every node in the way by ``CLEARANCE``.

>>> grid = NodeGrid([("a", 0, 0, 40, 20), ("b", 400, 0, 40, 20), ("m", 200, 10, 60, 20)])
>>> bend = detour((0, 0), (400, 0), grid, {"a", "b"})
>>> bend < 0 and 6 * 0.25 * abs(bend) >= 20 + CLEARANCE - 10
True
>>> detour((0, 0), (400, 0), NodeGrid([("m", 200, 40, 60, 20)]), set())  # passes just above
0.0
>>> detour((0, 0), (400, 300), grid, {"a", "b"})
0.0
>>> detour((0, 0), (3e9, 0), grid, {"a"})  # to a node far out: answered at once
0.0
"""

from __future__ import annotations

import math
from typing import Iterable

from stakeholder_map.canvas.style import half_size

CLEARANCE = 14.0  # room left between a bent link and the node it avoids
MAX_BEND = 600.0  # beyond this, a detour would wander off: the link stays straight
_CELL = 240.0
_SAFETY = 1.2  # the drawn curve starts at the nodes' outlines, not their centres


class NodeGrid:
    """Node boxes (id, centre x, centre y, half width, half height) filed in square cells
    for quick look-ups near a segment."""

    def __init__(self, boxes: Iterable[tuple[str, float, float, float, float]]) -> None:
        self.cells: dict[tuple[int, int], list[tuple[str, float, float, float, float]]] = {}
        self.reach = 0.0
        for box in boxes:
            key = (math.floor(box[1] / _CELL), math.floor(box[2] / _CELL))
            self.cells.setdefault(key, []).append(box)
            self.reach = max(self.reach, box[3], box[4])

    def near(self, p0: tuple[float, float], p1: tuple[float, float]):
        """The discs in the cells around the segment's bounding box."""
        pad = self.reach + CLEARANCE
        i0, i1 = math.floor((min(p0[0], p1[0]) - pad) / _CELL), math.floor((max(p0[0], p1[0]) + pad) / _CELL)
        j0, j1 = math.floor((min(p0[1], p1[1]) - pad) / _CELL), math.floor((max(p0[1], p1[1]) + pad) / _CELL)
        if (i1 - i0 + 1) * (j1 - j0 + 1) > 400:  # a very long link: look only along it
            length = math.hypot(p1[0] - p0[0], p1[1] - p0[1])
            along = length / (_CELL / 2) * (2 * math.ceil(pad / _CELL) + 1) ** 2
            # A link to a node far out (x = 3e9 is valid) passes billions of empty cells:
            # then the cells that hold nodes are fewer, and the detour checks each box anyway.
            cells = list(self.cells) if not along < len(self.cells) else _cells_along(p0, p1, pad)
        else:
            cells = ((i, j) for i in range(i0, i1 + 1) for j in range(j0, j1 + 1))
        for key in cells:
            yield from self.cells.get(key, ())


def _cells_along(p0, p1, pad: float):
    length = math.hypot(p1[0] - p0[0], p1[1] - p0[1])
    steps = max(1, int(length / (_CELL / 2)))
    seen = set()
    reach = int(math.ceil(pad / _CELL))
    for s in range(steps + 1):
        x = p0[0] + (p1[0] - p0[0]) * s / steps
        y = p0[1] + (p1[1] - p0[1]) * s / steps
        ci, cj = math.floor(x / _CELL), math.floor(y / _CELL)
        for i in range(ci - reach, ci + reach + 1):
            for j in range(cj - reach, cj + reach + 1):
                if (i, j) not in seen:
                    seen.add((i, j))
                    yield (i, j)


def detour(p0: tuple[float, float], p1: tuple[float, float], grid: NodeGrid, ends: set[str]) -> float:
    """The bend (signed: positive to the left of p0 -> p1) that takes the link around the
    nodes in its way; 0.0 when none is."""
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    length = math.hypot(dx, dy)
    if length < 1.0:
        return 0.0
    ux, uy = dx / length, dy / length
    need_left = need_right = 0.0
    blocked = False
    for node_id, x, y, half_w, half_h in grid.near(p0, p1):
        if node_id in ends:
            continue
        corners = [((cx - p0[0]) * ux + (cy - p0[1]) * uy, -(cx - p0[0]) * uy + (cy - p0[1]) * ux)
                   for cx in (x - half_w, x + half_w) for cy in (y - half_h, y + half_h)]
        ts = [a / length for a, _ in corners]
        sides = [s for _, s in corners]  # > 0: to the left of p0 -> p1
        if max(ts) <= 0.05 or min(ts) >= 0.95 or min(sides) >= CLEARANCE or max(sides) <= -CLEARANCE:
            continue
        blocked = True
        for t, side in zip(ts, sides):
            lift = 6 * min(max(t, 0.08), 0.92) * (1 - min(max(t, 0.08), 0.92)) / _SAFETY
            need_left = max(need_left, (CLEARANCE + side) / lift)  # pass on its left
            need_right = max(need_right, (CLEARANCE - side) / lift)
    if not blocked:
        return 0.0
    bend = need_left if need_left <= need_right else -need_right
    return bend if abs(bend) <= MAX_BEND else 0.0


def route(node_items: Iterable, edge_items: Iterable) -> None:
    """Give each link item the detour around the node items in its way."""
    # company boxes hold nodes and links; nodes folded away in a box are not in the way
    grid = NodeGrid((i.node.id, i.x(), i.y(), *half_size(i.node.kind)) for i in node_items
                    if i.box is None and i.stand_in is None)
    for item in edge_items:
        if item.source is item.target:
            continue
        s, t = (item.source.stand_in or item.source).pos(), (item.target.stand_in or item.target).pos()
        bend = detour((s.x(), s.y()), (t.x(), t.y()), grid, {item.edge.source, item.edge.target})
        if bend != item.detour:
            item.detour = bend
            item.update_geometry()
