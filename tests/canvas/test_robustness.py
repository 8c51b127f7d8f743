"""Any valid map builds, follows its changes and renders: odd names, far coordinates,
self-loops, parallel and invalid edges included."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from stakeholder_map.canvas import MapScene
from stakeholder_map.canvas.picture import render_map
from tests.strategies import maps


def _check(scene, m) -> None:
    assert {i.node.id for i in scene.node_items()} == set(m.nodes)
    assert {i.edge.id for i in scene.edge_items()} == set(m.edges)
    for item in scene.edge_items():
        assert item.source.node.id == item.edge.source and item.target.node.id == item.edge.target
        assert item.edge == m.edge(item.edge.id)
    for item in scene.node_items():
        assert item.node == m.node(item.node.id)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(m=maps(max_nodes=10, max_edges=16), data=st.data())
def test_any_map_builds_follows_changes_and_renders(qapp, m, data):
    scene = MapScene(m)
    try:
        _check(scene, m)
        changes = []
        if m.nodes:
            victim = data.draw(st.sampled_from(sorted(m.nodes)))
            changes.append(m.remove([victim]))
            _check(scene, m)
        if m.nodes:
            node_id = data.draw(st.sampled_from(sorted(m.nodes)))
            m.update_node(node_id, name=data.draw(st.text(max_size=40)), x=12.5, y=-7.0)
            _check(scene, m)
        for change in reversed(changes):
            m.apply(change.inverted())
            _check(scene, m)
        image = QImage(120, 90, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        render_map(scene, painter, QRectF(image.rect()), transparent=True, legend=True)
        painter.end()
        assert scene.map_rect().isValid()
    finally:
        scene.detach()
