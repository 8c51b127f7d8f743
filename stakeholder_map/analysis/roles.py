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
    sponsors_pay: dict[str, set[str]] = {}
    return {product: _product_usage(index, product, sponsors_pay) for product in index.users_of}


def update_usage(index: MapIndex, use: dict[str, dict[str, Funding]], products: set[str],
                 users: set[str]) -> dict[str, dict[str, Funding]]:
    """``usage(index)`` after links came or went, from ``use`` (left as it was): the
    ``products`` that gained or lost users or payers are worked out again, and so is
    every product use of the ``users`` whose sponsors changed (influences, companies)."""
    users_of = index.users_of
    # Products that lost their last user go; the order of the products does not matter
    # to anyone (roles gather bits, findings walk the products).
    result = {product: per_user for product, per_user in use.items() if product in users_of}
    sponsors_pay: dict[str, set[str]] = {}
    for product in products:
        if product in users_of:
            result[product] = _product_usage(index, product, sponsors_pay)
    copied: set[str] = set()
    for user in users:
        for product in index.uses_by.get(user, ()):
            if product in products:
                continue
            if product not in copied:
                copied.add(product)
                result[product] = dict(result[product])
            result[product][user] = _funding(
                index, user, product, index.payers_of.get(product, ()), sponsors_pay)
    return result


def _product_usage(index: MapIndex, product: str, sponsors_pay: dict[str, set[str]]) -> dict[str, Funding]:
    payers = index.payers_of.get(product, ())
    return {user: _funding(index, user, product, payers, sponsors_pay) for user in index.users_of[product]}


def _funding(index: MapIndex, user: str, product: str, payers, sponsors_pay: dict[str, set[str]]) -> Funding:
    if product in index.pays_by.get(user, ()):
        return Funding.PAID
    if not payers:
        return Funding.FREE
    paid = sponsors_pay.get(user)
    if paid is None:
        paid = sponsors_pay[user] = _paid_by_sponsors(index, user)
    return Funding.SPONSORED if product in paid else Funding.FREE


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


def actor_roles(index: MapIndex, use: dict[str, dict[str, Funding]],
                swaying: set[str] | None = None) -> dict[str, tuple[Role, ...]]:
    """Every actor, in map order, with its roles sorted by their value (``swaying``: the
    ``influencers(index)`` when already known).

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
    for per_user in use.values():
        for user, funding in per_user.items():
            found[user] |= _FUNDING_BITS[funding]
    decider = _BIT[Role.DECISION_MAKER]
    for actor in index.decides_by:
        found[actor] |= decider
    influencer = _BIT[Role.INFLUENCER]
    for actor in influencers(index) if swaying is None else swaying:
        found[actor] |= influencer
    table = _SETS
    return {actor: table.get(bits) or _roles_of(bits) for actor, bits in found.items()}


def update_roles(index: MapIndex, roles: dict[str, tuple[Role, ...]], use: dict[str, dict[str, Funding]],
                 swaying: set[str], actors: set[str], *, removed: bool = False) -> dict[str, tuple[Role, ...]]:
    """``actor_roles(index, use, swaying)`` after edges and nodes came or went, from
    ``roles`` (left as it was): only ``actors`` (those still in the map) and actors new
    to the map are worked out again; ``removed``: some nodes went. The result keeps the
    map's order of actors."""
    if removed:
        result = {actor: roles.get(actor) for actor in index.actors}
        fresh = [actor for actor, found in result.items() if found is None]
    else:
        result = dict(roles)
        fresh = index.actors[len(roles):]  # new actors come last, as in ``actor_roles``
    for actor in (*actors.intersection(result).difference(fresh), *fresh):
        result[actor] = _roles_of(_bits_of(index, use, swaying, actor))
    return result


def _bits_of(index: MapIndex, use: dict[str, dict[str, Funding]], swaying: set[str], actor: str) -> int:
    """One actor's roles as bits, read as ``actor_roles`` reads them for everyone."""
    bits = 0
    company = index.nodes[actor].kind is Kind.COMPANY
    for product in index.pays_by.get(actor, ()):
        for edge in index.pays_edges[product]:
            if edge.source == actor:
                contract = edge.agreement is Agreement.CONTRACT
                bits |= _BIT[Role.CLIENT] if company or contract else _BIT[Role.CUSTOMER]
    for product in index.uses_by.get(actor, ()):
        bits |= _FUNDING_BITS[use[product][actor]]
    if actor in index.decides_by:
        bits |= _BIT[Role.DECISION_MAKER]
    if actor in swaying:
        bits |= _BIT[Role.INFLUENCER]
    return bits


_FUNDING_BITS = {
    Funding.PAID: _BIT[Role.USER] | _BIT[Role.PAYING_USER],
    Funding.SPONSORED: _BIT[Role.USER] | _BIT[Role.SPONSORED_USER],
    Funding.FREE: _BIT[Role.USER] | _BIT[Role.FREE_USER],
}
