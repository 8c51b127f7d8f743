"""Big maps stay fast: an analysis touches only items whose marks changed, edits never
walk every item for the map's bounds, and the overview updates only what moved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QGraphicsSceneHoverEvent

from stakeholder_map.analysis import Analysis, Finding, Role, Severity
from stakeholder_map.canvas import MapScene, MapView, Theme, style
from stakeholder_map.canvas.edge_paint import halo_pens
from stakeholder_map.canvas.node_item import NodeItem
from stakeholder_map.model import Edge, Map, Node


def finding(code: str, severity: str, nodes: tuple, edges: tuple, message: str) -> Finding:
    return Finding(code, Severity(severity), tuple(nodes), tuple(edges), message)


def analysis_with(roles: dict | None = None, findings: tuple = ()) -> Analysis:
    return Analysis({k: tuple(Role(r) for r in v) for k, v in (roles or {}).items()}, tuple(findings))


def people_map(n: int) -> Map:
    m = Map("People")
    nodes = [Node("hub", "product", "Hub", x=0, y=0)]
    nodes += [Node(f"u{i}", "end_user", f"User {i}", x=(i % 40) * 250.0, y=300 + (i // 40) * 200.0)
              for i in range(n)]
    edges = [Edge(f"e{i}", f"u{i}", "hub", "uses") for i in range(n)]
    m.add(nodes, edges)
    return m


def roles_for(n: int, **special) -> dict:
    roles = {f"u{i}": ("user",) for i in range(n)}
    roles.update(special)
    return roles


@pytest.fixture
def counted(monkeypatch):
    """Node ids whose marks were set, call by call."""
    calls: list[str] = []
    real = NodeItem.set_marks
    monkeypatch.setattr(NodeItem, "set_marks", lambda item, roles, findings: (
        calls.append(item.node.id), real(item, roles, findings))[1])
    return calls


def test_a_new_analysis_touches_only_the_items_whose_marks_changed(qtbot, counted):
    scene = MapScene(people_map(50))
    scene.set_analysis(analysis_with(roles_for(50)))
    assert scene.node_item("u7").badge_labels() == ["User"]
    counted.clear()
    flag = finding("lonely", "warning", ("u3",), ("e3",), "Nobody pays")
    scene.set_analysis(analysis_with(roles_for(50, u7=("user", "influencer")), (flag,)))
    assert sorted(counted) == ["u3", "u7"]
    assert scene.node_item("u7").badge_labels() == ["User", "Influencer"]
    assert scene.node_item("u3").severity == "warning" and scene.edge_item("e3").findings == [flag]
    counted.clear()
    same = analysis_with(roles_for(50, u7=("user", "influencer")), (finding(flag.code, str(flag.severity), flag.nodes, flag.edges, flag.message),))
    scene.set_analysis(same)  # equal results, new objects: nothing to redo
    assert counted == []
    scene.set_analysis(None)
    assert sorted(counted) == sorted(f"u{i}" for i in range(50))
    assert not any(item.roles or item.findings for item in scene.node_items())
    assert scene.edge_item("e3").findings == []
    scene.detach()


def test_marks_never_ask_every_item_whether_it_is_under_the_mouse(qtbot, monkeypatch):
    scene = MapScene(people_map(20))
    monkeypatch.setattr(NodeItem, "isUnderMouse", lambda item: pytest.fail("isUnderMouse asked"))
    item = scene.node_item("u4")
    item.hoverEnterEvent(QGraphicsSceneHoverEvent(QEvent.Type.GraphicsSceneHoverEnter))  # the pointer is on it
    scene.set_analysis(analysis_with(roles_for(20, u4=("paying_user",))))
    assert "Paying user" in item.toolTip()
    scene.detach()


def test_a_big_change_of_marks_is_applied_in_slices(qtbot):
    scene = MapScene(people_map(800))
    scene.set_analysis(analysis_with(roles_for(800)))
    assert scene.marks.pending() > 0  # not all at once: the window stays responsive
    qtbot.waitUntil(lambda: scene.marks.pending() == 0, timeout=10_000)
    assert all(scene.node_item(f"u{i}").badge_labels() == ["User"] for i in range(800))
    # a newer analysis while slices are pending wins, item by item
    scene.set_analysis(analysis_with(roles_for(800, u1=("influencer",))))
    scene.set_analysis(analysis_with({}))
    assert scene.marks.pending() > 0
    scene.marks.finish()
    assert scene.marks.pending() == 0
    assert not any(item.roles for item in scene.node_items())
    scene.detach()


def test_edits_grow_the_scroll_area_without_walking_every_item(qtbot, monkeypatch):
    m = people_map(30)
    scene = MapScene(m)
    asked = []  # which nodes were asked for their bounds
    real = NodeItem.sceneBoundingRect
    monkeypatch.setattr(NodeItem, "sceneBoundingRect", lambda item: (asked.append(item.node.id), real(item))[1])
    m.move_nodes({"u1": (90_000.0, 0.0)})
    m.update_node("u2", name="Renamed")
    m.add_node("far", "person", "Far away", x=-80_000.0, y=50_000.0)
    assert set(asked) <= {"u1", "u2", "far"}  # only what changed
    assert scene.sceneRect().contains(QRectF(-80_000, 0, 170_000, 50_000))
    looked = []  # which nodes the full bounds looked at
    seen = NodeItem.isVisible
    monkeypatch.setattr(NodeItem, "isVisible", lambda item: (looked.append(item.node.id), seen(item))[1])
    assert scene.map_rect().right() > 90_000 and scene.map_rect().left() < -80_000
    assert sorted(looked) == sorted(m.nodes)  # the full bounds, when asked, walk every node once
    looked.clear()
    scene.map_rect()
    assert looked == []  # kept until the map changes
    m.remove(["far"])
    assert scene.map_rect().left() > -1000
    scene.detach()


def _grab(view) -> QImage:
    view.viewport().update()
    QApplication.processEvents()
    return view.viewport().grab().toImage()


@pytest.fixture
def far_view(qtbot):
    m = Map()
    nodes = [Node(f"p{i}", "product", f"P{i}", x=(i % 30) * 400.0, y=(i // 30) * 300.0) for i in range(900)]
    edges = [Edge(f"e{i}", f"p{i}", f"p{(i + 1) % 900}", "uses") for i in range(900)]
    m.add(nodes, edges)
    scene = MapScene(m)
    scene.set_theme(Theme.light())
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.fit_map()
    assert view.overview_active()
    yield m, scene, view
    scene.detach()


@pytest.fixture
def drawn(monkeypatch):
    """How often the overview gathered every item, drew its image, patched part of it and
    drew its rings (counted by wrapping its methods: the overview keeps no counters)."""
    from collections import Counter

    from stakeholder_map.canvas.overview import Overview

    class Calls(Counter):
        def __getattr__(self, key):
            return self[key]

    calls = Calls()
    for name, key in (("_build", "builds"), ("_render", "renders"), ("_apply_patch", "patches"),
                      ("_ring_image", "ring_renders")):
        real = getattr(Overview, name)
        monkeypatch.setattr(Overview, name, lambda self, *a, _real=real, _key=key: (
            calls.update([_key]), _real(self, *a))[1])
    return calls


def test_the_overview_follows_moves_and_findings_without_gathering_everything_again(far_view, qtbot, drawn):
    m, scene, view = far_view
    first = _grab(view)
    overview = drawn
    assert overview.builds == 1
    product = QColor(style.KIND_COLOURS["product"])
    renders, patches = overview.renders, overview.patches
    m.move_nodes({"p0": (2000.0, 1500.0)})
    image = _grab(view)
    assert image.pixelColor(view.mapFromScene(2000.0, 1500.0)) == product
    assert image.pixelColor(view.mapFromScene(0.0, 0.0)) != product
    assert (overview.renders, overview.patches) == (renders, patches + 1)  # only its area drawn again
    m.move_nodes({"p0": (0.0, 0.0)})
    assert _grab(view) == first  # back where it was: the patched image is the same as a fresh one
    scene.overview.drop_image()
    assert _grab(view) == first
    renders = overview.renders
    m.update_node("p5", name="A new name")  # nothing the overview shows
    _grab(view)
    assert overview.renders == renders
    renders = overview.renders
    rings = overview.ring_renders
    scene.set_analysis(analysis_with({}, (finding("x", "error", ("p40",), (), "Broken"),)))
    ring = view.mapFromScene(scene.node_item("p40").pos() + style.node_rect(m.node("p40").kind).topLeft())

    def ringed() -> bool:
        image = _grab(view)
        return any(image.pixelColor(ring.x() - dx, ring.y() - dy) == QColor(style.SEVERITY_COLOURS["error"])
                   for dx in range(0, 5) for dy in range(0, 5))

    qtbot.waitUntil(ringed, timeout=3000)  # a moment later: rings change in slices
    assert overview.renders == renders  # the rings have their own image
    assert overview.ring_renders == rings + 1
    assert overview.builds == 1  # every update was incremental
    scene.set_map(m)
    _grab(view)
    assert overview.builds == 2


def test_the_overview_pans_and_zooms_a_little_from_its_cached_drawing(far_view, qtbot, drawn):
    _m, scene, view = far_view
    view.set_zoom(0.08)
    _grab(view)
    renders = drawn["renders"]
    bar = view.horizontalScrollBar()
    bar.setValue(bar.value() + 30)
    _grab(view)
    view.set_zoom(view.zoom() * 1.05)
    _grab(view)
    assert drawn["renders"] == renders
    # once the zooming pauses, a sharp drawing follows
    qtbot.waitUntil(lambda: drawn["renders"] == renders + 1, timeout=3000)


def test_a_moved_edge_leaves_no_trace_in_the_cached_tiles(view, scene, the_map):
    point = view.mapFromScene(150, 0)  # on the "uses" line from Searchers to Web search
    background = _grab(view).pixelColor(view.mapFromScene(150, -200))
    assert _grab(view).pixelColor(point) != background
    the_map.move_nodes({"people": (300.0, 400.0)})
    assert _grab(view).pixelColor(point) == background
    the_map.move_nodes({"people": (300.0, 0.0)})
    assert _grab(view).pixelColor(point) != background


def test_findings_of_the_same_severity_do_not_repaint_the_edge_tiles(scene, monkeypatch):
    first = finding("a", "warning", (), ("e2",), "One thing")
    scene.set_analysis(analysis_with({}, (first,)))
    marked = []
    monkeypatch.setattr(type(scene.edge_layer), "mark", lambda layer, edge: marked.append(edge.edge.id))
    monkeypatch.setattr(type(scene.edge_layer), "mark_many",
                        lambda layer, edges: marked.extend(e.edge.id for e in edges))
    scene.set_analysis(analysis_with({}, (finding("b", "warning", (), ("e2",), "Another"),)))
    assert marked == [] and scene.edge_item("e2").findings[0].code == "b"  # the tooltip has it
    scene.set_analysis(analysis_with({}, (finding("c", "error", (), ("e2",), "Worse"),)))
    assert marked == ["e2"]


def test_a_halo_change_repaints_the_halo_tiles_not_the_line_tiles(view, scene, monkeypatch):
    from stakeholder_map.canvas.edge_layer import EdgeTile, HaloTile

    _grab(view)
    painted = []
    for cls in (EdgeTile, HaloTile):
        real = cls.paint
        monkeypatch.setattr(cls, "paint", lambda item, *a, real=real, cls=cls: (painted.append(cls), real(item, *a))[1])
    scene.select_ids([], ["e2"])
    _grab(view)
    assert HaloTile in painted and EdgeTile not in painted
    assert all(tile.halos.isVisible() == bool(tile.marked) for tile in scene.edge_layer.tiles.values())


def test_a_change_made_out_of_sight_shows_when_scrolled_back(view, scene, the_map):
    point = view.mapFromScene(150, 0)  # on the "uses" line from Searchers to Web search
    background = _grab(view).pixelColor(view.mapFromScene(150, -200))
    assert _grab(view).pixelColor(point) != background
    view.centerOn(8000, 8000)
    _grab(view)
    the_map.move_nodes({"people": (300.0, 400.0)})
    _grab(view)
    view.centerOn(0, 0)
    assert _grab(view).pixelColor(view.mapFromScene(150, 0)) == background


def test_dashed_lines_are_cut_to_what_is_drawn_keeping_their_dash_phase():
    from PySide6.QtCore import QLineF

    from stakeholder_map.canvas.gridmath import clip_dashed

    lines = [QLineF(0, 0, 1000, 0), QLineF(0, 10, 5, 10), QLineF(500, -50, 500, 50)]
    kept = clip_dashed(lines, 495, -5, 560, 5, 12.0)
    assert [tuple(round(v, 6) for v in (k.x1(), k.y1(), k.x2(), k.y2())) for k in kept] == [(492.0, 0.0, 560.0, 0.0), (500.0, -14.0, 500.0, 5.0)]  # 45 from its start -> 36


def test_halos_are_premixed_except_in_pictures_with_a_transparent_background(scene):
    scene.set_analysis(analysis_with({}, (finding("a", "error", (), ("e2",), "Bad"),)))
    item = scene.edge_item("e2")
    screen = halo_pens(item, False, scene.theme)[0].color()
    opaque_picture = halo_pens(item, True, scene.theme)[0].color()
    see_through = halo_pens(item, True, scene.theme, see_through=True)[0].color()
    assert screen.alpha() == 255 and opaque_picture == screen and see_through.alpha() == 110
    error, back = QColor(style.SEVERITY_COLOURS["error"]), scene.theme.background
    expected_red = error.redF() * 110 / 255 + back.redF() * (1 - 110 / 255)
    assert abs(screen.redF() - expected_red) < 0.01


def test_marks_wait_while_nodes_are_dragged(qtbot):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    scene = MapScene(people_map(800))
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.zoom_100()
    view.centerOn(scene.node_item("u1").pos())
    at = view.mapFromScene(scene.node_item("u1").pos())
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    QTest.mouseMove(view.viewport(), at + QPoint(30, 10))  # a drag is under way
    scene.set_analysis(analysis_with(roles_for(800)))
    pending = scene.marks.pending()
    qtbot.wait(120)
    assert pending > 0 and scene.marks.pending() == pending
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       at + QPoint(30, 10))
    qtbot.waitUntil(lambda: scene.marks.pending() == 0, timeout=10_000)
    scene.detach()


def test_a_theme_change_repaints_the_cached_nodes_and_edges(view, scene):
    from stakeholder_map.canvas import Theme

    label = scene.node_item("people").mapToScene(scene.node_item("people").label_rect().topLeft())
    point = view.mapFromScene(label.x() + 3, label.y() + 8)  # the name's pill, between letters
    before = _grab(view).pixelColor(point)
    scene.set_theme(Theme.dark())
    after = _grab(view).pixelColor(point)
    assert after.lightness() < before.lightness() - 60


def test_hashable_findings_are_compared_whole_and_only_their_items_are_touched(qtbot, counted):
    from stakeholder_map.analysis import Finding, Severity

    scene = MapScene(people_map(30))
    keep = Finding("a", Severity.WARNING, ("u1", "u2"), ("e1",), "Stays")
    scene.set_analysis(analysis_with({}, (keep, Finding("b", Severity.INFO, ("u3",), (), "Goes"))))
    counted.clear()
    scene.set_analysis(analysis_with({}, (Finding("a", Severity.WARNING, ("u1", "u2"), ("e1",), "Stays"),
                                         Finding("c", Severity.ERROR, ("u4",), ("e4",), "New"))))
    assert sorted(counted) == ["u3", "u4"]
    assert scene.node_item("u3").findings == [] and scene.node_item("u4").severity == "error"
    assert scene.edge_item("e4").findings[0].code == "c" and scene.edge_item("e1").findings == [keep]
    scene.detach()


def test_a_finding_ring_change_leaves_the_overview_lines_alone(far_view, drawn, qtbot):
    m, scene, view = far_view
    _grab(view)
    before = dict(drawn)
    scene.set_analysis(analysis_with({}, (finding("x", "warning", ("p1", "p2"), (), "Hm"),)))
    qtbot.waitUntil(lambda: (_grab(view), drawn["ring_renders"] > before.get("ring_renders", 0))[1],
                    timeout=3000)  # the rings are drawn again
    assert (drawn["builds"], drawn["renders"], drawn["patches"]) == (
        before["builds"], before["renders"], before.get("patches", 0))  # lines and shapes untouched


def test_the_pinned_legend_is_drawn_once_per_theme(view, scene, monkeypatch):
    from stakeholder_map.canvas import Theme, view as view_module

    drawn = []
    real = view_module.paint_legend
    monkeypatch.setattr(view_module, "paint_legend", lambda *a: (drawn.append(1), real(*a))[1])
    scene.set_legend_visible(True)
    first = _grab(view)
    _grab(view)
    assert len(drawn) == 1
    scene.set_theme(Theme.dark())
    assert _grab(view) != first and len(drawn) == 2


def test_the_findings_index_kept_up_by_differences_matches_a_fresh_one(scene, the_map):
    from stakeholder_map.analysis import analyze

    edits = [lambda: the_map.add_node("boss", "decision_maker", "Boss", x=0, y=300),
             lambda: the_map.connect("boss", "search", "decides"),
             lambda: the_map.update_node("people", name=""),
             lambda: the_map.remove(["boss"]),
             lambda: the_map.add_node("lone", "person", "Lone", x=600, y=300)]
    for edit in edits:
        edit()
        analysis = analyze(the_map)
        scene.set_analysis(analysis)
        for node_id, item in ((n, scene.node_item(n)) for n in the_map.nodes):
            assert sorted(f.code for f in item.findings) == sorted(f.code for f in analysis.findings_for(node_id))
