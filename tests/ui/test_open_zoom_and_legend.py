"""Small maps open and arrange at a zoom where names and role badges are readable, and the
legend can be moved off the nodes it covers."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt

from stakeholder_map.canvas.view import READABLE_ZOOM
from stakeholder_map.resources import template_paths


def template(name: str):
    return next(p for p in template_paths() if p.name.startswith(name))


def test_templates_open_readable(make_window, qtbot):
    window = make_window()
    for name in ("family-toy", "professional-services"):
        assert window.files.open_template(template(name))
        qtbot.wait(10)
        assert window.view.zoom() >= READABLE_ZOOM - 1e-6, name
        # The product (the middle of the story) is on screen.
        product = next(n for n in window.map.nodes.values() if n.kind.value == "product")
        point = window.view.mapFromScene(window.scene.node_item(product.id).scenePos())
        assert window.view.viewport().rect().contains(point), name


def test_arrange_keeps_a_small_map_readable(window, qtbot):
    window.commands.arrange.trigger()
    assert window.view.zoom() >= READABLE_ZOOM - 1e-6
    assert window.editor.undo_stack.count() == 1


def test_fit_map_still_shows_everything(make_window, qtbot):
    window = make_window()
    window.files.open_template(template("family-toy"))
    window.commands.fit.trigger()
    view = window.view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    for item in window.scene.node_items():
        assert shown.contains(item.sceneBoundingRect().center())


def test_a_big_map_still_opens_whole(make_window, qtbot):
    from stakeholder_map.model import Kind, Map

    m = Map("Wide")
    for i in range(60):
        m.add_node(f"n{i}", Kind.PERSON, f"P{i}", x=i * 400.0, y=(i % 7) * 300.0)
    window = make_window(m)
    window.open_map_object(m)
    assert window.view.zoom() < READABLE_ZOOM


def test_the_legend_can_be_dragged_away_and_stays_in_the_view(window, qtbot):
    view = window.view
    before = view.legend_rect()
    start = before.center().toPoint()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 6):
        qtbot.mouseMove(view.viewport(), start + QPoint(60 * i, -40 * i))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(300, -200))
    after = view.legend_rect()
    assert after.topLeft() - before.topLeft() == QPointF(300, -200)  # (the legend is 420 px wide)
    assert list(window.scene.selected_node_ids()) == []  # dragging it selects nothing
    assert window.editor.undo_stack.count() == 0
    # Dragged past the edge, it stays whole inside the view.
    start = after.center().toPoint()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(5000, 0))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=start + QPoint(5000, 0))
    assert view.viewport().rect().toRectF().contains(view.legend_rect())
