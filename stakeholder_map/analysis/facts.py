"""What follows chains of links: membership through departments, influencers, who is heard.

``companies_of`` follows ``member_of`` links up from one actor (Head of IT -> IT department
-> Corp), ``heard_by`` follows ``influences`` links back from one product's deciding side;
both stop where they have been, so cycles end. ``Facts`` keeps, for one index, the
influencers (a search over the whole map) and each product's ``heard_by``, so every rule
reads them as it reads the index. Nothing here writes into the index.

>>> from stakeholder_map.model import Kind, Map, Relation
>>> from stakeholder_map.analysis.graph import MapIndex
>>> m = Map()
>>> for i, k in [("head", "decision_maker"), ("it", "company"), ("corp", "company"), ("app", "product")]:
...     _ = m.add_node(i, k, i)
>>> _ = m.connect("head", "it", Relation.MEMBER_OF)
>>> _ = m.connect("it", "corp", Relation.MEMBER_OF)
>>> _ = m.connect("corp", "it", Relation.MEMBER_OF)  # a cycle: allowed, and it must not loop
>>> index = MapIndex.of(m)
>>> sorted(companies_of(index, "head"))
['corp', 'it']
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Mapping

from stakeholder_map.analysis.graph import MapIndex

_NONE: frozenset[str] = frozenset()


def _reach(start: Iterable[str], step: Mapping[str, Iterable[str]]) -> set[str]:
    """Every node one or more steps from ``start`` (cycles end: a node is visited once)."""
    seen: set[str] = set()
    todo = list(start)
    get = step.get
    while todo:
        for node in get(todo.pop(), ()):
            if node not in seen:
                seen.add(node)
                todo.append(node)
    return seen


def companies_of(index: MapIndex, actor: str) -> set[str]:
    """Every company ``actor`` belongs to, directly or through departments (spec 1.1)."""
    if actor not in index.member_of:
        return set()
    return _reach((actor,), index.member_of)


def people_in(index: MapIndex, company: str) -> set[str]:
    """Every actor that belongs to ``company``, directly or through departments."""
    return _reach((company,), index.members)


def heard_by(index: MapIndex, product: str) -> frozenset[str]:
    """The actors heard on ``product``: its deciding side, and every actor from which one or
    more ``influences`` links lead to it (spec section 3, ``unheard_users``)."""
    side = index.deciding_side(product)
    if not side:
        return _NONE
    return frozenset(_reach(side, index.influenced_by).union(side))


def influencers(index: MapIndex) -> frozenset[str]:
    """Actors from which one or more ``influences`` steps reach a payer or a decider."""
    return frozenset(_reach(set(index.pays_by) | set(index.decides_by), index.influenced_by))


@dataclass(frozen=True)
class Facts:
    """For one index: ``swaying``, the influencers; ``heard``, each product with a deciding
    side and who is heard on it; ``heard_on``, each actor and the products it is heard on."""

    swaying: frozenset[str]
    heard: Mapping[str, frozenset[str]]
    heard_on: Mapping[str, tuple[str, ...]]

    @classmethod
    def of(cls, index: MapIndex, previous: Facts | None = None, products: Iterable[str] | None = None,
           swaying: bool = True) -> Facts:
        """The facts of ``index``; given the ``previous`` facts, only the ``products`` named
        are heard again (and the influencers only when ``swaying``)."""
        if previous is None or products is None:
            heard = {p: heard_by(index, p) for p in index.products}
        else:
            heard = {p: previous.heard.get(p, _NONE) for p in index.products}
            for product in products:
                if product in heard:
                    heard[product] = heard_by(index, product)
        heard = {p: actors for p, actors in heard.items() if actors}
        heard_on: defaultdict[str, list[str]] = defaultdict(list)
        for product, actors in heard.items():
            for actor in actors:
                heard_on[actor].append(product)
        return cls(
            swaying=influencers(index) if swaying or previous is None else previous.swaying,
            heard=heard,
            heard_on={actor: tuple(products) for actor, products in heard_on.items()},
        )

    def is_heard(self, actor: str, product: str) -> bool:
        return actor in self.heard.get(product, _NONE)
