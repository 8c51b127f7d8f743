"""One pass over a map: its valid edges sorted by relation, and its invalid ones.

Every rule reads this index instead of the map, so the map is walked once however many
roles and findings there are. An index is built whole by ``MapIndex.of`` and never
changed afterwards: a rule may read it from any thread, and nothing it computes is
stored in it.

>>> from stakeholder_map.model import Kind, Map, Relation
>>> m = Map()
>>> _ = m.add_node("app", Kind.PRODUCT, "App")
>>> _ = m.add_node("ann", Kind.BUYER, "Ann")
>>> _ = m.connect("ann", "app", Relation.PAYS)
>>> _ = m.connect("app", "ann", Relation.USES)
>>> index = MapIndex.of(m)
>>> index.payers_of["app"]
['ann']
>>> [e.id for e in index.invalid]
['e2']
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import and_, attrgetter, is_, ne, not_

from stakeholder_map.model import Edge, Kind, Map, Node, Relation, is_allowed

_EMPTY: frozenset[str] = frozenset()


def _lists() -> defaultdict[str, list]:
    return defaultdict(list)


def _sets() -> defaultdict[str, set[str]]:
    return defaultdict(set)


@dataclass
class MapIndex:
    """The map's nodes and valid edges, looked up by node; ``invalid`` edges kept apart.

    ``*_of`` maps a product (or company) to the actors on the other end, without
    repeats, in edge order; ``*_by`` maps an actor to the set of products it reaches.
    ``invalid_from`` maps a node to the invalid edges that start at it.
    Read it, never change it: build a new one with ``MapIndex.of`` for a changed map.
    """

    nodes: dict[str, Node]
    order: dict[str, int] = field(default_factory=dict)
    products: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    invalid: list[Edge] = field(default_factory=list)
    invalid_by_id: dict[str, Edge] = field(default_factory=dict)
    invalid_from: defaultdict[str, list[Edge]] = field(default_factory=_lists)
    connected: set[str] = field(default_factory=set)  # the nodes with an edge, valid or not
    pays_edges: defaultdict[str, list[Edge]] = field(default_factory=_lists)  # by product
    pays_from: defaultdict[str, list[Edge]] = field(default_factory=_lists)  # by payer
    decides_edges: defaultdict[str, list[Edge]] = field(default_factory=_lists)  # by decider
    uses_edges: defaultdict[str, list[Edge]] = field(default_factory=_lists)
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

    @classmethod
    def of(cls, map_: Map, previous: MapIndex | None = None,
           keep: frozenset[Relation] = frozenset()) -> MapIndex:
        """The index of ``map_``. Given the ``previous`` index, the edges of the relations
        in ``keep`` are taken from it as they are: the caller knows that no edge of those
        relations came, went, changed or touched a node whose kind changed."""
        index = cls(dict(map_.nodes))
        order, actors, products = index.order, index.actors, index.products
        for node in map_.nodes.values():
            order[node.id] = len(order)
            (actors if node.kind.is_actor else products).append(node.id)
        if previous is not None and keep == _EVERY:
            for name in _EDGE_FIELDS:
                setattr(index, name, getattr(previous, name))
        else:
            index._file_edges(map_, previous if previous is not None else None, keep)
        return index

    def _file_edges(self, map_: Map, previous: MapIndex | None, keep: frozenset[Relation]) -> None:
        # One pass of C-level maps over all edges (valid or not, which relation), then each
        # relation not kept filed in one tight loop: a changed map is indexed again often.
        edges = list(map_.edges.values())
        sources, targets = list(map(_SOURCE, edges)), list(map(_TARGET, edges))
        relations = list(map(_RELATION, edges))
        self.connected = set(sources)
        self.connected.update(targets)
        kind = {node_id: node.kind for node_id, node in self.nodes.items()}.__getitem__
        valid = list(map(and_, map(_ALLOWED.__contains__, zip(relations, map(kind, sources), map(kind, targets))),
                         map(ne, sources, targets)))
        for edge in compress(edges, map(not_, valid)):
            self.invalid.append(edge)
            self.invalid_by_id[edge.id] = edge
            self.invalid_from[edge.source].append(edge)
        valid_edges, valid_relations = list(compress(edges, valid)), list(compress(relations, valid))
        by_relation = {relation: list(compress(valid_edges, map(is_, valid_relations, repeat(relation))))
                       for relation in Relation if previous is None or relation not in keep}
        for relation, names in _RELATION_FIELDS.items():
            if previous is not None and relation in keep:
                for name in names:
                    setattr(self, name, getattr(previous, name))
        if Relation.PAYS not in keep or previous is None:
            self._file_product_edges(by_relation[Relation.PAYS], self.pays_edges, self.pays_by, self.payers_of)
            for edge in by_relation[Relation.PAYS]:
                self.pays_from[edge.source].append(edge)
        if Relation.USES not in keep or previous is None:
            self._file_product_edges(by_relation[Relation.USES], self.uses_edges, self.uses_by, self.users_of)
        if Relation.DECIDES not in keep or previous is None:
            for edge in by_relation[Relation.DECIDES]:
                self.decides_edges[edge.source].append(edge)
                _link(self.decides_by, self.deciders_of, edge.source, edge.target)
        if Relation.INFLUENCES not in keep or previous is None:
            self._file_pairs(by_relation[Relation.INFLUENCES], self.influences, self.influenced_by)
        if Relation.MEMBER_OF not in keep or previous is None:
            self._file_pairs(by_relation[Relation.MEMBER_OF], self.member_of, self.members)

    def _file_product_edges(self, edges: list[Edge], edges_of: defaultdict[str, list[Edge]],
                            by: defaultdict[str, set[str]], of: defaultdict[str, list[str]]) -> None:
        for edge in edges:
            edges_of[edge.target].append(edge)
            _link(by, of, edge.source, edge.target)

    def _file_pairs(self, edges: list[Edge], ends: defaultdict[str, set[str]],
                    back: defaultdict[str, set[str]]) -> None:
        """``influences`` or ``member_of`` edges: each pair once."""
        for edge in edges:
            ends[edge.source].add(edge.target)
            back[edge.target].add(edge.source)

    # -- reading -------------------------------------------------------------------------
    def is_valid(self, edge: Edge) -> bool:
        """Whether the relation table allows ``edge`` (its ends are in the index)."""
        source, target = edge.source, edge.target
        return source != target and (edge.relation, self.nodes[source].kind,
                                     self.nodes[target].kind) in _ALLOWED

    def kind(self, node_id: str) -> Kind:
        return self.nodes[node_id].kind

    def deciding_side(self, product: str) -> list[str]:
        """Who decides on ``product``: its deciders plus the payers that are not companies."""
        side = dict.fromkeys(self.deciders_of.get(product, ()))
        for payer in self.payers_of.get(product, ()):
            if self.nodes[payer].kind is not Kind.COMPANY:
                side[payer] = None
        return list(side)


_SOURCE, _TARGET, _RELATION = attrgetter("source"), attrgetter("target"), attrgetter("relation")

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


# The index's fields that each relation's edges fill, and all the fields edges fill.
_RELATION_FIELDS = {
    Relation.PAYS: ("pays_edges", "pays_from", "pays_by", "payers_of"),
    Relation.USES: ("uses_edges", "uses_by", "users_of"),
    Relation.DECIDES: ("decides_edges", "decides_by", "deciders_of"),
    Relation.INFLUENCES: ("influences", "influenced_by"),
    Relation.MEMBER_OF: ("member_of", "members"),
}
_EDGE_FIELDS = ("invalid", "invalid_by_id", "invalid_from", "connected",
                *(name for names in _RELATION_FIELDS.values() for name in names))
_EVERY = frozenset(Relation)
