"""Key stakeholders: PageRank over who influences, decides, pays and belongs to whom.

Edges point the way weight flows: ``influences`` source -> target, ``decides`` and
``pays`` actor -> product, ``member_of`` member -> company. Repeated edges between the
same two nodes add weight (``pays``, ``decides``). Only valid edges count (``MapIndex`` already left the
invalid ones out).

>>> from stakeholder_map.model import Kind, Map, Relation
>>> from stakeholder_map.analysis.graph import MapIndex
>>> m = Map()
>>> for i in ("a", "b", "c"):
...     _ = m.add_node(i, Kind.PERSON, i)
>>> _ = m.connect("a", "c", Relation.INFLUENCES)
>>> _ = m.connect("b", "c", Relation.INFLUENCES)
>>> scores = key_stakeholder_scores(MapIndex.of(m))
>>> max(scores, key=scores.get)
'c'
"""

from __future__ import annotations

from collections import Counter

from stakeholder_map.analysis.graph import MapIndex


def _weighted_edges(index: MapIndex) -> Counter[tuple[str, str]]:
    weights: Counter[tuple[str, str]] = Counter()
    for product, edges in index.pays_edges.items():
        weights.update((e.source, product) for e in edges)
    weights.update((e.source, e.target) for e in index.decides_edges)
    # Sets iterate in an order that changes between runs; the map's order keeps the
    # scores identical to the last bit from one run to the next.
    position = index.order.__getitem__
    for source, targets in index.influences.items():
        weights.update((source, t) for t in sorted(targets, key=position))
    for source, companies in index.member_of.items():
        weights.update((source, c) for c in sorted(companies, key=position))
    return weights


def key_stakeholder_scores(index: MapIndex) -> dict[str, float]:
    """Every actor, in map order, with its PageRank score (the scores of all nodes sum to 1).

    With no edges, or when PageRank cannot run, every actor gets the same score.
    """
    if not index.actors:
        return {}
    import networkx as nx  # here, so the command line's JSON path never loads it

    weights = _weighted_edges(index)
    if weights:
        graph = nx.DiGraph()
        graph.add_nodes_from(index.nodes)
        graph.add_weighted_edges_from((s, t, w) for (s, t), w in weights.items())
        try:
            scores = nx.pagerank(graph, weight="weight")  # imports scipy itself, lazily
        except (ImportError, nx.PowerIterationFailedConvergence):
            scores = None
        if scores is not None:
            return {actor: float(scores[actor]) for actor in index.actors}
    even = 1.0 / len(index.nodes)
    return {actor: even for actor in index.actors}
