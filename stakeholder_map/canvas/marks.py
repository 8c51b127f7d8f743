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
        old_analysis = self.analysis
        old_roles = getattr(old_analysis, "roles", None) or {}
        old = self._findings
        self.analysis = analysis
        self._findings = new = FindingIndex.of(analysis)
        new_roles = getattr(analysis, "roles", None) or {}
        nodes = self._marks_pending_nodes
        edges = self._marks_pending_edges
        for node_id, roles in new_roles.items():
            if old_roles.get(node_id, ()) != roles:
                nodes[node_id] = None
        for node_id, roles in old_roles.items():
            if roles and node_id not in new_roles:
                nodes[node_id] = None
        _diff_findings(getattr(old_analysis, "findings", ()), getattr(analysis, "findings", ()),
                       old, new, nodes, edges)
        if len(nodes) + len(edges) <= _MARKS_AT_ONCE:
            self.finish_marks()
        elif not self._marks_timer.isActive():
            self._marks_timer.start(0)

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


def _diff_findings(old_findings, new_findings, old: FindingIndex, new: FindingIndex,
                   nodes: dict, edges: dict) -> None:
    """Add to ``nodes`` and ``edges`` the ids whose findings differ between two analyses:
    those named by a finding found in only one of them (compared whole, once each, not per
    id: 0.2 s on 20,000 nodes). Unhashable findings are compared id by id."""
    try:
        gone_or_new = set(old_findings) ^ set(new_findings)
    except TypeError:
        for before, after, changed in ((old.by_node, new.by_node, nodes), (old.by_edge, new.by_edge, edges)):
            for key, findings in after.items():
                if before.get(key) != findings:
                    changed[key] = None
            for key in before:
                if key not in after:
                    changed[key] = None
        return
    for finding in gone_or_new:
        for node_id in finding.nodes:
            nodes[node_id] = None
        for edge_id in getattr(finding, "edges", ()) or ():
            edges[edge_id] = None
