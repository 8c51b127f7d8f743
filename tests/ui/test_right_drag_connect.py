"""Connecting with the right button, and link rules that say why they refuse."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from stakeholder_map.model import Relation
from tests.ui.helpers import node_point

Left, Right = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton


def drag(qtbot, window, start: QPoint, end: QPoint, button=Left, steps: int = 5) -> None:
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, button, pos=start)
    for i in range(1, steps + 1):
        qtbot.mouseMove(viewport, start + (end - start) * i / steps)
    qtbot.mouseRelease(viewport, button, pos=end)


def status(window) -> str:
    return window.statusBar().currentMessage()


def test_right_drag_from_a_node_connects_it(window, qtbot):
    before = {n: n_.position for n, n_ in window.map.nodes.items()}
    drag(qtbot, window, node_point(window, "advisor"), node_point(window, "chat"), Right)
    menu = window.edits.relation_menu
    assert menu is not None and menu.isVisible()
    offered = [a.objectName() for a in menu.actions() if a.objectName()]
    assert offered == ["relation_pays", "relation_decides", "relation_uses"]
    menu.findChild(type(menu.actions()[0]), "relation_uses").trigger()
    assert [(e.source, e.target) for e in window.map.edges.values()
            if e.relation is Relation.USES and e.source == "advisor"] == [("advisor", "chat")]
    # Nothing moved: a right drag is not a move.
    assert {n: n_.position for n, n_ in window.map.nodes.items()} == before


def test_right_drag_to_the_same_node_or_empty_space_does_nothing(window, qtbot):
    from tests.ui.helpers import empty_point

    before = window.map.copy()
    drag(qtbot, window, node_point(window, "advisor"), empty_point(window), Right)
    start = node_point(window, "advisor")
    drag(qtbot, window, start, start + QPoint(3, 0), Right)
    assert window.map == before
    assert window.edits.relation_menu is None or not window.edits.relation_menu.isVisible()


def test_an_impossible_link_says_why_and_what_is_possible(window, qtbot):
    window.tools.relations[Relation.MEMBER_OF].trigger()
    before = window.map.copy()
    drag(qtbot, window, node_point(window, "advisor"), node_point(window, "chat"))
    assert window.map == before
    text = status(window)
    assert "Only a company can have members." in text
    assert "you can draw: pays for, decides on, uses" in text


def test_a_product_cannot_start_a_link_and_says_so(window, qtbot):
    window.tools.relations[Relation.USES].trigger()
    before = window.map.copy()
    drag(qtbot, window, node_point(window, "chat"), node_point(window, "staff"))
    assert window.map == before
    assert "A product cannot start a link" in status(window)


def test_a_second_identical_link_is_refused_and_the_first_is_shown(window, qtbot):
    window.tools.relations[Relation.USES].trigger()
    before = window.map.copy()
    drag(qtbot, window, node_point(window, "staff"), node_point(window, "chat"))
    assert window.map == before
    assert "Staff already uses Chat app" in status(window)
    assert list(window.scene.selected_edge_ids()) == ["use"]


def test_the_same_pair_with_another_relation_is_fine(window, qtbot):
    window.tools.relations[Relation.PAYS].trigger()
    drag(qtbot, window, node_point(window, "staff"), node_point(window, "chat"))
    assert len(window.map.edges) == 6
