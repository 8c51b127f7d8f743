"""The automatic layout: banded, readable, overlap-free, deterministic and fast."""

from __future__ import annotations

import time
from itertools import combinations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from stakeholder_map.layout import NODE_HEIGHT, NODE_WIDTH, arrange, place_missing
from stakeholder_map.model import Edge, Kind, Map, Node, Relation
from tests.strategies import maps

# Check with room to spare: products are drawn larger, and small nodes write their name below.
BOX_W, BOX_H = NODE_WIDTH + 20, NODE_HEIGHT + 44  # a product is 176 wide; small nodes have a name below


def overlapping(positions, among=None) -> list:
    """Pairs of ids whose boxes would overlap (only pairs touching ``among`` when given)."""
    cells: dict = {}
    for node_id, (x, y) in positions.items():
        cells.setdefault((int(x // BOX_W), int(y // BOX_H)), []).append(node_id)
    found = []
    for node_id, (x, y) in positions.items():
        cx, cy = int(x // BOX_W), int(y // BOX_H)
        for i in (cx - 1, cx, cx + 1):
            for j in (cy - 1, cy, cy + 1):
                for other in cells.get((i, j), ()):
                    if other <= node_id or (among is not None and not ({node_id, other} & among)):
                        continue
                    ox, oy = positions[other]
                    if abs(ox - x) < BOX_W and abs(oy - y) < BOX_H:
                        found.append((node_id, other))
    return found


def stakeholders() -> Map:
    m = Map("School app")
    for node_id, kind in [("app", "product"), ("school", "company"), ("head", "decision_maker"),
                          ("parent", "buyer"), ("pupil", "end_user"), ("teacher", "end_user"),
                          ("advisor", "person"), ("press", "person"), ("lonely", "person")]:
        m.add_node(node_id, kind, node_id.title())
    m.connect("school", "app", Relation.PAYS, amount=100)
    m.connect("head", "app", Relation.DECIDES)
    m.connect("head", "school", Relation.MEMBER_OF)
    m.connect("parent", "app", Relation.PAYS)
    m.connect("pupil", "app", Relation.USES)
    m.connect("teacher", "app", Relation.USES)
    m.connect("teacher", "school", Relation.MEMBER_OF)
    m.connect("advisor", "head", Relation.INFLUENCES)
    m.connect("press", "advisor", Relation.INFLUENCES)
    return m


def test_products_stand_between_payers_and_users_and_influencers_beyond_deciders():
    pos = arrange(stakeholders())
    x = {k: v[0] for k, v in pos.items()}
    assert x["app"] == 0
    assert max(x["school"], x["head"], x["parent"]) < x["app"] < min(x["pupil"], x["teacher"])
    assert x["press"] < x["advisor"] < x["head"]
    assert set(pos) == set(stakeholders().nodes)
    assert not overlapping(pos)


def test_positions_are_rounded_and_deterministic():
    m = stakeholders()
    first = arrange(m)
    assert first == arrange(m) == arrange(m.copy())
    assert all(round(v, 1) == v for p in first.values() for v in p)


def test_neighbours_are_ordered_to_avoid_crossings():
    m = Map()
    for i in range(2):
        m.add_node(f"p{i}", Kind.PRODUCT, f"P{i}")
    # inserted in the order that would cross: the payer of p1 first, the user of p0 first
    m.add_node("pay1", Kind.BUYER, "B1")
    m.add_node("pay0", Kind.BUYER, "B0")
    m.add_node("use1", Kind.END_USER, "U1")
    m.add_node("use0", Kind.END_USER, "U0")
    for i in range(2):
        m.connect(f"pay{i}", f"p{i}", Relation.PAYS)
        m.connect(f"use{i}", f"p{i}", Relation.USES)
    pos = arrange(m)
    for a, b in [("pay0", "use0"), ("pay1", "use1")]:
        product = "p" + a[-1]
        assert pos[a][1] == pos[product][1] == pos[b][1]


@given(maps(max_nodes=25, max_edges=40, only_allowed=True))
def test_no_overlaps_and_the_sides_hold_on_any_map(m):
    pos = arrange(m)
    assert set(pos) == set(m.nodes)
    assert not overlapping(pos)
    products = [pos[n][0] for n, node in m.nodes.items() if node.kind is Kind.PRODUCT]
    if not products:
        return
    for node_id, node in m.nodes.items():
        relations = {e.relation for e in m.edges_of(node_id)
                     if e.source == node_id and m.node(e.target).kind is Kind.PRODUCT}
        if relations and relations <= {Relation.PAYS, Relation.DECIDES}:
            assert pos[node_id][0] < min(products)
        if relations == {Relation.USES}:
            assert pos[node_id][0] > max(products)


def big_map() -> Map:
    m = Map()
    kinds = [Kind.COMPANY, Kind.BUYER, Kind.DECISION_MAKER, Kind.END_USER, Kind.PERSON]
    nodes = [Node(f"n{i}", Kind.PRODUCT if i % 50 == 0 else kinds[i % 5], str(i)) for i in range(20_000)]
    relations = [Relation.PAYS, Relation.USES, Relation.DECIDES]
    edges = [Edge(f"e{j}", f"n{(j * 7919) % 20_000}", f"n{(j * 50) % 20_000}", relations[j % 3])
             for j in range(60_000)]
    m.add(nodes, edges)
    return m


@pytest.mark.slow
def test_a_big_map_is_laid_out_fast_without_overlaps():
    m = big_map()
    start = time.perf_counter()
    pos = arrange(m)
    elapsed = time.perf_counter() - start
    assert elapsed < 8, elapsed  # about 0.7 s idle; generous for busy shared runners
    assert len(pos) == 20_000 and not overlapping(pos)
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    width, height = max(xs) - min(xs), max(ys) - min(ys)
    assert width < 6 * height and height < 6 * width  # tall bands wrap into sub-columns


@pytest.mark.slow
def test_placing_half_of_a_big_map_is_fast_without_overlaps():
    m = big_map()
    m.move_nodes({k: v for i, (k, v) in enumerate(arrange(m).items()) if i % 2})
    start = time.perf_counter()
    pos = place_missing(m)
    assert time.perf_counter() - start < 8  # about 1 s idle (searching spot by spot took 78 s)
    assert len(pos) == 10_000
    everything = {**{n: node.position for n, node in m.nodes.items() if node.position is not None}, **pos}
    assert not overlapping(everything, among=set(pos))


def test_an_empty_map_and_maps_without_products():
    assert arrange(Map()) == {}
    m = Map()
    m.add_node("a", Kind.PERSON, "A")
    m.add_node("b", Kind.COMPANY, "B")
    m.connect("a", "b", Relation.MEMBER_OF)
    pos = arrange(m)
    assert set(pos) == {"a", "b"} and not overlapping(pos)


def test_place_missing_leaves_placed_nodes_alone_and_puts_new_ones_beside_neighbours():
    m = stakeholders()
    m.move_nodes({"app": (1000, 500), "school": (700, 500), "pupil": (1300, 500)})
    pos = place_missing(m)
    assert set(pos) == set(m.nodes) - {"app", "school", "pupil"}
    assert pos["teacher"][0] > 1000 and pos["parent"][0] < 1000 and pos["head"][0] < 1000
    assert pos["advisor"][0] < pos["head"][0]
    everything = {**{k: m.node(k).position for k in ("app", "school", "pupil")}, **pos}
    assert not overlapping(everything)
    assert place_missing(m) == pos  # deterministic


def test_unconnected_unplaced_parts_go_below_the_drawing():
    m = stakeholders()
    m.move_nodes({k: v for k, v in arrange(m).items() if k != "lonely"})
    m.add_node("p2", Kind.PRODUCT, "Other")
    m.add_node("u2", Kind.END_USER, "Other user")
    m.connect("u2", "p2", Relation.USES)
    pos = place_missing(m)
    assert set(pos) == {"lonely", "p2", "u2"}
    lowest = max(n.y for n in m.nodes.values() if n.position is not None)
    assert min(p[1] for p in pos.values()) > lowest
    assert pos["p2"][0] < pos["u2"][0] and pos["p2"][1] == pos["u2"][1]


def test_place_missing_with_nothing_or_everything_missing():
    m = stakeholders()
    assert place_missing(m) == arrange(m)
    m.move_nodes(arrange(m))
    assert place_missing(m) == {}


@given(maps(max_nodes=20, max_edges=30), st.data())
def test_place_missing_never_overlaps_what_it_places(m, data):
    pos = place_missing(m)
    missing = {n for n, node in m.nodes.items() if node.position is None}
    assert set(pos) == missing
    everything = {**{n: node.position for n, node in m.nodes.items() if node.position is not None}, **pos}
    assert not overlapping(everything, among=missing)
    assert all(round(v, 1) == v for p in pos.values() for v in p)
