"""Findings from how stakeholders stand (account planning): each rule once, for one product
or one actor, reading the attitude, power and interest the map records.

``blocker_without_champion``: an actor who decides on a product and is a blocker, with no
champion influencing them. ``key_stakeholder_not_linked``: an actor of high power and high
interest with no link to any product. ``no_champion``: a product whose stakeholders have
attitudes recorded, none of them a champion (a map that records no attitude is left alone).

>>> from stakeholder_map.analysis.graph import MapIndex
>>> from stakeholder_map.model import Map, Relation
>>> m = Map()
>>> _ = m.add_node("app", "product", "App")
>>> _ = m.add_node("cfo", "decision_maker", "CFO", attitude="blocker")
>>> _ = m.connect("cfo", "app", Relation.DECIDES)
>>> [f.message for f in actor_stance_findings(MapIndex.of(m), "cfo")]
['"CFO" decides on "App" and is a blocker, but no champion influences them.']
"""

from __future__ import annotations

from stakeholder_map.analysis.graph import MapIndex
from stakeholder_map.analysis.result import Finding
from stakeholder_map.analysis.terms import FindingCode
from stakeholder_map.analysis.wording import is_plural, listing, quoted
from stakeholder_map.model import Attitude, Kind, Level
from stakeholder_map.texts import translate

C = FindingCode
_NONE: frozenset[str] = frozenset()


def _finding(code: FindingCode, nodes: tuple[str, ...], edges: tuple[str, ...], message: str) -> Finding:
    return Finding(code, code.severity, nodes, edges, message)


def actor_stance_findings(index: MapIndex, actor: str) -> list[Finding]:
    """``blocker_without_champion`` and ``key_stakeholder_not_linked`` for one actor."""
    found: list[Finding] = []
    node = index.nodes[actor]
    decided = index.decides_edges.get(actor, ())
    if node.attitude is Attitude.BLOCKER and decided:
        champions = [a for a in index.influenced_by.get(actor, _NONE)
                     if index.nodes[a].attitude is Attitude.CHAMPION]
        if not champions:
            products = list(dict.fromkeys(e.target for e in decided))
            names = [quoted(index.nodes[p]) for p in products]
            if is_plural(node):
                sentence = translate("Findings", "{actor} decide on {products} and are a blocker, but no "
                                     "champion influences them.")
            elif node.kind is Kind.COMPANY:
                sentence = translate("Findings", "{actor} decides on {products} and is a blocker, but no "
                                     "champion influences it.")
            else:
                sentence = translate("Findings", "{actor} decides on {products} and is a blocker, but no "
                                     "champion influences them.")
            found.append(_finding(
                C.BLOCKER_WITHOUT_CHAMPION, (actor, *products), tuple(e.id for e in decided),
                sentence.format(actor=quoted(node), products=listing(names))))
    if (node.power is Level.HIGH and node.interest is Level.HIGH
            and actor not in index.pays_by and actor not in index.uses_by and actor not in index.decides_by):
        if is_plural(node):
            sentence = translate("Findings", "{actor} have high power and high interest, but no link to any "
                                 "product.")
        else:
            sentence = translate("Findings", "{actor} has high power and high interest, but no link to any "
                                 "product.")
        found.append(_finding(C.KEY_STAKEHOLDER_NOT_LINKED, (actor,), (), sentence.format(actor=quoted(node))))
    return found


def product_stance_findings(index: MapIndex, product: str) -> list[Finding]:
    """``no_champion`` for one product."""
    linked = dict.fromkeys([*index.payers_of.get(product, ()), *index.deciders_of.get(product, ()),
                            *index.users_of.get(product, ())])
    attitudes = [index.nodes[a].attitude for a in linked if index.nodes[a].attitude is not None]
    if not attitudes or Attitude.CHAMPION in attitudes:
        return []
    return [_finding(C.NO_CHAMPION, (product,), (), translate(
        "Findings", "{product} has no champion: nobody who pays for it, decides on it or uses it is "
        "marked as one.").format(product=quoted(index.nodes[product])))]
