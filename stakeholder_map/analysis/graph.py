"""One pass over a map: its valid edges sorted by relation, and its invalid ones.

Every other analysis module reads this index instead of the map, so the map is walked
once however many roles and findings there are.

>>> from stakeholder_map.model import Kind, Map, Relation
>>> m = Map()
>>> _ = m.add_node("app", Kind.PRODUCT, "App")
>>> _ = m.add_node("ann", Kind.BUYER, "Ann")
>>> _ = m.connect("ann", "app", Relation.PAYS)
>>> _ = m.connect("app", "ann", Relation.USES)
>>> index = MapIndex.of(m)
>>> dict(index.payers_of)
{'app': ['ann']}
>>> [e.id for e in index.invalid]
['e2']
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable

from stakeholder_map.model import Edge, Kind, Map, Node, Relation, is_allowed


def _lists() -> defaultdict[str, list[str]]:
    return defaultdict(list)


def _sets() -> defaultdict[str, set[str]]:
    return defaultdict(set)


@dataclass
class MapIndex:
    """The map's nodes and valid edges, looked up by node; ``invalid`` edges kept apart.

    ``*_of`` maps a product (or company) to the actors on the other end, without
    repeats, in edge order; ``*_by`` maps an actor to the set of products it reaches.
    """

    nodes: dict[str, Node]
    order: dict[str, int] = field(default_factory=dict)
    products: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    invalid: list[Edge] = field(default_factory=list)
    connected: set[str] = field(default_factory=set)
    pays_edges: defaultdict[str, list[Edge]] = field(default_factory=lambda: defaultdict(list))
    decides_edges: list[Edge] = field(default_factory=list)
    uses_edges: defaultdict[str, list[Edge]] = field(default_factory=lambda: defaultdict(list))
    payers_of: defaultdict[str, list[str]] = field(default_factory=_lists)
    users_of: defaultdict[str, list[str]] = field(default_factory=_lists)
    deciders_of: defaultdict[str, list[str]] = field(default_factory=_lists)
    pays_by: defaultdict[str, set[str]] = field(default_factory=_sets)
    uses_by: defaultdict[str, set[str]] = field(default_factory=_sets)
    decides_by: defaultdict[str, set[str]] = field(default_factory=_sets)
    member_of: defaultdict[str, set[str]] = field(default_factory=_sets)
    members: defaultdict[str, set[str]] = field(default_factory=_sets)
    influences: defaultdict[str, set[str]] = field(default_factory=_sets)
    influenced_by: defaultdict[str, set[str]] = field(default_factory=_sets)
    # The links that pass key-stakeholder weight (see ``ranking``), as positions of their
    # ends: one entry per ``pays`` or ``decides`` edge, one per ``influences`` or
    # ``member_of`` pair.
    link_sources: list[int] = field(default_factory=list)
    link_targets: list[int] = field(default_factory=list)
    # ``hearing.Hearing``, made by the first ``unheard_users``; ``extend`` keeps it up to date.
    hearing: Any = None

    @classmethod
    def of(cls, map_: Map) -> MapIndex:
        index = cls({})
        index.extend(map_.nodes.values(), map_.edges.values())
        return index

    def extend(self, nodes: Iterable[Node], edges: Iterable[Edge]) -> None:
        """File nodes and edges that come after every one already filed, in the map's order.

        An index extended with what a change added equals the index of the changed map:
        the map puts new nodes and edges last.
        """
        all_nodes, order, actors, products = self.nodes, self.order, self.actors, self.products
        hearing = self.hearing
        for node in nodes:
            order[node.id] = len(order)
            all_nodes[node.id] = node
            if node.kind.is_actor:
                actors.append(node.id)
            else:
                products.append(node.id)
                if hearing is not None:
                    hearing.add_product(node.id)
        if hearing is not None:  # a few edges, one by one: each may tell the hearing
            for edge in edges:
                if self._file(edge):
                    self._tell(hearing, edge)
            return
        # Many edges (a whole map): sorted by relation first, then each relation filed in
        # one tight loop. Each list and set is per relation, so this files the same.
        by_relation: dict[Relation, list[Edge]] = {relation: [] for relation in Relation}
        add, keep_invalid, allowed = self.connected.add, self.invalid.append, _ALLOWED
        for edge in edges:
            source, target, relation = edge.source, edge.target, edge.relation
            add(source)
            add(target)
            if source == target or (relation, all_nodes[source].kind,
                                    all_nodes[target].kind) not in allowed:
                keep_invalid(edge)
            else:
                by_relation[relation].append(edge)
        self._file_paid(by_relation[Relation.PAYS], self.pays_edges, self.pays_by, self.payers_of)
        self._file_paid(by_relation[Relation.USES], self.uses_edges, self.uses_by, self.users_of)
        decides = by_relation[Relation.DECIDES]
        self.decides_edges += decides
        by, of = self.decides_by, self.deciders_of
        for edge in decides:
            _link(by, of, edge.source, edge.target)
        self._weigh(decides)
        self._file_pairs(by_relation[Relation.INFLUENCES], self.influences, self.influenced_by)
        self._file_pairs(by_relation[Relation.MEMBER_OF], self.member_of, self.members)

    def _file(self, edge: Edge) -> bool:
        """File one edge; whether it is valid."""
        self.connected.add(edge.source)
        self.connected.add(edge.target)
        if self.is_valid(edge):
            self._add(edge)
            return True
        self.invalid.append(edge)
        return False

    def _file_paid(self, edges: list[Edge], edges_of: defaultdict[str, list[Edge]],
                   by: defaultdict[str, set[str]], of: defaultdict[str, list[str]]) -> None:
        """``pays`` or ``uses`` edges (only ``pays`` pass weight)."""
        for edge in edges:
            source, target = edge.source, edge.target
            edges_of[target].append(edge)
            products = by[source]
            if target not in products:
                products.add(target)
                of[target].append(source)
        if edges and edges[0].relation is Relation.PAYS:
            self._weigh(edges)

    def _file_pairs(self, edges: list[Edge], ends: defaultdict[str, set[str]],
                    back: defaultdict[str, set[str]]) -> None:
        """``influences`` or ``member_of`` edges: each pair once, and weighs once."""
        weigh = []
        for edge in edges:
            source, target = edge.source, edge.target
            targets = ends[source]
            if target not in targets:
                targets.add(target)
                back[target].add(source)
                weigh.append(edge)
        self._weigh(weigh)

    def _weigh(self, edges: list[Edge]) -> None:
        order = self.order
        self.link_sources += [order[e.source] for e in edges]
        self.link_targets += [order[e.target] for e in edges]

    def _tell(self, hearing: Any, edge: Edge) -> None:
        """Bring ``hearing`` up to date with a valid edge just filed."""
        relation = edge.relation
        if relation is Relation.INFLUENCES:
            hearing.add_influence(self, edge.source, edge.target)
        elif relation is Relation.DECIDES or (
                relation is Relation.PAYS and self.nodes[edge.source].kind is not Kind.COMPANY):
            hearing.add_side(self, edge.source, edge.target)

    def _add(self, edge: Edge) -> None:
        """File a valid edge under its relation, and as a weighted link if it is one."""
        source, target, relation = edge.source, edge.target, edge.relation
        if relation is Relation.PAYS:
            self.pays_edges[target].append(edge)
            _link(self.pays_by, self.payers_of, source, target)
        elif relation is Relation.USES:
            self.uses_edges[target].append(edge)
            _link(self.uses_by, self.users_of, source, target)
            return  # using passes no weight
        elif relation is Relation.DECIDES:
            self.decides_edges.append(edge)
            _link(self.decides_by, self.deciders_of, source, target)
        else:
            ends, back = ((self.influences, self.influenced_by) if relation is Relation.INFLUENCES
                          else (self.member_of, self.members))
            targets = ends[source]
            if target in targets:
                return  # the same pair again: these weigh once
            targets.add(target)
            back[target].add(source)
        self.link_sources.append(self.order[source])
        self.link_targets.append(self.order[target])

    def is_valid(self, edge: Edge) -> bool:
        """Whether the relation table allows ``edge`` (its ends are in the index)."""
        source, target = edge.source, edge.target
        return source != target and (edge.relation, self.nodes[source].kind,
                                     self.nodes[target].kind) in _ALLOWED

    def invalid_edge(self, edge_id: str) -> Edge:
        """One of the ``invalid`` edges, by id."""
        by_id = self.__dict__.get("_invalid_by_id")
        if by_id is None or len(by_id) != len(self.invalid):
            by_id = self.__dict__["_invalid_by_id"] = {e.id: e for e in self.invalid}
        return by_id[edge_id]

    def kind(self, node_id: str) -> Kind:
        return self.nodes[node_id].kind

    def deciding_side(self, product: str) -> list[str]:
        """Who decides on ``product``: its deciders plus the payers that are not companies."""
        side = dict.fromkeys(self.deciders_of.get(product, ()))
        for payer in self.payers_of.get(product, ()):
            if self.nodes[payer].kind is not Kind.COMPANY:
                side[payer] = None
        return list(side)


# The relation table as a set of (relation, source kind, target kind): one lookup per edge.
_ALLOWED = frozenset(
    (relation, source, target)
    for relation in Relation for source in Kind for target in Kind
    if is_allowed(relation, source, target)
)


def _link(by: defaultdict[str, set[str]], of: defaultdict[str, list[str]], actor: str, product: str) -> None:
    products = by[actor]
    if product not in products:
        products.add(product)
        of[product].append(actor)
