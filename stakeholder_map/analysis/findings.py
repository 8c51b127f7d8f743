"""Findings (spec section 3): one function per code, each reading a ``MapIndex``.

Each function returns its findings in the map's order; ``all_findings`` sorts them
most severe first, then by code, then by the map order of their nodes.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Iterator

from stakeholder_map.analysis.graph import MapIndex
from stakeholder_map.analysis.hearing import unheard_users
from stakeholder_map.analysis.result import Finding
from stakeholder_map.analysis.roles import Funding
from stakeholder_map.analysis.terms import FindingCode
from stakeholder_map.analysis.wording import bare_verb, kind_word, listing, quoted, share
from stakeholder_map.model import Kind

C = FindingCode


def _finding(code: FindingCode, nodes: tuple[str, ...], edges: tuple[str, ...], message: str) -> Finding:
    return Finding(code, code.severity, nodes, edges, message)


def no_paying_customer(index: MapIndex) -> Iterator[Finding]:
    for product in index.products:
        if product not in index.payers_of:
            name = quoted(index.nodes[product])
            yield _finding(C.NO_PAYING_CUSTOMER, (product,), (),
                           f"Nobody pays for {name}: no customer, no business.")


def no_users(index: MapIndex) -> Iterator[Finding]:
    for product in index.products:
        if product not in index.users_of:
            yield _finding(C.NO_USERS, (product,), (), f"Nobody uses {quoted(index.nodes[product])}.")


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
            yield _finding(
                C.COMPANY_WITHOUT_DECISION_MAKER, (company, product),
                tuple(pays_ids[(company, product)]),
                f"{quoted(index.nodes[company])} pays for {quoted(index.nodes[product])}, "
                "but nobody in it decides on buying it.",
            )


def unheard(index: MapIndex) -> Iterator[Finding]:
    for product, users in unheard_users(index).items():
        names = [quoted(index.nodes[user]) for user in users]
        verb = "uses" if len(users) == 1 else "use"
        wanted = set(users)
        edges = tuple(e.id for e in index.uses_edges[product] if e.source in wanted)
        yield _finding(
            C.UNHEARD_USERS, (product, *users), edges,
            f"{listing(names)} {verb} {quoted(index.nodes[product])}, but no chain of "
            "influence reaches anyone who decides on it.",
        )


def decision_maker_not_user(index: MapIndex) -> Iterator[Finding]:
    pairs: dict[tuple[str, str], list[str]] = {}
    for edge in index.decides_edges:
        if edge.target not in index.uses_by.get(edge.source, ()):
            pairs.setdefault((edge.source, edge.target), []).append(edge.id)
    for (actor, product), edges in pairs.items():
        yield _finding(
            C.DECISION_MAKER_NOT_USER, (actor, product), tuple(edges),
            f"{quoted(index.nodes[actor])} decides on {quoted(index.nodes[product])} "
            "but does not use it.",
        )


def users_not_customers(index: MapIndex, use: dict[str, dict[str, Funding]]) -> Iterator[Finding]:
    for product in index.products:
        users = use.get(product)
        if not users or product not in index.payers_of:
            continue
        if all(funding is Funding.FREE for funding in users.values()):
            yield _finding(
                C.USERS_NOT_CUSTOMERS, (product,), (),
                f"Nobody who uses {quoted(index.nodes[product])} pays for it: "
                "its users and its customers are different people.",
            )


_MISMATCH = {
    Kind.BUYER: ("pays_by", "pays for nothing"),
    Kind.DECISION_MAKER: ("decides_by", "decides on nothing"),
    Kind.END_USER: ("uses_by", "uses nothing"),
}


def role_mismatch(index: MapIndex) -> Iterator[Finding]:
    for actor in index.actors:
        node = index.nodes[actor]
        expected = _MISMATCH.get(node.kind)
        if expected and actor not in getattr(index, expected[0]):
            article = "an" if kind_word(node.kind)[0] in "aeiou" else "a"
            yield _finding(
                C.ROLE_MISMATCH, (actor,), (),
                f"{quoted(node)} is {article} {kind_word(node.kind)} but {expected[1]}.",
            )


def isolated(index: MapIndex) -> Iterator[Finding]:
    for node_id, node in index.nodes.items():
        if node_id not in index.connected:
            yield _finding(C.ISOLATED, (node_id,), (), f"{quoted(node)} is not connected to anything.")


def invalid_relation(index: MapIndex) -> Iterator[Finding]:
    for edge in index.invalid:
        source, target = index.nodes[edge.source], index.nodes[edge.target]
        if edge.source == edge.target:
            nodes: tuple[str, ...] = (edge.source,)
            message = (f"A link cannot join {quoted(source)} to itself "
                       f"({quoted(source)} {edge.relation.label} {quoted(source)}).")
        else:
            nodes = (edge.source, edge.target)
            message = (f"{quoted(source)} ({kind_word(source.kind)}) cannot "
                       f"{bare_verb(edge.relation)} {quoted(target)} ({kind_word(target.kind)}).")
        yield _finding(C.INVALID_RELATION, nodes, (edge.id,), message)


def revenue_concentration(index: MapIndex) -> Iterator[Finding]:
    for product in index.products:
        priced = [e for e in index.pays_edges.get(product, ()) if e.amount is not None]
        if len(priced) < 2:
            continue
        yearly: dict[str, float] = {}
        edges: dict[str, list[str]] = defaultdict(list)
        for edge in priced:
            times = edge.period.times_per_year if edge.period is not None else 1
            yearly[edge.source] = yearly.get(edge.source, 0.0) + edge.amount * times
            edges[edge.source].append(edge.id)
        total = sum(yearly.values())
        if total <= 0:
            continue
        for payer, revenue in yearly.items():
            if revenue / total > 0.5:
                yield _finding(
                    C.REVENUE_CONCENTRATION, (payer, product), tuple(edges[payer]),
                    f"{quoted(index.nodes[payer])} brings {share(revenue / total)} of the "
                    f"yearly revenue of {quoted(index.nodes[product])}.",
                )


def all_findings(index: MapIndex, use: dict[str, dict[str, Funding]]) -> tuple[Finding, ...]:
    """Every finding, most severe first, then by code, then in the map's order."""
    found = [
        *no_paying_customer(index), *no_users(index), *company_without_decision_maker(index),
        *unheard(index), *decision_maker_not_user(index), *users_not_customers(index, use),
        *role_mismatch(index), *isolated(index), *invalid_relation(index),
        *revenue_concentration(index),
    ]
    order = index.order
    found.sort(key=lambda f: (-f.severity.rank, f.code, [order[n] for n in f.nodes]))
    return tuple(found)
