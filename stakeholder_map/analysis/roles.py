"""Roles of actors (spec section 2): each rule once, as a function of the index and one actor.

>>> from stakeholder_map.model import Kind, Map, Relation
>>> from stakeholder_map.analysis.graph import MapIndex
>>> from stakeholder_map.analysis.facts import Facts, companies_of
>>> m = Map()
>>> for i, k, n in [("toy", "product", "Toy"), ("mum", "buyer", "Mum"), ("kid", "end_user", "Kid")]:
...     _ = m.add_node(i, k, n)
>>> _ = m.connect("mum", "toy", Relation.PAYS)
>>> _ = m.connect("kid", "toy", Relation.USES)
>>> _ = m.connect("kid", "mum", Relation.INFLUENCES)
>>> index = MapIndex.of(m)
>>> [str(r) for r in roles_of(index, Facts.of(index), "kid")]
['influencer', 'sponsored_user', 'user']
"""

from __future__ import annotations

from enum import StrEnum

from stakeholder_map.analysis.facts import Facts, companies_of
from stakeholder_map.analysis.graph import MapIndex
from stakeholder_map.analysis.terms import Role
from stakeholder_map.model import Agreement, Kind

_NONE: frozenset[str] = frozenset()


class Funding(StrEnum):
    """How a user's use of one product is paid for."""

    PAID = "paid"  # the user pays for it
    SPONSORED = "sponsored"  # someone pays on the user's behalf
    FREE = "free"  # nobody pays on the user's behalf


def sponsored(index: MapIndex, user: str, product: str) -> bool:
    """Whether someone pays for ``product`` on ``user``'s behalf: a company it belongs to
    (directly or through departments), or someone joined to it by an ``influences`` link
    either way."""
    paying = index.pays_by
    for partners in (index.influences.get(user), index.influenced_by.get(user)):
        if partners and any(product in paying.get(p, _NONE) for p in partners):
            return True
    if user in index.member_of:
        return any(product in paying.get(c, _NONE) for c in companies_of(index, user))
    return False


def funding(index: MapIndex, user: str, product: str) -> Funding:
    """How ``user``'s use of ``product`` is paid for (``paying_user``, ``sponsored_user``,
    ``free_user``)."""
    if product in index.pays_by.get(user, _NONE):
        return Funding.PAID
    if product in index.payers_of and sponsored(index, user, product):
        return Funding.SPONSORED
    return Funding.FREE


def roles_of(index: MapIndex, facts: Facts, actor: str) -> tuple[Role, ...]:
    """The roles of one actor, sorted by their value."""
    bits = 0
    company = index.nodes[actor].kind is Kind.COMPANY
    for edge in index.pays_from.get(actor, ()):
        bits |= _CLIENT if company or edge.agreement is Agreement.CONTRACT else _CUSTOMER
    for product in index.uses_by.get(actor, _NONE):
        bits |= _FUNDING_BITS[funding(index, actor, product)]
    if actor in index.decides_by:
        bits |= _BIT[Role.DECISION_MAKER]
    if actor in facts.swaying:
        bits |= _BIT[Role.INFLUENCER]
    return _SETS.get(bits) or _roles_of(bits)


_BIT = {role: 1 << i for i, role in enumerate(Role)}
_CLIENT, _CUSTOMER = _BIT[Role.CLIENT], _BIT[Role.CUSTOMER]
_SETS: dict[int, tuple[Role, ...]] = {}  # a bitset of roles -> its roles sorted by value
_FUNDING_BITS = {
    Funding.PAID: _BIT[Role.USER] | _BIT[Role.PAYING_USER],
    Funding.SPONSORED: _BIT[Role.USER] | _BIT[Role.SPONSORED_USER],
    Funding.FREE: _BIT[Role.USER] | _BIT[Role.FREE_USER],
}


def _roles_of(bits: int) -> tuple[Role, ...]:
    found = _SETS.get(bits)
    if found is None:
        found = _SETS[bits] = tuple(sorted(role for role, bit in _BIT.items() if bits & bit))
    return found
