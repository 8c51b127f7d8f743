"""Map.apply takes a change as a whole or refuses it as a whole, and announces it."""

from __future__ import annotations

import pytest
from hypothesis import given

from stakeholder_map.model import Change, Edge, Kind, Map, ModelError, Node, Relation
from tests.strategies import maps


def sample() -> Map:
    m = Map("Demo", {"theme": "dark"})
    m.add_node("app", Kind.PRODUCT, "App", x=0, y=0)
    m.add_node("acme", Kind.COMPANY, "Acme", x=-300, y=0)
    m.add_node("ann", Kind.END_USER, "Ann")
    m.connect("acme", "app", Relation.PAYS, amount=10)
    m.connect("ann", "app", Relation.USES)
    return m


P = Node("p2", Kind.PRODUCT, "Other")


@pytest.mark.parametrize(
    "make, words",
    [
        (lambda m: Change(nodes_added=(Node("app", Kind.PRODUCT, "x"),)), "'app' is already used"),
        (lambda m: Change(nodes_added=(Node("e1", Kind.PRODUCT, "x"),)), "'e1' is already used"),
        (lambda m: Change(edges_added=(Edge("app", "ann", "app", "uses"),)), "'app' is already used"),
        (lambda m: Change(nodes_added=(P, P)), "'p2' is already used"),
        (lambda m: Change(nodes_added=(P,), edges_added=(Edge("p2", "ann", "app", "uses"),)),
         "'p2' is already used"),
        (lambda m: Change(edges_added=(Edge("e9", "ann", "nobody", "uses"),)), "missing node 'nobody'"),
        (lambda m: Change(edges_added=(Edge("e9", "ghost", "app", "uses"),)), "missing node 'ghost'"),
        (lambda m: Change(nodes_removed=(m.node("app"),)), "still has 2 edge"),
        (lambda m: Change(nodes_removed=(P,)), "no node 'p2'"),
        (lambda m: Change(edges_removed=(Edge("e9", "ann", "app", "uses"),)), "no edge 'e9'"),
        (lambda m: Change(edges_removed=(m.edge("e1"), m.edge("e1"))), "changed twice"),
        (lambda m: Change(nodes_changed=((m.node("ann"), m.node("ann").with_(name="A")),) * 2),
         "changed twice"),
        (lambda m: Change(edges_changed=((m.edge("e1"), m.edge("e1").with_(amount=1)),) * 2),
         "changed twice"),
        (lambda m: Change(nodes_added=(Node("e1", Kind.PRODUCT, "x"),),
                          edges_changed=((m.edge("e1"), m.edge("e1").with_(amount=1)),)), "'e1' is already used"),
        (lambda m: Change(nodes_changed=((m.node("ann"), Node("bob", Kind.END_USER, "B")),)),
         "cannot change its id"),
        (lambda m: Change(edges_changed=((m.edge("e1"), m.edge("e2")),)), "cannot change its id"),
        (lambda m: Change(nodes_changed=((P, P.with_(name="Q")),)), "no node 'p2'"),
        (lambda m: Change(edges_changed=((m.edge("e2"), m.edge("e2").with_(target="ghost")),)),
         "missing node 'ghost'"),
        (lambda m: Change(edges_removed=(m.edge("e2"),), nodes_removed=(m.node("ann"),),
                          edges_added=(Edge("e3", "ann", "app", "uses"),)), "missing node 'ann'"),
        (lambda m: Change(nodes_removed=(m.node("ann"),), edges_removed=(m.edge("e2"),),
                          nodes_changed=((m.node("ann"), m.node("ann").with_(name="x")),)), "no node 'ann'"),
    ],
)
def test_apply_refuses_and_changes_nothing(make, words):
    m = sample()
    before = m.copy()
    seen = []
    m.changed.subscribe(seen.append)
    with pytest.raises(ModelError, match=words):
        m.apply(make(m))
    assert m == before
    assert seen == []
    assert [e.id for e in m.edges_of("app")] == ["e1", "e2"]


def test_removed_ids_can_be_reused_in_the_same_change():
    m = sample()
    old = m.edge("e2")
    m.apply(Change(edges_removed=(old,), edges_added=(old.with_(relation=Relation.DECIDES),)))
    assert m.edge("e2").relation is Relation.DECIDES


def test_removal_takes_the_edges_along_and_inverts():
    m = sample()
    before = m.copy()
    change = m.remove(["app"])
    assert set(m.nodes) == {"acme", "ann"} and not m.edges
    m.apply(change.inverted())
    assert m == before


def test_events_arrive_in_subscription_order_after_the_change():
    m = sample()
    calls = []
    m.changed.subscribe(lambda c: calls.append(("first", m.node("ann").name, c)))
    m.changed.subscribe(lambda c: calls.append(("second", m.node("ann").name, c)))
    m.update_node("ann", name="Anna")
    assert [c[:2] for c in calls] == [("first", "Anna"), ("second", "Anna")]
    assert calls[0][2] is calls[1][2]
    assert calls[0][2].nodes_changed[0][1].name == "Anna"


def test_conveniences_and_no_op_updates():
    m = sample()
    seen = []
    m.changed.subscribe(seen.append)
    m.update_node("ann", name="Ann")  # unchanged: no event
    m.move_nodes({"app": (0, 0)})
    m.set_title("Demo")
    assert seen == []
    m.move_nodes({"app": (5, 6)})
    assert seen[-1].only_moves and m.node("app").position == (5, 6)
    m.set_title("New")
    assert m.title == "New" and seen[-1].title == ("Demo", "New")
    assert m.new_id("e") == "e3" and m.has_id("e1") and not m.has_id("zz")
    with pytest.raises(ModelError, match="no node"):
        m.node("zz")
    with pytest.raises(ModelError, match="no edge"):
        m.edge("zz")


def test_inverted_changes_round_trip():
    m = sample()
    before = m.copy()
    change = Change(
        nodes_added=(P,),
        nodes_changed=((m.node("ann"), m.node("ann").with_(name="Anna", x=1, y=1)),),
        edges_added=(Edge("e3", "acme", "p2", "pays"),),
        edges_changed=((m.edge("e1"), m.edge("e1").with_(amount=99)),),
        title=("Demo", "Other"),
    )
    assert change.inverted().inverted() == change
    m.apply(change)
    assert m.node("p2") == P and m.edge("e1").amount == 99 and m.title == "Other"
    m.apply(change.inverted())
    assert m == before


@given(maps())
def test_removing_everything_then_undoing_restores_any_map(m):
    before = m.copy()
    change = m.remove(list(m.nodes))
    assert len(m) == 0 and not m.edges
    m.apply(change.inverted())
    assert m == before


def test_merged_with_folds_steps_of_one_drag():
    m = sample()
    a0 = m.node("ann")
    a1, a2 = a0.with_(x=1, y=1), a0.with_(x=2, y=2)
    c0 = m.node("acme")
    first = Change(nodes_changed=((a0, a1),))
    second = Change(nodes_changed=((a1, a2), (c0, c0.with_(x=9, y=9))), title=("Demo", "T"))
    merged = first.merged_with(second)
    assert merged.nodes_changed == ((a0, a2), (c0, c0.with_(x=9, y=9)))
    assert merged.title == ("Demo", "T")
    assert first.merged_with(Change(title=("Demo", "X"))).merged_with(Change(title=("X", "Y"))).title == (
        "Demo", "Y")
    assert merged.only_moves is False and first.only_moves is True


def test_change_flags_and_touched_ids():
    m = sample()
    assert Change().is_empty and Change(title=("a", "a")).is_empty
    rename = Change(nodes_changed=((m.node("ann"), m.node("ann").with_(name="B")),))
    assert not rename.only_moves and not rename.is_empty
    removal = m.removal(["ann"])
    assert removal.touched_node_ids() == {"ann"} and removal.touched_edge_ids() == {"e2"}
    assert not removal.only_moves


def test_maps_compare_by_content_not_order():
    a, b = Map("T"), Map("T")
    a.add([Node("x", Kind.PRODUCT, "X"), Node("y", Kind.BUYER, "Y")])
    b.add([Node("y", Kind.BUYER, "Y"), Node("x", Kind.PRODUCT, "X")])
    assert a == b
    b.update_node("x", notes="n")
    assert a != b
    assert a != Map("T", {"k": 1}) and Map("T", {"k": 1}) == Map("T", {"k": 1})
    copy = a.copy()
    copy.update_node("x", name="Z")
    assert a.node("x").name == "X"


def test_merged_with_drops_a_node_moved_back_where_it_started():
    from stakeholder_map.model import Node

    start = Node("a", "person", "A", x=0, y=0)
    moved = start.with_(x=10)
    there = Change(nodes_changed=((start, moved),))
    back = Change(nodes_changed=((moved, start),))
    assert there.merged_with(back).is_empty


def test_a_copy_finds_and_checks_links_by_node_like_its_original():
    m = sample()
    other = m.copy()
    assert other == m and [e.id for e in other.edges_of("app")] == [e.id for e in m.edges_of("app")]
    with pytest.raises(ModelError, match="still has 2 edge"):
        other.apply(Change(nodes_removed=(other.node("app"),)))
    other.remove(["ann"])  # its link goes with it, in the copy only
    assert len(other.edges_of("app")) == 1 and len(m.edges_of("app")) == 2
    m.connect("ann", "acme", Relation.MEMBER_OF)
    assert [e.target for e in m.edges_of("ann")] == ["app", "acme"] and "ann" not in other.nodes


@given(maps(max_nodes=8, max_edges=16))
def test_links_by_node_agree_with_the_links_however_the_map_was_made(m):
    for node_id in m.nodes:
        expected = sorted(e.id for e in m.edges.values() if node_id in (e.source, e.target))
        assert [e.id for e in m.copy().edges_of(node_id)] == expected
        assert [e.id for e in m.edges_of(node_id)] == expected


def test_a_map_nobody_holds_is_freed_at_once_without_the_cycle_collector():
    import gc
    import weakref

    m = sample()
    m.new_id("p")  # its id allocator asks the map
    gone = weakref.ref(m)
    gc.disable()
    try:
        del m
        assert gone() is None
    finally:
        gc.enable()


def test_the_tags_in_use_follow_every_change_once_asked_for():
    def naive(m: Map) -> list[str]:
        seen = set(m.tag_colours) | {t for n in m.nodes.values() for t in n.tags}
        return sorted(seen, key=lambda t: (t.casefold(), t))

    m = sample()
    m.update_node("ann", tags=("pilot", "EMEA"))
    assert m.tags() == naive(m) == ["EMEA", "pilot"]
    m.add_node("bob", Kind.END_USER, "Bob", tags=("emea", "pilot"))
    m.update_node("ann", tags=("pilot",))
    assert m.tags() == naive(m) == ["emea", "pilot"]
    m.remove(["bob"])
    assert m.tags() == naive(m) == ["pilot"]
    m.move_nodes({"ann": (5.0, 5.0)})  # a move keeps the tags
    m.update_node("ann", tags=())
    assert m.tags() == naive(m) == []
    assert m.copy().tags() == []
