"""Role badges and finding marks on a scene's items, following the latest analysis.

``Marks`` is the scene's collaborator for this and talks to it only through the small
``MarkedItems`` interface. Only items whose roles or findings differ from the previous
analysis are touched (a rename that changes no role costs next to nothing); when many
differ (the first analysis of a map), they are marked in short idle slices so the window
never freezes, and the slices wait while nodes are dragged.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Iterable, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from stakeholder_map.analysis import Analysis
from stakeholder_map.canvas.badges import FindingIndex

if TYPE_CHECKING:
    from stakeholder_map.canvas.edge_item import EdgeItem
    from stakeholder_map.canvas.node_item import NodeItem

_MARKS_AT_ONCE = 300  # changed marks applied at once; more go in idle slices
_MARKS_SLICE_S = 0.025  # each slice stops after this long (the UI stays responsive; a repaint follows each)
_MARKS_WAIT_MS = 50  # during a drag, look again this much later


class MarkedItems(Protocol):
    """What ``Marks`` needs from the scene."""

    def node_item(self, node_id: str) -> NodeItem | None: ...

    def edge_of(self, edge_id: str) -> EdgeItem | None:
        """The link's item, in the scene's index or not."""

    def parked(self, item: EdgeItem) -> bool:
        """The link waits out of the scene (see ``Links``): its marks wait with it."""

    def dragging(self) -> bool:
        """Nodes are being dragged (marks wait)."""

    def marks_changed(self, nodes: list[NodeItem], flag_changed: list[NodeItem],
                      edges: list[EdgeItem]) -> None:
        """These items got new marks (``flag_changed``: their worst severity changed too)."""


class Marks(QObject):
    """The latest analysis, shown on the items of ``items``."""

    #: every item shows the latest analysis (after marks applied in idle slices)
    settled = Signal()

    def __init__(self, items: MarkedItems, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items = items
        self.analysis: Analysis | None = None
        self._findings = FindingIndex()
        self._finding_set: frozenset = frozenset()
        # marks of a big analysis change still to apply (ids), a slice per timer tick
        self._pending_nodes: dict[str, None] = {}
        self._pending_edges: dict[str, None] = {}
        # parked links whose marks wait until they join the scene (``admitted``) or an
        # export needs every mark (``finish``): 30,000 of a big map's links have findings
        self._parked: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._apply_slice)

    def findings_of_node(self, node_id: str) -> list:
        return self._findings.by_node.get(node_id, [])

    def marks_of_node(self, node_id: str) -> tuple[tuple, list]:
        """The roles and findings of a node, for its item as it is made."""
        if self.analysis is None:
            return (), []
        return self.analysis.roles.get(node_id, ()), self._findings.by_node.get(node_id, [])

    def set_analysis(self, analysis: Analysis | None) -> None:
        """Show ``analysis`` (roles, findings) on the items; ``None`` removes every mark.

        When many items change, they are marked in idle slices (``finish`` forces the
        rest at once)."""
        old_roles = self.analysis.roles if self.analysis is not None else {}
        self.analysis = analysis
        new_roles = analysis.roles if analysis is not None else {}
        nodes, edges = self._pending_nodes, self._pending_edges
        for node_id, roles in new_roles.items():
            if old_roles.get(node_id, ()) != roles:
                nodes[node_id] = None
        for node_id, roles in old_roles.items():
            if roles and node_id not in new_roles:
                nodes[node_id] = None
        self._take_findings(analysis.findings if analysis is not None else (), nodes, edges)
        if len(nodes) + len(edges) <= _MARKS_AT_ONCE:
            self.finish()
        elif not self._timer.isActive():
            self._timer.start(0)

    def start(self, analysis: Analysis | None) -> None:
        """Take ``analysis`` for items not built yet (each is marked as it is made, see
        ``apply``): nothing waits to be marked."""
        self._timer.stop()
        self.forget_pending()
        self.analysis = analysis
        findings = analysis.findings if analysis is not None else ()
        self._findings = FindingIndex.of_findings(findings)
        self._finding_set = frozenset(findings)

    def _take_findings(self, findings, nodes: dict, edges: dict) -> None:
        """Index ``findings`` by node and edge id, adding to ``nodes`` and ``edges`` the ids
        whose findings changed. Findings are values: only those new or gone are looked at
        (once each, not per id: indexing all of them again cost 0.1 s per analysis on
        20,000 nodes)."""
        now = frozenset(findings)
        before, index = self._finding_set, self._findings
        self._finding_set = now
        for finding in before - now:
            index.drop(finding)
            nodes.update(dict.fromkeys(finding.nodes))
            edges.update(dict.fromkeys(finding.edges))
        for finding in now - before:
            index.add(finding)
            nodes.update(dict.fromkeys(finding.nodes))
            edges.update(dict.fromkeys(finding.edges))

    def pending(self) -> int:
        """How many items still wait for the marks of the latest analysis."""
        return len(self._pending_nodes) + len(self._pending_edges)

    def forget_pending(self) -> None:
        """The items were built again (and marked as they were built)."""
        self._pending_nodes.clear()
        self._pending_edges.clear()
        self._parked.clear()

    def admitted(self, items: Iterable[EdgeItem]) -> None:
        """These parked links joined the scene: they show the current marks now."""
        if self._parked:
            waiting = [item.edge.id for item in items if item.edge.id in self._parked]
            if waiting:
                self._parked.difference_update(waiting)
                self.apply((), waiting)

    def finish(self, parked: bool = False) -> None:
        """Apply every pending mark now (when few are left); with ``parked``, the marks of
        the links waiting out of the scene too (an export draws every link)."""
        self._timer.stop()
        nodes, edges = list(self._pending_nodes), list(self._pending_edges)
        self._pending_nodes.clear()
        self._pending_edges.clear()
        if parked:
            edges += self._parked
            self._parked.clear()
        if nodes or edges:
            self.apply(nodes, edges, everything=parked)

    def _apply_slice(self) -> None:
        if self._items.dragging():  # nodes are being dragged: that comes first
            self._timer.start(_MARKS_WAIT_MS)
            return
        end = time.perf_counter() + _MARKS_SLICE_S
        nodes, edges = self._pending_nodes, self._pending_edges
        while (nodes or edges) and time.perf_counter() < end:
            if nodes:
                self.apply([nodes.popitem()[0] for _ in range(min(50, len(nodes)))], ())
            else:
                self.apply((), [edges.popitem()[0] for _ in range(min(100, len(edges)))])
        if nodes or edges:
            self._timer.start(0)
        else:
            self.settled.emit()

    def apply_new(self, parked: bool) -> None:
        """Set the marks on the links just built (they start without any; nodes are made
        with theirs, see ``marks_of_node``): only the links with findings are looked at,
        and when the links are ``parked`` their marks wait with them."""
        if self.analysis is None:
            return
        if parked:
            self._parked.update(self._findings.by_edge)
        else:
            self.apply((), list(self._findings.by_edge))

    def apply(self, node_ids: Iterable[str], edge_ids: Iterable[str], everything: bool = False) -> None:
        """Set the current marks on these items (new ones, or ones whose marks changed); a
        parked link's wait until it joins the scene, unless ``everything`` (an export)."""
        roles = self.analysis.roles if self.analysis is not None else {}
        by_node, by_edge = self._findings.by_node, self._findings.by_edge
        items = self._items
        nodes, flagged, edges = [], [], []
        for node_id in list(node_ids):
            item = items.node_item(node_id)
            if item is None:
                continue
            severity = item.severity
            item.set_marks(roles.get(node_id, ()), by_node.get(node_id, []))
            nodes.append(item)
            if item.severity != severity:
                flagged.append(item)
        parked = self._parked
        for edge_id in list(edge_ids):
            item = items.edge_of(edge_id)
            if item is None:
                continue
            if not everything and items.parked(item):
                parked.add(edge_id)
                continue
            if item.set_marks(by_edge.get(edge_id, []), notify=False):
                edges.append(item)
            item.refresh_tooltip()
        if nodes or edges:
            items.marks_changed(nodes, flagged, edges)
