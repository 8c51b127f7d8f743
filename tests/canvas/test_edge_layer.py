"""Edges are drawn by tiles (batched) and, while their node is dragged, by the live layer."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from stakeholder_map.canvas import MapScene, MapView, Theme, style
from stakeholder_map.canvas.picture import export_rect, render_map
from stakeholder_map.model import Edge, Map, Node


def _covered(item) -> bool:
    for x, y in item.polyline():
        if not any(tile.rect.adjusted(-1, -1, 1, 1).contains(x, y) for tile in item.tiles):
            return False
    return True


def test_every_edge_is_filed_in_tiles_covering_its_line(scene):
    for item in scene.edge_items():
        assert item.tiles and _covered(item)


def test_long_edges_span_several_tiles_and_follow_moves(scene, the_map):
    the_map.move_nodes({"people": (5000.0, 3000.0)})
    item = scene.edge_item("e2")
    assert len(item.tiles) > 3 and _covered(item)
    the_map.move_nodes({"people": (300.0, 0.0)})
    assert len(item.tiles) <= 2 and _covered(item)
    for tile in scene.edge_layer.tiles.values():  # no tile keeps a stale copy
        assert item not in tile.members or tile in item.tiles


def test_removed_edges_leave_their_tiles(scene, the_map):
    item = scene.edge_item("e2")
    tiles = set(item.tiles)
    the_map.remove(edge_ids=["e2"])
    assert all(item not in t.members for t in tiles)


def _render(scene) -> tuple[QImage, QRectF]:
    source = export_rect(scene, False)
    image = QImage(int(source.width()), int(source.height()), QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    render_map(scene, painter, QRectF(image.rect()), transparent=False)
    painter.end()
    return image, source


def test_tiles_paint_the_lines_in_their_relation_colour(scene):
    image, source = _render(scene)
    # the "uses" edge runs along y = 0 between the product and the end user
    colour = image.pixelColor(int(200 - source.left()), int(0 - source.top()))
    uses = QColor(style.RELATION_STYLES["uses"].colour)
    assert abs(colour.red() - uses.red()) < 40 and abs(colour.blue() - uses.blue()) < 40


def test_dragged_nodes_edges_are_drawn_live_then_return_to_tiles(qtbot, view, scene):
    w = view.viewport()
    start = view.mapFromScene(300, 0)
    qtbot.mousePress(w, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(w, start + QPoint(20, 30))
    qtbot.mouseMove(w, start + QPoint(40, 60))
    live = scene.edge_layer.live
    item = scene.edge_item("e2")
    assert item in live.edges and not item.tiles
    assert live.boundingRect().contains(item.boundingRect())
    qtbot.mouseRelease(w, Qt.MouseButton.LeftButton, pos=start + QPoint(40, 60))
    assert not live.edges and item.tiles and _covered(item)


def _grab(view) -> QImage:
    view.viewport().update()
    QApplication.processEvents()
    return view.viewport().grab().toImage()


def test_selected_edge_gets_a_halo_on_screen(view, scene):
    point = view.mapFromScene(150, 2.5)  # just beside the "uses" line (2 px wide)
    before = _grab(view).pixelColor(point)
    scene.select_ids([], ["e2"])
    after = _grab(view).pixelColor(point)
    assert before != after
    scene.select_ids([], [])
    assert _grab(view).pixelColor(point) == before


def big_map(n: int = 900) -> Map:
    m = Map()
    nodes = [Node(f"p{i}", "product", f"P{i}", x=(i % 30) * 400.0, y=(i // 30) * 300.0) for i in range(n)]
    edges = [Edge(f"e{i}", f"p{i}", f"p{(i + 1) % n}", "uses") for i in range(n)]  # invalid, still drawn
    m.add(nodes, edges)
    return m


def test_far_view_of_a_big_map_paints_the_overview(qtbot):
    scene = MapScene(big_map())
    scene.set_theme(Theme.light())
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    assert not view.overview_active()
    view.fit_map()
    assert view.zoom() < 0.3 and view.overview_active()
    image = _grab(view)
    product = QColor(style.KIND_COLOURS["product"])
    centre = view.mapFromScene(scene.node_item("p0").pos())
    assert image.pixelColor(centre) == product
    scene.select_ids(["p0"], [])
    assert _grab(view) != image  # the selection shows in the overview too
    scene.detach()


def test_hovering_a_node_sets_its_tooltip(qtbot, view, scene):
    w = view.viewport()
    qtbot.mouseMove(w, view.mapFromScene(0, 250))
    qtbot.mouseMove(w, view.mapFromScene(300, 0))
    assert "Searchers" in scene.node_item("people").toolTip()


def test_application_palette_change_switches_to_dark(qtbot, scene):
    app = QApplication.instance()
    old = app.palette()
    palette = app.palette()
    from PySide6.QtGui import QPalette

    palette.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    try:
        app.setPalette(palette)
        QApplication.processEvents()
        assert scene.theme.is_dark
    finally:
        app.setPalette(old)
        QApplication.processEvents()
    assert not scene.theme.is_dark


def _big_grid_map() -> Map:
    m = Map()
    n = 1500
    m.add([Node(f"a{i}", "end_user", f"U{i}", x=(i % 40) * 150.0, y=(i // 40) * 150.0) for i in range(n)]
          + [Node("p", "product", "P", x=0, y=-300)],
          [Edge(f"e{i}", f"a{i}", "p", "uses") for i in range(n)]
          + [Edge(f"f{i}", f"a{i}", f"a{(i + 1) % n}", "influences") for i in range(n)])
    return m


def _on_screen(view, item) -> bool:
    seen = view.mapToScene(view.viewport().rect()).boundingRect()
    return any(seen.contains(x, y) for x, y in item.polyline())


def test_big_maps_file_only_the_edges_a_close_look_needs(qtbot):
    """Seen from far, a big map's edges wait (the overview draws them); close up, the edges
    in sight are filed in their tiles and drawn; scrolling files more; an export files all."""
    m = _big_grid_map()
    scene = MapScene(m)
    scene.set_theme(Theme.light())
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    view.fit_map()
    view.viewport().grab()
    qtbot.wait(50)  # nothing is filed behind the window's back either
    assert view.overview_active() and len(scene.edge_layer.pending) == 3000
    assert not any(item.tiles for item in scene.edge_items())

    view.set_zoom(1.0)
    view.centerOn(scene.node_item("a0").pos())
    image = view.viewport().grab().toImage()
    near = [item for item in scene.edge_items() if _on_screen(view, item)]
    assert near and all(item.tiles and _covered(item) for item in near)
    assert 0 < len(scene.edge_layer.pending) < 3000  # the far ones still wait
    # the influence edge from a0 to a1 is drawn, in its relation's colour
    middle = view.mapFromScene((scene.node_item("a0").pos() + scene.node_item("a1").pos()) / 2)
    influences = QColor(style.RELATION_STYLES["influences"].colour)
    assert any(_near_colour(image.pixelColor(middle + QPoint(0, dy)), influences) for dy in range(-3, 4))

    far = scene.node_item("a1499")
    far_edges = [item for item in far.edges if not item.tiles]
    assert far_edges
    view.centerOn(far.pos())
    view.viewport().grab()
    assert all(item.tiles and _covered(item) for item in far_edges)

    waiting = [item for item in scene.edge_items() if not item.tiles]
    assert waiting
    picture, source = _render(scene)  # a picture draws every link, the waiting ones too
    mid = waiting[0].path().pointAtPercent(0.5) + waiting[0].pos()
    colour = QColor(style.RELATION_STYLES[waiting[0].edge.relation.value].colour)
    spot = QPoint(int(mid.x() - source.left()), int(mid.y() - source.top()))
    assert any(_near_colour(picture.pixelColor(spot + QPoint(dx, dy)), colour)
               for dx in range(-3, 4) for dy in range(-3, 4))
    assert not any(item.tiles for item in waiting)  # ...without filing them in the window's tiles
    scene.detach()


def _near_colour(colour: QColor, wanted: QColor) -> bool:
    return all(abs(a - b) < 60 for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3]))


def test_an_edge_moved_or_added_out_of_sight_is_drawn_when_looked_at(qtbot):
    m = _big_grid_map()
    scene = MapScene(m)
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    view.set_zoom(1.0)
    view.centerOn(scene.node_item("a0").pos())
    view.viewport().grab()
    m.move_nodes({"a1499": (-3000.0, -3000.0)})
    m.add([], [Edge("new", "a1498", "a1499", "influences")])
    moved = scene.node_item("a1499").edges
    waiting = [scene.edge_item("f1498"), scene.edge_item("new")]
    assert all(not item.tiles for item in waiting)  # out of sight: they wait
    assert all(item.tiles and _covered(item) for item in moved if item not in waiting)  # in sight: follow at once
    view.centerOn(-3000.0, -3000.0)
    view.viewport().grab()
    assert all(item.tiles and _covered(item) for item in moved)
    scene.detach()
