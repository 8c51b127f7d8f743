"""The key-stakeholder ranking computes networkx's PageRank itself: the same scores, to the bit."""

from collections import Counter

import networkx as nx
import pytest
from hypothesis import given, settings

from stakeholder_map.analysis import analyze
from stakeholder_map.analysis import ranking
from stakeholder_map.analysis.graph import MapIndex

from tests.analysis.builders import make_map
from tests.strategies import maps


def _weighted_edges(index: MapIndex) -> Counter[tuple[str, str]]:
    weights: Counter[tuple[str, str]] = Counter()
    for product, edges in index.pays_edges.items():
        weights.update((e.source, product) for e in edges)
    weights.update((e.source, e.target) for e in index.decides_edges)
    position = index.order.__getitem__
    for source, targets in index.influences.items():
        weights.update((source, t) for t in sorted(targets, key=position))
    for source, companies in index.member_of.items():
        weights.update((source, c) for c in sorted(companies, key=position))
    return weights


def networkx_scores(index: MapIndex) -> dict[str, float]:
    """The ranking as it was first written: a networkx graph and ``nx.pagerank``."""
    weights = _weighted_edges(index)
    if not index.actors:
        return {}
    if not weights:
        return {actor: 1.0 / len(index.nodes) for actor in index.actors}
    graph = nx.DiGraph()
    graph.add_nodes_from(index.nodes)
    graph.add_weighted_edges_from((s, t, w) for (s, t), w in weights.items())
    scores = nx.pagerank(graph, weight="weight")
    return {actor: float(scores[actor]) for actor in index.actors}


@settings(max_examples=150, deadline=None)
@given(maps(max_nodes=14, max_edges=40))
def test_scores_equal_networkx_pagerank_exactly(m):
    index = MapIndex.of(m)
    mine = ranking.key_stakeholder_scores(index)
    theirs = networkx_scores(index)
    assert list(mine) == list(theirs)  # every actor, in map order
    assert mine == theirs  # bit for bit, not approximately


def test_repeated_payments_weigh_more_as_in_networkx():
    m = make_map(
        {"app": ("product", "App"), "a": ("buyer", "A"), "b": ("buyer", "B"), "c": ("person", "C")},
        [("a", "pays", "app"), ("a", "pays", "app"), ("b", "pays", "app"), ("c", "influences", "a")],
    )
    index = MapIndex.of(m)
    assert ranking.key_stakeholder_scores(index) == networkx_scores(index)


def test_no_convergence_falls_back_to_even_scores(monkeypatch):
    m = make_map({"a": ("person", "A"), "b": ("person", "B")}, [("a", "influences", "b")])
    monkeypatch.setattr(ranking, "MAX_ITER", 0)
    assert analyze(m).ranking == {"a": 0.5, "b": 0.5}


def test_pagerank_raises_when_it_cannot_settle(monkeypatch):
    from networkx import PowerIterationFailedConvergence

    monkeypatch.setattr(ranking, "MAX_ITER", 1)
    with pytest.raises(PowerIterationFailedConvergence):
        ranking.pagerank(3, [0, 1], [1, 2])
