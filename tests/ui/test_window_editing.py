"""Editing in the real window: palette, canvas gestures, keys, menus and undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from stakeholder_map.model import Kind, Relation
from tests.ui.conftest import sample_map
from tests.ui.helpers import empty_point, node_point, scene_point, wait_analysis

Left = Qt.MouseButton.LeftButton


def press_key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view.viewport(), key, modifier)


def drag(qtbot, window, start: QPoint, end: QPoint, steps: int = 5) -> None:
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Left, pos=start)
    for i in range(1, steps + 1):
        qtbot.mouseMove(viewport, start + (end - start) * i / steps)
    qtbot.mouseRelease(viewport, Left, pos=end)


def test_window_parts_are_named_for_assistive_tools(window):
    assert window.view.accessibleName() == "Map canvas"
    for dock in window.docks.all():
        assert dock.objectName() and dock.accessibleName()
    for name in ("findingsList", "keyStakeholdersList", "properties", "palette"):
        assert window.findChild(object, name) is not None, name
    from PySide6.QtGui import QAction

    actions = [a for a in window.findChildren(QAction) if not a.isSeparator() and a.text()]
    unnamed = [a.text() for a in actions if not a.objectName()
               and not a.text().startswith("&") and a.parent() is window]
    assert not unnamed
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Map", "&Views", "&Help"]


def test_place_a_node_by_clicking_with_a_palette_kind(window, qtbot):
    window.tools.kinds[Kind.COMPANY].trigger()
    spot = empty_point(window)
    where = scene_point(window, spot)
    qtbot.mouseClick(window.view.viewport(), Left, pos=spot)
    new = [n for n in window.map.nodes.values() if n.id not in sample_map().nodes]
    assert len(new) == 1
    node = new[0]
    assert (node.kind, node.name, node.id) == (Kind.COMPANY, "New company", "company1")
    assert abs(node.x - where.x()) <= 25 and abs(node.y - where.y()) <= 25
    assert window.scene.selected_node_ids() == [node.id]
    assert window.scene.renaming() == node.id  # ready to type its name
    assert window.tools.current() == ("select", None)  # back to Select
    assert window.editor.undo_stack.undoText() == "Add company"


def test_shift_keeps_the_kind_to_place_several(window, qtbot):
    window.tools.kinds[Kind.END_USER].trigger()
    viewport = window.view.viewport()
    spot = empty_point(window)
    qtbot.mouseClick(viewport, Left, Qt.KeyboardModifier.ShiftModifier, pos=spot)
    assert window.tools.current() == ("place", Kind.END_USER)
    assert "end_user1" in window.map.nodes


def test_rename_with_f2_typing_and_enter(window, qtbot):
    window.scene.select_ids(["cto"], [])
    press_key(qtbot, window, Qt.Key.Key_F2)
    assert window.scene.renaming() == "cto"
    viewport = window.view.viewport()
    qtbot.keyClick(viewport, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(viewport, "Head of IT")
    qtbot.keyClick(viewport, Qt.Key.Key_Return)
    assert window.map.node("cto").name == "Head of IT"
    assert window.commands.undo.text() == "&Undo Rename CTO to Head of IT"
    window.commands.undo.trigger()
    assert window.map.node("cto").name == "CTO"


def test_connect_by_dragging_with_a_relation_tool(window, qtbot):
    window.tools.relations[Relation.INFLUENCES].trigger()
    drag(qtbot, window, node_point(window, "advisor"), node_point(window, "cto"))
    edges = [e for e in window.map.edges.values() if e.relation is Relation.INFLUENCES]
    assert [(e.source, e.target) for e in edges] == [("advisor", "cto")]
    assert window.scene.selected_edge_ids() == [edges[0].id]
    assert window.editor.undo_stack.undoText() == "Link Advisor influences CTO"


def test_connect_with_the_relation_menu(window, qtbot):
    item = window.scene.node_item("advisor")
    handle = window.view.mapFromScene(item.mapToScene(item.handle_centre()))
    qtbot.mouseMove(window.view.viewport(), node_point(window, "advisor"))  # hover shows the handle
    qtbot.mouseMove(window.view.viewport(), handle)
    drag(qtbot, window, handle, node_point(window, "chat"))
    menu = window.edits.relation_menu
    assert menu is not None and menu.isVisible()
    offered = [a.objectName() for a in menu.actions() if a.objectName()]
    assert offered == ["relation_pays", "relation_decides", "relation_uses"]
    next(a for a in menu.actions() if a.objectName() == "relation_pays").trigger()
    menu.close()
    pays = [e for e in window.map.edges.values() if e.source == "advisor"]
    assert [(e.target, e.relation) for e in pays] == [("chat", Relation.PAYS)]


def test_relation_menu_path_refuses_pairs_nothing_links(window):
    before = window.map.copy()
    window.scene.connectRequested.emit("chat", "staff", "")  # product -> anything: nothing
    assert window.map == before
    assert "A product cannot start a link" in window.statusBar().currentMessage()
    window.scene.connectRequested.emit("cto", "cto", "")
    assert "itself" in window.statusBar().currentMessage()
    window.scene.connectRequested.emit("chat", "cto", "pays")
    assert "cannot" in window.statusBar().currentMessage()
    assert window.map == before and window.editor.undo_stack.count() == 0


def test_move_by_drag_is_one_undo_step(window, qtbot):
    before = window.map.copy()
    start = node_point(window, "advisor")
    drag(qtbot, window, start, start + QPoint(60, 40), steps=8)
    moved = window.map.node("advisor")
    assert (moved.x, moved.y) != (-260, 220)
    assert window.editor.undo_stack.count() == 1
    assert window.editor.undo_stack.undoText() == "Move 1 node"
    assert window.commands.undo.text() == "&Undo Move 1 node"
    window.commands.undo.trigger()
    assert window.map == before


def test_arrow_nudges_merge_into_one_step(window, qtbot):
    window.scene.select_ids(["staff", "cto"], [])
    for _ in range(3):
        press_key(qtbot, window, Qt.Key.Key_Right)
    assert window.map.node("staff").x > 260
    assert window.editor.undo_stack.count() == 1
    assert window.editor.undo_stack.undoText() == "Move 2 nodes"


def test_delete_key_removes_a_node_with_its_edges(window, qtbot):
    window.scene.select_ids(["staff"], [])
    press_key(qtbot, window, Qt.Key.Key_Delete)
    assert "staff" not in window.map.nodes
    assert {"use", "mem2"}.isdisjoint(window.map.edges)
    window.scene.select_ids([], ["dec"])
    press_key(qtbot, window, Qt.Key.Key_Backspace)
    assert "dec" not in window.map.edges
    window.commands.undo.trigger()
    window.commands.undo.trigger()
    assert window.map == sample_map()


def test_select_all_and_duplicate(window, qtbot):
    press_key(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.scene.selected_node_ids()) == sorted(sample_map().nodes)
    window.scene.select_ids(["cto", "chat"], [])
    press_key(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(window.map.nodes) == 7 and len(window.map.edges) == 6
    assert sorted(window.scene.selected_node_ids()) == ["decision_maker1", "product1"]
    assert window.editor.undo_stack.undoText() == "Duplicate 3 items"


def test_undo_and_redo_every_kind_of_edit_exactly(window, qtbot):
    stack = window.editor.undo_stack
    snapshots = [window.map.copy()]

    def step(action):
        action()
        assert stack.count() == len(snapshots), action
        snapshots.append(window.map.copy())

    e = window.editor
    step(lambda: e.add_node(Kind.BUYER, (40, 300)))
    step(lambda: e.connect("buyer1", "chat", Relation.PAYS))
    step(lambda: e.rename("buyer1", "Team lead"))
    step(lambda: e.move({"buyer1": (80, 320)}))
    step(lambda: e.set_node_fields(["buyer1", "advisor"], kind=Kind.PERSON))
    step(lambda: e.set_edge_fields(["pay"], relation=Relation.DECIDES))
    step(lambda: window.scene.select_ids(["staff"], []) or window.edits.delete())
    step(lambda: window.scene.select_ids(["cto"], []) or window.edits.duplicate())
    step(lambda: e.set_title("Renamed"))
    step(window.edits.arrange)
    for expected in reversed(snapshots[:-1]):
        window.commands.undo.trigger()
        assert window.map == expected
    assert window.map == sample_map()
    for expected in snapshots[1:]:
        window.commands.redo.trigger()
        assert window.map == expected


def test_properties_dock_follows_the_canvas_selection(window, qtbot):
    panel = window.docks.properties_panel
    window.scene.select_ids(["acme"], [])
    assert panel.pages.currentWidget() is panel.node_page
    assert panel.node_name.text() == "Acme Corp"
    panel.node_name.setFocus()
    panel.node_name.selectAll()
    qtbot.keyClicks(panel.node_name, "Acme Group")
    qtbot.keyClick(panel.node_name, Qt.Key.Key_Return)
    assert window.map.node("acme").name == "Acme Group"
    window.scene.select_ids(["cto", "staff"], ["dec"])
    assert panel.pages.currentWidget() is panel.multi_page
    panel.multi_kind.setCurrentIndex(panel.multi_kind.findData(Kind.PERSON.value))
    assert {window.map.node(i).kind for i in ("cto", "staff")} == {Kind.PERSON}
    window.commands.undo.trigger()
    assert window.map.node("cto").kind is Kind.DECISION_MAKER
    assert panel.multi_kind.currentIndex() == -1  # mixed again after undo


def test_copy_and_paste_between_two_windows(make_window, qtbot):
    first = make_window(sample_map())
    second = make_window()
    first.scene.select_ids(["acme", "cto", "staff"], [])
    first.commands.copy.trigger()
    mime = QApplication.clipboard().mimeData()
    assert mime.hasFormat("application/x-stakeholder-map+json")
    assert mime.text().splitlines() == ["Acme Corp", "CTO", "Staff"]
    second.commands.paste.trigger()
    names = sorted(n.name for n in second.map.nodes.values())
    assert names == ["Acme Corp", "CTO", "Staff"]
    assert len(second.map.edges) == 2  # the two member_of links; the others lost an end
    assert sorted(second.scene.selected_node_ids()) == sorted(second.map.nodes)
    second.commands.paste.trigger()  # pasting again shifts the copies
    positions = [n.position for n in second.map.nodes.values()]
    assert len(set(positions)) == 6
    assert second.editor.undo_stack.undoText() == "Paste 5 items"


def test_cut_removes_and_paste_restores(window):
    window.scene.select_ids(["advisor"], [])
    window.commands.cut.trigger()
    assert "advisor" not in window.map.nodes
    assert window.editor.undo_stack.undoText() == "Cut 1 item"
    window.commands.paste.trigger()
    assert [n.name for n in window.map.nodes.values()].count("Advisor") == 1


def test_paste_of_foreign_clipboard_says_so(window):
    window.scene.select_ids(["cto"], [])
    window.commands.copy.trigger()
    assert window.commands.paste.isEnabled()
    QApplication.clipboard().setText("just text")
    assert not window.commands.paste.isEnabled()
    before = window.map.copy()
    window.edits.paste()
    assert window.map == before
    assert "no stakeholder map" in window.statusBar().currentMessage()


def test_edit_actions_follow_the_selection(window):
    window.scene.select_ids([], [])
    assert not window.commands.delete.isEnabled() and not window.commands.copy.isEnabled()
    window.scene.select_ids([], ["use"])
    assert window.commands.delete.isEnabled() and not window.commands.copy.isEnabled()
    window.scene.select_ids(["cto"], [])
    assert window.commands.rename.isEnabled() and window.commands.duplicate.isEnabled()


def test_findings_follow_edits_and_clicking_one_selects_its_nodes(window, qtbot):
    wait_analysis(qtbot, window)
    listing = window.docks.findings_list
    count = len(window.analysis.findings)
    assert listing.count() == count and window.docks.findings.windowTitle() == f"Findings ({count})"
    isolated = [f for f in window.analysis.findings if f.code == "isolated"]
    assert [f.nodes for f in isolated] == [("advisor",)]
    with qtbot.waitSignal(window.analysisUpdated, timeout=10000):
        window.editor.connect("advisor", "cto", Relation.INFLUENCES)
    assert not [f for f in window.analysis.findings if f.code == "isolated"]
    assert window.docks.findings.windowTitle() == f"Findings ({len(window.analysis.findings)})"
    with qtbot.waitSignal(window.analysisUpdated, timeout=10000):
        window.editor.add_node(Kind.BUYER, (500, 500), "Lonely")
    row = next(i for i, f in enumerate(listing.findings) if f.nodes == ("buyer1",)
               and f.code == "isolated")
    window.docks.findings.raise_()
    index = listing.model().index(row)
    listing.scrollTo(index)
    qtbot.waitUntil(lambda: listing.visualRect(index).isValid())  # rows are laid out in batches
    qtbot.mouseClick(listing.viewport(), Left, pos=listing.visualRect(index).center())
    assert window.scene.selected_node_ids() == ["buyer1"]
    centre = window.view.mapToScene(window.view.viewport().rect().center())
    assert abs(centre.x() - window.map.node("buyer1").x) < 80


def test_moves_do_not_rerun_the_analysis(window, qtbot):
    wait_analysis(qtbot, window)
    generation = window.runner.generation
    window.editor.move({"advisor": (0, 500)})
    assert window.runner.generation == generation


def test_key_stakeholders_list(window, qtbot):
    wait_analysis(qtbot, window)
    tree = window.docks.stakeholders_list
    assert tree.ids() == window.analysis.key_stakeholders(10)
    assert "chat" not in tree.ids()  # products are not stakeholders
    tree.nodeChosen.emit("staff")
    assert window.scene.selected_node_ids() == ["staff"]


def test_view_actions_zoom_snap_and_legend(window):
    window.commands.zoom_100.trigger()
    assert window.status.zoom.text() == "100%"
    window.commands.zoom_in.trigger()
    assert window.status.zoom.text() == "125%"
    window.commands.fit.trigger()
    window.commands.snap.setChecked(True)
    assert window.scene.gestures.snap is True
    assert window.settings().value("view/snap", type=bool) is True
    window.commands.legend.setChecked(False)
    assert window.scene.legend_visible is False
    window.commands.legend.setChecked(True)
    assert window.scene.legend_visible is True


def test_status_bar_counts(window):
    assert window.status.counts.text() == "5 nodes · 5 links"
    window.editor.delete(["advisor"])
    assert window.status.counts.text() == "4 nodes · 5 links"


def test_typing_in_the_properties_panel_never_triggers_canvas_shortcuts(window, qtbot):
    window.scene.select_ids(["advisor"], [])
    name = window.docks.properties_panel.node_name
    name.setFocus()
    name.end(False)
    for key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        qtbot.keyClick(name, key)
    qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(name, "Mentor")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert "advisor" in window.map.nodes
    assert window.map.node("advisor").name == "Mentor"
    assert window.scene.selected_node_ids() == ["advisor"]


def test_tool_bar_icons_follow_a_dark_palette(window):
    from PySide6.QtGui import QColor, QPalette

    def darkest_alpha_pixel(action):
        image = action.icon().pixmap(32, 32).toImage()
        return max((image.pixelColor(x, y) for x in range(32) for y in range(32)),
                   key=lambda c: c.alpha())

    light = darkest_alpha_pixel(window.commands.zoom_in)
    palette = window.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#F0F0F0"))
    window.setPalette(palette)
    dark = darkest_alpha_pixel(window.commands.zoom_in)
    assert dark.lightness() > 200 and light.lightness() < 120
