"""Big and deep maps: no recursion limits, and the benchmark's map is a valid one."""

import importlib.util
import json
from pathlib import Path

import pytest

from stakeholder_map.analysis import analyze
from stakeholder_map.fileio import loads_map
from stakeholder_map.model import Edge, Kind, Map, Node, Relation

ROOT = Path(__file__).resolve().parents[2]


def test_a_chain_of_influence_far_deeper_than_the_recursion_limit():
    n = 30_000
    nodes = [Node("app", Kind.PRODUCT, "App"), Node("boss", Kind.DECISION_MAKER, "Boss")]
    nodes += [Node(f"p{i}", Kind.END_USER, f"P{i}") for i in range(n)]
    edges = [Edge("d", "boss", "app", Relation.DECIDES)]
    edges += [Edge(f"u{i}", f"p{i}", "app", Relation.USES) for i in range(n)]
    edges += [Edge(f"i{i}", f"p{i}", f"p{i + 1}", Relation.INFLUENCES) for i in range(n - 1)]
    edges += [Edge("last", f"p{n - 1}", "boss", Relation.INFLUENCES)]
    m = Map()
    m.add(nodes, edges)
    result = analyze(m)
    assert not [f for f in result.findings if f.code == "unheard_users"]
    assert all("influencer" in result.roles[f"p{i}"] for i in (0, n // 2, n - 1))


def test_many_products_in_the_bitsets():
    m = Map()
    products = [Node(f"p{i}", Kind.PRODUCT, f"P{i}") for i in range(3000)]
    m.add(products + [Node("boss", Kind.DECISION_MAKER, "Boss"), Node("u", Kind.END_USER, "U")],
          [Edge(f"d{i}", "boss", f"p{i}", Relation.DECIDES) for i in range(3000)]
          + [Edge(f"u{i}", "u", f"p{i}", Relation.USES) for i in range(0, 3000, 2)]
          + [Edge("i", "u", "boss", Relation.INFLUENCES)])
    result = analyze(m)
    assert not [f for f in result.findings if f.code == "unheard_users"]
    assert len([f for f in result.findings if f.code == "no_users"]) == 1500


@pytest.mark.slow
def test_the_benchmark_map_is_valid_placed_and_analysable():
    spec = importlib.util.spec_from_file_location("bench_analyze", ROOT / "benchmarks" / "bench_analyze.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    doc = bench.generate()
    assert doc == bench.generate()  # a fixed seed
    m = loads_map(json.dumps(doc))
    assert sum(1 for n in m.nodes.values() if n.kind.is_actor) == 20_000
    assert sum(1 for n in m.nodes.values() if n.kind is Kind.PRODUCT) == 50
    assert 55_000 <= len(m.edges) <= 65_000
    assert all(n.position is not None for n in m.nodes.values())
    assert {e.relation for e in m.edges.values()} == set(Relation)
    result = analyze(m)
    assert len(result.roles) == 20_000
    assert not [f for f in result.findings if f.code == "invalid_relation"]
