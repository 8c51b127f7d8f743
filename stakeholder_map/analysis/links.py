"""Links and money in words: "pays Dev suite $120,000 a year under contract".

The stakeholder report reads each node's links through these functions, so a link is
worded the same way wherever it appears.

>>> from decimal import Decimal
>>> money(Decimal("120000"), "USD")
'$120,000'
>>> money(69.99, "EUR")
'€69.99'
>>> money(1200, "CHF")
'CHF 1,200'
>>> money(1200, None)
'1,200'
>>> from stakeholder_map.model import Agreement, Kind, Map, Period, Relation
>>> m = Map("Deal")
>>> _ = m.add_node("suite", Kind.PRODUCT, "Dev suite")
>>> _ = m.add_node("acme", Kind.COMPANY, "Acme")
>>> e = m.connect("acme", "suite", Relation.PAYS, amount=120000, period=Period.YEARLY,
...               agreement=Agreement.CONTRACT)
>>> outgoing(m, e, "USD")
'pays Dev suite $120,000 a year under contract'
>>> incoming(m, e, "USD")
'paid for by Acme: $120,000 a year under contract'
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from stakeholder_map.model import Agreement, Edge, Map, Period, Relation
from stakeholder_map.model.money import CURRENCY_SIGNS

# Codes whose symbol a reader recognises; any other code is written before the amount.
_PERIOD_WORDS = {Period.YEARLY: "a year", Period.MONTHLY: "a month", Period.ONE_TIME: "once"}
_AGREEMENT_WORDS = {Agreement.CONTRACT: "under contract", Agreement.SUBSCRIPTION: "on a subscription"}
_OUTGOING = {
    Relation.DECIDES: "decides on",
    Relation.USES: "uses",
    Relation.INFLUENCES: "influences",
    Relation.MEMBER_OF: "is a member of",
}
_INCOMING = {
    Relation.PAYS: "paid for by",
    Relation.DECIDES: "decided on by",
    Relation.USES: "used by",
    Relation.INFLUENCES: "influenced by",
    Relation.MEMBER_OF: "its members are",
}


def name_of(map_: Map, node_id: str) -> str:
    """A node's name on one line (its id when the name is blank)."""
    node = map_.nodes[node_id]
    return " ".join(node.name.split()) or node.id


def number(amount: object) -> str:
    """An amount with thousands separators, cents when it has any, never a float's noise.

    >>> number(Decimal("839.880")), number(0.1), number(3), number(Decimal("0.125"))
    ('839.88', '0.10', '3', '0.125')
    """
    try:
        value = amount if isinstance(amount, Decimal) else Decimal(str(amount))
    except (InvalidOperation, ValueError):
        return str(amount)
    if not value.is_finite():
        return str(amount)
    if value == value.to_integral_value():
        return f"{value:,.0f}"
    places = -value.normalize().as_tuple().exponent
    return f"{value:,.{max(2, places)}f}"


def money(amount: object, currency: str | None) -> str:
    """An amount with the map's currency: its symbol when well known, else its code."""
    text = number(amount)
    if not currency:
        return text
    symbol = CURRENCY_SIGNS.get(currency.upper())
    return f"{symbol}{text}" if symbol else f"{currency} {text}"


def payment(edge: Edge, currency: str | None) -> str:
    """"$120,000 a year under contract", "on a subscription", or "" for a bare pays link."""
    parts = []
    if edge.amount is not None:
        parts.append(money(edge.amount, currency))
        if edge.period is not None:
            parts.append(_PERIOD_WORDS[edge.period])
    elif edge.period is not None:
        parts.append({Period.YEARLY: "yearly", Period.MONTHLY: "monthly",
                      Period.ONE_TIME: "once"}[edge.period])
    agreement = _AGREEMENT_WORDS.get(edge.effective_agreement)
    if agreement:
        parts.append(agreement)
    return " ".join(parts)


def outgoing(map_: Map, edge: Edge, currency: str | None) -> str:
    """The link seen from its source: "pays Dev suite $120,000 a year under contract"."""
    target = name_of(map_, edge.target)
    if edge.relation is Relation.PAYS:
        terms = payment(edge, currency)
        if edge.amount is not None:
            return f"pays {target} {terms}"
        return f"pays for {target}" + (f" {terms}" if terms else "")
    return f"{_OUTGOING[edge.relation]} {target}"


def incoming(map_: Map, edge: Edge, currency: str | None) -> str:
    """The link seen from its target: "paid for by Acme: $120,000 a year", "used by Staff"."""
    source = name_of(map_, edge.source)
    text = f"{_INCOMING[edge.relation]} {source}"
    if edge.relation is Relation.PAYS:
        terms = payment(edge, currency)
        if terms:
            text += f": {terms}"
    return text


def incoming_all(relation: Relation, names: list[str]) -> str:
    """Every link of one relation into a node, in one phrase: "used by Ann, Bob and Cy".

    >>> incoming_all(Relation.MEMBER_OF, ["IT", "Sales"])
    'its members are IT and Sales'
    """
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return f"{_INCOMING[relation]} {listed}"
