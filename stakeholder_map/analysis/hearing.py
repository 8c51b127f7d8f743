"""Who is heard by the deciding side of each product (for the ``unheard_users`` finding).

A user is heard for a product P when it is on P's deciding side, or when one or more
``influences`` steps lead from it to an actor on that side. Rather than one search per
product, one pass of Tarjan's algorithm finds the strongly connected components of the
influences graph, sinks first; each component then gets, as a Python integer used as a
bitset, the products whose deciding side it can reach: its members' own bits plus those
of every component it leads to, which are already known. Everyone in a component of two
or more actors reaches everyone in it (itself included) in one or more steps; a lone actor
hears itself only by being on the deciding side: both cases give that same set.

The pass is written out rather than built from ``networkx.condensation`` because building
two networkx graphs cost more than the whole rest of the analysis on a 20,000-actor map
(see ``benchmarks/bench_analyze.py``).

>>> heard_bits({"kid": {"mum"}, "mum": {"dad"}, "dad": {"mum"}}, {"mum": 0b01, "dad": 0b10})
{'dad': 3, 'mum': 3, 'kid': 3}
"""

from __future__ import annotations

from stakeholder_map.analysis.graph import MapIndex


def deciding_bits(index: MapIndex, products: list[str]) -> dict[str, int]:
    """For each actor on some deciding side, the bitset of those products (bit i = products[i])."""
    bits: dict[str, int] = {}
    for i, product in enumerate(products):
        bit = 1 << i
        for actor in index.deciding_side(product):
            bits[actor] = bits.get(actor, 0) | bit
    return bits


def heard_bits(influences: dict[str, set[str]], own: dict[str, int]) -> dict[str, int]:
    """For each actor with an outgoing ``influences`` edge or reached by one, the OR of
    ``own`` over every actor reachable from it in one or more steps, and its own bits.

    Tarjan's algorithm without recursion; a component is finished only after every
    component it leads to, so their bits are ready when it is.
    """
    number: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    reach: dict[str, int] = {}
    empty: tuple[str, ...] = ()
    for root in influences:
        if root in number:
            continue
        number[root] = low[root] = len(number)
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(influences.get(root, empty)))]
        while work:
            node, successors = work[-1]
            for successor in successors:
                if successor not in number:
                    number[successor] = low[successor] = len(number)
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(influences.get(successor, empty))))
                    break
                if successor in on_stack and number[successor] < low[node]:
                    low[node] = number[successor]
            else:
                work.pop()
                if work and low[node] < low[work[-1][0]]:
                    low[work[-1][0]] = low[node]
                if low[node] == number[node]:
                    _finish_component(node, stack, on_stack, influences, own, reach)
    return reach


def _finish_component(
    head: str, stack: list[str], on_stack: set[str], influences: dict[str, set[str]],
    own: dict[str, int], reach: dict[str, int],
) -> None:
    members = []
    while True:
        member = stack.pop()
        on_stack.discard(member)
        members.append(member)
        if member == head:
            break
    bits = 0
    for member in members:
        bits |= own.get(member, 0)
        for successor in influences.get(member, ()):
            bits |= reach.get(successor, 0)  # members of this component are not in reach yet
    for member in members:
        reach[member] = bits
