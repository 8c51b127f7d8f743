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
from stakeholder_map.model.money import with_currency
from stakeholder_map.texts import QT_TRANSLATE_NOOP, format_number, translate

_PERIOD_WORDS = {Period.YEARLY: QT_TRANSLATE_NOOP("Links", "a year"),
                 Period.MONTHLY: QT_TRANSLATE_NOOP("Links", "a month"),
                 Period.ONE_TIME: QT_TRANSLATE_NOOP("Links", "once")}
_PERIOD_ALONE = {Period.YEARLY: QT_TRANSLATE_NOOP("Links", "yearly"),
                 Period.MONTHLY: QT_TRANSLATE_NOOP("Links", "monthly"),
                 Period.ONE_TIME: QT_TRANSLATE_NOOP("Links", "once")}
_AGREEMENT_WORDS = {Agreement.CONTRACT: QT_TRANSLATE_NOOP("Links", "under contract"),
                    Agreement.SUBSCRIPTION: QT_TRANSLATE_NOOP("Links", "on a subscription")}
_OUTGOING = {
    Relation.DECIDES: QT_TRANSLATE_NOOP("Links", "decides on {target}"),
    Relation.USES: QT_TRANSLATE_NOOP("Links", "uses {target}"),
    Relation.INFLUENCES: QT_TRANSLATE_NOOP("Links", "influences {target}"),
    Relation.MEMBER_OF: QT_TRANSLATE_NOOP("Links", "is a member of {target}"),
}
_INCOMING = {
    Relation.PAYS: QT_TRANSLATE_NOOP("Links", "paid for by {sources}"),
    Relation.DECIDES: QT_TRANSLATE_NOOP("Links", "decided on by {sources}"),
    Relation.USES: QT_TRANSLATE_NOOP("Links", "used by {sources}"),
    Relation.INFLUENCES: QT_TRANSLATE_NOOP("Links", "influenced by {sources}"),
    Relation.MEMBER_OF: QT_TRANSLATE_NOOP("Links", "its members are {sources}"),
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
        return format_number(value, 0)
    places = -value.normalize().as_tuple().exponent
    return format_number(value, max(2, places))


def money(amount: object, currency: str | None) -> str:
    """An amount with the map's currency: its symbol when well known, else its code."""
    return with_currency(number(amount), currency)


def payment(edge: Edge, currency: str | None) -> str:
    """"$120,000 a year under contract", "on a subscription", or "" for a bare pays link."""
    parts = []
    if edge.amount is not None:
        parts.append(money(edge.amount, currency))
        if edge.period is not None:
            parts.append(translate("Links", _PERIOD_WORDS[edge.period]))
    elif edge.period is not None:
        parts.append(translate("Links", _PERIOD_ALONE[edge.period]))
    agreement = _AGREEMENT_WORDS.get(edge.effective_agreement)
    if agreement:
        parts.append(translate("Links", agreement))
    return " ".join(parts)


def outgoing(map_: Map, edge: Edge, currency: str | None) -> str:
    """The link seen from its source: "pays Dev suite $120,000 a year under contract"."""
    target = name_of(map_, edge.target)
    if edge.relation is Relation.PAYS:
        terms = payment(edge, currency)
        if edge.amount is not None:
            return translate("Links", "pays {target} {terms}").format(target=target, terms=terms)
        if terms:
            return translate("Links", "pays for {target} {terms}").format(target=target, terms=terms)
        return translate("Links", "pays for {target}").format(target=target)
    return translate("Links", _OUTGOING[edge.relation]).format(target=target)


def incoming(map_: Map, edge: Edge, currency: str | None) -> str:
    """The link seen from its target: "paid for by Acme: $120,000 a year", "used by Staff"."""
    source = name_of(map_, edge.source)
    if edge.relation is Relation.PAYS:
        terms = payment(edge, currency)
        if terms:
            return translate("Links", "paid for by {source}: {terms}").format(source=source, terms=terms)
    return translate("Links", _INCOMING[edge.relation]).format(sources=source)


def incoming_all(relation: Relation, names: list[str]) -> str:
    """Every link of one relation into a node, in one phrase: "used by Ann, Bob and Cy".

    >>> incoming_all(Relation.MEMBER_OF, ["IT", "Sales"])
    'its members are IT and Sales'
    """
    if len(names) == 1:
        listed = names[0]
    else:
        listed = translate("Lists", "{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])
    return translate("Links", _INCOMING[relation]).format(sources=listed)
