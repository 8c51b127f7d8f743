"""Edges of a big map not yet filed in their tiles, found by the area they pass through.

Filing every edge of a 20,000-node map in its tiles took seconds of CPU after the window
opened, for tiles nobody looks at: seen from far, the map is drawn by the overview. So the
edge layer files an edge only when a close look needs it: ``take_in(area)`` hands over the
waiting edges whose line passes through ``area`` (one NumPy test over all of them, not a
Python loop), ``take_all()`` the rest (before an export). A parked link (see ``links.py``) is
found by its rough span, from its ends' centres, without laying its curve out.

>>> pending = PendingEdges()
>>> len(pending), bool(pending)
(0, False)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

import numpy as np
from PySide6.QtCore import QRectF

if TYPE_CHECKING:
    from stakeholder_map.canvas.edge_item import EdgeItem

_REBUILD_SHARE = 2  # rebuild the arrays once they hold twice as many rows as edges wait


def crossing(spans: np.ndarray, area: tuple[float, float, float, float]) -> np.ndarray:
    """Which rows of ``spans`` (x0, y0, x1, y1, straight) reach into ``area`` (left, top,
    right, bottom): a straight row is the segment between its points (clipped the
    Liang-Barsky way), a curved one the box of its points.

    >>> rows = np.array([[0, 0, 100, 100, 1], [0, 100, 10, 90, 1], [0, 100, 10, 90, 0]], float)
    >>> crossing(rows, (40, 40, 60, 60)).tolist()
    [True, False, False]
    >>> crossing(rows, (0, 0, 8, 8)).tolist()
    [True, False, False]
    >>> crossing(rows, (5, 80, 20, 92)).tolist()
    [False, True, True]
    """
    left, top, right, bottom = area
    x0, y0, x1, y1 = spans[:, 0], spans[:, 1], spans[:, 2], spans[:, 3]
    straight = spans[:, 4] > 0
    boxed = ((np.minimum(x0, x1) <= right) & (np.maximum(x0, x1) >= left)
             & (np.minimum(y0, y1) <= bottom) & (np.maximum(y0, y1) >= top))
    dx, dy = x1 - x0, y1 - y0
    t0 = np.zeros(len(spans))
    t1 = np.ones(len(spans))
    missed = np.zeros(len(spans), dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
            missed |= (p == 0) & (q < 0)
            r = q / p
            t0 = np.where(p < 0, np.maximum(t0, r), t0)
            t1 = np.where(p > 0, np.minimum(t1, r), t1)
    clipped = ~missed & (t0 <= t1)
    return boxed & np.where(straight, clipped, True)


def _spans_of(edges: list) -> np.ndarray:
    """One row (x0, y0, x1, y1, straight) per edge, see ``crossing``."""
    return np.array([edge.rough_span() for edge in edges], dtype=float).reshape(-1, 5)


def _crossing_edges(edges: list, spans: np.ndarray, box: tuple[float, float, float, float]) -> list:
    """The ``edges`` whose row of ``spans`` reaches into ``box``."""
    return [edges[i] for i in np.flatnonzero(crossing(spans, box))]


class PendingEdges:
    """A set of edge items with ``take_in(area)``; ``reach`` widens the area by how far an
    edge draws past its line (labels, arrowheads, halos)."""

    def __init__(self, reach: float = 0.0) -> None:
        self.reach = reach
        self._edges: dict[EdgeItem, None] = {}
        self._rows: list[EdgeItem] | None = None  # the edges the arrays describe
        self._spans: np.ndarray | None = None
        self._fresh: dict[EdgeItem, None] = {}  # added or moved since the arrays were made
        self._searched: QRectF | None = None  # the arrays' edges reaching here were all taken

    def __len__(self) -> int:
        return len(self._edges)

    def __bool__(self) -> bool:
        return bool(self._edges)

    def __contains__(self, edge: object) -> bool:
        return edge in self._edges

    def __iter__(self) -> Iterator[EdgeItem]:
        return iter(self._edges)

    def add(self, edge: EdgeItem) -> None:
        """``edge`` waits (again: its geometry may have changed)."""
        self._edges[edge] = None
        if self._rows is not None:
            self._fresh[edge] = None

    def discard(self, edge: EdgeItem) -> None:
        self._edges.pop(edge, None)

    def clear(self) -> None:
        self._edges.clear()
        self._forget_arrays()

    def take_all(self) -> list[EdgeItem]:
        """Every waiting edge, no longer waiting."""
        edges = list(self._edges)
        self.clear()
        return edges

    def take_in(self, area: QRectF) -> list[EdgeItem]:
        """The waiting edges that draw inside ``area`` (scene coordinates), no longer waiting."""
        if not self._edges:
            return []
        self._make_arrays()
        hits = []
        if self._searched is None or not self._searched.contains(area):
            hits = _crossing_edges(self._rows, self._spans, self._box(area))
            self._searched = QRectF(area)
        # A view that stays put (a drag) paints again and again: only the edges added or moved
        # since are looked at, against all of the area searched so far, then kept with the rest.
        if self._fresh:
            fresh = list(self._fresh)
            spans = _spans_of(fresh)
            hits += _crossing_edges(fresh, spans, self._box(self._searched))
            self._rows.extend(fresh)
            self._spans = np.concatenate([self._spans, spans])
            self._fresh = {}
        taken = [edge for edge in dict.fromkeys(hits) if edge in self._edges]
        for edge in taken:
            del self._edges[edge]
            self._fresh.pop(edge, None)
        if not self._edges:
            self._forget_arrays()
        return taken

    def near(self, area: QRectF, reach: float = 0.0) -> list[EdgeItem]:
        """The waiting edges whose line passes within ``reach`` of ``area``, still waiting (the
        pointer or a rubber band needs them in the scene's index, not yet in their tiles)."""
        if not self._edges:
            return []
        self._make_arrays()
        box = (area.left() - reach, area.top() - reach, area.right() + reach, area.bottom() + reach)
        found = _crossing_edges(self._rows, self._spans, box)
        if self._fresh:  # added or moved since the arrays were made (few): looked at apart
            fresh = list(self._fresh)
            found += _crossing_edges(fresh, _spans_of(fresh), box)
        return [edge for edge in dict.fromkeys(found) if edge in self._edges]

    def _make_arrays(self) -> None:
        """The arrays of the waiting edges' spans: made when missing, and made again once they
        hold mostly rows of edges taken or moved since."""
        if self._rows is not None and len(self._rows) > _REBUILD_SHARE * (len(self._edges) + 1000):
            self._forget_arrays()
        if self._rows is None:
            self._rows = list(self._edges)
            self._spans = _spans_of(self._rows)

    def _box(self, area: QRectF) -> tuple[float, float, float, float]:
        r = self.reach
        return (area.left() - r, area.top() - r, area.right() + r, area.bottom() + r)

    def _forget_arrays(self) -> None:
        self._rows = self._spans = self._searched = None
        self._fresh = {}
