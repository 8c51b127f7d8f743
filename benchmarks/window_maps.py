"""Realistic generated maps for the window benchmark (fixed seed).

A map looks like a real one scaled up: products in a central column, accounts (a company
with its buyers, decision-makers, users and people) around the product they mostly use,
payers and deciders on the left, users on the right. Edges mix the five relations the
way real maps do: members of their company, users of products, payers with amounts,
deciders, and influence between people of the same or a nearby account.

The same map comes in three layouts (``POSITIONS``): ``placed`` as above, ``unplaced``
with no positions at all (the window lays it out when opening it, like a map made by a
script or imported from a spreadsheet), and ``scattered``: every node at a random spot of
a square, so most edges cross the whole map (the worst case for the edge tiles).
"""

from __future__ import annotations

import math
import random
from dataclasses import replace

from stakeholder_map.model import Edge, Kind, Map, Node

# Shares of the non-product nodes (companies are the accounts).
KIND_SHARES = (
    (Kind.COMPANY, 0.10),
    (Kind.BUYER, 0.12),
    (Kind.DECISION_MAKER, 0.10),
    (Kind.END_USER, 0.43),
    (Kind.PERSON, 0.25),
)
# Shares of the edges beyond the member_of ones.
RELATION_SHARES = (("uses", 0.40), ("pays", 0.22), ("decides", 0.12), ("influences", 0.26))
ROW = 60.0  # vertical spacing inside a band, roughly a node and its label
LEFT = (Kind.COMPANY, Kind.BUYER, Kind.DECISION_MAKER)
POSITIONS = ("placed", "unplaced", "scattered")
SCATTER_SPACING = 300.0  # the scattered square gives each node about this much room


def generate_map(nodes: int, edges: int, seed: int = 7, positions: str = "placed") -> Map:
    """A map of ``nodes`` nodes and ``edges`` edges (at least a few of each), its nodes
    ``placed``, ``unplaced`` or ``scattered`` (see the module docstring)."""
    if positions not in POSITIONS:
        raise ValueError(f"positions must be one of {', '.join(POSITIONS)}, not {positions!r}")
    rng = random.Random(seed)
    nodes = max(nodes, 8)
    product_count = max(2, nodes // 40)
    others = nodes - product_count
    height = max(others * ROW / 6.0, 600.0)  # six columns of stakeholders or so
    products = [Node(f"p{i}", Kind.PRODUCT, f"Product {i}", x=rng.uniform(-150, 150),
                     y=-height / 2 + (i + 0.5) * height / product_count)
                for i in range(product_count)]

    kinds = [kind for kind, share in KIND_SHARES for _ in range(max(1, round(share * others)))]
    kinds = (kinds + [Kind.END_USER] * others)[:others]
    rng.shuffle(kinds)
    if Kind.COMPANY not in kinds:
        kinds[0] = Kind.COMPANY
    companies = [i for i, k in enumerate(kinds) if k is Kind.COMPANY]
    home: list[int] = []  # each node's home product index
    actors: list[Node] = []
    for i, kind in enumerate(kinds):
        product = rng.randrange(product_count)
        home.append(product)
        side = -1 if kind in LEFT else 1
        x = side * rng.uniform(400, 400 + 2200 * (1.5 if kind is Kind.END_USER else 1.0))
        y = products[product].y + rng.gauss(0, height / product_count)
        actors.append(Node(f"n{i}", kind, f"{kind.label} {i}", x=round(x, 1), y=round(y, 1)))

    # Accounts: every non-company actor belongs to the company closest in the list order.
    edge_list: list[Edge] = []

    def add(source: Node, target: Node, relation: str, **fields) -> None:
        if len(edge_list) < edges and source.id != target.id:
            edge_list.append(Edge(f"e{len(edge_list)}", source.id, target.id, relation, **fields))

    company_of = {}
    for i, node in enumerate(actors):
        if node.kind is not Kind.COMPANY:
            company_of[i] = companies[min(len(companies) - 1, i * len(companies) // len(actors))]
    # About a fifth of the edges say who belongs to which company.
    member_chance = min(1.0, 0.2 * edges / max(1, len(company_of)))
    for i, c in company_of.items():
        if rng.random() < member_chance:
            add(actors[i], actors[c], "member_of")

    by_kind: dict[Kind, list[int]] = {}
    for i, node in enumerate(actors):
        by_kind.setdefault(node.kind, []).append(i)
    sources = {
        "uses": by_kind.get(Kind.END_USER, []) + by_kind.get(Kind.PERSON, []),
        "pays": by_kind.get(Kind.BUYER, []) + by_kind.get(Kind.COMPANY, []),
        "decides": by_kind.get(Kind.DECISION_MAKER, []),
        "influences": list(range(len(actors))),
    }
    relations = [r for r, _ in RELATION_SHARES]
    weights = [w if sources[r] else 0.0 for r, w in RELATION_SHARES]
    while len(edge_list) < edges:
        relation = rng.choices(relations, weights)[0]
        i = rng.choice(sources[relation])
        source = actors[i]
        if relation == "influences":
            j = min(len(actors) - 1, max(0, i + rng.randint(-40, 40)))  # a nearby account
            add(source, actors[j], relation)
            continue
        product = home[i] if rng.random() < 0.8 else rng.randrange(product_count)
        fields = {}
        if relation == "pays":
            fields = {"amount": rng.randint(1, 500) * 10,
                      "period": rng.choice(["monthly", "yearly", "one_time"])}
        add(source, products[product], relation, **fields)

    all_nodes = products + actors
    if positions == "unplaced":
        all_nodes = [replace(n, x=None, y=None) for n in all_nodes]
    elif positions == "scattered":
        side = math.sqrt(len(all_nodes)) * SCATTER_SPACING
        spot = random.Random(seed + 1)  # the same graph as the other layouts
        all_nodes = [replace(n, x=round(spot.uniform(0, side), 1), y=round(spot.uniform(0, side), 1))
                     for n in all_nodes]
    result = Map("Benchmark map")
    result.add(all_nodes, edge_list)
    return result
