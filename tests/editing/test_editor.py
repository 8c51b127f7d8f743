"""Every editor verb is one undo step with a plain text, and undo restores the exact map."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stakeholder_map.editing import Editor
from stakeholder_map.model import Agreement, Kind, Map, ModelError, Node, Period, Relation
from tests.strategies import maps


def sample() -> Map:
    m = Map("Search advertising")
    m.add_node("search", Kind.PRODUCT, "Web search", x=0, y=0)
    m.add_node("ads", Kind.COMPANY, "Advertisers", x=-200, y=0, internal=True)
    m.add_node("people", Kind.END_USER, "Searchers", x=200, y=0, headcount=1000)
    m.connect("ads", "search", Relation.PAYS, amount=1200, period=Period.MONTHLY,
              agreement=Agreement.CONTRACT)
    m.connect("people", "search", Relation.USES)
    return m


def check_one_step(editor: Editor, before: Map, text: str) -> None:
    """The last verb is one step called ``text``; undo restores ``before``, redo the result."""
    after = editor.map.copy()
    assert editor.undo_stack.undoText() == text
    editor.undo_stack.undo()
    assert editor.map == before
    editor.undo_stack.redo()
    assert editor.map == after


def test_add_node_gives_default_name_fresh_id_and_position():
    editor = Editor(sample())
    before = editor.map.copy()
    ident = editor.add_node(Kind.COMPANY, (10, 20))
    node = editor.map.node(ident)
    assert (ident, node.name, node.position) == ("company1", "New company", (10.0, 20.0))
    assert editor.add_node("decision_maker", (0, 0), "Dana") == "decision_maker1"
    assert editor.undo_stack.count() == 2
    editor.undo_stack.undo()
    check_one_step(editor, before, "Add company")


def test_connect_and_refused_connect_leaves_no_command():
    editor = Editor(sample())
    before = editor.map.copy()
    ident = editor.connect("people", "search", Relation.PAYS)
    assert editor.map.edge(ident).relation is Relation.PAYS
    check_one_step(editor, before, "Link Searchers pays for Web search")
    with pytest.raises(ModelError):
        editor.connect("people", "ghost", Relation.USES)
    assert editor.undo_stack.count() == 1
    assert editor.undo_stack.undoText() == "Link Searchers pays for Web search"


def test_delete_takes_a_nodes_edges_along():
    editor = Editor(sample())
    before = editor.map.copy()
    editor.delete(["search"], [])
    assert list(editor.map.nodes) == ["ads", "people"] and not editor.map.edges
    check_one_step(editor, before, "Delete 1 item")
    editor.undo_stack.undo()
    editor.delete(["ads", "people"], ["e2"])
    assert editor.undo_stack.undoText() == "Delete 2 items"
    editor.undo_stack.undo()
    editor.delete([], ["e1", "e2"])
    check_one_step(editor, before, "Delete 2 items")


def test_delete_of_unknown_id_pushes_nothing():
    editor = Editor(sample())
    with pytest.raises(ModelError):
        editor.delete(["nope"])
    assert editor.undo_stack.count() == 0 and editor.map == sample()


def test_consecutive_moves_of_the_same_nodes_merge():
    editor = Editor(sample())
    before = editor.map.copy()
    for step in range(1, 6):
        editor.move({"search": (step * 10, 0), "ads": (-200, step)})
    assert editor.undo_stack.count() == 1
    assert editor.map.node("search").position == (50.0, 0.0)
    check_one_step(editor, before, "Move 2 nodes")


def test_moves_of_other_nodes_or_after_another_command_are_new_steps():
    editor = Editor(sample())
    editor.move({"search": (1, 1)})
    editor.move({"ads": (1, 1)})
    assert editor.undo_stack.count() == 2
    editor.rename("ads", "Ad buyers")
    editor.move({"ads": (2, 2)})
    assert editor.undo_stack.count() == 4
    assert editor.undo_stack.undoText() == "Move 1 node"
    editor.undo_stack.setClean()
    editor.move({"ads": (3, 3)})  # a save point splits steps
    assert editor.undo_stack.count() == 5


def test_nudging_back_to_the_start_drops_the_step():
    editor = Editor(sample())
    editor.move({"search": (10, 0)})
    editor.move({"search": (0, 0)})
    assert editor.undo_stack.count() == 0
    assert editor.map == sample()


def test_move_to_same_place_pushes_nothing():
    editor = Editor(sample())
    assert editor.move({"search": (0, 0)}) is False
    assert editor.undo_stack.count() == 0


def test_rename_and_set_title():
    editor = Editor(sample())
    before = editor.map.copy()
    editor.rename("ads", "Ad buyers")
    assert editor.map.node("ads").name == "Ad buyers"
    check_one_step(editor, before, "Rename Advertisers to Ad buyers")
    assert editor.rename("ads", "Ad buyers") is False
    before = editor.map.copy()
    editor.set_title("  Search  ")
    assert editor.map.title == "Search"
    check_one_step(editor, before, "Change map title")
    editor.set_title("")
    assert editor.map.title is None


def test_set_currency_is_one_undo_step():
    editor = Editor(sample())
    before = editor.map.copy()
    assert editor.set_currency(" eur ")
    assert editor.map.currency == "EUR"
    check_one_step(editor, before, "Change currency")
    assert editor.set_currency("EUR") is False
    with pytest.raises(ModelError, match="three capital letters"):
        editor.set_currency("EURO")
    assert editor.map.currency == "EUR" and editor.undo_stack.count() == 1


def test_kind_change_drops_internal_on_non_companies():
    editor = Editor(sample())
    before = editor.map.copy()
    editor.set_node_fields(["ads", "people"], kind=Kind.PERSON)
    assert editor.map.node("ads").kind is Kind.PERSON
    assert editor.map.node("ads").internal is None
    assert editor.map.node("people").kind is Kind.PERSON
    check_one_step(editor, before, "Change kind of 2 nodes")


def test_internal_only_sticks_to_companies():
    editor = Editor(sample())
    editor.set_node_fields(["ads", "people"], internal=False)
    assert editor.map.node("ads").internal is False
    assert editor.map.node("people").internal is None
    assert editor.undo_stack.undoText() == "Change internal flag"


def test_invalid_field_values_are_refused_without_a_step():
    editor = Editor(sample())
    with pytest.raises(ModelError):
        editor.set_node_fields(["people"], headcount=0)
    with pytest.raises(ModelError):
        editor.set_node_fields(["people"], colour="red")
    with pytest.raises(ModelError):
        editor.set_edge_fields(["e1"], amount=-3)
    assert editor.undo_stack.count() == 0 and editor.map == sample()


def test_relation_away_from_pays_drops_payment_fields():
    editor = Editor(sample())
    before = editor.map.copy()
    editor.set_edge_fields(["e1"], relation=Relation.DECIDES)
    edge = editor.map.edge("e1")
    assert (edge.relation, edge.amount, edge.period, edge.agreement) == (
        Relation.DECIDES, None, None, None)
    check_one_step(editor, before, "Change relation")
    editor.set_edge_fields(["e1", "e2"], relation=Relation.PAYS)
    assert editor.undo_stack.undoText() == "Change relation of 2 links"
    editor.set_edge_fields(["e1"], amount=5, period=Period.YEARLY)
    assert editor.map.edge("e1").amount == 5
    assert editor.undo_stack.undoText() == "Change amount, period"


def test_paste_gives_fresh_ids_and_drops_dangling_edges():
    editor = Editor(sample())
    before = editor.map.copy()
    nodes = [editor.map.node("search"), editor.map.node("people"),
             Node("x", Kind.BUYER, "Unplaced")]
    edges = list(editor.map.edges.values())  # e1 starts at ads, which is not pasted
    new = editor.paste(nodes, edges, (5, 7))
    assert new.nodes == ["product1", "end_user1", "buyer1"]
    assert len(new.edges) == 1
    edge = editor.map.edge(new.edges[0])
    assert (edge.source, edge.target, edge.relation) == ("end_user1", "product1", Relation.USES)
    assert editor.map.node("product1").position == (5.0, 7.0)
    assert editor.map.node("buyer1").position == (5.0, 7.0)
    check_one_step(editor, before, "Paste 4 items")


def test_duplicate_copies_nodes_and_edges_among_them():
    editor = Editor(sample())
    before = editor.map.copy()
    new = editor.duplicate(["search", "ads"])
    assert len(new.nodes) == 2 and len(new.edges) == 1
    copy = editor.map.node(new.nodes[1])
    assert copy.name == "Advertisers" and copy.internal is True
    assert copy.position == (-170.0, 30.0)
    check_one_step(editor, before, "Duplicate 3 items")


def test_arrange_is_one_step_with_the_layouts_positions():
    editor = Editor(sample())
    before = editor.map.copy()
    positions = {nid: (1.0, 2.0) for nid in editor.map.nodes}
    assert editor.arrange(positions) is True
    assert {n.position for n in editor.map.nodes.values()} == {(1.0, 2.0)}
    check_one_step(editor, before, "Arrange map")
    assert editor.arrange(positions) is False  # already arranged: no empty step
    assert editor.undo_stack.count() == 1


def test_set_map_clears_history():
    editor = Editor(sample())
    editor.rename("ads", "A")
    other = Map("Other")
    editor.set_map(other)
    assert editor.map is other and editor.undo_stack.count() == 0
    assert editor.undo_stack.isClean()


_verbs = st.sampled_from(["add", "connect", "delete", "move", "rename", "kind", "relation",
                          "paste", "duplicate", "title"])


@settings(max_examples=40)
@given(maps(max_nodes=6, max_edges=8), st.lists(st.tuples(_verbs, st.integers(0, 50)), max_size=8))
def test_any_sequence_of_edits_undoes_to_the_exact_map(start, script):
    editor = Editor(start)
    snapshots = [start.copy()]
    for verb, n in script:
        node_ids, edge_ids = list(editor.map.nodes), list(editor.map.edges)
        pick = node_ids[n % len(node_ids)] if node_ids else None
        try:
            if verb == "add":
                editor.add_node(list(Kind)[n % 6], (n, -n))
            elif verb == "connect" and pick:
                editor.connect(pick, node_ids[(n // 3) % len(node_ids)], list(Relation)[n % 5])
            elif verb == "delete" and pick:
                editor.delete([pick], edge_ids[:1])
            elif verb == "move" and pick:
                editor.move({pick: (n * 3.5, n)})
            elif verb == "rename" and pick:
                editor.rename(pick, f"name {n}")
            elif verb == "kind" and node_ids:
                editor.set_node_fields(node_ids[: n % 3 + 1], kind=list(Kind)[n % 6])
            elif verb == "relation" and edge_ids:
                editor.set_edge_fields(edge_ids[: n % 3 + 1], relation=list(Relation)[n % 5])
            elif verb == "paste" and node_ids:
                part = [editor.map.node(i) for i in node_ids[: n % 4 + 1]]
                editor.paste(part, list(editor.map.edges.values()), (n, n))
            elif verb == "duplicate" and node_ids:
                editor.duplicate(node_ids[: n % 3 + 1])
            elif verb == "title":
                editor.set_title(f"t{n}")
        except ModelError:
            pass
        if editor.undo_stack.index() == len(snapshots):
            snapshots.append(editor.map.copy())
        else:  # merged, or nothing pushed: the newest snapshot is the current map
            snapshots = snapshots[: editor.undo_stack.index() + 1]
            snapshots[-1] = editor.map.copy()
    assert editor.undo_stack.count() == len(snapshots) - 1
    for expected in reversed(snapshots[:-1]):
        editor.undo_stack.undo()
        assert editor.map == expected
    assert editor.map == start
    for expected in snapshots[1:]:
        editor.undo_stack.redo()
        assert editor.map == expected


def test_arrange_uses_the_real_layout():
    from stakeholder_map.layout import arrange

    editor = Editor(sample())
    editor.move({"search": (5000, 5000)})
    expected = arrange(editor.map)
    editor.arrange(arrange(editor.map))
    assert {nid: n.position for nid, n in editor.map.nodes.items()} == {
        nid: (float(x), float(y)) for nid, (x, y) in expected.items()}
    assert editor.undo_stack.undoText() == "Arrange map"


def test_a_nudge_back_to_the_start_leaves_no_step():
    editor = Editor(sample())
    before = editor.map.copy()
    start = editor.map.node("search").position
    editor.move({"search": (start[0] + 10, start[1])})
    editor.move({"search": start})
    assert editor.undo_stack.count() == 0
    assert editor.map == before
