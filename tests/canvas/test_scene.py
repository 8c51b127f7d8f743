"""The scene builds one item per node and edge and follows every change of the map."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from stakeholder_map.canvas import MapScene
from stakeholder_map.canvas.edge_item import EdgeItem
from stakeholder_map.canvas.node_item import NodeItem
from stakeholder_map.model import Change, Edge, Map, Node


def test_builds_an_item_for_every_node_and_edge(scene, the_map):
    assert {i.node.id for i in scene.node_items()} == set(the_map.nodes)
    assert {i.edge.id for i in scene.edge_items()} == set(the_map.edges)
    assert scene.node_item("ads").pos() == QPointF(-300, 0)
    assert sum(isinstance(i, NodeItem) for i in scene.items()) == 3
    assert sum(isinstance(i, EdgeItem) for i in scene.items()) == 2


def test_pays_edge_carries_amount_and_period_label(scene):
    assert scene.edge_item("e1").label == "1,200 / mo · contract"
    assert scene.edge_item("e2").label == ""


def test_follows_additions_and_removals(scene, the_map):
    the_map.add_node("bob", "buyer", "Bob", x=0, y=200)
    the_map.connect("bob", "search", "pays", edge_id="e3", amount=5, period="yearly")
    assert scene.node_item("bob").node.name == "Bob"
    assert scene.edge_item("e3").label == "5 / yr"
    assert scene.edge_item("e3") in scene.node_item("bob").edges
    change = the_map.remove(["bob"])
    assert scene.node_item("bob") is None and scene.edge_item("e3") is None
    assert all(e.edge.id != "e3" for e in scene.node_item("search").edges)
    the_map.apply(change.inverted())  # undo brings both back
    assert scene.node_item("bob") is not None and scene.edge_item("e3") is not None


def test_follows_updates_and_moves(scene, the_map):
    the_map.update_node("ads", name="Advertisers Inc", kind="buyer")
    item = scene.node_item("ads")
    assert item.node.name == "Advertisers Inc" and item.node.kind == "buyer"
    edge = scene.edge_item("e1")
    before = edge.boundingRect()
    change = the_map.move_nodes({"ads": (-500.0, 100.0)})
    assert change.only_moves
    assert item.pos() == QPointF(-500, 100)
    assert edge.boundingRect() != before  # the edge followed its node
    assert edge.boundingRect().left() < -400
    the_map.apply(change.inverted())
    assert item.pos() == QPointF(-300, 0)
    the_map.update_edge("e1", amount=99)
    assert scene.edge_item("e1").label == "99 / mo · contract"


def test_parallel_edges_bend_apart(scene, the_map):
    the_map.connect("people", "search", "pays", edge_id="e9")
    a, b = scene.edge_item("e2"), scene.edge_item("e9")
    assert a.offset == -b.offset != 0
    assert a.point_at(0.5) != b.point_at(0.5)
    the_map.remove(edge_ids=["e9"])
    assert scene.edge_item("e2").offset == 0


def test_self_loop_and_unplaced_nodes_are_drawn():
    m = Map()
    m.add([Node("a", "person", "A"), Node("b", "person", "B")], [Edge("l", "a", "a", "influences")])
    s = MapScene(m)
    assert s.node_item("a").pos() != s.node_item("b").pos()
    loop = s.edge_item("l")
    assert loop.boundingRect().height() > 30
    s.detach()


def test_set_map_replaces_everything_and_stops_following_the_old_map(scene, the_map):
    other = Map()
    other.add_node("x", "person", "X", x=0, y=0)
    scene.set_map(other)
    assert [i.node.id for i in scene.node_items()] == ["x"]
    the_map.add_node("late", "person", "Late", x=0, y=0)
    assert scene.node_item("late") is None


def test_selection_api(scene):
    scene.select_ids(["ads", "nope"], ["e2"])
    assert scene.selected_node_ids() == ["ads"]
    assert scene.selected_edge_ids() == ["e2"]
    scene.select_ids(["search"], [])
    assert scene.selected_node_ids() == ["search"] and scene.selected_edge_ids() == []


def test_map_rect_covers_every_item(scene):
    rect = scene.map_rect()
    for item in scene.node_items() + scene.edge_items():
        assert rect.contains(item.sceneBoundingRect())


def _grid_with_links_at_its_edges(side: int) -> Map:
    """People on a grid, each influencing its neighbours; along the edge of the map, links
    that reach outside the nodes: a long label, a labelled loop, a fan of parallel links."""
    m = Map("Grid")
    long = "a very long label for the link along the top row of the grid " * 2
    m.add([Node(f"n{r}_{c}", "person", f"P {r} {c}", x=c * 160.0, y=r * 120.0)
           for r in range(side) for c in range(side)],
          [Edge(f"h{r}_{c}", f"n{r}_{c}", f"n{r}_{c + 1}", "influences") for r in range(side) for c in range(side - 1)]
          + [Edge(f"v{r}_{c}", f"n{r}_{c}", f"n{r + 1}_{c}", "influences") for r in range(side - 1) for c in range(side)]
          + [Edge("top", "n1_0", "n2_0", "influences", label=long),
             Edge("loop", f"n{side - 1}_{side - 1}", f"n{side - 1}_{side - 1}", "influences", label="talks to itself"),
             Edge("middle", f"n{side // 2}_1", f"n{side // 2}_{side - 2}", "influences", label=long)]
          + [Edge(f"fan{i}", "n3_0", "n4_0", "influences", label=f"reason {i}") for i in range(6)])
    return m


def test_map_rect_covers_the_links_that_reach_outside_the_nodes(qtbot):
    from PySide6.QtCore import QRectF

    for side in (6, 40):  # drawn at once, and a big map whose links wait until looked at
        scene = MapScene(_grid_with_links_at_its_edges(side))
        rect = scene.map_rect()  # asked first: the parked links are not laid out yet
        nodes = QRectF()
        for item in scene.node_items():
            nodes = nodes.united(item.sceneBoundingRect())
        def outside(link: str) -> bool:
            return not nodes.contains(scene.edge_item(link).sceneBoundingRect())

        # they do reach outside the nodes
        assert outside("top") and outside("loop") and any(outside(f"fan{i}") for i in range(6)), side
        for item in scene.edge_items():
            assert rect.contains(item.sceneBoundingRect()), (side, item.edge.id)
        scene.detach()


def test_title_only_change_is_harmless(scene, the_map):
    the_map.set_title("New title")
    assert len(scene.node_items()) == 3


def test_bad_change_refused_by_map_leaves_scene_alone(scene, the_map):
    import pytest
    from stakeholder_map.model import ModelError

    with pytest.raises(ModelError):
        the_map.apply(Change(nodes_added=(Node("search", "product", "dup"),)))
    assert scene.node_item("search").node.name == "Web search"
