"""One map's analysis kept up to date while the map changes, doing only what a change needs.

``analyze(map)`` starts from nothing each time. A window analyses the same map again after
every edit, and most edits need far less: a move, a note or a headcount changes nothing the
analysis reads; a rename changes only the sentences of the findings about the renamed node;
new nodes and edges go last in the map's order, so the index grows by them instead of being
built again, and only the parts that read what they added are worked out again (a new
``influences`` link leaves the findings about payments and decisions alone). Anything else
(a removal, a new kind, a re-pointed or re-priced edge) builds everything again. The
result is always equal to ``analyze(map)``.

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

from stakeholder_map.analysis.findings import CODE_ORDER, findings_of, reword
from stakeholder_map.analysis.graph import MapIndex
from stakeholder_map.analysis.ranking import key_stakeholder_scores
from stakeholder_map.analysis.result import Analysis, Finding
from stakeholder_map.analysis.roles import actor_roles, influencers, update_roles, update_usage, usage
from stakeholder_map.analysis.terms import FindingCode as C
from stakeholder_map.model import Change, Map, Relation


class Effect(IntEnum):
    """What a change does to the analysis, least first."""

    NONE = 0  # moves, notes, headcount, internal, extra fields, the title
    WORDS = 1  # renames: some findings' sentences
    GROWTH = 2  # added nodes and edges: the parts that read them, from a grown index
    REINDEX = 3  # removals, re-pointed edges: a new index, the parts that read them
    REBUILD = 4  # anything else (a node of a new kind)


def _edge_facts(edge) -> tuple:
    """The fields of an edge that the analysis reads (besides its id)."""
    return edge.source, edge.target, edge.relation, edge.amount, edge.period, edge.agreement


def effect(change: Change) -> Effect:
    """The least work that brings an analysis up to date after ``change``."""
    result = Effect.NONE
    for before, after in change.nodes_changed:
        if before.kind is not after.kind:
            return Effect.REBUILD
        if before.name != after.name:
            result = Effect.WORDS
    if change.nodes_removed or change.edges_removed or any(
            _edge_facts(b) != _edge_facts(a) for b, a in change.edges_changed):
        return Effect.REINDEX
    if change.nodes_added or change.edges_added:
        result = Effect.GROWTH
    return result


# What each part of the analysis reads besides kinds and names: the valid edges of some
# relations, NODES (the nodes themselves), EDGES (whether a node has any edge at all) and
# INVALID (the edges the relation table does not allow). Edges added or removed that
# touch none of what a part reads leave it as it was.
NODES, EDGES, INVALID = "nodes", "edges", "invalid"
P, U, D, I, M = Relation.PAYS, Relation.USES, Relation.DECIDES, Relation.INFLUENCES, Relation.MEMBER_OF
_USAGE_READS = frozenset({U, P, M, I})
_ROLES_READS = frozenset({NODES, P, D, I}) | _USAGE_READS
_RANKING_READS = frozenset({NODES, P, D, I, M})
_FINDINGS_READ = {
    C.NO_PAYING_CUSTOMER: {NODES, P},
    C.NO_USERS: {NODES, U},
    C.COMPANY_WITHOUT_DECISION_MAKER: {P, D, M},
    C.UNHEARD_USERS: {U, D, P, I},
    C.DECISION_MAKER_NOT_USER: {D, U},
    C.USERS_NOT_CUSTOMERS: {P} | _USAGE_READS,
    C.ROLE_MISMATCH: {NODES, P, D, U},
    C.ISOLATED: {NODES, EDGES},
    C.INVALID_RELATION: {INVALID},
    C.REVENUE_CONCENTRATION: {P},
}


class Session:
    """The analysis of one map that changes: call ``take(change)`` after the map applied
    each change (or subscribe it to ``map.changed``), ``analysis()`` when a result is wanted."""

    def __init__(self, map_: Map) -> None:
        self.map = map_
        self._index: MapIndex | None = None
        self._use: dict = {}
        self._roles: dict = {}
        self._swaying: set[str] = set()  # the influencers
        self._parts: dict[str, list[Finding]] = {}  # each code's findings, in map order
        self._ranking: dict[str, float] = {}
        self._latest: Analysis | None = None
        self._pending: list[Change] = []
        self._grown = _Growth()
        self._rebuild = True
        self.last_effect = Effect.REBUILD  # of the latest ``analysis()`` (tests, benchmarks)
        self.redone: set[str] = set()  # the parts the latest ``analysis()`` worked out again

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
            return self._work_out(self._index, None)
        renamed, grown = set(), _Growth()
        if any(effect(change) is Effect.REINDEX for change in pending):
            # Edges left: their lists and sets are made again from the map (it is still
            # far cheaper than working out every part), then compared as additions are.
            index = self._index = MapIndex.of(self.map)
            grown.note_gone(pending)
            for change in pending:
                renamed.update(a.id for b, a in change.nodes_changed if b.name != a.name)
                grown.notice(index, change)
            kind = Effect.REINDEX
        else:
            index, kind = self._index, Effect.GROWTH
            for change in pending:
                for before, after in change.nodes_changed:
                    if before.name != after.name:
                        index.nodes[after.id] = after
                        renamed.add(after.id)
                if change.nodes_added or change.edges_added:
                    index.extend(change.nodes_added, change.edges_added)
                    grown.notice(index, change)
        touched = grown.touched
        if touched:
            self._grown = grown
            self.last_effect = kind
            self._work_out(index, touched)  # names are read afresh where parts are redone
        else:
            self.last_effect = Effect.WORDS if renamed else Effect.NONE
            self.redone = set()
        if renamed:
            for code, part in self._parts.items():
                if code not in self.redone:
                    self._parts[code] = [
                        reword(index, f) if not renamed.isdisjoint(f.nodes) else f for f in part
                    ]
            self._latest = self._assemble()
        return self._latest

    def _work_out(self, index: MapIndex, touched: set[str] | None) -> Analysis:
        """Work out again the parts that read what ``touched`` names (None: every part)."""
        def stale(reads) -> bool:
            return touched is None or not touched.isdisjoint(reads)

        redone = set()
        if touched is None:
            self._use = usage(index)
            self._swaying = influencers(index)
            self._roles = actor_roles(index, self._use, self._swaying)
        else:
            self._update_roles(index, touched)
        for code in CODE_ORDER:
            if stale(_FINDINGS_READ[code]):
                self._parts[code] = findings_of(code, index, self._use)
                redone.add(code)
        if stale(_RANKING_READS):
            self._ranking = key_stakeholder_scores(index)
        self.redone = redone
        self._latest = self._assemble()
        return self._latest

    def _update_roles(self, index: MapIndex, touched: set[str]) -> None:
        """Usage and roles after edges came or went: only for the actors they reach."""
        grown = self._grown
        actors = set(grown.ends)
        if not touched.isdisjoint(_USAGE_READS):
            self._use = update_usage(index, self._use, grown.products, grown.users)
            for product in grown.products:
                actors.update(index.users_of.get(product, ()))
        if not touched.isdisjoint((P, D, I)):  # who can be reached, and who reaches them
            swaying = influencers(index)
            actors |= swaying ^ self._swaying
            self._swaying = swaying
        if not touched.isdisjoint(_ROLES_READS):
            nodes = index.nodes
            actors = {a for a in actors if a in nodes and nodes[a].kind.is_actor}
            self._roles = update_roles(index, self._roles, self._use, self._swaying, actors,
                                       removed=grown.removed)

    def _assemble(self) -> Analysis:
        findings: list[Finding] = []
        for code in CODE_ORDER:
            findings += self._parts[code]
        return Analysis(roles=self._roles, findings=tuple(findings), ranking=self._ranking)


class _Growth:
    """What edges that came or went touched: see ``_FINDINGS_READ``; for ``update_usage``
    the products that gained or lost users or payers and the users whose sponsors changed;
    and every end of those edges (their roles are worked out again)."""

    def __init__(self) -> None:
        self.touched: set[str] = set()
        self.products: set[str] = set()
        self.users: set[str] = set()
        self.ends: set[str] = set()
        self.gone: set[str] = set()  # the ids of the nodes removed (see ``note_gone``)

    @property
    def removed(self) -> bool:
        return bool(self.gone)

    def note_gone(self, changes: list[Change]) -> None:
        """Every node a batch of changes removes, before ``notice`` reads its edges."""
        for change in changes:
            self.gone.update(node.id for node in change.nodes_removed)

    def notice(self, index: MapIndex, change: Change) -> None:
        """Note what ``change`` added, removed or re-pointed (``index`` already has it;
        removed nodes took their edges with them, so those edges say what they touched)."""
        if change.nodes_added or change.nodes_removed:
            self.touched.add(NODES)
        edges = [*change.edges_added, *change.edges_removed]
        for before, after in change.edges_changed:
            if _edge_facts(before) != _edge_facts(after):
                edges += (before, after)
        if edges:
            self.touched.add(EDGES)
        for edge in edges:
            valid = _valid(index, self.gone, edge)
            if not valid:
                self.touched.add(INVALID)
                if valid is not None:
                    continue
            relation = edge.relation
            self.touched.add(relation)
            self.ends.update((edge.source, edge.target))
            if relation is U or relation is P:
                self.products.add(edge.target)
            elif relation is I:
                self.users.update((edge.source, edge.target))
            elif relation is M:
                self.users.add(edge.source)


def _valid(index: MapIndex, gone: set[str], edge) -> bool | None:
    """Whether the relation table allows ``edge``; None when an end of it is ``gone``
    (its kind then may not be the index's: the caller counts it both ways)."""
    if edge.source in gone or edge.target in gone:
        return None
    return index.is_valid(edge)
