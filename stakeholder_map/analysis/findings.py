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
from stakeholder_map.analysis.wording import (
    MAX_LISTED, bare_verb, kind_phrase, kind_word, listing, possessive, pronoun, quoted, share, verb,
    verb_plural,
)
from stakeholder_map.model import Edge, Kind, Relation

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
        found.append(_finding(C.NO_PAYING_CUSTOMER, (product,), (),
                              f"Nobody pays for {name}: no customer, no business."))
    if not users:
        found.append(_finding(C.NO_USERS, (product,), (), f"Nobody uses {name}."))
    if users:
        found += _unheard_users(index, facts, product, users)
        if payers and all(funding(index, u, product) is Funding.FREE for u in users):
            found.append(_finding(
                C.USERS_NOT_CUSTOMERS, (product,), (),
                f"Nobody who uses {name} pays for it: its users and its customers are different people."))
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
    uses = verb(subject, "uses") if len(unheard) == 1 else "use"
    deciders = set(index.deciders_of.get(product, ()))
    who = [_who(index, [a for a in side if a in deciders], "decides on"),
           _who(index, [a for a in side if a not in deciders], "pays for")]
    return [_finding(
        C.UNHEARD_USERS, (product, *unheard), edges,
        f"{listing(names)} {uses} {quoted(index.nodes[product])}, but no chain of influence "
        f"reaches anyone who decides on it ({'; '.join(w for w in who if w)}).")]


def _who(index: MapIndex, actors: list[str], does: str) -> str:
    """``"A" and "B", who pay for it``: part of the deciding side, and what it does."""
    if not actors:
        return ""
    names = [quoted(index.nodes[a]) for a in actors[:MAX_LISTED]]
    names += ["?"] * (len(actors) - len(names))
    head, rest = does.split(" ", 1)
    head = verb(index.nodes[actors[0]], head) if len(actors) == 1 else verb_plural(head)
    return f"{listing(names)}, who {head} {rest} it"


def yearly_revenue(index: MapIndex, product: str) -> tuple[dict[str, Fraction], dict[str, list[str]]]:
    """Each payer's yearly revenue from its priced ``pays`` edges to ``product`` (exact: a
    ``monthly`` amount counts 12 times), and the ids of those edges."""
    yearly: dict[str, Fraction] = {}
    edges: dict[str, list[str]] = defaultdict(list)
    for edge in index.pays_edges.get(product, ()):
        if edge.amount is not None:
            times = edge.period.times_per_year if edge.period is not None else 1
            yearly[edge.source] = yearly.get(edge.source, 0) + Fraction(edge.amount) * times
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
                f"{share(revenue / total)} of the yearly revenue of {quoted(index.nodes[product])} "
                f"comes from {quoted(index.nodes[payer])}."))
    return found


# -- one actor ---------------------------------------------------------------------------
_MISMATCH = {
    Kind.BUYER: (Relation.PAYS, "pays_by", "pays for nothing"),
    Kind.DECISION_MAKER: (Relation.DECIDES, "decides_by", "decides on nothing"),
    Kind.END_USER: (Relation.USES, "uses_by", "uses nothing"),
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
        found.append(_finding(
            C.DECISION_MAKER_NOT_USER, (actor, product), tuple(edges),
            f"{quoted(node)} {verb(node, 'decides')} on {quoted(index.nodes[product])} but "
            f"{verb(node, 'does')} not use it."))
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
        found.append(_finding(
            C.COMPANY_WITHOUT_DECISION_MAKER, (company, product), edges,
            f"{quoted(node)} {verb(node, 'pays')} for {quoted(index.nodes[product])}, but nobody "
            f"in {pronoun(node)} decides on buying it."))
    return found


def _say_role_mismatch(index: MapIndex, actor: str, relation: Relation, _: str, nothing: str) -> str:
    node = index.nodes[actor]
    start = f"{quoted(node)} {verb(node, 'is')} {kind_phrase(node)}"
    wrong = [e for e in index.invalid_from.get(actor, ()) if e.relation is relation]
    if not wrong:
        return f"{start} but {verb(node, nothing.split(' ', 1)[0])} {nothing.split(' ', 1)[1]}."
    label = f"\u201c{relation.label}\u201d"
    links = "only " + label + " link is" if len(wrong) == 1 else f"{len(wrong)} {label} links are"
    return f"{start}, but {possessive(node)} {links} invalid: point {'it' if len(wrong) == 1 else 'them'} at a product."


def _isolated(index: MapIndex, node_id: str) -> Finding:
    node = index.nodes[node_id]
    return _finding(C.ISOLATED, (node_id,), (),
                    f"{quoted(node)} {verb(node, 'is')} not connected to anything.")


# -- one invalid edge --------------------------------------------------------------------
_ONLY = {
    Relation.PAYS: "only a stakeholder pays for a product",
    Relation.DECIDES: "only a stakeholder decides on a product",
    Relation.USES: "only a stakeholder uses a product",
    Relation.INFLUENCES: "only stakeholders influence each other",
    Relation.MEMBER_OF: "only a stakeholder can be a member of a company",
}


def edge_findings(index: MapIndex, edge: Edge) -> list[Finding]:
    """``invalid_relation`` for an edge the relation table does not allow."""
    if edge.source == edge.target:
        return [_finding(C.INVALID_RELATION, (edge.source,), (edge.id,), _say_self_link(index, edge))]
    source, target = index.nodes[edge.source], index.nodes[edge.target]
    relation = edge.relation
    head = (f"{quoted(source)} ({kind_word(source.kind)}) cannot {bare_verb(relation)} "
            f"{quoted(target)} ({kind_word(target.kind)})")
    if not source.kind.is_actor or (relation is Relation.INFLUENCES and not target.kind.is_actor):
        why = _ONLY[relation]
    elif relation is Relation.MEMBER_OF:
        why = "only a company has members"
    else:
        why = f"\u201c{relation.label}\u201d must point at a product"
    return [_finding(C.INVALID_RELATION, (edge.source, edge.target), (edge.id,), f"{head}: {why}.")]


def _say_self_link(index: MapIndex, edge: Edge) -> str:
    node = quoted(index.nodes[edge.source])
    return (f"A link cannot join {node} to itself ({node} {edge.relation.label} {node}): "
            "point it at another node.")


# -- order -------------------------------------------------------------------------------
CODE_ORDER = tuple(sorted(C, key=lambda code: (-code.severity.rank, code)))  # as reported
_CODE_PLACE = {code: place for place, code in enumerate(CODE_ORDER)}


def in_report_order(index: MapIndex, findings: list[Finding]) -> tuple[Finding, ...]:
    """Most severe first, then by code, then by the map order of their nodes (a stable
    sort: findings that tie keep the order they came in)."""
    order, place = index.order, _CODE_PLACE
    return tuple(sorted(findings, key=lambda f: (place[f.code], [order[n] for n in f.nodes])))
