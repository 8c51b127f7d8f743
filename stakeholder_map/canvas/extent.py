"""How far a scene's map reaches: its bounds (computed when asked, kept until the map changes),
the scrollable area around it (grown from what changed, never shrunk by an edit), and the part
its views show."""

from __future__ import annotations

import weakref
from typing import Callable, Iterable

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsScene

from stakeholder_map.canvas.edge_item import reach_past_ends

MAP_MARGIN = 40.0
SCROLL_MARGIN = 1500.0  # room to scroll past the map's edge and place new nodes there


class Extent:
    """The bounds of ``scene``'s node, sticky-note and link items (``items()`` lists them)."""

    def __init__(self, scene: QGraphicsScene, items: Callable[[], tuple[Iterable, Iterable, Iterable]]) -> None:
        self._scene = scene
        self._items = items
        self._rect: QRectF | None = None
        self._visible: QRectF | None = None  # what the views show, see visible_area
        self._reporting_views: weakref.WeakSet = weakref.WeakSet()

    def forget(self) -> None:
        """Something moved or grew: compute the bounds again when next asked."""
        self._rect = None

    def map_rect(self) -> QRectF:
        """Every node and link (with labels and badges) and sticky note, plus a margin."""
        if self._rect is None:
            nodes, notes, links = self._items()
            rect = _nodes_rect(nodes)
            for item in notes:
                rect = rect.united(item.sceneBoundingRect())
            box = rect.left(), rect.top(), rect.right(), rect.bottom()
            for item in _near_the_edge(nodes, links, *box):
                # straight unlabelled links lie between their nodes
                if (item.offset or item.detour or item.label) and not item.surely_inside(*box):
                    rect = rect.united(item.sceneBoundingRect())
                    box = rect.left(), rect.top(), rect.right(), rect.bottom()
            if rect.isNull():
                rect = QRectF(-200 + MAP_MARGIN, -150 + MAP_MARGIN, 400 - 2 * MAP_MARGIN, 300 - 2 * MAP_MARGIN)
            self._rect = rect.adjusted(-MAP_MARGIN, -MAP_MARGIN, MAP_MARGIN, MAP_MARGIN)
        return QRectF(self._rect)

    def refresh(self) -> None:
        """The scrollable area: the map and room around it."""
        m = SCROLL_MARGIN
        self._scene.setSceneRect(self.map_rect().adjusted(-m, -m, m, m))

    def grow(self, items: Iterable) -> None:
        """Grow the scrollable area to hold these items: walking every item per edit cost
        0.14 s on 20,000 nodes."""
        m = SCROLL_MARGIN
        rect = self._scene.sceneRect()
        for item in items:
            rect = rect.united(item.sceneBoundingRect().adjusted(-m, -m, m, m))
        if rect != self._scene.sceneRect():
            self._scene.setSceneRect(rect)

    def visible_area(self) -> QRectF | None:
        """What the map views show (scene coordinates, a little margin), or None when some
        view does not report its moves (``view_moved``): then every area counts as seen."""
        if self._visible is None:
            views = self._scene.views()
            if not views or not all(v in self._reporting_views for v in views):
                return None
            rect = QRectF()
            for view in views:
                rect = rect.united(view.mapToScene(view.viewport().rect()).boundingRect())
            margin = max(rect.width(), rect.height()) * 0.05
            self._visible = rect.adjusted(-margin, -margin, margin, margin)
        return self._visible

    def report_moves_of(self, view) -> None:
        """``view`` calls ``view_moved`` whenever it scrolls, zooms or resizes."""
        self._reporting_views.add(view)

    def view_moved(self) -> None:
        """A view scrolled, zoomed or resized: ``visible_area`` is computed again."""
        self._visible = None


def _nodes_rect(nodes: Iterable) -> QRectF:
    """The bounds of the nodes shown (not the members folded away in a company box), from
    their positions and bounds as numbers (a united() per node cost twice as much)."""
    lefts, tops, rights, bottoms = [], [], [], []
    for item in nodes:
        if item.isVisible():
            x, y = item.centre
            left, top, right, bottom = item.bounds_box
            lefts.append(x + left)
            tops.append(y + top)
            rights.append(x + right)
            bottoms.append(y + bottom)
    if not lefts:
        return QRectF()
    left, top = min(lefts), min(tops)
    return QRectF(left, top, max(rights) - left, max(bottoms) - top)


def _near_the_edge(nodes: Iterable, links: Iterable, left: float, top: float, right: float,
                   bottom: float) -> Iterable:
    """The links that may draw outside the box (left, top, right, bottom): those with an end
    less than their greatest reach from its sides. Asking each of 60,000 links cost a tenth
    of a second; the others lie between nodes well inside."""
    links = list(links)
    reach = reach_past_ends(links)
    if right - left <= 2 * reach or bottom - top <= 2 * reach:
        return links
    left, top, right, bottom = left + reach, top + reach, right - reach, bottom - reach
    near: dict = {}
    for node in nodes:
        x, y = (node.stand_in or node).centre  # a folded member's links end at its box
        if not (left <= x <= right and top <= y <= bottom):
            near.update(dict.fromkeys(node.edges))
    return near
