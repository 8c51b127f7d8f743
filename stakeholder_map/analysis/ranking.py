"""Key stakeholders: PageRank over who influences, decides, pays and belongs to whom.

Edges point the way weight flows: ``influences`` source -> target, ``decides`` and
``pays`` actor -> product, ``member_of`` member -> company. Repeated edges between the
same two nodes add weight (``pays``, ``decides``). Only valid edges count (``MapIndex`` already left the
invalid ones out).

The scores come from ``networkx.pagerank`` on a weighted directed graph built straight from
the links the index keeps (``MapIndex.link_sources`` and ``link_targets``); repeated links
between two nodes become one edge whose weight counts them. The window computes them in its
analysis worker, and only when a change touches the links that carry influence.

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

MAX_ITER = 100  # networkx's default


def pagerank(size: int, sources: list[int], targets: list[int]) -> list[float]:
    """Each node's PageRank (by position) in a graph of ``size`` nodes whose edges are the
    links ``sources[i] -> targets[i]`` (repeats add weight), as ``networkx.pagerank`` gives it.
    """
    import networkx as nx

    graph = nx.DiGraph()
    graph.add_nodes_from(range(size))
    weights = Counter(zip(sources, targets))
    graph.add_weighted_edges_from((u, v, w) for (u, v), w in weights.items())
    scores = nx.pagerank(graph, weight="weight", max_iter=MAX_ITER)
    return [scores[i] for i in range(size)]


def key_stakeholder_scores(index: MapIndex) -> dict[str, float]:
    """Every actor, in map order, with its PageRank score (the scores of all nodes sum to 1).

    With no edges, or when PageRank cannot run, every actor gets the same score.
    """
    if not index.actors:
        return {}
    sources, targets = index.link_sources, index.link_targets
    if sources:
        # networkx (and scipy under it) load only when a ranking is asked for: the command
        # line's JSON needs none, and starts faster without them.
        from networkx import PowerIterationFailedConvergence

        try:
            scores = pagerank(len(index.nodes), sources, targets)
        except PowerIterationFailedConvergence:
            scores = None
        if scores is not None:
            order = index.order
            return {actor: scores[order[actor]] for actor in index.actors}
    even = 1.0 / len(index.nodes)
    return {actor: even for actor in index.actors}
