"""The small things a new user saw: counts in plain words, paste at the cursor, one way to say
"no agreement", no headcount for a product."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.ui.helpers import empty_point, node_point


def test_copy_says_how_many_in_plain_words(window, qtbot):
    window.scene.select_ids(["advisor"], [])
    window.commands.copy.trigger()
    assert window.statusBar().currentMessage() == "Copied 1 node."
    window.scene.select_ids(["cto", "chat"], [])
    window.commands.copy.trigger()
    assert window.statusBar().currentMessage() == "Copied 2 nodes and 1 link."


def test_paste_lands_at_the_cursor(window, qtbot):
    window.scene.select_ids(["advisor"], [])
    qtbot.keyClick(window.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    spot = empty_point(window)
    qtbot.mouseMove(window.view.viewport(), spot)
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (new,) = window.scene.selected_node_ids()
    assert new != "advisor"
    where = window.view.mapFromScene(window.scene.node_item(new).scenePos())
    assert (where - spot).manhattanLength() <= 3
    # The original stays where it was.
    assert window.map.node("advisor").position == (-260, 220)


def test_paste_with_the_mouse_off_the_map_goes_beside_the_originals(window, qtbot):
    window.scene.select_ids(["advisor"], [])
    window.commands.copy.trigger()
    qtbot.mouseMove(window.docks.properties_panel, QPoint(5, 5))
    window.commands.paste.trigger()
    (new,) = window.scene.selected_node_ids()
    assert window.map.node(new).position == (-230, 250)


def test_one_entry_says_no_agreement(window):
    panel = window.docks.properties_panel
    window.scene.select_ids([], ["pay"])
    labels = [panel.agreement.itemText(i) for i in range(panel.agreement.count())]
    assert labels == ["No agreement", "Subscription", "Contract"]
    panel.agreement.setCurrentIndex(0)
    assert window.map.edge("pay").agreement is None


def test_a_product_is_offered_no_headcount(window):
    panel = window.docks.properties_panel
    window.scene.select_ids(["chat"], [])
    assert not panel.headcount.isVisibleTo(panel)
    window.scene.select_ids(["staff"], [])
    assert panel.headcount.isVisibleTo(panel)
