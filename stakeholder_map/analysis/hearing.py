"""Who is heard by the deciding side of each product (for the ``unheard_users`` finding).

A user is heard for a product P when it is on P's deciding side, or when one or more
``influences`` steps lead from it to an actor on that side. Rather than one search per
product, the influences graph is condensed once into its strongly connected components;
each component then gets, as a Python integer used as a bitset, the products whose
deciding side it can reach, computed sinks first. Everyone in a component of two or
more actors reaches everyone else in it (and so itself) in one or more steps; a lone
actor is heard by itself only by being on the deciding side: both cases give the same
set, the component's own bits plus those of every component it leads to.
"""

from __future__ import annotations

import networkx as nx

from stakeholder_map.analysis.graph import MapIndex


def deciding_bits(index: MapIndex, products: list[str]) -> dict[str, int]:
    """For each actor on some deciding side, the bitset of those products (bit i = products[i])."""
    bits: dict[str, int] = {}
    for i, product in enumerate(products):
        bit = 1 << i
        for actor in index.deciding_side(product):
            bits[actor] = bits.get(actor, 0) | bit
    return bits


def heard_bits(index: MapIndex, own: dict[str, int]) -> dict[str, int]:
    """For each actor with an ``influences`` edge, the products whose deciding side hears it."""
    if not index.influences:
        return {}
    graph = nx.DiGraph()
    graph.add_edges_from(
        (source, target) for source, targets in index.influences.items() for target in targets
    )
    condensed = nx.condensation(graph)
    members = condensed.nodes(data="members")
    reach: dict[int, int] = {}
    for component in reversed(list(nx.topological_sort(condensed))):
        bits = 0
        for actor in members[component]:
            bits |= own.get(actor, 0)
        for successor in condensed.successors(component):
            bits |= reach[successor]
        reach[component] = bits
    mapping = condensed.graph["mapping"]
    return {actor: reach[component] for actor, component in mapping.items()}


def unheard_users(index: MapIndex) -> dict[str, list[str]]:
    """Each product with a deciding side and users it does not hear, with those users."""
    products = [p for p in index.products if p in index.users_of]
    own = deciding_bits(index, products)
    heard = heard_bits(index, own)
    result: dict[str, list[str]] = {}
    for i, product in enumerate(products):
        bit = 1 << i
        if not index.deciding_side(product):
            continue
        unheard = [
            user for user in index.users_of[product]
            if not (heard.get(user, own.get(user, 0)) & bit)
        ]
        if unheard:
            result[product] = unheard
    return result
