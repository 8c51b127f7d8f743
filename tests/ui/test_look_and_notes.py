"""Tags, tag colours, fill colours, link labels and sticky notes through the real window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QColorDialog, QInputDialog, QToolButton

from stakeholder_map.canvas.picture import export_rect, render_map
from tests.ui.helpers import empty_point

Left = Qt.MouseButton.LeftButton


def picture(window, scale: float = 2.0):
    scene = window.scene
    source = export_rect(scene)
    image = QImage(int(source.width() * scale), int(source.height() * scale), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    render_map(scene, painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()

    def at(point: QPointF) -> QColor:
        return image.pixelColor(int((point.x() - source.left()) * scale), int((point.y() - source.top()) * scale))
    return at


def near(a: QColor, b: QColor, tolerance: int = 30) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


def test_tags_are_typed_with_completion_from_the_map(window, qtbot):
    window.editor.set_node_fields(["staff"], tags=("Berlin pilot",))
    window.scene.select_ids(["cto"], [])
    tags = window.docks.properties_panel.look.tags
    tags.setFocus()
    qtbot.keyClicks(tags, "board, Ber")
    completer = tags.completer()
    # completes the tag after the last comma, keeping the ones before it
    assert completer.completionCount() == 1 and completer.currentCompletion() == "board, Berlin pilot"
    completer.popup().hide()
    tags.setText(completer.currentCompletion() + ", board")
    qtbot.keyClick(tags, Qt.Key.Key_Return)
    assert window.map.node("cto").tags == ("board", "Berlin pilot")
    assert window.editor.undo_stack.undoText() == "Change tags"
    window.view.setFocus()
    window.editor.undo_stack.undo()
    assert window.map.node("cto").tags == () and tags.text() == ""


def test_a_fill_colour_is_chosen_drawn_and_reset(window, qtbot, monkeypatch):
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#112233")))
    window.scene.select_ids(["chat"], [])
    look = window.docks.properties_panel.look
    qtbot.mouseClick(look.fill, Left)
    assert window.map.node("chat").colour == "#112233"
    item = window.scene.node_item("chat")
    assert near(picture(window)(item.scenePos() + QPointF(60, 20)), QColor("#112233"))
    qtbot.mouseClick(look.fill_reset, Left)
    assert window.map.node("chat").colour is None
    assert window.editor.undo_stack.undoText() == "Change colour"


def test_a_cancelled_colour_dialog_changes_nothing(window, qtbot, monkeypatch):
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor()))
    window.scene.select_ids(["chat"], [])
    qtbot.mouseClick(window.docks.properties_panel.look.fill, Left)
    assert window.editor.undo_stack.count() == 0


def test_tag_colours_show_on_the_nodes_that_carry_the_tag(window, qtbot):
    window.editor.set_node_fields(["staff"], tags=("pilot",))
    item = window.scene.node_item("staff")
    dot = item.mapToScene(item.tag_dot_centres(1)[0])
    assert not near(picture(window)(dot), QColor("#FF0000"))
    window.editor.set_tag_colour("pilot", "#FF0000")
    assert near(picture(window)(dot), QColor("#FF0000"))
    window.editor.undo_stack.undo()
    assert not near(picture(window)(dot), QColor("#FF0000"))


def test_a_link_label_is_typed_and_drawn_on_the_line(window, qtbot):
    window.scene.select_ids([], ["use"])
    field = window.docks.properties_panel.link_label.label
    field.setFocus()
    qtbot.keyClicks(field, "daily, since May")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.map.edge("use").label == "daily, since May"
    assert window.scene.edge_item("use").label == "daily, since May"
    assert window.editor.undo_stack.undoText() == "Change label"


def test_sticky_notes_are_added_written_moved_and_deleted(window, qtbot, monkeypatch):
    answers = iter([("Ask about budget", True), ("Budget in Q3?", True)])
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: next(answers)))
    button = window.docks.palette_widget.findChild(QToolButton, "actionStickyNoteButton")
    qtbot.mouseClick(button, Left)
    (note,) = window.map.sticky_notes
    assert note.text == "Ask about budget" and note.id not in window.map.nodes
    item = window.scene.notes.item(note.id)
    assert item.lines() == ["Ask about budget"]
    viewport = window.view.viewport()
    start = window.view.mapFromScene(item.scenePos())
    qtbot.mouseDClick(viewport, Left, pos=start)
    assert window.map.sticky_notes[0].text == "Budget in Q3?"
    end = start + QPoint(40, 30)
    qtbot.mousePress(viewport, Left, pos=start)
    for i in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * i / 5)
    qtbot.mouseRelease(viewport, Left, pos=end)
    moved = window.map.sticky_notes[0]
    assert (moved.x, moved.y) != (note.x, note.y)
    assert window.editor.undo_stack.undoText() == "Move sticky note"
    window.scene.clearSelection()
    item.setSelected(True)
    assert window.commands.delete.isEnabled()
    window.commands.delete.trigger()
    assert window.map.sticky_notes == () and window.scene.notes.items() == []
    window.editor.undo_stack.undo()
    assert window.map.sticky_notes[0].text == "Budget in Q3?"
    assert window.scene.notes.item(note.id) is not None
    for _ in range(4):  # move, the two texts, the note itself
        window.editor.undo_stack.undo()
    assert window.map.sticky_notes == ()


def test_a_sticky_note_is_added_from_the_canvas_menu_and_ignored_by_the_analysis(window, qtbot, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(lambda *a, **k: ("Hello", True)))
    from stakeholder_map.analysis import analyze

    before = analyze(window.map)
    point = empty_point(window)
    menu = window.canvas_menus.show_menu(window.view.mapToScene(point), window.view.viewport().mapToGlobal(point))
    (action,) = [a for a in menu.actions() if a.objectName() == "actionStickyNoteHere"]
    action.trigger()
    (note,) = window.map.sticky_notes
    assert abs(note.x - window.view.mapToScene(point).x()) < 1
    after = analyze(window.map)
    assert after.findings == before.findings and after.roles == before.roles


def test_tag_colours_are_chosen_on_the_map_page(window, qtbot, monkeypatch):
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor("#00aa00")))
    window.editor.set_node_fields(["staff"], tags=("pilot",))
    window.scene.select_ids([], [])
    colours = window.docks.properties_panel.tag_colours
    assert [colours.list.item(i).text() for i in range(colours.list.count())] == ["pilot"]
    assert not colours.choose_button.isEnabled()
    colours.list.setCurrentRow(0)
    qtbot.mouseClick(colours.choose_button, Left)
    assert dict(window.map.tag_colours) == {"pilot": "#00aa00"}
    assert window.editor.undo_stack.undoText() == "Colour tag pilot"
    assert colours.clear_button.isEnabled()
    qtbot.mouseClick(colours.clear_button, Left)
    assert dict(window.map.tag_colours) == {}


def test_a_note_selected_with_a_node_moves_with_it(window, qtbot):
    note_id = window.editor.add_sticky_note((300, 200), "beside Staff")
    window.scene.select_ids(["staff"], [])
    window.scene.notes.item(note_id).setSelected(True)
    viewport = window.view.viewport()
    start = window.view.mapFromScene(window.scene.node_item("staff").scenePos())
    end = start + QPoint(30, 20)
    qtbot.mousePress(viewport, Left, pos=start)
    for i in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * i / 5)
    qtbot.mouseRelease(viewport, Left, pos=end)
    note = window.map.sticky_note(note_id)
    item = window.scene.notes.item(note_id)
    assert (note.x, note.y) != (300, 200)
    assert (item.pos().x(), item.pos().y()) == (note.x, note.y)
