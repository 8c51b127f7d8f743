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
    linked: defaultdict[str, set[str]] = field(default_factory=_sets)  # node -> its edges' ids
    pays_edges: defaultdict[str, list[Edge]] = field(default_factory=_lists)
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
    # The links that pass key-stakeholder weight (see ``ranking``), as positions of their
    # ends: one entry per ``pays`` or ``decides`` edge, one per ``influences`` or
    # ``member_of`` pair.
    link_sources: list[int] = field(default_factory=list)
    link_targets: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, map_: Map) -> MapIndex:
        index = cls({})
        index._build(map_)
        return index

    def _build(self, map_: Map) -> None:
        nodes, order, actors, products = self.nodes, self.order, self.actors, self.products
        for node in map_.nodes.values():
            order[node.id] = len(order)
            nodes[node.id] = node
            (actors if node.kind.is_actor else products).append(node.id)
        # Edges sorted by relation first, then each relation filed in one tight loop.
        by_relation: dict[Relation, list[Edge]] = {relation: [] for relation in Relation}
        linked, allowed = self.linked, _ALLOWED
        for edge in map_.edges.values():
            source, target = edge.source, edge.target
            linked[source].add(edge.id)
            linked[target].add(edge.id)
            if source == target or (edge.relation, nodes[source].kind, nodes[target].kind) not in allowed:
                self.invalid.append(edge)
                self.invalid_by_id[edge.id] = edge
                self.invalid_from[source].append(edge)
            else:
                by_relation[edge.relation].append(edge)
        self._file_product_edges(by_relation[Relation.PAYS], self.pays_edges, self.pays_by, self.payers_of)
        self._file_product_edges(by_relation[Relation.USES], self.uses_edges, self.uses_by, self.users_of)
        decides = by_relation[Relation.DECIDES]
        for edge in decides:
            self.decides_edges[edge.source].append(edge)
            _link(self.decides_by, self.deciders_of, edge.source, edge.target)
        self._weigh(by_relation[Relation.PAYS])
        self._weigh(decides)
        self._file_pairs(by_relation[Relation.INFLUENCES], self.influences, self.influenced_by)
        self._file_pairs(by_relation[Relation.MEMBER_OF], self.member_of, self.members)

    def _file_product_edges(self, edges: list[Edge], edges_of: defaultdict[str, list[Edge]],
                            by: defaultdict[str, set[str]], of: defaultdict[str, list[str]]) -> None:
        for edge in edges:
            edges_of[edge.target].append(edge)
            _link(by, of, edge.source, edge.target)

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

    def neighbours(self, node_id: str) -> set[str]:
        """The nodes at the other end of every edge of ``node_id``, valid or not."""
        found: set[str] = set()
        for edges in (self.pays_by, self.uses_by, self.decides_by, self.member_of, self.members,
                      self.influences, self.influenced_by):
            found |= edges.get(node_id, _EMPTY)
        for of in (self.payers_of, self.users_of, self.deciders_of):
            found.update(of.get(node_id, ()))
        for edge in self.invalid_from.get(node_id, ()):
            found.add(edge.target)
        return found


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
