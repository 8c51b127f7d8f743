"""Mouse and keyboard gestures become intent signals; the map is never written."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt

from stakeholder_map.canvas import Tool
from stakeholder_map.model import Change, StickyNote


LEFT = Qt.MouseButton.LeftButton


def vp(view, x: float, y: float) -> QPoint:
    """The viewport pixel showing scene point (x, y)."""
    return view.mapFromScene(x, y)


def drag(qtbot, view, start: QPoint, end: QPoint, steps: int = 5, modifier=Qt.KeyboardModifier.NoModifier):
    w = view.viewport()
    qtbot.mouseMove(w, start)
    qtbot.mousePress(w, LEFT, modifier, start)
    for i in range(1, steps + 1):
        qtbot.mouseMove(w, start + (end - start) * (i / steps))
    qtbot.mouseRelease(w, LEFT, modifier, end)


def record(signal):
    seen = []
    signal.connect(lambda *args: seen.append(args))
    return seen


def test_place_tool_click_emits_place_request_at_scene_position(qtbot, view, scene, the_map):
    scene.set_tool(Tool.place("buyer"))
    seen = record(scene.placeRequested)
    qtbot.mouseClick(view.viewport(), LEFT, pos=vp(view, 100, 200))
    assert len(seen) == 1
    kind, pos = seen[0]
    assert kind == "buyer"
    assert abs(pos.x() - 100) <= 1 and abs(pos.y() - 200) <= 1
    assert len(the_map.nodes) == 3


def test_place_tool_snaps_to_grid_when_asked(qtbot, view, scene):
    scene.set_tool(Tool.place("person"))
    scene.set_snap_to_grid(True)
    seen = record(scene.placeRequested)
    qtbot.mouseClick(view.viewport(), LEFT, pos=vp(view, 107, 193))
    assert seen[0][1] == QPointF(100, 200)


def test_connect_tool_drag_between_nodes(qtbot, view, scene, the_map):
    scene.set_tool(Tool.connect("uses"))
    seen = record(scene.connectRequested)
    drag(qtbot, view, vp(view, 300, 0), vp(view, 0, 0))
    assert seen == [("people", "search", "uses")]
    assert len(the_map.edges) == 2
    assert scene.gestures.items() == []  # the rubber line is gone


def test_connect_tool_hands_invalid_targets_on_to_be_explained(qtbot, view, scene, the_map):
    # The scene does not drop a refused link silently: the window says why (see
    # tests/ui/test_right_drag_connect.py); the map itself is never touched here.
    scene.set_tool(Tool.connect("uses"))
    seen = record(scene.connectRequested)
    before = the_map.copy()
    drag(qtbot, view, vp(view, 0, 0), vp(view, 300, 0))  # a product uses nothing
    drag(qtbot, view, vp(view, 300, 0), vp(view, -300, 0))  # uses must point at a product
    drag(qtbot, view, vp(view, 300, 0), vp(view, 300, 150))  # dropped on empty canvas
    assert [s[2] for s in seen] == ["uses", "uses"]
    assert the_map == before


def test_connect_line_turns_red_over_an_invalid_target(qtbot, view, scene):
    scene.set_tool(Tool.connect("member_of"))
    w = view.viewport()
    qtbot.mousePress(w, LEFT, pos=vp(view, 300, 0))
    qtbot.mouseMove(w, vp(view, 0, 0))  # a product is no company
    line = scene.gestures.items()[0]
    assert line.pen().color() == scene.theme.forbidden
    assert w.cursor().shape() == Qt.CursorShape.ForbiddenCursor
    qtbot.mouseMove(w, vp(view, -300, 0))  # the company is fine
    assert line.pen().color() == scene.theme.selection
    qtbot.mouseRelease(w, LEFT, pos=vp(view, -300, 0))
    assert w.cursor().shape() == Qt.CursorShape.CrossCursor


def test_edge_handle_in_select_tool_asks_for_any_relation(qtbot, view, scene):
    seen = record(scene.connectRequested)
    item = scene.node_item("people")
    handle = item.mapToScene(item.handle_centre())
    w = view.viewport()
    qtbot.mouseMove(w, vp(view, 150, 250))
    qtbot.mouseMove(w, vp(view, 300, 0))  # hover shows the handle
    qtbot.mouseMove(w, vp(view, handle.x(), handle.y()))
    assert item.handle_hit(handle)
    drag(qtbot, view, vp(view, handle.x(), handle.y()), vp(view, 0, 0))
    assert seen == [("people", "search", "")]


def test_dragging_a_selection_emits_one_move_and_leaves_the_map(qtbot, view, scene, the_map):
    scene.select_ids(["ads", "people"], [])
    seen = record(scene.moveRequested)
    edge = scene.edge_item("e2")
    drag(qtbot, view, vp(view, 300, 0), vp(view, 340, 60), steps=6)
    assert len(seen) == 1
    moves = seen[0][0]
    assert set(moves) == {"ads", "people"}
    assert moves["people"] == (340.0, 60.0) and moves["ads"] == (-260.0, 60.0)
    assert the_map.node("people").position == (300, 0)  # the canvas wrote nothing
    assert edge.boundingRect().bottom() > 40  # the edge followed during the drag
    the_map.move_nodes(moves)  # what the window does with the request
    assert scene.node_item("people").pos() == QPointF(340, 60)


def test_drag_snaps_to_grid(qtbot, view, scene):
    scene.set_snap_to_grid(True)
    seen = record(scene.moveRequested)
    drag(qtbot, view, vp(view, 300, 0), vp(view, 347, 33))
    assert seen[0][0] == {"people": (340.0, 40.0)}


def test_plain_click_moves_nothing(qtbot, view, scene):
    seen = record(scene.moveRequested)
    qtbot.mouseClick(view.viewport(), LEFT, pos=vp(view, 300, 0))
    assert seen == [] and scene.selected_node_ids() == ["people"]


def test_a_selected_node_is_drawn_over_the_node_it_overlaps(qtbot, view, scene, the_map):
    the_map.move_nodes({"ads": (330.0, 20.0)})  # partly over "people"

    def on_top() -> str:
        return next(i.node.id for i in scene.items(QPointF(315, 10)) if hasattr(i, "node"))

    below = {"people": "ads", "ads": "people"}[on_top()]
    only_below = vp(view, 280, -10) if below == "people" else vp(view, 350, 30)
    qtbot.mouseClick(view.viewport(), LEFT, pos=only_below)
    assert scene.selected_node_ids() == [below] and on_top() == below
    scene.clearSelection()
    assert on_top() != below  # back in its place


def test_a_node_ctrl_clicked_out_of_the_selection_and_dragged_goes_along(qtbot, view, scene):
    scene.select_ids(["ads", "people"], [])
    seen = record(scene.moveRequested)
    drag(qtbot, view, vp(view, 300, 0), vp(view, 320, 40), modifier=Qt.KeyboardModifier.ControlModifier)
    assert seen and set(seen[0][0]) == {"ads", "people"}
    assert set(scene.selected_node_ids()) == {"ads", "people"}  # moved: selected again, as in Qt


def test_a_sticky_note_dragged_with_selected_nodes_takes_them_along(qtbot, view, scene, the_map):
    the_map.apply(Change(sticky_notes=((), (StickyNote("n1", "Ask about budget", x=0.0, y=150.0),))))
    scene.select_ids(["people"], [])
    scene.notes.item("n1").setSelected(True)
    moves, notes = record(scene.moveRequested), record(scene.noteMoved)
    drag(qtbot, view, vp(view, 0, 150), vp(view, 40, 210))
    assert notes == [("n1", 40.0, 210.0)]
    assert moves == [({"people": (340.0, 60.0)},)]  # the node went along, and says so
    assert scene.edge_item("e2").boundingRect().bottom() > 40  # its link followed


def test_shift_and_ctrl_click_toggle(qtbot, view, scene):
    w = view.viewport()
    qtbot.mouseClick(w, LEFT, pos=vp(view, 300, 0))
    qtbot.mouseClick(w, LEFT, Qt.KeyboardModifier.ShiftModifier, vp(view, 0, 0))
    assert set(scene.selected_node_ids()) == {"people", "search"}
    qtbot.mouseClick(w, LEFT, Qt.KeyboardModifier.ControlModifier, vp(view, 300, 0))
    assert scene.selected_node_ids() == ["search"]


def test_click_on_edge_selects_it(qtbot, view, scene):
    edge = scene.edge_item("e2")
    x, y = edge.point_at(0.5)
    qtbot.mouseClick(view.viewport(), LEFT, pos=vp(view, x, y))
    assert scene.selected_edge_ids() == ["e2"]


def test_rubber_band_selects(qtbot, view, scene):
    drag(qtbot, view, vp(view, -60, -150), vp(view, 420, 150))
    assert set(scene.selected_node_ids()) == {"search", "people"}


def test_arrow_keys_nudge_the_selection(qtbot, view, scene, the_map):
    scene.select_ids(["search", "people"], [])
    seen = record(scene.moveRequested)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert seen[0][0] == {"search": (10.0, 0.0), "people": (310.0, 0.0)}
    assert seen[1][0] == {"search": (0.0, -50.0), "people": (300.0, -50.0)}
    assert the_map.node("search").position == (0, 0)


def test_arrow_keys_without_selection_scroll_instead(qtbot, view, scene):
    seen = record(scene.moveRequested)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert seen == []


def test_double_click_rename_enter_commits(qtbot, view, scene, the_map):
    seen = record(scene.renameRequested)
    view.setFocus()
    qtbot.mouseDClick(view.viewport(), LEFT, pos=vp(view, 0, 0))
    assert scene.renaming() == "search"
    qtbot.keyClicks(view, "Search engine")
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert seen == [("search", "Search engine")]
    assert scene.renaming() is None and the_map.node("search").name == "Web search"


def test_rename_escape_cancels(qtbot, view, scene):
    seen = record(scene.renameRequested)
    view.setFocus()
    scene.begin_rename("people")
    qtbot.keyClicks(view, "Nobody")
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert seen == [] and scene.renaming() is None


def test_rename_ends_when_the_node_disappears(qtbot, view, scene, the_map):
    seen = record(scene.renameRequested)
    scene.begin_rename("people")
    the_map.remove(["people"])
    assert scene.renaming() is None and seen == []


def test_escape_cancels_a_connection_drag(qtbot, view, scene):
    scene.set_tool(Tool.connect("uses"))
    seen = record(scene.connectRequested)
    w = view.viewport()
    qtbot.mousePress(w, LEFT, pos=vp(view, 300, 0))
    qtbot.mouseMove(w, vp(view, 0, 0))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert scene.gestures.items() == []
    qtbot.mouseRelease(w, LEFT, pos=vp(view, 0, 0))
    assert seen == []


def test_nudge_snaps_to_the_grid_when_asked(qtbot, view, scene, the_map):
    the_map.move_nodes({"search": (3.0, 7.0)})
    scene.set_snap_to_grid(True)
    scene.select_ids(["search"], [])
    seen = record(scene.moveRequested)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert seen[0][0] == {"search": (0.0, 20.0)}


def test_space_drag_pans_without_selecting(qtbot, view, scene):
    w = view.viewport()
    before = view.mapToScene(w.rect().center())
    view.setFocus()
    qtbot.keyPress(view, Qt.Key.Key_Space)
    qtbot.mousePress(w, LEFT, pos=vp(view, 300, 0))
    qtbot.mouseMove(w, vp(view, 300, 0) + QPoint(-80, -40))
    qtbot.mouseRelease(w, LEFT, pos=vp(view, 300, 0) + QPoint(-80, -40))
    qtbot.keyRelease(view, Qt.Key.Key_Space)
    after = view.mapToScene(w.rect().center())
    assert abs(after.x() - before.x() - 80) < 2 and abs(after.y() - before.y() - 40) < 2
    assert scene.selected_node_ids() == []
    assert scene.node_item("people").pos() == QPointF(300, 0)


def test_place_tool_cursor_and_back(qtbot, view, scene):
    scene.set_tool(Tool.place("product"))
    assert view.viewport().cursor().shape() == Qt.CursorShape.CrossCursor
    scene.set_tool(Tool.select())
    assert view.viewport().cursor().shape() == Qt.CursorShape.ArrowCursor
