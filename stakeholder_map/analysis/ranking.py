"""Key stakeholders: PageRank over who influences, decides, pays and belongs to whom.

Edges point the way weight flows: ``influences`` source -> target, ``decides`` and
``pays`` actor -> product, ``member_of`` member -> company. Repeated edges between the
same two nodes add weight (``pays``, ``decides``). Only valid edges count (``MapIndex`` already left the
invalid ones out).

The power iteration is networkx's ``pagerank`` (its SciPy version) step for step, on a
matrix built straight from the links the index keeps (``MapIndex.link_sources`` and
``link_targets``): building a networkx graph first cost more than the iteration itself
(about 60 ms of 120 ms on a 20,000-node map). The scores are the same to the last bit
(``tests/analysis/test_ranking.py`` compares them).

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

from stakeholder_map.analysis.graph import MapIndex

ALPHA = 0.85  # networkx's defaults
MAX_ITER = 100
TOL = 1.0e-6


class NoConvergence(Exception):
    """The power iteration did not settle within ``MAX_ITER`` steps."""


def pagerank(size: int, sources: list[int], targets: list[int]) -> list[float]:
    """Each node's PageRank (by position), as ``networkx.pagerank(graph, weight="weight")``
    computes it for a graph of ``size`` nodes whose edge weights count these links.

    The matrix is summed into SciPy's canonical form (indices sorted, repeats added up,
    all small integers so exactly): the same matrix networkx builds, whatever the order
    of the links, so the iteration below gives its scores to the bit.
    """
    import numpy as np
    import scipy as sp

    data = np.ones(len(sources), dtype=float)
    A = sp.sparse.coo_array((data, (sources, targets)), shape=(size, size), dtype=float).asformat("csr")
    S = A.sum(axis=1)
    S[S != 0] = 1.0 / S[S != 0]
    Q = sp.sparse.dia_array((S.T, 0), shape=A.shape).tocsr()
    A = Q @ A
    x = np.repeat(1.0 / size, size)
    p = np.repeat(1.0 / size, size)
    dangling_weights = p
    is_dangling = np.where(S == 0)[0]
    for _ in range(MAX_ITER):
        xlast = x
        # The builtin sum, as networkx does: numpy's would add in another order.
        x = ALPHA * (x @ A + sum(x[is_dangling]) * dangling_weights) + (1 - ALPHA) * p
        if np.absolute(x - xlast).sum() < size * TOL:
            return x.tolist()
    raise NoConvergence(MAX_ITER)


def key_stakeholder_scores(index: MapIndex) -> dict[str, float]:
    """Every actor, in map order, with its PageRank score (the scores of all nodes sum to 1).

    With no edges, or when PageRank cannot run, every actor gets the same score.
    """
    if not index.actors:
        return {}
    sources, targets = index.link_sources, index.link_targets
    if sources:
        try:
            scores = pagerank(len(index.nodes), sources, targets)
        except (ImportError, NoConvergence):
            scores = None
        if scores is not None:
            order = index.order
            return {actor: scores[order[actor]] for actor in index.actors}
    even = 1.0 / len(index.nodes)
    return {actor: even for actor in index.actors}
