"""Context menus, double-click to add, align and distribute, driven through the real window."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from stakeholder_map.canvas.style import node_rect
from stakeholder_map.model import Kind, Relation
from tests.ui.conftest import sample_map
from tests.ui.helpers import empty_point, node_point, scene_point

Left, Right = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton


def right_click(qtbot, window, pos: QPoint) -> QMenu:
    """A right click as the window system delivers it: the button, then a context-menu event."""
    viewport = window.view.viewport()
    qtbot.mouseClick(viewport, Right, pos=pos)
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                       viewport.mapToGlobal(pos)))
    qtbot.waitUntil(lambda: window.canvas_menus.menu is not None and window.canvas_menus.menu.isVisible())
    return window.canvas_menus.menu


def pick(qtbot, menu: QMenu, *names: str) -> None:
    """Trigger the action at the end of a path of object names (submenus first)."""
    for name in names[:-1]:
        menu = menu.findChild(QMenu, name)
        assert menu is not None, name
    action = next(a for a in menu.actions() if a.objectName() == names[-1])
    assert action.isEnabled(), names
    action.trigger()
    for open_menu in QApplication.topLevelWidgets():
        if isinstance(open_menu, QMenu) and open_menu.isVisible():
            open_menu.close()


def entries(menu: QMenu) -> list[str]:
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_a_node_menu_renames_changes_kind_and_deletes(window, qtbot):
    menu = right_click(qtbot, window, node_point(window, "advisor"))
    assert menu.objectName() == "nodeMenu"
    assert window.scene.selected_node_ids() == ["advisor"]  # the clicked node is selected
    assert {"Rename", "Change Kind", "Connect To…", "Duplicate", "Delete", "Properties"} <= set(entries(menu))
    pick(qtbot, menu, "menuChangeKind", "kind_buyer")
    assert window.map.node("advisor").kind is Kind.BUYER
    assert window.editor.undo_stack.count() == 1

    menu = right_click(qtbot, window, node_point(window, "advisor"))
    pick(qtbot, menu, "actionRename")
    assert window.scene.renaming() == "advisor"
    window.scene.gestures.cancel()

    menu = right_click(qtbot, window, node_point(window, "advisor"))
    pick(qtbot, menu, "actionDelete")
    assert "advisor" not in window.map.nodes


def test_a_right_click_on_a_node_opens_its_menu_and_a_right_drag_still_links(window, qtbot):
    viewport = window.view.viewport()
    at = node_point(window, "staff")
    qtbot.mousePress(viewport, Right, pos=at)
    # X11 sends the context-menu event on press: the release decides between menu and link
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, viewport.mapToGlobal(at)))
    assert window.canvas_menus.menu is None
    qtbot.mouseRelease(viewport, Right, pos=at)
    assert window.canvas_menus.menu is not None and window.canvas_menus.menu.objectName() == "nodeMenu"
    window.canvas_menus.menu.close()
    start, end = node_point(window, "advisor"), node_point(window, "cto")
    qtbot.mousePress(viewport, Right, pos=start)
    for i in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * i / 5)
    qtbot.mouseRelease(viewport, Right, pos=end)
    # Windows sends it on release: after a drag it opens nothing
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, end, viewport.mapToGlobal(end)))
    assert window.canvas_menus.menu is None or not window.canvas_menus.menu.isVisible()
    assert window.edits.relation_menu is not None and window.edits.relation_menu.isVisible()
    window.edits.relation_menu.close()


def test_connect_to_from_the_menu_links_with_the_next_click(window, qtbot):
    menu = right_click(qtbot, window, node_point(window, "advisor"))
    pick(qtbot, menu, "actionConnectTo")
    viewport = window.view.viewport()
    qtbot.mouseMove(viewport, node_point(window, "cto"))
    qtbot.mouseClick(viewport, Left, pos=node_point(window, "cto"))
    chooser = window.edits.relation_menu
    assert chooser is not None and chooser.isVisible()
    next(a for a in chooser.actions() if a.objectName() == "relation_influences").trigger()
    chooser.close()
    linked = [e for e in window.map.edges.values() if (e.source, e.target) == ("advisor", "cto")]
    assert [e.relation for e in linked] == [Relation.INFLUENCES]


def test_a_link_menu_offers_only_the_relations_that_fit(window, qtbot):
    item = window.scene.edge_item("dec")
    label_or_line = item.path().pointAtPercent(0.3)
    menu = right_click(qtbot, window, window.view.mapFromScene(label_or_line))
    assert menu.objectName() == "linkMenu"
    assert window.scene.selected_edge_ids() == ["dec"]
    relations = menu.findChild(QMenu, "menuChangeRelation")
    offered = [a.objectName() for a in relations.actions()]
    assert "relation_decides" in offered and "relation_member_of" not in offered
    pick(qtbot, menu, "menuChangeRelation", "relation_uses")
    assert window.map.edge("dec").relation is Relation.USES


def test_a_selection_menu_aligns_the_selected_nodes_in_one_step(window, qtbot):
    window.scene.select_ids(["acme", "cto", "advisor"], [])
    menu = right_click(qtbot, window, node_point(window, "cto"))
    assert menu.objectName() == "selectionMenu"
    assert window.scene.selected_node_ids() != ["cto"]  # a right click keeps the selection
    window.scene.select_ids(["chat", "staff"], [])
    menu = right_click(qtbot, window, node_point(window, "chat"))
    pick(qtbot, menu, "menuAlign", "actionAlignTop")
    tops = {round(window.map.node(n).y - node_rect(window.map.node(n).kind).height() / 2, 6)
            for n in ("chat", "staff")}
    assert len(tops) == 1
    assert window.editor.undo_stack.count() == 1
    assert window.editor.undo_stack.undoText() == "Align 2 nodes at the top"


def test_the_empty_canvas_menu_adds_a_node_where_it_was_opened(window, qtbot):
    spot = empty_point(window)
    where = scene_point(window, spot)
    window.scene.select_ids(["cto"], [])
    menu = right_click(qtbot, window, spot)
    assert menu.objectName() == "canvasMenu"
    assert window.scene.selected_node_ids() == []
    pick(qtbot, menu, "menuAddHere", "add_end_user")
    new = [n for n in window.map.nodes.values() if n.id not in sample_map().nodes]
    assert [n.kind for n in new] == [Kind.END_USER]
    assert abs(new[0].x - where.x()) < 1 and abs(new[0].y - where.y()) < 1
    assert window.scene.renaming() == new[0].id


def test_double_click_on_the_empty_canvas_asks_the_kind_then_renames(window, qtbot):
    spot = empty_point(window)
    where = scene_point(window, spot)
    qtbot.mouseDClick(window.view.viewport(), Left, pos=spot)
    chooser = window.canvas_menus.menu
    assert chooser is not None and chooser.objectName() == "kindChooser" and chooser.isVisible()
    assert len([a for a in chooser.actions() if a.objectName().startswith("add_")]) == len(Kind)
    pick(qtbot, chooser, "add_decision_maker")
    new = [n for n in window.map.nodes.values() if n.id not in sample_map().nodes]
    assert [n.kind for n in new] == [Kind.DECISION_MAKER]
    assert abs(new[0].x - where.x()) < 1 and abs(new[0].y - where.y()) < 1
    assert window.scene.renaming() == new[0].id
    editor = window.scene.gestures.items()[0]
    for ch in "Board":
        qtbot.keyClick(window.view.viewport(), ch)
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Return)
    assert window.map.node(new[0].id).name == "Board"


def test_double_click_on_a_node_still_renames_it(window, qtbot):
    qtbot.mouseDClick(window.view.viewport(), Left, pos=node_point(window, "staff"))
    assert window.scene.renaming() == "staff"
    assert window.canvas_menus.menu is None


def test_align_and_distribute_from_the_map_menu(window, qtbot):
    align = window.align
    window.scene.select_ids(["acme"], [])
    assert not align.align["left"].isEnabled()
    window.scene.select_ids(["acme", "cto", "advisor"], [])
    assert align.align["left"].isEnabled() and align.distribute["vertical"].isEnabled()
    window.map.move_nodes({"cto": (-200.0, 0.0)})
    before = window.map.copy()
    align.align["left"].trigger()
    lefts = {round(window.map.node(n).x - node_rect(window.map.node(n).kind).width() / 2, 6)
             for n in ("acme", "cto", "advisor")}
    assert len(lefts) == 1  # one left edge, whatever each shape's width
    assert window.editor.undo_stack.undoText() == "Align 3 nodes left"
    window.map.move_nodes({"advisor": (-260.0, 500.0)})
    align.distribute["vertical"].trigger()
    spans = sorted((window.map.node(n).y - node_rect(window.map.node(n).kind).height() / 2,
                    window.map.node(n).y + node_rect(window.map.node(n).kind).height() / 2)
                   for n in ("acme", "cto", "advisor"))
    gaps = [spans[1][0] - spans[0][1], spans[2][0] - spans[1][1]]
    assert abs(gaps[0] - gaps[1]) < 1e-6  # equal space between the shapes
    window.editor.undo_stack.undo()
    window.editor.undo_stack.undo()
    assert window.map.node("cto").x == -200.0 and before.node("acme") == window.map.node("acme")


def test_map_menu_holds_align_and_distribute(window):
    map_menu = window.menuBar().actions()[3].menu()
    align = map_menu.findChild(QMenu, "menuAlign")
    names = [a.objectName() for a in align.actions() if not a.isSeparator()]
    assert names == ["actionAlignLeft", "actionAlignCentre", "actionAlignRight", "actionAlignTop",
                     "actionAlignMiddle", "actionAlignBottom", "actionDistributeHorizontal",
                     "actionDistributeVertical"]


def test_one_key_tool_shortcuts_on_the_canvas_shown_in_the_palette(window, qtbot):
    from stakeholder_map.ui.palette import KIND_KEYS, RELATION_KEYS

    viewport = window.view.viewport()
    window.view.setFocus()
    qtbot.keyClick(viewport, Qt.Key.Key_C)
    assert window.tools.current() == ("place", Kind.COMPANY)
    assert window.scene.tool.is_place and window.scene.tool.kind is Kind.COMPANY
    qtbot.keyClick(viewport, Qt.Key.Key_3)
    assert window.tools.current() == ("connect", Relation.USES)
    qtbot.keyClick(viewport, Qt.Key.Key_V)
    assert window.tools.current() == ("select", None)
    palette = window.docks.palette_widget
    shown = {label.objectName(): label.text() for label in palette.findChildren(QLabel) if label.objectName()}
    assert shown["toolSelectKey"] == "V" and shown["toolPlaceCompanyKey"] == KIND_KEYS[Kind.COMPANY]
    assert shown["toolConnectUsesKey"] == RELATION_KEYS[Relation.USES]
    assert len(set(KIND_KEYS.values()) | set(RELATION_KEYS.values()) | {"V"}) == len(Kind) + len(Relation) + 1


def test_tool_keys_type_letters_when_a_name_is_being_edited(window, qtbot):
    window.scene.select_ids(["cto"], [])
    window.commands.rename.trigger()
    viewport = window.view.viewport()
    for ch in "Cub":
        qtbot.keyClick(viewport, ch)
    qtbot.keyClick(viewport, Qt.Key.Key_Return)
    assert window.map.node("cto").name == "Cub"
    assert window.tools.current() == ("select", None)
