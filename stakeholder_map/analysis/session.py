"""One map's analysis kept up to date while the map changes, running each rule only where a
change can alter its answer.

The rules are the ones ``analyze`` runs (``roles_of``, ``product_findings``,
``actor_findings``, ``edge_findings``, ``stake_of``); a session only chooses which
products, actors and edges to run them on again. After each batch of changes it builds a
new index (taking the relations no changed edge touched from the old one), hears again
the products a changed link can reach (who is heard on them), and re-runs the rules for:
the ends of every edge that came, went or changed; the users of a product whose payers
changed; everyone in an actor that joined or left a company, and the companies above it;
the products whose hearing and the actors whose influencer role changed; and, after a
rename or a new attitude, power or interest, the node and its neighbours (their sentences
name it; their stance findings read it). A move, a note, a
headcount or the currency changes nothing the analysis reads. The result is always equal
to ``analyze(map)`` (a property test checks it over random edits).

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
from typing import Iterable

from stakeholder_map.analysis.facts import Facts, companies_of, people_in
from stakeholder_map.analysis.findings import actor_findings, edge_findings, in_report_order, product_findings
from stakeholder_map.analysis.graph import MapIndex
from stakeholder_map.analysis.ranking import Stake, stake_of
from stakeholder_map.analysis.result import Analysis, Finding
from stakeholder_map.analysis.roles import roles_of
from stakeholder_map.analysis.terms import Role
from stakeholder_map.model import Change, Edge, Map, Relation

_NONE: frozenset[str] = frozenset()


class Effect(IntEnum):
    """What a change does to the analysis, least first."""

    NONE = 0  # moves, notes, headcount, internal, extra fields, the title, the currency
    WORDS = 1  # renames, attitude, power, interest: the rules about the node and its neighbours
    LINKS = 2  # nodes and edges that came, went or changed: the rules where they reach
    REBUILD = 3  # everything from scratch (the first analysis, or after a failure)


def _edge_facts(edge: Edge) -> tuple:
    """The fields of an edge that the analysis reads (besides its id)."""
    return edge.source, edge.target, edge.relation, edge.amount, edge.period, edge.agreement


def _stance(node) -> tuple:
    """The fields of a node the stance findings read (besides its edges)."""
    return node.attitude, node.power, node.interest


def effect(change: Change) -> Effect:
    """The least work that brings an analysis up to date after ``change``."""
    if (change.nodes_added or change.nodes_removed or change.edges_added or change.edges_removed
            or any(b.kind is not a.kind for b, a in change.nodes_changed)
            or any(_edge_facts(b) != _edge_facts(a) for b, a in change.edges_changed)):
        return Effect.LINKS
    if any(b.name != a.name or _stance(b) != _stance(a) for b, a in change.nodes_changed):
        return Effect.WORDS
    return Effect.NONE


class _Parts:
    """Every rule's answer, kept by the element it is about."""

    def __init__(self) -> None:
        self.roles: dict[str, tuple[Role, ...]] = {}
        self.stakes: dict[str, Stake] = {}
        self.by_product: dict[str, list[Finding]] = {}
        self.by_actor: dict[str, list[Finding]] = {}
        self.by_edge: dict[str, list[Finding]] = {}

    def work_out(self, index: MapIndex, facts: Facts, products: Iterable[str], actors: Iterable[str],
                 stakes: Iterable[str], edges: Iterable[str]) -> None:
        nodes = index.nodes
        for product in products:
            if product in nodes:
                self.by_product[product] = product_findings(index, facts, product)
        for actor in actors:
            if actor in nodes:
                self.roles[actor] = roles_of(index, facts, actor)
                self.by_actor[actor] = actor_findings(index, facts, actor)
        for actor in stakes:
            if actor in nodes:
                self.stakes[actor] = stake_of(index, facts, actor)
        for edge_id in edges:
            edge = index.invalid_by_id.get(edge_id)
            if edge is not None:
                self.by_edge[edge_id] = edge_findings(index, edge)
            else:
                self.by_edge.pop(edge_id, None)

    def forget(self, node_ids: Iterable[str]) -> None:
        for node_id in node_ids:
            for part in (self.roles, self.stakes, self.by_product, self.by_actor):
                part.pop(node_id, None)

    def analysis(self, index: MapIndex, *, ranking: bool = True) -> Analysis:
        found: list[Finding] = []
        for product in index.products:
            found += self.by_product[product]
        for actor in index.actors:
            found += self.by_actor[actor]
        for edge in index.invalid:
            found += self.by_edge[edge.id]
        roles, stakes = self.roles, self.stakes
        result = Analysis(
            roles={actor: roles[actor] for actor in index.actors},
            findings=in_report_order(index, found),
            stakes={actor: stakes[actor] for actor in index.actors} if ranking else {},
        )
        result.key_stakeholders()  # ranked here, off the window's thread, once
        return result


def fresh(map_: Map, *, ranking: bool = True) -> tuple[MapIndex, Facts, _Parts, Analysis]:
    """Every rule on every element: what ``analyze`` returns, with what it was made of
    (without the stakes when not ``ranking``)."""
    index = MapIndex.of(map_)
    facts = Facts.of(index)
    parts = _Parts()
    parts.work_out(index, facts, index.products, index.actors, index.actors if ranking else (),
                   (e.id for e in index.invalid))
    return index, facts, parts, parts.analysis(index, ranking=ranking)


class Session:
    """The analysis of one map that changes: call ``take(change)`` after the map applied
    each change (or subscribe it to ``map.changed``), ``analysis()`` when a result is wanted."""

    def __init__(self, map_: Map) -> None:
        self.map = map_
        self._index: MapIndex | None = None
        self._facts: Facts | None = None
        self._parts = _Parts()
        self._latest: Analysis | None = None
        self._pending: list[Change] = []
        self._rebuild = True
        self.last_effect = Effect.REBUILD  # of the latest ``analysis()``

    def take(self, change: Change) -> None:
        """Note ``change``, already applied to the map."""
        if not self._rebuild and effect(change) is not Effect.NONE:
            self._pending.append(change)

    def analysis(self) -> Analysis:
        """The analysis of the map as it is now, equal to ``analyze(map)``."""
        pending, self._pending = self._pending, []
        try:
            if self._rebuild or self._latest is None:
                self._rebuild = False
                self.last_effect = Effect.REBUILD
                self._index, self._facts, self._parts, self._latest = fresh(self.map)
            elif pending:
                self.last_effect = max(effect(change) for change in pending)
                self._latest = self._update(pending)
            else:
                self.last_effect = Effect.NONE
            return self._latest
        except BaseException:
            self._rebuild = True  # half-updated parts are never used again
            raise

    def _update(self, pending: list[Change]) -> Analysis:
        old_index, old_facts = self._index, self._facts
        assert old_index is not None and old_facts is not None
        nodes: set[str] = set()  # touched: their rules run again
        edges: list[Edge] = []  # came, went, changed, or met a node whose kind changed
        gone: set[str] = set()
        named: set[str] = set()  # ids of edges whose invalid_relation sentence names a renamed node
        for change in pending:
            gone.update(n.id for n in change.nodes_removed)
            nodes.update(n.id for n in change.nodes_added)
            for before, after in change.nodes_changed:
                if (before.kind is not after.kind or before.name != after.name
                        or _stance(before) != _stance(after)):
                    # Its sentences, and those of its neighbours, which name it (or read
                    # its attitude: the blocker it influences, the product it champions).
                    nodes.add(after.id)
                    around = self.map.edges_of(after.id) if after.id in self.map.nodes else []
                    nodes.update(end for e in around for end in (e.source, e.target))
                    named.update(e.id for e in around)
                    if before.kind is not after.kind:
                        edges += around
            edges += change.edges_added
            edges += change.edges_removed
            edges += [e for pair in change.edges_changed if _edge_facts(pair[0]) != _edge_facts(pair[1])
                      for e in pair]
        relations = {edge.relation for edge in edges}
        index = self._index = MapIndex.of(self.map, old_index, frozenset(Relation) - relations)
        gone -= set(index.nodes)
        heard_again: set[str] = set()
        for edge in edges:
            nodes.update((edge.source, edge.target))
            relation = edge.relation
            if relation is Relation.PAYS or relation is Relation.DECIDES:
                heard_again.add(edge.target)  # its deciding side may have changed
            elif relation is Relation.INFLUENCES:
                # Products on whose side the target is heard hear the source (no more).
                heard_again.update(old_facts.heard_on.get(edge.target, ()))
            elif relation is Relation.MEMBER_OF:
                # Everyone in the joining actor now belongs (or no longer) to more companies.
                for side in (index, old_index):
                    if edge.source in side.nodes:
                        nodes |= people_in(side, edge.source)
                        nodes |= companies_of(side, edge.source)
            # A product's payers decide whether its users are sponsored.
            for side in (index, old_index):
                nodes.update(side.users_of.get(edge.target, ()))
        for node_id in gone:
            heard_again.update(old_facts.heard_on.get(node_id, ()))
        if index.products != old_index.products:
            heard_again.update(index.products)
        swaying = bool(relations & {Relation.PAYS, Relation.DECIDES, Relation.INFLUENCES}) or bool(gone)
        facts = self._facts = Facts.of(index, old_facts, heard_again, swaying) if edges or gone else old_facts
        products: set[str] = set()
        stakes: set[str] = set()
        for product in heard_again:
            moved = old_facts.heard.get(product, _NONE) ^ facts.heard.get(product, _NONE)
            if moved or product in nodes:
                products.add(product)
                stakes |= moved
        nodes |= old_facts.swaying ^ facts.swaying
        actors: set[str] = set()
        for node_id in nodes:
            node = index.nodes.get(node_id)
            if node is None:
                continue
            if node.kind.is_actor:
                actors.add(node_id)
                # The companies it belongs to (their decisions), what it uses (its funding).
                actors |= companies_of(index, node_id)
                if node_id in old_index.nodes:
                    actors |= companies_of(old_index, node_id)
                products |= index.uses_by.get(node_id, _NONE)
            else:
                products.add(node_id)
                # Companies paying for it: whether someone in them decides on it.
                actors.update(p for p in index.payers_of.get(node_id, ()) if p in index.nodes)
        actors = {a for a in actors if a in index.nodes and index.nodes[a].kind.is_actor}
        stakes |= actors
        parts = self._parts
        parts.forget(gone)
        parts.work_out(index, facts, products, actors, stakes, named.union(e.id for e in edges))
        return parts.analysis(index)


def _changed(old: dict, new: dict) -> set[str]:
    """The keys whose value differs between two dicts (present in one only counts)."""
    found = {key for key in old.keys() ^ new.keys()}
    found.update(key for key, value in new.items() if key in old and old[key] != value)
    return found
