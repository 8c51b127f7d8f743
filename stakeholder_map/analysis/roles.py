"""Roles of actors (spec section 2), computed from a ``MapIndex``.

>>> from stakeholder_map.model import Kind, Map, Relation
>>> from stakeholder_map.analysis.graph import MapIndex
>>> m = Map()
>>> for i, k, n in [("toy", "product", "Toy"), ("mum", "buyer", "Mum"), ("kid", "end_user", "Kid")]:
...     _ = m.add_node(i, k, n)
>>> _ = m.connect("mum", "toy", Relation.PAYS)
>>> _ = m.connect("kid", "toy", Relation.USES)
>>> _ = m.connect("kid", "mum", Relation.INFLUENCES)
>>> roles = actor_roles(MapIndex.of(m), usage(MapIndex.of(m)))
>>> [str(r) for r in roles["kid"]]
['influencer', 'sponsored_user', 'user']
"""

from __future__ import annotations

from collections import deque
from enum import StrEnum

from stakeholder_map.analysis.graph import MapIndex
from stakeholder_map.analysis.terms import Role
from stakeholder_map.model import Agreement, Kind


class Funding(StrEnum):
    """How a user's use of one product is paid for."""

    PAID = "paid"  # the user pays for it
    SPONSORED = "sponsored"  # someone pays on the user's behalf
    FREE = "free"  # nobody pays on the user's behalf


def usage(index: MapIndex) -> dict[str, dict[str, Funding]]:
    """For each product, each of its users and how their use is paid for."""
    result: dict[str, dict[str, Funding]] = {}
    sponsors_pay: dict[str, set[str]] = {}
    for product, users in index.users_of.items():
        payers = index.payers_of.get(product, ())
        per_user: dict[str, Funding] = {}
        for user in users:
            if product in index.pays_by.get(user, ()):
                per_user[user] = Funding.PAID
                continue
            if not payers:
                per_user[user] = Funding.FREE
                continue
            paid = sponsors_pay.get(user)
            if paid is None:
                paid = sponsors_pay[user] = _paid_by_sponsors(index, user)
            per_user[user] = Funding.SPONSORED if product in paid else Funding.FREE
        result[product] = per_user
    return result


def _paid_by_sponsors(index: MapIndex, user: str) -> set[str]:
    """Products paid for by the user's companies or by those it influences or is swayed by."""
    sponsors = index.member_of.get(user, set()) | index.influences.get(user, set())
    sponsors |= index.influenced_by.get(user, set())
    paid: set[str] = set()
    for sponsor in sponsors:
        paid |= index.pays_by.get(sponsor, set())
    return paid


def influencers(index: MapIndex) -> set[str]:
    """Actors from which one or more ``influences`` steps reach a payer or a decider.

    One reverse breadth-first search from all payers and deciders at once.
    """
    targets = set(index.pays_by) | set(index.decides_by)
    queue = deque(targets)
    reached: set[str] = set()
    influenced_by = index.influenced_by
    while queue:
        node = queue.popleft()
        for source in influenced_by.get(node, ()):
            if source not in reached:
                reached.add(source)
                queue.append(source)
    return reached


_BIT = {role: 1 << i for i, role in enumerate(Role)}
_SETS: dict[int, tuple[Role, ...]] = {}  # a bitset of roles -> its roles sorted by value


def _roles_of(bits: int) -> tuple[Role, ...]:
    found = _SETS.get(bits)
    if found is None:
        found = _SETS[bits] = tuple(sorted(role for role, bit in _BIT.items() if bits & bit))
    return found


def actor_roles(index: MapIndex, use: dict[str, dict[str, Funding]]) -> dict[str, tuple[Role, ...]]:
    """Every actor, in map order, with its roles sorted by their value.

    Roles are gathered as bits (one int per actor, no set each) and turned into sorted
    tuples through a table: there are few combinations and many actors.
    """
    found = dict.fromkeys(index.actors, 0)
    client, customer = _BIT[Role.CLIENT], _BIT[Role.CUSTOMER]
    nodes = index.nodes
    for edges in index.pays_edges.values():
        for edge in edges:
            company = nodes[edge.source].kind is Kind.COMPANY
            contract = edge.agreement is Agreement.CONTRACT
            found[edge.source] |= client if company or contract else customer
    paid = _BIT[Role.USER] | _BIT[Role.PAYING_USER]
    sponsored = _BIT[Role.USER] | _BIT[Role.SPONSORED_USER]
    free = _BIT[Role.USER] | _BIT[Role.FREE_USER]
    for per_user in use.values():
        for user, funding in per_user.items():
            found[user] |= paid if funding is Funding.PAID else (
                sponsored if funding is Funding.SPONSORED else free)
    decider = _BIT[Role.DECISION_MAKER]
    for actor in index.decides_by:
        found[actor] |= decider
    influencer = _BIT[Role.INFLUENCER]
    for actor in influencers(index):
        found[actor] |= influencer
    table = _SETS
    return {actor: table.get(bits) or _roles_of(bits) for actor, bits in found.items()}
