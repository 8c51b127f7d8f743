"""One map's analysis kept up to date while the map changes, doing only what a change needs.

``analyze(map)`` starts from nothing each time. A window analyses the same map again after
every edit, and most edits need far less: a move, a note or a headcount changes nothing the
analysis reads; a rename changes only the sentences of the findings about the renamed node;
new nodes and edges go last in the map's order, so the index grows by them instead of being
built again. Anything else (a removal, a new kind, a re-pointed or re-priced edge) builds
everything again. The result is always equal to ``analyze(map)``.

>>> from stakeholder_map.model import Kind, Map, Relation
>>> m = Map()
>>> _ = m.add_node("app", Kind.PRODUCT, "App")
>>> session = Session(m)
>>> session.analysis().findings[0].message
'Nobody pays for "App": no customer, no business.'
>>> m.changed.subscribe(session.take)
>>> _ = m.update_node("app", name="Shop")
>>> session.analysis().findings[0].message
'Nobody pays for "Shop": no customer, no business.'
"""

from __future__ import annotations

from enum import IntEnum

from stakeholder_map.analysis.findings import all_findings, reword
from stakeholder_map.analysis.graph import MapIndex
from stakeholder_map.analysis.ranking import key_stakeholder_scores
from stakeholder_map.analysis.result import Analysis
from stakeholder_map.analysis.roles import actor_roles, usage
from stakeholder_map.model import Change, Map


class Effect(IntEnum):
    """What a change does to the analysis, least first."""

    NONE = 0  # moves, notes, headcount, internal, extra fields, the title
    WORDS = 1  # renames: some findings' sentences
    GROWTH = 2  # added nodes and edges: roles, findings and ranking, from a grown index
    REBUILD = 3  # anything else


def _edge_facts(edge) -> tuple:
    """The fields of an edge that the analysis reads (besides its id)."""
    return edge.source, edge.target, edge.relation, edge.amount, edge.period, edge.agreement


def effect(change: Change) -> Effect:
    """The least work that brings an analysis up to date after ``change``."""
    if change.nodes_removed or change.edges_removed:
        return Effect.REBUILD
    if any(_edge_facts(b) != _edge_facts(a) for b, a in change.edges_changed):
        return Effect.REBUILD
    result = Effect.NONE
    for before, after in change.nodes_changed:
        if before.kind is not after.kind:
            return Effect.REBUILD
        if before.name != after.name:
            result = Effect.WORDS
    if change.nodes_added or change.edges_added:
        result = Effect.GROWTH
    return result


class Session:
    """The analysis of one map that changes: call ``take(change)`` after the map applied
    each change (or subscribe it to ``map.changed``), ``analysis()`` when a result is wanted."""

    def __init__(self, map_: Map) -> None:
        self.map = map_
        self._index: MapIndex | None = None
        self._latest: Analysis | None = None
        self._pending: list[Change] = []
        self._rebuild = True
        self.last_effect = Effect.REBUILD  # of the latest ``analysis()`` (tests, benchmarks)

    def take(self, change: Change) -> None:
        """Note ``change``, already applied to the map."""
        if self._rebuild:
            return  # everything is read again from the map anyway
        kind = effect(change)
        if kind is Effect.REBUILD:
            self._rebuild, self._pending = True, []
        elif kind is not Effect.NONE:
            self._pending.append(change)

    def analysis(self) -> Analysis:
        """The analysis of the map as it is now, equal to ``analyze(map)``."""
        pending, self._pending = self._pending, []
        try:
            return self._bring_up_to_date(pending)
        except BaseException:
            self._rebuild = True  # a half-updated index is never used again
            raise

    def _bring_up_to_date(self, pending: list[Change]) -> Analysis:
        if self._rebuild or self._index is None or self._latest is None:
            self._rebuild = False
            self.last_effect = Effect.REBUILD
            self._index = MapIndex.of(self.map)
            self._latest = self._analyse(self._index)
            return self._latest
        index, renamed, grew = self._index, set(), False
        for change in pending:
            for before, after in change.nodes_changed:
                if before.name != after.name:
                    index.nodes[after.id] = after
                    renamed.add(after.id)
            if change.nodes_added or change.edges_added:
                index.extend(change.nodes_added, change.edges_added)
                grew = True
        if grew:
            self.last_effect = Effect.GROWTH
            self._latest = self._analyse(index)
        elif renamed:
            self.last_effect = Effect.WORDS
            latest = self._latest
            findings = tuple(
                reword(index, f) if not renamed.isdisjoint(f.nodes) else f for f in latest.findings
            )
            self._latest = Analysis(latest.roles, findings, latest.ranking)
        else:
            self.last_effect = Effect.NONE
        return self._latest

    @staticmethod
    def _analyse(index: MapIndex) -> Analysis:
        use = usage(index)
        return Analysis(
            roles=actor_roles(index, use),
            findings=all_findings(index, use),
            ranking=key_stakeholder_scores(index),
        )
