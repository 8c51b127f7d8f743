"""The Filter panel in the real window: what is not ticked dims, groups narrow each other."""

from __future__ import annotations

from PySide6.QtCore import Qt

from stakeholder_map.analysis import Role
from stakeholder_map.model import Kind
from tests.ui.conftest import sample_map
from tests.ui.helpers import wait_analysis


def tick(qtbot, window, group: str, value) -> None:
    panel = window.docks.filter_panel
    window.docks.filter.show()
    window.docks.filter.raise_()
    item = panel.entry(group, value)
    item.parent().setExpanded(True)
    panel.tree.setCurrentItem(item)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Space)


def faint(window) -> set[str]:
    return {n for n in window.map.nodes if window.scene.node_item(n).opacity() < 1.0}


def test_ticking_a_kind_dims_the_other_nodes_and_their_links(window, qtbot):
    tick(qtbot, window, "kinds", Kind.COMPANY)
    assert faint(window) == set(window.map.nodes) - {"acme"}
    assert all(window.scene.edge_item(e).dimmed for e in window.map.edges)  # none joins two shown nodes
    tick(qtbot, window, "kinds", Kind.PRODUCT)
    assert faint(window) == {"cto", "staff", "advisor"}
    assert not window.scene.edge_item("pay").dimmed and window.scene.edge_item("use").dimmed
    assert "Showing 2 of 5" in window.docks.filter_panel.summary.text()
    qtbot.mouseClick(window.docks.filter_panel.clear_button, Qt.MouseButton.LeftButton)
    assert faint(window) == set() and not any(window.scene.edge_item(e).dimmed for e in window.map.edges)


def test_roles_and_findings_come_from_the_analysis_and_groups_narrow(window, qtbot):
    wait_analysis(qtbot, window)
    tick(qtbot, window, "roles", Role.DECISION_MAKER)
    deciders = {n for n, roles in window.analysis.roles.items() if Role.DECISION_MAKER in roles}
    assert deciders and faint(window) == set(window.map.nodes) - deciders
    tick(qtbot, window, "kinds", Kind.COMPANY)  # a company that decides: none here
    assert faint(window) == set(window.map.nodes) - (deciders & {"acme"})


def test_tags_of_the_map_are_listed_and_filter(make_window, qtbot):
    m = sample_map()
    m.update_node("staff", tags=("pilot",))
    window = make_window(m)
    tick(qtbot, window, "tags", "pilot")
    assert faint(window) == set(window.map.nodes) - {"staff"}
    window.editor.add_node(Kind.PERSON, (0, 400))  # a new node is not tagged: it dims too
    assert faint(window) == set(window.map.nodes) - {"staff"}
