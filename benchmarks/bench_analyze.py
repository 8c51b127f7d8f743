"""How fast is ``stakeholder-map analyze`` on a big map, against a floor that only reads it?

Generates (fixed seed) a map of 20,000 actors, 50 products and about 60,000 edges, with
positions so no layout runs, writes it to a temporary file, then times whole processes
(median of several runs):

- the command: ``python -m stakeholder_map analyze FILE --format json``
- the floor: a Python process that imports networkx, reads the same JSON and builds a
  ``networkx.MultiDiGraph`` of it.

The budget is 3x the floor (the aim is 2x). Usage::

    .venv/bin/python benchmarks/bench_analyze.py [--runs 5] [--check] [--profile]

``--check`` exits with status 1 when the budget is not met; ``--profile`` also prints
a cProfile of loading and analysing the map in this process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUDGET, AIM = 3.0, 2.0

FLOOR = """
import json, sys
import networkx as nx
with open(sys.argv[1], encoding="utf-8") as handle:
    doc = json.load(handle)
graph = nx.MultiDiGraph()
graph.add_nodes_from((n["id"], n) for n in doc["nodes"])
graph.add_edges_from((e["source"], e["target"], e["id"], e) for e in doc["edges"])
"""

# How many actors of each kind (20,000 in all).
ACTORS = {"company": 600, "buyer": 2400, "decision_maker": 1500, "end_user": 12000, "person": 3500}
PRODUCTS = 50


def generate(seed: int = 2024) -> dict:
    """A realistic big map as a v1 document: companies with members, buyers, deciders, users."""
    rng = random.Random(seed)
    nodes: list[dict] = []
    by_kind: dict[str, list[str]] = {}

    def node(kind: str, i: int) -> str:
        ident = f"{kind}{i}"
        nodes.append({"id": ident, "kind": kind, "name": f"{kind.replace('_', ' ').title()} {i}",
                      "x": round(rng.uniform(-5000, 5000), 1), "y": round(rng.uniform(-5000, 5000), 1)})
        by_kind.setdefault(kind, []).append(ident)
        return ident

    products = [node("product", i) for i in range(PRODUCTS)]
    for kind, count in ACTORS.items():
        for i in range(count):
            node(kind, i)
    edges: list[dict] = []

    def edge(source: str, target: str, relation: str, **fields) -> None:
        edges.append({"id": f"e{len(edges)}", "source": source, "target": target,
                      "relation": relation, **fields})

    def some_products(k: int) -> list[str]:
        return rng.sample(products, k)

    companies = by_kind["company"]
    for company in companies:
        for product in some_products(rng.randint(1, 3)):
            edge(company, product, "pays", amount=rng.choice([500, 1200, 9000]),
                 period=rng.choice(["monthly", "yearly"]), agreement="contract")
    for buyer in by_kind["buyer"]:
        for product in some_products(rng.randint(1, 2)):
            edge(buyer, product, "pays", amount=rng.choice([9.99, 49, 120]), period="monthly",
                 agreement=rng.choice(["none", "subscription"]))
        edge(buyer, rng.choice(companies), "member_of")
    for decider in by_kind["decision_maker"]:
        for product in some_products(rng.randint(1, 2)):
            edge(decider, product, "decides")
            if rng.random() < 0.3:
                edge(decider, product, "uses")
        edge(decider, rng.choice(companies), "member_of")
    actors = [a for kind in ACTORS for a in by_kind[kind]]
    deciders = by_kind["decision_maker"] + by_kind["buyer"]
    for user in by_kind["end_user"]:
        for product in some_products(rng.randint(1, 3)):
            edge(user, product, "uses")
            if rng.random() < 0.1:
                edge(user, product, "pays", amount=9.99, period="monthly", agreement="subscription")
        if rng.random() < 0.6:
            edge(user, rng.choice(companies), "member_of")
        if rng.random() < 0.4:
            edge(user, rng.choice(deciders), "influences")
        if rng.random() < 0.3:
            edge(user, rng.choice(by_kind["end_user"]), "influences")
    for person in by_kind["person"]:
        edge(person, rng.choice(actors), "influences")
        if rng.random() < 0.5:
            edge(person, rng.choice(deciders), "influences")
        if rng.random() < 0.3:
            edge(person, rng.choice(products), "uses")
    edges = [e for e in edges if e["source"] != e["target"]]
    return {"format": "stakeholder-map", "version": 1, "title": "Benchmark", "nodes": nodes,
            "edges": edges}


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time of ``runs`` runs of a command, which must succeed.

    CPU time is reported too because it barely moves when other work shares the machine.
    """
    walls, cpus = [], []
    for _ in range(runs):
        cpu, start = _children_cpu(), time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        walls.append(time.perf_counter() - start)
        cpus.append(_children_cpu() - cpu)
        if done.returncode not in (0, 1):
            raise SystemExit(f"{command} failed: {done.stderr.decode(errors='replace')}")
    return statistics.median(walls), statistics.median(cpus)


def profile(path: str) -> None:
    import cProfile
    import pstats

    sys.path.insert(0, str(ROOT))
    from stakeholder_map.analysis import analyze
    from stakeholder_map.fileio import load_map

    profiler = cProfile.Profile()
    profiler.enable()
    result = analyze(load_map(path))
    json.dumps(result.to_json())
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--check", action="store_true", help="exit 1 when over budget")
    parser.add_argument("--profile", action="store_true", help="print a cProfile too")
    args = parser.parse_args()
    doc = generate()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "big.stakemap.json")
        with open(path, "w", encoding="utf-8") as handle:
            json.dump(doc, handle)
        print(f"map: {len(doc['nodes'])} nodes ({PRODUCTS} products), {len(doc['edges'])} edges, "
              f"{os.path.getsize(path) / 1e6:.1f} MB")
        if args.profile:
            profile(path)
        floor = timed([sys.executable, "-c", FLOOR, path], args.runs)
        command = timed([sys.executable, "-m", "stakeholder_map", "analyze", path, "--format", "json"],
                        args.runs)
    ratio, cpu_ratio = command[0] / floor[0], command[1] / floor[1]
    verdict = "within budget" if ratio <= BUDGET else "OVER BUDGET"
    print(f"medians of {args.runs} runs                  wall       cpu")
    print(f"floor (networkx + json + MultiDiGraph): {floor[0]:7.3f} s {floor[1]:7.3f} s")
    print(f"stakeholder-map analyze --format json:  {command[0]:7.3f} s {command[1]:7.3f} s")
    print(f"ratio {ratio:.2f}x wall, {cpu_ratio:.2f}x cpu (budget {BUDGET:g}x, aim {AIM:g}x): {verdict}")
    return 1 if args.check and ratio > BUDGET else 0


if __name__ == "__main__":
    sys.exit(main())
