"""Findings (spec section 3): each rule once, as a function of the index and one element.

``product_findings`` holds the rules about one product, ``actor_findings`` those about one
actor (and, for a company, the products it pays for), ``edge_findings`` the one about an
invalid edge. A fresh analysis runs them on every element; an analysis kept up to date
runs them on the elements a change touched. ``in_report_order`` sorts the findings most
severe first, then by code, then by the map order of their nodes.
"""

from __future__ import annotations

from collections import defaultdict
from fractions import Fraction

from stakeholder_map.analysis.facts import Facts, people_in
from stakeholder_map.analysis.graph import MapIndex
from stakeholder_map.analysis.result import Finding
from stakeholder_map.analysis.roles import Funding, funding
from stakeholder_map.analysis.stance import actor_stance_findings, product_stance_findings
from stakeholder_map.analysis.terms import FindingCode
from stakeholder_map.analysis.wording import MAX_LISTED, is_plural, kind_word, listing, quoted, share
from stakeholder_map.model import Edge, Kind, Relation
from stakeholder_map.texts import QT_TRANSLATE_NOOP, translate

C = FindingCode
_NONE: frozenset[str] = frozenset()


def _finding(code: FindingCode, nodes: tuple[str, ...], edges: tuple[str, ...], message: str) -> Finding:
    return Finding(code, code.severity, nodes, edges, message)


# -- one product -------------------------------------------------------------------------
def product_findings(index: MapIndex, facts: Facts, product: str) -> list[Finding]:
    """``no_paying_customer``, ``no_users``, ``unheard_users``, ``users_not_customers``,
    ``revenue_concentration``, ``no_champion`` and ``isolated`` for one product."""
    found: list[Finding] = []
    name = quoted(index.nodes[product])
    payers = index.payers_of.get(product)
    users = index.users_of.get(product)
    if not payers:
        found.append(_finding(C.NO_PAYING_CUSTOMER, (product,), (), translate(
            "Findings", "Nobody pays for {product}: no customer, no business.").format(product=name)))
    if not users:
        found.append(_finding(C.NO_USERS, (product,), (),
                              translate("Findings", "Nobody uses {product}.").format(product=name)))
    if users:
        found += _unheard_users(index, facts, product, users)
        if payers and all(funding(index, u, product) is Funding.FREE for u in users):
            found.append(_finding(
                C.USERS_NOT_CUSTOMERS, (product,), (),
                translate("Findings", "Nobody who uses {product} pays for it: its users and its customers "
                          "are different people.").format(product=name)))
    found += _revenue_concentration(index, product)
    found += product_stance_findings(index, product)
    if product not in index.connected:
        found.append(_isolated(index, product))
    return found


def _unheard_users(index: MapIndex, facts: Facts, product: str, users: list[str]) -> list[Finding]:
    side = index.deciding_side(product)
    if not side:
        return []
    unheard = [user for user in users if not facts.is_heard(user, product)]
    if not unheard:
        return []
    wanted = set(unheard)
    edges = tuple(e.id for e in index.uses_edges[product] if e.source in wanted)
    subject = index.nodes[unheard[0]]
    names = [quoted(index.nodes[user]) for user in unheard[:MAX_LISTED]]
    names += ["?"] * (len(unheard) - len(names))  # counted as "and N others", never shown
    if len(unheard) == 1 and not is_plural(subject):
        sentence = translate("Findings", "{users} uses {product}, but no chain of influence reaches "
                             "anyone who decides on it ({who}).")
    else:
        sentence = translate("Findings", "{users} use {product}, but no chain of influence reaches "
                             "anyone who decides on it ({who}).")
    deciders = set(index.deciders_of.get(product, ()))
    who = [_who(index, [a for a in side if a in deciders], decides=True),
           _who(index, [a for a in side if a not in deciders], decides=False)]
    return [_finding(
        C.UNHEARD_USERS, (product, *unheard), edges,
        sentence.format(users=listing(names), product=quoted(index.nodes[product]),
                        who="; ".join(w for w in who if w)))]


def _who(index: MapIndex, actors: list[str], *, decides: bool) -> str:
    """``"A" and "B", who pay for it``: part of the deciding side, and what it does."""
    if not actors:
        return ""
    names = [quoted(index.nodes[a]) for a in actors[:MAX_LISTED]]
    names += ["?"] * (len(actors) - len(names))
    one = len(actors) == 1 and not is_plural(index.nodes[actors[0]])
    if decides:
        phrase = (translate("Findings", "{names}, who decides on it") if one
                  else translate("Findings", "{names}, who decide on it"))
    else:
        phrase = (translate("Findings", "{names}, who pays for it") if one
                  else translate("Findings", "{names}, who pay for it"))
    return phrase.format(names=listing(names))


def yearly_revenue(index: MapIndex, product: str) -> tuple[dict[str, int | Fraction], dict[str, list[str]]]:
    """Each payer's yearly revenue from its priced ``pays`` edges to ``product`` (exact: a
    ``monthly`` amount counts 12 times), and the ids of those edges."""
    yearly: dict[str, int | Fraction] = {}
    edges: dict[str, list[str]] = defaultdict(list)
    for edge in index.pays_edges.get(product, ()):
        amount = edge.amount
        if amount is not None:
            times = edge.period.times_per_year if edge.period is not None else 1
            # whole amounts stay integers (as exact, and cheaper), decimal ones become fractions
            exact = amount * times if type(amount) is int else Fraction(amount) * times
            yearly[edge.source] = yearly.get(edge.source, 0) + exact
            edges[edge.source].append(edge.id)
    return yearly, edges


def _revenue_concentration(index: MapIndex, product: str) -> list[Finding]:
    if sum(1 for e in index.pays_edges.get(product, ()) if e.amount is not None) < 2:
        return []
    yearly, edges = yearly_revenue(index, product)
    total = sum(yearly.values())
    found = []
    for payer, revenue in yearly.items():
        if revenue * 2 > total:  # over half, exactly: 50% is not over 50%
            found.append(_finding(
                C.REVENUE_CONCENTRATION, (payer, product), tuple(edges[payer]),
                translate("Findings", "{share} of the yearly revenue of {product} comes from {payer}.").format(
                    share=share(Fraction(revenue) / total), product=quoted(index.nodes[product]),
                    payer=quoted(index.nodes[payer]))))
    return found


# -- one actor ---------------------------------------------------------------------------
# kind -> (the relation it should have, the index's table of who has it,
#          (what it is, one / a group), (the whole sentence when it has none, one / a group))
_MISMATCH = {
    Kind.BUYER: (Relation.PAYS, "pays_by",
                 (QT_TRANSLATE_NOOP("Findings", "{name} is a buyer"),
                  QT_TRANSLATE_NOOP("Findings", "{name} are buyers")),
                 (QT_TRANSLATE_NOOP("Findings", "{name} is a buyer but pays for nothing."),
                  QT_TRANSLATE_NOOP("Findings", "{name} are buyers but pay for nothing."))),
    Kind.DECISION_MAKER: (Relation.DECIDES, "decides_by",
                          (QT_TRANSLATE_NOOP("Findings", "{name} is a decision-maker"),
                           QT_TRANSLATE_NOOP("Findings", "{name} are decision-makers")),
                          (QT_TRANSLATE_NOOP("Findings", "{name} is a decision-maker but decides on nothing."),
                           QT_TRANSLATE_NOOP("Findings", "{name} are decision-makers but decide on nothing."))),
    Kind.END_USER: (Relation.USES, "uses_by",
                    (QT_TRANSLATE_NOOP("Findings", "{name} is an end user"),
                     QT_TRANSLATE_NOOP("Findings", "{name} are end users")),
                    (QT_TRANSLATE_NOOP("Findings", "{name} is an end user but uses nothing."),
                     QT_TRANSLATE_NOOP("Findings", "{name} are end users but use nothing."))),
}


def actor_findings(index: MapIndex, facts: Facts, actor: str) -> list[Finding]:
    """``company_without_decision_maker`` (for a company), ``decision_maker_not_user``,
    ``role_mismatch``, ``blocker_without_champion``, ``key_stakeholder_not_linked`` and
    ``isolated`` for one actor."""
    found: list[Finding] = []
    node = index.nodes[actor]
    if node.kind is Kind.COMPANY:
        found += _company_without_decision_maker(index, facts, actor)
    used = index.uses_by.get(actor, _NONE)
    pairs: dict[str, list[str]] = {}
    for edge in index.decides_edges.get(actor, ()):
        if edge.target not in used:
            pairs.setdefault(edge.target, []).append(edge.id)
    for product, edges in pairs.items():
        if is_plural(node):
            sentence = translate("Findings", "{actor} decide on {product} but do not use it.")
        else:
            sentence = translate("Findings", "{actor} decides on {product} but does not use it.")
        found.append(_finding(
            C.DECISION_MAKER_NOT_USER, (actor, product), tuple(edges),
            sentence.format(actor=quoted(node), product=quoted(index.nodes[product]))))
    expected = _MISMATCH.get(node.kind)
    if expected and actor not in getattr(index, expected[1]):
        found.append(_finding(C.ROLE_MISMATCH, (actor,), (), _say_role_mismatch(index, actor, *expected)))
    found += actor_stance_findings(index, actor)
    if actor not in index.connected:
        found.append(_isolated(index, actor))
    return found


def _company_without_decision_maker(index: MapIndex, facts: Facts, company: str) -> list[Finding]:
    paid = index.pays_by.get(company)
    if not paid:
        return []
    decided = set(index.decides_by.get(company, _NONE))
    for person in people_in(index, company):  # directly or through departments
        decided |= index.decides_by.get(person, _NONE)
    node = index.nodes[company]
    found = []
    for product in sorted(paid - decided, key=index.order.__getitem__):
        edges = tuple(e.id for e in index.pays_from[company] if e.target == product)
        if is_plural(node):
            sentence = translate("Findings", "{company} pay for {product}, but nobody in them decides "
                                 "on buying it.")
        else:
            sentence = translate("Findings", "{company} pays for {product}, but nobody in it decides "
                                 "on buying it.")
        found.append(_finding(
            C.COMPANY_WITHOUT_DECISION_MAKER, (company, product), edges,
            sentence.format(company=quoted(node), product=quoted(index.nodes[product]))))
    return found


def _say_role_mismatch(index: MapIndex, actor: str, relation: Relation, _: str,
                       what: tuple[str, str], nothing: tuple[str, str]) -> str:
    node = index.nodes[actor]
    group = int(is_plural(node))
    wrong = [e for e in index.invalid_from.get(actor, ()) if e.relation is relation]
    if not wrong:
        return translate("Findings", nothing[group]).format(name=quoted(node))
    start = translate("Findings", what[group]).format(name=quoted(node))
    if len(wrong) == 1:
        sentence = translate("Findings", "{start}, but their only “{relation}” link is invalid: "
                             "point it at a product.")
    else:
        sentence = translate("Findings", "{start}, but their {count} “{relation}” links are invalid: "
                             "point them at a product.")
    return sentence.format(start=start, relation=relation.label, count=len(wrong))


def _isolated(index: MapIndex, node_id: str) -> Finding:
    node = index.nodes[node_id]
    if is_plural(node):
        sentence = translate("Findings", "{name} are not connected to anything.")
    else:
        sentence = translate("Findings", "{name} is not connected to anything.")
    return _finding(C.ISOLATED, (node_id,), (), sentence.format(name=quoted(node)))


# -- one invalid edge --------------------------------------------------------------------
_ONLY = {
    Relation.PAYS: QT_TRANSLATE_NOOP("Findings", "only a stakeholder pays for a product"),
    Relation.DECIDES: QT_TRANSLATE_NOOP("Findings", "only a stakeholder decides on a product"),
    Relation.USES: QT_TRANSLATE_NOOP("Findings", "only a stakeholder uses a product"),
    Relation.INFLUENCES: QT_TRANSLATE_NOOP("Findings", "only stakeholders influence each other"),
    Relation.MEMBER_OF: QT_TRANSLATE_NOOP("Findings", "only a stakeholder can be a member of a company"),
}
# "{source} (kind) cannot <relation> {target} (kind): {why}." for each relation
_CANNOT = {
    Relation.PAYS: QT_TRANSLATE_NOOP("Findings", "{source} ({source_kind}) cannot pay for {target} "
                                     "({target_kind}): {why}."),
    Relation.DECIDES: QT_TRANSLATE_NOOP("Findings", "{source} ({source_kind}) cannot decide on {target} "
                                        "({target_kind}): {why}."),
    Relation.USES: QT_TRANSLATE_NOOP("Findings", "{source} ({source_kind}) cannot use {target} "
                                     "({target_kind}): {why}."),
    Relation.INFLUENCES: QT_TRANSLATE_NOOP("Findings", "{source} ({source_kind}) cannot influence {target} "
                                           "({target_kind}): {why}."),
    Relation.MEMBER_OF: QT_TRANSLATE_NOOP("Findings", "{source} ({source_kind}) cannot be a member of "
                                          "{target} ({target_kind}): {why}."),
}


def edge_findings(index: MapIndex, edge: Edge) -> list[Finding]:
    """``invalid_relation`` for an edge the relation table does not allow."""
    if edge.source == edge.target:
        return [_finding(C.INVALID_RELATION, (edge.source,), (edge.id,), _say_self_link(index, edge))]
    source, target = index.nodes[edge.source], index.nodes[edge.target]
    relation = edge.relation
    if not source.kind.is_actor or (relation is Relation.INFLUENCES and not target.kind.is_actor):
        why = translate("Findings", _ONLY[relation])
    elif relation is Relation.MEMBER_OF:
        why = translate("Findings", "only a company has members")
    else:
        why = translate("Findings", "“{relation}” must point at a product").format(relation=relation.label)
    message = translate("Findings", _CANNOT[relation]).format(
        source=quoted(source), source_kind=kind_word(source.kind), target=quoted(target),
        target_kind=kind_word(target.kind), why=why)
    return [_finding(C.INVALID_RELATION, (edge.source, edge.target), (edge.id,), message)]


def _say_self_link(index: MapIndex, edge: Edge) -> str:
    return translate("Findings", "A link cannot join {node} to itself ({node} {relation} {node}): "
                     "point it at another node.").format(node=quoted(index.nodes[edge.source]),
                                                         relation=edge.relation.label)


# -- order -------------------------------------------------------------------------------
CODE_ORDER = tuple(sorted(C, key=lambda code: (-code.severity.rank, code)))  # as reported
_CODE_PLACE = {code: place for place, code in enumerate(CODE_ORDER)}


def in_report_order(index: MapIndex, findings: list[Finding]) -> tuple[Finding, ...]:
    """Most severe first, then by code, then by the map order of their nodes (a stable
    sort: findings that tie keep the order they came in)."""
    order, place = index.order, _CODE_PLACE
    return tuple(sorted(findings, key=lambda f: (place[f.code], [order[n] for n in f.nodes])))
