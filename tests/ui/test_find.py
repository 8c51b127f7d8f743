"""Find (Ctrl+F) in the real window: type-ahead over names, notes and tags, Enter, F3, Shift+F3."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import sample_map


def centred_on(window, node_id: str) -> bool:
    view = window.view
    centre = view.mapToScene(view.viewport().rect().center())
    return window.scene.node_item(node_id).sceneBoundingRect().contains(centre)


def open_find(qtbot, window):
    window.view.setFocus()
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    finder = window.finder
    assert finder.bar.isVisible() and finder.field.hasFocus()
    return finder


def test_typing_selects_and_shows_the_first_match(make_window, qtbot):
    m = sample_map()
    m.update_node("staff", notes="Engineers and the support desk")
    window = make_window(m)
    window.view.zoom_100()
    finder = open_find(qtbot, window)
    qtbot.keyClicks(finder.field, "sup")
    assert window.scene.selected_node_ids() == ["staff"] and centred_on(window, "staff")
    assert finder.count.text() == "1 of 1"
    qtbot.keyClicks(finder.field, "xyz")
    assert finder.count.text() == "No match"


def test_tags_match_and_enter_returns_to_the_map_with_the_match_selected(make_window, qtbot):
    m = sample_map()
    m.update_node("advisor", tags=("board",))
    window = make_window(m)
    finder = open_find(qtbot, window)
    qtbot.keyClicks(finder.field, "BOARD")
    window.scene.select_ids([], [])
    qtbot.keyClick(finder.field, Qt.Key.Key_Return)
    assert window.scene.selected_node_ids() == ["advisor"]
    assert window.view.hasFocus()
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_F2)  # the found node is ready to act on
    assert window.scene.renaming() == "advisor"


def test_f3_and_shift_f3_walk_the_matches_and_wrap(window, qtbot):
    finder = open_find(qtbot, window)
    qtbot.keyClicks(finder.field, "c")  # Chat app, Acme Corp, CTO (map order), Advisor has no c
    found = ["chat", "acme", "cto"]
    assert window.scene.selected_node_ids() == [found[0]]
    for expected in (found[1], found[2], found[0]):
        qtbot.keyClick(finder.field, Qt.Key.Key_F3)
        assert window.scene.selected_node_ids() == [expected]
    qtbot.keyClick(finder.field, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.scene.selected_node_ids() == [found[2]]
    assert finder.count.text() == "3 of 3"
    qtbot.keyClick(finder.field, Qt.Key.Key_Escape)
    assert not finder.bar.isVisible()
    window.view.setFocus()
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_F3)  # still walks the last search
    assert window.scene.selected_node_ids() == [found[0]]


def test_find_is_in_the_edit_menu(window):
    edit = window.menuBar().actions()[1].menu()
    names = [a.objectName() for a in edit.actions()]
    assert {"actionFind", "actionFindNext", "actionFindPrevious"} <= set(names)
