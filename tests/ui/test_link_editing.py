"""Editing a selection's fields in the Properties panel keeps the selection and the focus:
Tab walks Amount, Period and Agreement of a pays link without re-selecting it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from stakeholder_map.model import Agreement, Period


def test_tab_walks_a_pays_links_fields_and_each_commit_keeps_it_selected(window, qtbot):
    panel = window.docks.properties_panel
    window.scene.select_ids([], ["pay"])
    assert panel.pages.currentWidget() is panel.edge_page
    panel.amount.setFocus()
    qtbot.waitUntil(panel.amount.hasFocus)
    panel.amount.selectAll()
    qtbot.keyClicks(panel.amount, "500")
    qtbot.keyClick(panel.amount, Qt.Key.Key_Tab)
    assert window.map.edge("pay").amount == 500
    assert list(window.scene.selected_edge_ids()) == ["pay"]
    assert panel.pages.currentWidget() is panel.edge_page
    assert QApplication.focusWidget() is panel.period

    qtbot.keyClick(panel.period, Qt.Key.Key_Up)  # from Monthly to One-time
    assert window.map.edge("pay").period is Period.ONE_TIME
    assert list(window.scene.selected_edge_ids()) == ["pay"]
    assert QApplication.focusWidget() is panel.period
    qtbot.keyClick(panel.period, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.agreement

    qtbot.keyClick(panel.agreement, Qt.Key.Key_Up)  # from Contract to Subscription
    assert window.map.edge("pay").agreement is Agreement.SUBSCRIPTION
    assert list(window.scene.selected_edge_ids()) == ["pay"]
    assert QApplication.focusWidget() is panel.agreement
    assert window.editor.undo_stack.count() == 3


def test_editing_several_selected_items_keeps_them_selected(window, qtbot):
    panel = window.docks.properties_panel
    window.scene.select_ids(["advisor", "cto"], ["use", "dec"])
    assert panel.pages.currentWidget() is panel.multi_page
    panel.multi_relation.setFocus()
    index = panel.multi_relation.findData("uses")
    panel.multi_relation.setCurrentIndex(index if index != panel.multi_relation.currentIndex()
                                         else panel.multi_relation.findData("decides"))
    assert sorted(window.scene.selected_edge_ids()) == ["dec", "use"]
    assert sorted(window.scene.selected_node_ids()) == ["advisor", "cto"]
    assert panel.pages.currentWidget() is panel.multi_page


def test_editing_a_nodes_notes_keeps_it_selected(window, qtbot):
    panel = window.docks.properties_panel
    window.scene.select_ids(["staff"], [])
    panel.headcount.setFocus()
    panel.headcount.selectAll()
    qtbot.keyClicks(panel.headcount, "450")
    qtbot.keyClick(panel.headcount, Qt.Key.Key_Tab)
    assert window.map.node("staff").headcount == 450
    assert list(window.scene.selected_node_ids()) == ["staff"]
    assert panel.pages.currentWidget() is panel.node_page
