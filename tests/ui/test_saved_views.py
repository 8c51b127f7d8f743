"""Saved views (the Views menu) and focus mode through the real window."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from stakeholder_map.canvas.edge_paint import DIMMED
from stakeholder_map.fileio import dumps_map, loads_map
from stakeholder_map.model import Attitude, Kind

Checked = Qt.CheckState.Checked


def menu_action(window, name: str):
    window.saved_views.fill()
    for action in window.saved_views.menu.actions():
        sub = action.menu()
        if action.objectName() == name or (sub is not None and sub.objectName() == name):
            return action
        if sub is not None:
            for inner in sub.actions():
                if inner.objectName() == name:
                    return inner
    raise AssertionError(f"no {name} in the Views menu")


def tick(window, group: str, value) -> None:
    window.docks.filter_panel.entry(group, value).setCheckState(0, Checked)


def faded(window) -> set[str]:
    return {i.node.id for i in window.scene.node_items() if i.opacity() == DIMMED}


def test_the_views_menu_sits_before_help(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[-2:] == ["&Views", "&Help"]


def test_a_view_is_saved_with_filter_and_viewport_and_shown_again(window, qtbot, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("  Deciders ", True)))
    window.editor.set_node_fields(["cto"], attitude=Attitude.BLOCKER)
    tick(window, "kinds", Kind.DECISION_MAKER)
    tick(window, "attitudes", Attitude.BLOCKER)
    window.view.set_zoom(1.5)
    window.view.centerOn(-260, 60)
    menu_action(window, "actionSaveView").trigger()
    (view,) = window.map.views
    assert view.name == "Deciders"
    assert view.filter.kinds == (Kind.DECISION_MAKER,) and view.filter.attitudes == (Attitude.BLOCKER,)
    assert view.viewport.zoom == 1.5 and abs(view.viewport.x + 260) < 2 and abs(view.viewport.y - 60) < 2
    assert window.editor.undo_stack.undoText() == "Save view Deciders"
    # the view is in the file, and back the same after a save and a load
    again = loads_map(dumps_map(window.map))
    assert again.views == window.map.views
    assert json.loads(dumps_map(window.map))["views"][0]["filter"] == {
        "kinds": ["decision_maker"], "attitudes": ["blocker"]}
    # elsewhere, then back to the view
    window.docks.filter_panel.clear()
    window.view.set_zoom(0.5)
    window.view.centerOn(300, 300)
    assert faded(window) == set()
    menu_action(window, "view:Deciders").trigger()
    assert faded(window) == set(window.map.nodes) - {"cto"}
    assert abs(window.view.zoom() - 1.5) < 1e-6
    centre = window.view.mapToScene(window.view.viewport().rect().center())
    assert abs(centre.x() + 260) < 3 and abs(centre.y() - 60) < 3


def test_a_view_of_the_same_name_is_replaced_and_one_can_be_deleted(window, qtbot, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Mine", True)))
    menu_action(window, "actionSaveView").trigger()
    tick(window, "kinds", Kind.COMPANY)
    menu_action(window, "actionSaveView").trigger()
    (view,) = window.map.views
    assert view.filter.kinds == (Kind.COMPANY,)
    menu_action(window, "deleteView:Mine").trigger()
    assert window.map.views == ()
    assert window.editor.undo_stack.undoText() == "Delete view Mine"
    window.editor.undo_stack.undo()
    assert [v.name for v in window.map.views] == ["Mine"]


def test_a_cancelled_name_saves_nothing(window, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Mine", False)))
    menu_action(window, "actionSaveView").trigger()
    assert window.map.views == () and window.editor.undo_stack.count() == 0


def test_focus_keeps_the_selection_and_its_neighbours_and_fades_the_rest(window, qtbot):
    window.scene.select_ids(["staff"], [])
    assert menu_action(window, "menuFocus").isEnabled()
    menu_action(window, "focus:1").trigger()
    # Staff uses the chat app and is a member of Acme
    assert faded(window) == {"cto", "advisor"}
    menu_action(window, "focus:2").trigger()
    assert faded(window) == {"advisor"}
    assert window.editor.undo_stack.count() == 0  # looking is not editing
    menu_action(window, "actionShowEverything").trigger()
    assert faded(window) == set()


def test_focus_needs_a_selection(window):
    window.scene.select_ids([], [])
    assert not menu_action(window, "menuFocus").isEnabled()


def test_a_view_with_words_this_program_does_not_know_shows_without_them(make_window):
    from stakeholder_map.model import Map, View, ViewFilter

    m = Map("Odd", views=[View("Odd", ViewFilter(roles=("astronaut", "client"), findings=("moon_missing",),
                                                 tags=("gone",)))])
    m.add_node("app", Kind.PRODUCT, "App", x=0, y=0)
    window = make_window(m)
    menu_action(window, "view:Odd").trigger()
    current = window.docks.filter_panel.current()
    assert {str(r) for r in current.roles} == {"client"} and current.findings == frozenset()
    assert current.tags == frozenset({"gone"})
