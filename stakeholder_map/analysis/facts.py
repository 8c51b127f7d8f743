"""What follows chains of links: membership through departments, influencers, who is heard.

These facts are about the whole map (a chain may be long), so they are worked out once per
index, before any rule runs, and every rule reads them as it reads the index. Nothing here
writes into the index.

>>> from stakeholder_map.model import Kind, Map, Relation
>>> from stakeholder_map.analysis.graph import MapIndex
>>> m = Map()
>>> for i, k in [("head", "decision_maker"), ("it", "company"), ("corp", "company")]:
...     _ = m.add_node(i, k, i)
>>> _ = m.connect("head", "it", Relation.MEMBER_OF)
>>> _ = m.connect("it", "corp", Relation.MEMBER_OF)
>>> _ = m.connect("corp", "it", Relation.MEMBER_OF)  # a cycle: allowed, and it must not loop
>>> facts = Facts.of(MapIndex.of(m))
>>> sorted(facts.belongs["head"]), sorted(facts.people_in["corp"])
(['corp', 'it'], ['corp', 'head', 'it'])
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Iterable, Mapping

from stakeholder_map.analysis.graph import MapIndex
from stakeholder_map.analysis.hearing import deciding_bits, heard_bits

_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Facts:
    """``belongs``: each actor with ``member_of`` links, and every company it belongs to
    (directly or through departments); ``people_in``: each company with members, and
    every actor that belongs to it; ``swaying``: the influencers (spec section 2);
    ``bit`` and ``heard``: each product's bit, and for each actor the bits of the
    products whose deciding side it is on or reaches through ``influences`` links."""

    belongs: Mapping[str, frozenset[str]]
    people_in: Mapping[str, frozenset[str]]
    swaying: frozenset[str]
    bit: Mapping[str, int]
    own: Mapping[str, int]
    reach: Mapping[str, int]

    @classmethod
    def of(cls, index: MapIndex) -> Facts:
        bit = {product: 1 << i for i, product in enumerate(index.products)}
        own = deciding_bits(index, index.products)
        return cls(
            belongs=closure(index.member_of),
            people_in=closure(index.members),
            swaying=frozenset(influencers(index)),
            bit=bit,
            own=own,
            reach=heard_bits(index.influences, own),
        )

    def companies_of(self, actor: str) -> frozenset[str]:
        return self.belongs.get(actor, _NONE)

    def heard(self, actor: str, product: str) -> bool:
        """Whether ``actor`` is on the deciding side of ``product`` or reaches it by
        ``influences`` links (spec section 3, ``unheard_users``)."""
        bits = self.reach.get(actor)
        if bits is None:
            bits = self.own.get(actor, 0)
        return bool(bits & self.bit[product])


def closure(step: Mapping[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    """For each node with a step, every node one or more steps away (cycles allowed)."""
    found: dict[str, frozenset[str]] = {}
    for start in step:
        seen: set[str] = set()
        todo = list(step[start])
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                done = found.get(node)
                if done is not None:  # reached a node already closed: take all of it
                    seen |= done
                else:
                    todo.extend(step.get(node, ()))
        found[start] = frozenset(seen)
    return found


def influencers(index: MapIndex) -> set[str]:
    """Actors from which one or more ``influences`` steps reach a payer or a decider.

    One reverse breadth-first search from all payers and deciders at once.
    """
    queue = deque(set(index.pays_by) | set(index.decides_by))
    reached: set[str] = set()
    influenced_by = index.influenced_by
    while queue:
        node = queue.popleft()
        for source in influenced_by.get(node, ()):
            if source not in reached:
                reached.add(source)
                queue.append(source)
    return reached
