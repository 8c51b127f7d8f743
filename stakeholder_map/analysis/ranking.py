"""Key stakeholders: who holds a decision, who pays, who sways them, and who is swayed.

Each actor's score adds up what it holds, so the ranking can say why:

- 4 for each product it decides on (a ``decides`` link, or paying as a person);
- 2 for each product it pays for as a company (the money is its say);
- 2 for each product whose deciding side it reaches through ``influences`` links without
  being on it (it sways whoever decides: the child who begs for the toy);
- 1 for each stakeholder who sways it (people try to reach it);
- 0.5 for each product it uses.

So someone who sways the payer ranks above someone who only uses the product, and the
payer above both. Ties keep the map's order.

>>> from stakeholder_map.model import Kind, Map, Relation
>>> from stakeholder_map.analysis.graph import MapIndex
>>> from stakeholder_map.analysis.facts import Facts
>>> m = Map()
>>> for i, k in [("toy", "product"), ("mum", "buyer"), ("kid", "end_user"), ("pal", "end_user")]:
...     _ = m.add_node(i, k, i)
>>> _ = m.connect("mum", "toy", Relation.PAYS)
>>> _ = m.connect("kid", "mum", Relation.INFLUENCES)
>>> _ = m.connect("kid", "toy", Relation.USES)
>>> _ = m.connect("pal", "toy", Relation.USES)
>>> index = MapIndex.of(m)
>>> stakes = stakes_of(index, Facts.of(index))
>>> [(a, stakes[a].score) for a in ("mum", "kid", "pal")]
[('mum', 5.0), ('kid', 2.5), ('pal', 0.5)]
"""

from __future__ import annotations

from typing import Mapping, NamedTuple

from stakeholder_map.analysis.facts import Facts
from stakeholder_map.analysis.graph import MapIndex
from stakeholder_map.model import Kind, Node

DECIDES, PAYS, SWAYS, SWAYED, USES = 4.0, 2.0, 2.0, 1.0, 0.5


class Stake(NamedTuple):
    """Why an actor matters: the products it decides on (with a ``decides`` link), buys (pays
    for as a person, which decides too), pays for as a company, and sways the deciding side
    of; how many stakeholders sway it; the products it uses."""

    score: float
    decides: tuple[str, ...] = ()
    buys: tuple[str, ...] = ()
    pays: tuple[str, ...] = ()
    sways: tuple[str, ...] = ()
    swayed_by: int = 0
    uses: tuple[str, ...] = ()


_NOBODY = Stake(0.0)


def stake_of(index: MapIndex, facts: Facts, actor: str) -> Stake:
    """One actor's stake (see the module's help for the score)."""
    heard_on = facts.heard_on.get(actor, ())
    swayed_by = len(index.influenced_by.get(actor, ()))
    uses = _in_map_order(index, index.uses_by.get(actor))
    if not heard_on and actor not in index.pays_by:  # most actors: they only use, or are swayed
        if not (swayed_by or uses):
            return _NOBODY
        return Stake(SWAYED * swayed_by + USES * len(uses), swayed_by=swayed_by, uses=uses)
    chosen = index.decides_by.get(actor, ())
    person = index.nodes[actor].kind is not Kind.COMPANY
    bought = index.pays_by.get(actor, ()) if person else ()
    decides = tuple(p for p in heard_on if p in chosen)
    buys = tuple(p for p in heard_on if p in bought and p not in chosen)
    sways = tuple(p for p in heard_on if p not in chosen and p not in bought)
    pays = () if person else _in_map_order(index, index.pays_by.get(actor))
    score = (DECIDES * (len(decides) + len(buys)) + PAYS * len(pays) + SWAYS * len(sways)
             + SWAYED * swayed_by + USES * len(uses))
    return Stake(score, decides, buys, pays, sways, swayed_by, uses)


def _in_map_order(index: MapIndex, ids: set[str] | None) -> tuple[str, ...]:
    if not ids:
        return ()
    if len(ids) == 1:
        return tuple(ids)
    return tuple(sorted(ids, key=index.order.__getitem__))


def stakes_of(index: MapIndex, facts: Facts) -> dict[str, Stake]:
    """Every actor, in map order, with its stake."""
    return {actor: stake_of(index, facts, actor) for actor in index.actors}


def why(nodes: Mapping[str, Node], actor: str, stake: Stake) -> str:
    """The stake in words: ``decides on "Dev suite"; 3 stakeholders sway them``.

    >>> from stakeholder_map.model import Kind, Node
    >>> nodes = {"ceo": Node("ceo", Kind.DECISION_MAKER, "CEO"), "p": Node("p", Kind.PRODUCT, "Dev suite")}
    >>> why(nodes, "ceo", Stake(7.0, decides=("p",), swayed_by=3))
    'decides on "Dev suite"; 3 stakeholders sway them'
    """
    from stakeholder_map.analysis.wording import is_plural, listing, quoted
    from stakeholder_map.texts import translate

    node = nodes[actor]
    group = is_plural(node)

    def names(products: tuple[str, ...]) -> str:
        shown = [quoted(nodes[p]) for p in products[:3]]
        return listing(shown + ["?"] * (len(products) - len(shown)))

    parts = []
    if stake.decides:
        parts.append((translate("Ranking", "decide on {products}") if group
                      else translate("Ranking", "decides on {products}")).format(products=names(stake.decides)))
    if stake.buys:
        parts.append((translate("Ranking", "decide on {products} by paying for it") if group
                      else translate("Ranking", "decides on {products} by paying for it")).format(
                          products=names(stake.buys)))
    if stake.pays:
        parts.append((translate("Ranking", "pay for {products}") if group
                      else translate("Ranking", "pays for {products}")).format(products=names(stake.pays)))
    if stake.sways:
        parts.append((translate("Ranking", "sway who decides on {products}") if group
                      else translate("Ranking", "sways who decides on {products}")).format(
                          products=names(stake.sways)))
    if stake.swayed_by:
        company = node.kind is Kind.COMPANY
        if stake.swayed_by == 1:
            parts.append(translate("Ranking", "1 stakeholder sways it") if company
                         else translate("Ranking", "1 stakeholder sways them"))
        else:
            parts.append((translate("Ranking", "{count} stakeholders sway it") if company
                          else translate("Ranking", "{count} stakeholders sway them")).format(count=stake.swayed_by))
    if stake.uses:
        parts.append((translate("Ranking", "use {products}") if group
                      else translate("Ranking", "uses {products}")).format(products=names(stake.uses)))
    return "; ".join(parts) or translate("Ranking", "no links that carry weight")
