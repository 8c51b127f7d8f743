"""Attitude, power, interest, colours, labels, tag colours, sticky notes and views are each
one undo step through the editor, and the map refuses what the file would refuse."""

from __future__ import annotations

import pytest

from stakeholder_map.editing import Editor
from stakeholder_map.model import (
    Attitude, Change, Kind, Level, Map, ModelError, Node, Relation, StickyNote, View, ViewFilter,
    Viewport,
)


def sample() -> Map:
    m = Map("Deal")
    m.add_node("app", Kind.PRODUCT, "App", x=0, y=0)
    m.add_node("cfo", Kind.DECISION_MAKER, "CFO", x=100, y=0)
    m.connect("cfo", "app", Relation.DECIDES, edge_id="e1")
    return m


def one_step(editor: Editor, before: Map, text: str) -> None:
    after = editor.map.copy()
    assert editor.undo_stack.undoText() == text
    editor.undo_stack.undo()
    assert editor.map == before
    editor.undo_stack.redo()
    assert editor.map == after


def test_attitude_power_interest_and_colour_are_one_step_each():
    editor = Editor(sample())
    before = editor.map.copy()
    assert editor.set_node_fields(["cfo"], attitude=Attitude.BLOCKER)
    one_step(editor, before, "Change attitude")
    before = editor.map.copy()
    assert editor.set_node_fields(["cfo"], power=Level.HIGH, interest=Level.LOW)
    node = editor.map.node("cfo")
    assert (node.attitude, node.power, node.interest) == (Attitude.BLOCKER, Level.HIGH, Level.LOW)
    one_step(editor, before, "Change power, interest")
    before = editor.map.copy()
    assert editor.set_node_fields(["app"], colour="#112233")
    one_step(editor, before, "Change colour")


def test_a_stakeholder_turned_product_loses_attitude_power_and_interest():
    editor = Editor(sample())
    editor.set_node_fields(["cfo"], attitude="champion", power="high", interest="high")
    editor.set_node_fields(["cfo"], kind=Kind.PRODUCT)
    node = editor.map.node("cfo")
    assert node.kind is Kind.PRODUCT and (node.attitude, node.power, node.interest) == (None, None, None)


def test_the_model_refuses_what_the_file_refuses():
    with pytest.raises(ModelError, match="a product has no attitude"):
        Node("p", Kind.PRODUCT, "P", attitude="champion")
    with pytest.raises(ModelError, match="unknown power 'huge'"):
        Node("b", Kind.BUYER, "B", power="huge")
    with pytest.raises(ModelError, match="#rrggbb"):
        Node("b", Kind.BUYER, "B", colour="blue")
    with pytest.raises(ModelError, match="two views named"):
        Map(views=[View("A"), View("A")])
    with pytest.raises(ModelError, match="used twice"):
        Map(sticky_notes=[StickyNote("n", "a"), StickyNote("n", "b")])
    with pytest.raises(ModelError, match="zoom must be more than 0"):
        Viewport(0, 0, 0)
    editor = Editor(sample())
    with pytest.raises(ModelError, match="#rrggbb"):
        editor.set_tag_colour("pilot", "pink")
    assert editor.undo_stack.count() == 0 and not editor.map.tag_colours


def test_a_link_label_is_one_step():
    editor = Editor(sample())
    before = editor.map.copy()
    assert editor.set_edge_fields(["e1"], label="signs in June")
    assert editor.map.edge("e1").label == "signs in June"
    one_step(editor, before, "Change label")


def test_tag_colours_are_set_changed_and_cleared_undoably():
    editor = Editor(sample())
    before = editor.map.copy()
    assert editor.set_tag_colour("pilot", "#ff0000")
    one_step(editor, before, "Colour tag pilot")
    assert not editor.set_tag_colour("pilot", "#ff0000")  # the same colour: no step
    before = editor.map.copy()
    assert editor.set_tag_colour("pilot", None)
    assert dict(editor.map.tag_colours) == {}
    one_step(editor, before, "Clear colour of pilot")


def test_sticky_notes_are_added_edited_moved_and_deleted_undoably():
    editor = Editor(sample())
    before = editor.map.copy()
    note = editor.add_sticky_note((10, 20), "Budget?")
    assert note not in editor.map.nodes and editor.map.sticky_note(note).text == "Budget?"
    one_step(editor, before, "Add sticky note")
    before = editor.map.copy()
    assert editor.edit_sticky_note(note, text="Budget in Q3?")
    one_step(editor, before, "Edit sticky note")
    before = editor.map.copy()
    assert editor.edit_sticky_note(note, x=50.0, y=60.0)
    one_step(editor, before, "Move sticky note")
    assert not editor.edit_sticky_note(note, x=50.0, y=60.0)
    before = editor.map.copy()
    assert editor.delete_sticky_notes([note])
    assert editor.map.sticky_notes == ()
    one_step(editor, before, "Delete 1 sticky note")
    second = editor.add_sticky_note((0, 0))
    assert second != note  # ids are not reused


def test_views_are_saved_replaced_and_deleted_undoably():
    editor = Editor(sample())
    before = editor.map.copy()
    first = View("Champions", ViewFilter(attitudes=("champion",)), Viewport(0, 0, 1))
    assert editor.save_view(first)
    one_step(editor, before, "Save view Champions")
    editor.save_view(View("Others"))
    before = editor.map.copy()
    replaced = first.with_(viewport=Viewport(5, 5, 2))
    assert editor.save_view(replaced)
    assert [v.name for v in editor.map.views] == ["Champions", "Others"]
    assert editor.map.views[0].viewport == Viewport(5, 5, 2)
    one_step(editor, before, "Save view Champions")
    before = editor.map.copy()
    assert editor.delete_view("Champions")
    one_step(editor, before, "Delete view Champions")
    assert not editor.delete_view("Nowhere")


def test_board_changes_are_not_moves_and_invert():
    notes = (StickyNote("n1", "a"),)
    change = Change(sticky_notes=((), notes), views=((), (View("A"),)), tag_colours=({}, {"t": "#000000"}))
    assert not change.only_moves and not change.is_empty
    m = Map()
    m.apply(change)
    m.apply(change.inverted())
    assert m == Map()


def test_the_map_lists_its_tags_for_completion():
    m = sample()
    m.update_node("cfo", tags=("pilot", "berlin"))
    m.apply(Change(tag_colours=({}, {"Enterprise": "#000000"})))
    assert m.tags() == ["berlin", "Enterprise", "pilot"]
