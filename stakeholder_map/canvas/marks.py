"""Role badges and finding marks on a scene's items, following the latest analysis.

Only items whose roles or findings differ from the previous analysis are touched (a
rename that changes no role costs next to nothing); when many differ (the first analysis
of a map), they are marked in short idle slices so the window never freezes, and the
slices wait while nodes are dragged.
"""

from __future__ import annotations

import time
from typing import Iterable

from PySide6.QtCore import QTimer

from stakeholder_map.canvas.badges import FindingIndex

_MARKS_AT_ONCE = 300  # changed marks applied at once; more go in idle slices
_MARKS_SLICE_S = 0.008  # the UI stays responsive: each slice stops after this long
_MARKS_WAIT_MS = 50  # during a drag, look again this much later


class SceneMarks:
    """Mixin for ``MapScene`` (uses its ``_nodes``, ``_edges``, ``overview``, ``edge_layer``
    and ``_press_positions``)."""

    def __init__(self) -> None:
        self.analysis = None
        self._findings = FindingIndex()
        self._finding_set: set | None = set()  # the findings indexed (None: unhashable ones)
        # marks of a big analysis change still to apply (ids), a slice per timer tick
        self._marks_pending_nodes: dict[str, None] = {}
        self._marks_pending_edges: dict[str, None] = {}
        self._marks_timer = QTimer(self)
        self._marks_timer.setSingleShot(True)
        self._marks_timer.timeout.connect(self._apply_marks_slice)

    def set_analysis(self, analysis) -> None:
        """Show ``analysis`` (roles, findings) on the items; ``None`` removes every mark.

        Only items whose roles or findings differ from the previous analysis are touched
        (a rename that changes no role costs next to nothing); when many differ, they are
        marked in short idle slices so the window never freezes (``finish_marks`` forces
        the rest at once)."""
        old_roles = getattr(self.analysis, "roles", None) or {}
        self.analysis = analysis
        new_roles = getattr(analysis, "roles", None) or {}
        nodes = self._marks_pending_nodes
        edges = self._marks_pending_edges
        for node_id, roles in new_roles.items():
            if old_roles.get(node_id, ()) != roles:
                nodes[node_id] = None
        for node_id, roles in old_roles.items():
            if roles and node_id not in new_roles:
                nodes[node_id] = None
        self._take_findings(getattr(analysis, "findings", None) or (), nodes, edges)
        if len(nodes) + len(edges) <= _MARKS_AT_ONCE:
            self.finish_marks()
        elif not self._marks_timer.isActive():
            self._marks_timer.start(0)

    def _take_findings(self, findings, nodes: dict, edges: dict) -> None:
        """Index ``findings`` by node and edge id, adding to ``nodes`` and ``edges`` the
        ids whose findings changed. Findings are values: when they can be hashed, only
        those new or gone are looked at (once each, not per id: indexing all of them again
        cost 0.1 s per analysis on 20,000 nodes); else everything is compared id by id."""
        try:
            now = set(findings)
        except TypeError:
            now = None
        before, index = self._finding_set, self._findings
        self._finding_set = now
        if now is None or before is None:
            fresh = FindingIndex.of_findings(findings)
            for old_ids, new_ids, changed in ((index.by_node, fresh.by_node, nodes),
                                              (index.by_edge, fresh.by_edge, edges)):
                for key, listed in new_ids.items():
                    if old_ids.get(key) != listed:
                        changed[key] = None
                for key in old_ids:
                    if key not in new_ids:
                        changed[key] = None
            self._findings = fresh
            return
        for finding in before - now:
            index.drop(finding)
            nodes.update(dict.fromkeys(finding.nodes))
            edges.update(dict.fromkeys(getattr(finding, "edges", ()) or ()))
        for finding in now - before:
            index.add(finding)
            nodes.update(dict.fromkeys(finding.nodes))
            edges.update(dict.fromkeys(getattr(finding, "edges", ()) or ()))

    def marks_pending(self) -> int:
        """How many items still wait for the marks of the latest analysis."""
        return len(self._marks_pending_nodes) + len(self._marks_pending_edges)

    def finish_marks(self) -> None:
        """Apply every pending mark now (before an export, or when few are left)."""
        self._marks_timer.stop()
        nodes, edges = list(self._marks_pending_nodes), list(self._marks_pending_edges)
        self._marks_pending_nodes.clear()
        self._marks_pending_edges.clear()
        if nodes or edges:
            self._apply_marks(nodes, edges)

    def _apply_marks_slice(self) -> None:
        if self._press_positions is not None:  # nodes are being dragged: that comes first
            self._marks_timer.start(_MARKS_WAIT_MS)
            return
        end = time.perf_counter() + _MARKS_SLICE_S
        nodes, edges = self._marks_pending_nodes, self._marks_pending_edges
        while (nodes or edges) and time.perf_counter() < end:
            if nodes:
                self._apply_marks([nodes.popitem()[0] for _ in range(min(50, len(nodes)))], ())
            else:
                self._apply_marks((), [edges.popitem()[0] for _ in range(min(100, len(edges)))])
        if nodes or edges:
            self._marks_timer.start(0)

    def _apply_marks(self, node_ids: Iterable[str], edge_ids: Iterable[str]) -> None:
        roles = getattr(self.analysis, "roles", None) or {}
        by_node, by_edge = self._findings.by_node, self._findings.by_edge
        overview = self.overview
        for node_id in list(node_ids):
            item = self._nodes.get(node_id)
            if item is None:
                continue
            flagged = item.severity
            item.set_marks(roles.get(node_id, ()), by_node.get(node_id, []))
            self._map_rect = None  # badges change a node's bounds (computed again when asked)
            if item.severity != flagged:
                overview.touch_flag(item)
            if item._hover:  # hover state, not isUnderMouse(): that asks shape() of every item
                item.setToolTip(item.tooltip_text())
        halos = []
        for edge_id in list(edge_ids):
            item = self._edges.get(edge_id)
            if item is None:
                continue
            if item.set_marks(by_edge.get(edge_id, []), notify=False) and item.layer is not None:
                halos.append(item)
            if item._hover:
                item.setToolTip(item.tooltip_text())
        if halos:
            self.edge_layer.mark_many(halos)
