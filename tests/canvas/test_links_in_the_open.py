"""Links never hide under a node, parallel links fan out, and a label names its own link."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from stakeholder_map.canvas import MapScene, MapView, Theme
from stakeholder_map.canvas.style import node_rect
from stakeholder_map.model import Edge, Map, Node


def crosses(scene, edge_id: str, node_id: str) -> bool:
    """Does the drawn line run over the node's shape?"""
    item = scene.node_item(node_id)
    shape = node_rect(item.node.kind).translated(item.pos())
    line = scene.edge_item(edge_id).path()
    return any(shape.contains(line.pointAtPercent(i / 200)) for i in range(201))


def in_a_row() -> Map:
    m = Map()
    m.add([Node("a", "person", "A", x=0, y=0), Node("m", "company", "Middle", x=250, y=5),
           Node("b", "decision_maker", "B", x=500, y=0)],
          [Edge("e", "a", "b", "influences")])
    return m


def test_a_link_bends_around_a_node_in_its_way_and_straightens_when_it_moves(qtbot):
    m = in_a_row()
    scene = MapScene(m)
    assert not crosses(scene, "e", "m")
    assert scene.edge_item("e").path().elementCount() > 2  # a curve, not a straight line
    m.move_nodes({"m": (250.0, 400.0)})
    assert scene.edge_item("e").path().elementCount() == 2  # nothing in the way: straight
    m.move_nodes({"m": (240.0, -8.0)})
    assert not crosses(scene, "e", "m")
    scene.detach()


def test_a_node_added_in_the_way_bends_the_link(qtbot):
    m = in_a_row()
    m.remove(["m"])
    scene = MapScene(m)
    assert scene.edge_item("e").path().elementCount() == 2
    m.add_node("new", "product", "New", x=260, y=0)
    assert not crosses(scene, "e", "new")
    scene.detach()


def test_parallel_links_fan_out_apart(qtbot):
    m = Map()
    m.add([Node("p", "person", "P", x=0, y=0), Node("d", "decision_maker", "D", x=400, y=0)],
          [Edge("i1", "p", "d", "influences"), Edge("i2", "d", "p", "influences"),
           Edge("i3", "p", "d", "member_of")])
    scene = MapScene(m)
    middles = [scene.edge_item(e).path().pointAtPercent(0.5).y() for e in ("i1", "i2", "i3")]
    assert min(abs(a - b) for i, a in enumerate(middles) for b in middles[i + 1:]) > 15
    scene.detach()


def crossed_label_map() -> Map:
    m = Map()
    m.add([Node("app", "product", "App", x=0, y=0), Node("co", "company", "Co", x=-500, y=0),
           Node("p", "person", "Pat", x=-250, y=-300), Node("boss", "decision_maker", "Boss", x=-250, y=300)],
          [Edge("pay", "co", "app", "pays", amount=100, period="monthly"),
           Edge("sway", "p", "boss", "influences")])  # its line runs through the pays label
    return m


def test_hovering_or_clicking_a_label_names_and_picks_its_own_link(qtbot):
    scene = MapScene(crossed_label_map())
    scene.set_theme(Theme.light())
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(900, 800)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_100()
    label = scene.edge_item("pay").label_rect()
    assert not label.isNull()
    spot = QPointF(scene.edge_item("sway").path().pointAtPercent(0.5).x(), label.center().y())
    assert label.contains(spot) and scene.edge_item("sway").contains(spot)
    assert scene.link_at(spot) is scene.edge_item("pay")
    at = view.mapFromScene(spot)
    QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, at, view.viewport().mapToGlobal(at)))
    assert "pays" in QToolTip.text() and "Co" in QToolTip.text()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert scene.selected_edge_ids() == ["pay"]
    QToolTip.hideText()
    scene.detach()
