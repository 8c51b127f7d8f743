"""A big map's links are parked as it opens (out of the scene's index, their curves not laid
out) and join the scene when something needs them: a click or the pointer near them, a
rubber band, Select All, a close look, an export. To the user nothing differs from a small
map: every link can be clicked, selected, deleted and undone from the overview."""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter

from stakeholder_map.canvas.picture import render_map
from stakeholder_map.model import Edge, Map, Node

COLUMNS = 40
STEP = 600.0


def wide_map(n: int = 2100) -> Map:
    """Over 4,000 nodes and links (a big map), spread out so links are long at fit zoom."""
    m = Map()
    m.add([Node(f"a{i}", "end_user", f"U{i}", x=(i % COLUMNS) * STEP, y=(i // COLUMNS) * STEP) for i in range(n)],
          [Edge(f"f{i}", f"a{i}", f"a{i + 1}", "influences") for i in range(n - 1) if (i + 1) % COLUMNS]
          + [Edge(f"g{i}", f"a{i}", f"a{i + COLUMNS}", "influences") for i in range(n - COLUMNS)])
    return m


def _opened(make_window, qtbot):
    window = make_window(wide_map())
    window.resize(900, 700)
    window.view.fit_map()
    window.view.viewport().grab()
    assert window.view.overview_active()
    return window


def _middle(window, a: str, b: str) -> QPoint:
    """The view pixel holding the point halfway between two nodes (on the straight link
    joining them): seen from far, a pixel spans dozens of scene units."""
    m = window.map
    mid = QPointF((m.node(a).x + m.node(b).x) / 2, (m.node(a).y + m.node(b).y) / 2)
    at = window.view.viewportTransform().map(mid)
    return QPoint(math.floor(at.x()), math.floor(at.y()))


def test_opening_a_big_map_keeps_its_links_out_of_the_scene_until_needed(make_window, qtbot):
    window = _opened(make_window, qtbot)
    links = len(window.map.edges)
    assert links > 4000 - 2100
    # the scene's index holds the nodes (and tiles), not thousands of links nobody pointed at
    assert len(window.scene.items()) < len(window.map.nodes) + 100


def test_a_click_on_a_link_seen_from_far_selects_it(make_window, qtbot):
    window = _opened(make_window, qtbot)
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=_middle(window, "a100", "a101"))
    assert window.scene.selected_edge_ids() == ["f100"]
    assert window.scene.selected_node_ids() == []


def test_a_rubber_band_seen_from_far_selects_the_links_it_touches(make_window, qtbot):
    window = _opened(make_window, qtbot)
    view = window.view
    view.set_zoom(0.1)  # still seen from far, with room for a band of some pixels
    view.centerOn(STEP / 2, 0)
    view.viewport().grab()
    assert view.overview_active()
    # a band around the link a0 -> a1 only, from empty canvas above it to below its middle
    start = view.mapFromScene(QPointF(STEP * 0.3, -STEP * 0.3))
    end = view.mapFromScene(QPointF(STEP * 0.7, STEP * 0.2))
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * i / 5)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert window.scene.selected_edge_ids() == ["f0"]


def test_select_all_selects_every_link_of_a_big_map(make_window, qtbot):
    window = _opened(make_window, qtbot)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert sorted(window.scene.selected_edge_ids()) == sorted(window.map.edges)


def test_a_link_never_looked_at_is_deleted_and_restored(make_window, qtbot, qtlog):
    window = _opened(make_window, qtbot)
    window.editor.delete([], ["g2000"])
    assert "g2000" not in window.map.edges and window.scene.edge_item("g2000") is None
    window.editor.undo_stack.undo()
    item = window.scene.edge_item("g2000")
    assert item is not None and item.scene() is window.scene
    assert not [r for r in qtlog.records if "removeItem" in r.message or "already" in r.message]


def test_a_picture_of_a_big_map_draws_the_links_nobody_looked_at(make_window, qtbot):
    window = _opened(make_window, qtbot)
    scene = window.scene
    source = scene.map_rect()
    scale = 0.1
    image = QImage(int(source.width() * scale), int(source.height() * scale), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    render_map(scene, painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    # pixels halfway along a far link, in the links' colour rather than the background
    a, b = window.map.node("a1960"), window.map.node("a2000")
    spot = QPoint(int(((a.x + b.x) / 2 - source.left()) * scale), int(((a.y + b.y) / 2 - source.top()) * scale))
    background = image.pixelColor(QPoint(2, 2))
    assert any(image.pixelColor(spot + QPoint(dx, dy)) != background for dx in range(-1, 2) for dy in range(-1, 2))


def test_moving_the_mouse_over_a_big_map_seen_from_far_leaves_its_links_parked(make_window, qtbot):
    """Hovering thousands of lines seen from far asked Qt to test each of them at every move
    (90 ms a move on a scattered 20,000-node map): only a press or a tooltip admits links."""
    window = _opened(make_window, qtbot)
    viewport = window.view.viewport()
    before = len(window.scene.items())
    for i in range(12):
        qtbot.mouseMove(viewport, _middle(window, f"a{100 + i}", f"a{101 + i}"))
    assert len(window.scene.items()) == before
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_middle(window, "a100", "a101"))
    assert window.scene.selected_edge_ids() == ["f100"]


def _with_a_warned_link() -> Map:
    """``wide_map`` and two companies paying for a product with nobody in them deciding:
    their ``pays`` links carry a finding."""
    m = wide_map()
    for n in ("", "2"):
        x = -3 * STEP if not n else -6 * STEP
        m.add_node(f"prod{n}", "product", f"Suite{n}", x=x, y=0)
        m.add_node(f"co{n}", "company", f"Globex{n}", x=x, y=2 * STEP)
        m.connect(f"co{n}", f"prod{n}", "pays", edge_id=f"pay{n}")
    return m


def test_a_parked_link_shows_the_latest_findings_when_it_joins_the_scene(make_window, qtbot):
    from tests.ui.helpers import wait_analysis

    window = make_window(_with_a_warned_link())
    wait_analysis(qtbot, window)
    assert window.scene.edge_of("pay").scene() is None  # parked: nobody looked at it yet
    link = window.scene.edge_item("pay")  # asked for: it joins the scene, with its finding
    assert link.is_marked() and "Globex" in link.tooltip_text()
    # a new analysis while the other one waits: someone in Globex2 now decides
    dee = window.editor.add_node("person", (-6 * STEP, 4 * STEP), "Dee")
    window.editor.connect(dee, "co2", "member_of")
    window.editor.connect(dee, "prod2", "decides")
    qtbot.waitUntil(lambda: not any("pay2" in f.edges for f in window.analysis.findings), timeout=10000)
    other = window.scene.edge_item("pay2")
    assert not other.is_marked() and "decides on buying" not in other.tooltip_text()


def test_a_picture_of_a_big_map_shows_the_findings_of_links_nobody_looked_at(make_window, qtbot):
    from tests.ui.helpers import wait_analysis

    window = make_window(_with_a_warned_link())
    wait_analysis(qtbot, window)
    image = QImage(400, 300, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    render_map(window.scene, painter, QRectF(0, 0, 400, 300))
    painter.end()
    assert window.scene.edge_of("pay").is_marked()  # its halo is in the picture
