"""Findings (spec section 3): one function per code, each reading a ``MapIndex``.

Each function returns its findings in the map's order; ``all_findings`` sorts them
most severe first, then by code, then by the map order of their nodes. Each code's
sentence comes from one ``_say_*`` function of the finding's nodes and edges, so
``reword`` can say it again after a rename without finding everything anew.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from stakeholder_map.analysis.graph import MapIndex
from stakeholder_map.analysis.hearing import unheard_users
from stakeholder_map.analysis.result import Finding
from stakeholder_map.analysis.roles import Funding
from stakeholder_map.analysis.terms import FindingCode
from stakeholder_map.analysis.wording import MAX_LISTED as _LISTED
from stakeholder_map.analysis.wording import bare_verb, kind_word, listing, quoted, share
from stakeholder_map.model import Kind

C = FindingCode


def _finding(code: FindingCode, nodes: tuple[str, ...], edges: tuple[str, ...], message: str) -> Finding:
    return Finding(code, code.severity, nodes, edges, message)


def _say_no_paying_customer(index: MapIndex, nodes: tuple[str, ...], edges: tuple[str, ...]) -> str:
    return f"Nobody pays for {quoted(index.nodes[nodes[0]])}: no customer, no business."


def no_paying_customer(index: MapIndex) -> Iterator[Finding]:
    for product in index.products:
        if product not in index.payers_of:
            nodes = (product,)
            yield _finding(C.NO_PAYING_CUSTOMER, nodes, (), _say_no_paying_customer(index, nodes, ()))


def _say_no_users(index: MapIndex, nodes: tuple[str, ...], edges: tuple[str, ...]) -> str:
    return f"Nobody uses {quoted(index.nodes[nodes[0]])}."


def no_users(index: MapIndex) -> Iterator[Finding]:
    for product in index.products:
        if product not in index.users_of:
            yield _finding(C.NO_USERS, (product,), (), _say_no_users(index, (product,), ()))


def _pays_edge_ids(index: MapIndex) -> dict[tuple[str, str], list[str]]:
    """The ids of the ``pays`` edges of each (payer, product) pair."""
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for product, edges in index.pays_edges.items():
        for edge in edges:
            pairs[(edge.source, product)].append(edge.id)
    return pairs


def company_without_decision_maker(index: MapIndex) -> Iterator[Finding]:
    pays_ids = None
    for company in index.actors:
        paid = index.pays_by.get(company)
        if not paid or index.kind(company) is not Kind.COMPANY:
            continue
        decided = set(index.decides_by.get(company, ()))
        for member in index.members.get(company, ()):
            decided |= index.decides_by.get(member, set())
        for product in sorted(paid - decided, key=index.order.__getitem__):
            pays_ids = pays_ids or _pays_edge_ids(index)
            nodes = (company, product)
            yield _finding(
                C.COMPANY_WITHOUT_DECISION_MAKER, nodes, tuple(pays_ids[nodes]),
                _say_company_without_decision_maker(index, nodes, ()),
            )


def _say_company_without_decision_maker(index: MapIndex, nodes: tuple[str, ...],
                                        edges: tuple[str, ...]) -> str:
    company, product = nodes
    return (f"{quoted(index.nodes[company])} pays for {quoted(index.nodes[product])}, "
            "but nobody in it decides on buying it.")


def _say_unheard(index: MapIndex, nodes: tuple[str, ...], edges: tuple[str, ...]) -> str:
    product, users = nodes[0], nodes[1:]
    names = [quoted(index.nodes[user]) for user in users[:_LISTED]]
    names += ["?"] * (len(users) - len(names))  # counted as "and N others", never shown
    verb = "uses" if len(users) == 1 else "use"
    return (f"{listing(names)} {verb} {quoted(index.nodes[product])}, but no chain of "
            "influence reaches anyone who decides on it.")


def unheard(index: MapIndex) -> Iterator[Finding]:
    for product, users in unheard_users(index).items():
        wanted = set(users)
        edges = tuple(e.id for e in index.uses_edges[product] if e.source in wanted)
        nodes = (product, *users)
        yield _finding(C.UNHEARD_USERS, nodes, edges, _say_unheard(index, nodes, edges))


def _say_decision_maker_not_user(index: MapIndex, nodes: tuple[str, ...], edges: tuple[str, ...]) -> str:
    actor, product = nodes
    return f"{quoted(index.nodes[actor])} decides on {quoted(index.nodes[product])} but does not use it."


def decision_maker_not_user(index: MapIndex) -> Iterator[Finding]:
    pairs: dict[tuple[str, str], list[str]] = {}
    for edge in index.decides_edges:
        if edge.target not in index.uses_by.get(edge.source, ()):
            pairs.setdefault((edge.source, edge.target), []).append(edge.id)
    for nodes, edges in pairs.items():
        yield _finding(C.DECISION_MAKER_NOT_USER, nodes, tuple(edges),
                       _say_decision_maker_not_user(index, nodes, ()))


def _say_users_not_customers(index: MapIndex, nodes: tuple[str, ...], edges: tuple[str, ...]) -> str:
    return (f"Nobody who uses {quoted(index.nodes[nodes[0]])} pays for it: "
            "its users and its customers are different people.")


def users_not_customers(index: MapIndex, use: dict[str, dict[str, Funding]]) -> Iterator[Finding]:
    for product in index.products:
        users = use.get(product)
        if not users or product not in index.payers_of:
            continue
        if all(funding is Funding.FREE for funding in users.values()):
            yield _finding(C.USERS_NOT_CUSTOMERS, (product,), (),
                           _say_users_not_customers(index, (product,), ()))


_MISMATCH = {
    Kind.BUYER: ("pays_by", "pays for nothing"),
    Kind.DECISION_MAKER: ("decides_by", "decides on nothing"),
    Kind.END_USER: ("uses_by", "uses nothing"),
}


def _say_role_mismatch(index: MapIndex, nodes: tuple[str, ...], edges: tuple[str, ...]) -> str:
    node = index.nodes[nodes[0]]
    article = "an" if kind_word(node.kind)[0] in "aeiou" else "a"
    return f"{quoted(node)} is {article} {kind_word(node.kind)} but {_MISMATCH[node.kind][1]}."


def role_mismatch(index: MapIndex) -> Iterator[Finding]:
    for actor in index.actors:
        expected = _MISMATCH.get(index.nodes[actor].kind)
        if expected and actor not in getattr(index, expected[0]):
            yield _finding(C.ROLE_MISMATCH, (actor,), (), _say_role_mismatch(index, (actor,), ()))


def _say_isolated(index: MapIndex, nodes: tuple[str, ...], edges: tuple[str, ...]) -> str:
    return f"{quoted(index.nodes[nodes[0]])} is not connected to anything."


def isolated(index: MapIndex) -> Iterator[Finding]:
    for node_id in index.nodes:
        if node_id not in index.connected:
            yield _finding(C.ISOLATED, (node_id,), (), _say_isolated(index, (node_id,), ()))


def _say_invalid_relation(index: MapIndex, nodes: tuple[str, ...], edges: tuple[str, ...]) -> str:
    edge = index.invalid_edge(edges[0])
    source, target = index.nodes[edge.source], index.nodes[edge.target]
    if edge.source == edge.target:
        return (f"A link cannot join {quoted(source)} to itself "
                f"({quoted(source)} {edge.relation.label} {quoted(source)}).")
    return (f"{quoted(source)} ({kind_word(source.kind)}) cannot "
            f"{bare_verb(edge.relation)} {quoted(target)} ({kind_word(target.kind)}).")


def invalid_relation(index: MapIndex) -> Iterator[Finding]:
    for edge in index.invalid:
        nodes = (edge.source,) if edge.source == edge.target else (edge.source, edge.target)
        yield _finding(C.INVALID_RELATION, nodes, (edge.id,), _say_invalid_relation(index, nodes, (edge.id,)))


def _yearly_revenue(index: MapIndex, product: str) -> tuple[dict[str, float], dict[str, list[str]]]:
    """Each payer's yearly revenue from its priced ``pays`` edges to ``product``, and their ids."""
    yearly: dict[str, float] = {}
    edges: dict[str, list[str]] = defaultdict(list)
    for edge in index.pays_edges.get(product, ()):
        if edge.amount is not None:
            times = edge.period.times_per_year if edge.period is not None else 1
            yearly[edge.source] = yearly.get(edge.source, 0) + edge.amount * times
            edges[edge.source].append(edge.id)
    return yearly, edges


def _say_revenue_concentration(index: MapIndex, nodes: tuple[str, ...], edges: tuple[str, ...]) -> str:
    payer, product = nodes
    yearly, _ = _yearly_revenue(index, product)
    fraction = yearly[payer] / sum(yearly.values())
    return (f"{quoted(index.nodes[payer])} brings {share(fraction)} of the "
            f"yearly revenue of {quoted(index.nodes[product])}.")


def revenue_concentration(index: MapIndex) -> Iterator[Finding]:
    for product in index.products:
        priced = sum(1 for e in index.pays_edges.get(product, ()) if e.amount is not None)
        if priced < 2:
            continue
        yearly, edges = _yearly_revenue(index, product)
        total = sum(yearly.values())
        if total <= 0:
            continue
        for payer, revenue in yearly.items():
            if revenue * 2 > total:  # exact: amounts are ints and Decimals
                nodes = (payer, product)
                yield _finding(C.REVENUE_CONCENTRATION, nodes, tuple(edges[payer]),
                               _say_revenue_concentration(index, nodes, ()))


_SAY = {
    C.NO_PAYING_CUSTOMER: _say_no_paying_customer,
    C.NO_USERS: _say_no_users,
    C.COMPANY_WITHOUT_DECISION_MAKER: _say_company_without_decision_maker,
    C.UNHEARD_USERS: _say_unheard,
    C.DECISION_MAKER_NOT_USER: _say_decision_maker_not_user,
    C.USERS_NOT_CUSTOMERS: _say_users_not_customers,
    C.ROLE_MISMATCH: _say_role_mismatch,
    C.ISOLATED: _say_isolated,
    C.INVALID_RELATION: _say_invalid_relation,
    C.REVENUE_CONCENTRATION: _say_revenue_concentration,
}


def reword(index: MapIndex, finding: Finding) -> Finding:
    """``finding`` with its sentence said again from ``index`` (after its nodes were renamed)."""
    return _finding(C(finding.code), finding.nodes, finding.edges,
                    _SAY[finding.code](index, finding.nodes, finding.edges))


# Each code's findings, and whether they come out of their function already in the map's
# order of their nodes (most do: they walk products or actors in order).
_BY_CODE = {
    C.NO_PAYING_CUSTOMER: (lambda index, use: no_paying_customer(index), True),
    C.NO_USERS: (lambda index, use: no_users(index), True),
    C.COMPANY_WITHOUT_DECISION_MAKER: (lambda index, use: company_without_decision_maker(index), True),
    C.UNHEARD_USERS: (lambda index, use: unheard(index), True),
    C.DECISION_MAKER_NOT_USER: (lambda index, use: decision_maker_not_user(index), False),
    C.USERS_NOT_CUSTOMERS: (users_not_customers, True),
    C.ROLE_MISMATCH: (lambda index, use: role_mismatch(index), True),
    C.ISOLATED: (lambda index, use: isolated(index), True),
    C.INVALID_RELATION: (lambda index, use: invalid_relation(index), False),
    C.REVENUE_CONCENTRATION: (lambda index, use: revenue_concentration(index), False),
}
CODE_ORDER = tuple(sorted(C, key=lambda code: (-code.severity.rank, code)))  # as reported


def findings_of(code: FindingCode, index: MapIndex, use: dict[str, dict[str, Funding]]) -> list[Finding]:
    """The findings of one code, in the map's order of their nodes."""
    produce, in_order = _BY_CODE[code]
    if in_order:
        return list(produce(index, use))
    order = index.order
    return sorted(produce(index, use), key=lambda f: [order[n] for n in f.nodes])


def all_findings(index: MapIndex, use: dict[str, dict[str, Funding]]) -> tuple[Finding, ...]:
    """Every finding, most severe first, then by code, then in the map's order.

    Codes are taken in that order and only the codes whose functions do not already
    yield in the map's order are sorted: one sort of every finding cost a tenth of the
    analysis of a big map.
    """
    found: list[Finding] = []
    for code in CODE_ORDER:
        found += findings_of(code, index, use)
    return tuple(found)
