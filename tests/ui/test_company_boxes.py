"""Company boxes through the real window: drop a person in, drag them out, move a box with
its people, fold and open it, nest departments, switch a box on and off; exports and the
overview draw boxes as the canvas does."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from stakeholder_map.canvas import move_gesture
from stakeholder_map.fileio import dumps_map, loads_map
from stakeholder_map.model import Kind, Map, Period, Relation

Left = Qt.MouseButton.LeftButton


def box_map() -> Map:
    m = Map("Account plan")
    m.add_node("suite", Kind.PRODUCT, "Suite", x=700, y=0)
    m.add_node("acme", Kind.COMPANY, "Acme Corp", x=0, y=0, members_inside=True)
    m.add_node("ann", Kind.PERSON, "Ann", x=-80, y=60)
    m.add_node("bob", Kind.DECISION_MAKER, "Bob", x=100, y=60)
    m.add_node("cara", Kind.PERSON, "Cara", x=420, y=420)
    m.add_node("it", Kind.COMPANY, "IT department", x=-400, y=420, members_inside=True)
    m.connect("ann", "acme", Relation.MEMBER_OF, edge_id="m1")
    m.connect("bob", "acme", Relation.MEMBER_OF, edge_id="m2")
    m.connect("bob", "suite", Relation.DECIDES, edge_id="d1")
    m.connect("acme", "suite", Relation.PAYS, edge_id="p1", amount=1000, period=Period.YEARLY)
    m.connect("cara", "suite", Relation.USES, edge_id="u1")
    return m


@pytest.fixture
def window(make_window):
    w = make_window(box_map())
    w.view.set_zoom(0.6)
    w.view.centerOn(QPointF(100, 200))
    return w


def at(window, scene_point: QPointF) -> QPoint:
    return window.view.mapFromScene(scene_point)


def centre(window, node_id: str) -> QPointF:
    return window.scene.node_item(node_id).scenePos()


def box_rect(window, node_id: str) -> QRectF:
    item = window.scene.node_item(node_id)
    return item.box.rect.translated(item.scenePos())


def press_and_move(qtbot, window, start: QPoint, end: QPoint, steps: int = 6) -> None:
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Left, pos=start)
    for i in range(1, steps + 1):
        qtbot.mouseMove(viewport, start + (end - start) * i / steps)


def drag(qtbot, window, start: QPoint, end: QPoint) -> None:
    press_and_move(qtbot, window, start, end)
    qtbot.mouseRelease(window.view.viewport(), Left, pos=end)


def members(window, company: str) -> set[str]:
    return {e.source for e in window.map.edges.values()
            if e.relation is Relation.MEMBER_OF and e.target == company}


def empty_spot_in(window, company: str) -> QPointF:
    """A point inside the box's body, below its members."""
    rect = box_rect(window, company)
    return QPointF(rect.center().x(), rect.bottom() - 12)


def test_a_box_draws_members_inside_and_hides_their_member_of_lines(window):
    rect = box_rect(window, "acme")
    for member in ("ann", "bob"):
        assert rect.contains(centre(window, member))
    assert window.scene.edge_item("m1").hidden and window.scene.edge_item("m2").hidden
    # links to members and from the company still draw
    assert not window.scene.edge_item("d1").hidden and not window.scene.edge_item("p1").hidden
    assert window.scene.node_item("acme").box.members == 2


def test_dropping_a_person_into_a_box_makes_them_a_member_in_one_undo_step(window, qtbot):
    before = window.map.node("cara").position
    steps = window.editor.undo_stack.count()
    target = empty_spot_in(window, "acme")
    press_and_move(qtbot, window, at(window, centre(window, "cara")), at(window, target))
    assert window.scene.node_item("acme").drop_target  # the box lights up under the pointer
    qtbot.mouseRelease(window.view.viewport(), Left, pos=at(window, target))
    assert not window.scene.node_item("acme").drop_target
    assert "cara" in members(window, "acme")
    assert window.editor.undo_stack.count() == steps + 1
    assert window.editor.undo_stack.undoText() == "Move Cara into Acme Corp"
    assert box_rect(window, "acme").contains(centre(window, "cara"))  # the box grew around her
    assert window.scene.node_item("acme").box.members == 3
    window.editor.undo_stack.undo()
    assert "cara" not in members(window, "acme")
    assert window.map.node("cara").position == before
    assert not box_rect(window, "acme").contains(centre(window, "cara"))


def test_dragging_a_member_out_of_its_box_ends_the_membership(window, qtbot):
    drag(qtbot, window, at(window, centre(window, "ann")), at(window, QPointF(-300, -300)))
    assert "ann" not in members(window, "acme")
    assert window.editor.undo_stack.undoText() == "Move Ann out of its box"
    assert window.scene.node_item("acme").box.members == 1
    window.editor.undo_stack.undo()
    assert "ann" in members(window, "acme")
    assert window.scene.edge_item("m1").hidden


def test_moving_a_member_inside_its_box_only_moves_it(window, qtbot):
    start = centre(window, "ann")
    drag(qtbot, window, at(window, start), at(window, start + QPointF(0, 40)))
    assert members(window, "acme") == {"ann", "bob"}
    assert window.editor.undo_stack.undoText().startswith("Move 1 node")


def header_point(window, company: str) -> QPointF:
    rect = box_rect(window, company)
    return QPointF(rect.center().x(), rect.top() + 15)


@pytest.mark.parametrize("live", [True, False], ids=["small box, live", "big box, outline"])
def test_moving_a_box_moves_its_people_in_one_undo_step(window, qtbot, monkeypatch, live):
    if not live:  # a box too big to carry live: its outline moves, its people follow on release
        monkeypatch.setattr(move_gesture, "LIVE_BOX_MEMBERS", 0)
    before = {n: window.map.node(n).position for n in ("acme", "ann", "bob")}
    start = header_point(window, "acme")
    press_and_move(qtbot, window, at(window, start), at(window, start + QPointF(0, -150)))
    item = window.scene.node_item("acme")
    moved_live = centre(window, "ann").y() < before["ann"][1] - 50
    assert moved_live is live and item.moving_box is (not live)
    qtbot.mouseRelease(window.view.viewport(), Left, pos=at(window, start + QPointF(0, -150)))
    assert not item.moving_box
    dy = window.map.node("ann").y - before["ann"][1]
    assert dy < -100
    for node_id in ("acme", "ann", "bob"):
        x, y = before[node_id]
        assert window.map.node(node_id).position == pytest.approx((x, y + dy))
    assert members(window, "acme") == {"ann", "bob"}
    window.editor.undo_stack.undo()
    assert {n: window.map.node(n).position for n in before} == before


def test_escape_during_a_drag_puts_everything_back(window, qtbot):
    steps = window.editor.undo_stack.count()
    before = centre(window, "cara")
    target = empty_spot_in(window, "acme")
    press_and_move(qtbot, window, at(window, before), at(window, target))
    assert window.scene.node_item("acme").drop_target
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_Escape)
    assert centre(window, "cara") == before
    assert not window.scene.node_item("acme").drop_target
    qtbot.mouseMove(window.view.viewport(), at(window, target + QPointF(10, 10)))
    qtbot.mouseRelease(window.view.viewport(), Left, pos=at(window, target))
    assert centre(window, "cara") == before
    assert window.editor.undo_stack.count() == steps
    assert "cara" not in members(window, "acme")


def test_a_box_folds_to_its_header_and_opens_again(window, qtbot):
    item = window.scene.node_item("acme")
    rect = box_rect(window, "acme")
    triangle = QPointF(rect.left() + 15, rect.top() + 15)
    qtbot.mouseClick(window.view.viewport(), Left, pos=at(window, triangle))
    assert window.map.node("acme").collapsed is True
    assert window.editor.undo_stack.undoText() == "Collapse Acme Corp"
    assert item.box.collapsed and box_rect(window, "acme").height() < 40
    assert not window.scene.node_item("ann").isVisible()
    decides = window.scene.edge_item("d1")  # Bob's link now starts at the folded box
    assert not decides.hidden and decides.boundingRect().intersects(box_rect(window, "acme").adjusted(-10, -10, 10, 10))
    assert item.box.members == 2
    window.scene.request_menu(item.scenePos(), QPoint(0, 0))
    menu = window.canvas_menus.menu
    next(a for a in menu.actions() if a.objectName() == "actionExpandBox").trigger()
    assert window.map.node("acme").collapsed is None
    assert window.scene.node_item("ann").isVisible()
    window.editor.undo_stack.undo()
    assert window.map.node("acme").collapsed is True


def test_a_double_click_on_the_triangle_folds_and_opens_without_renaming(window, qtbot):
    rect = box_rect(window, "acme")
    triangle = at(window, QPointF(rect.left() + 15, rect.top() + 15))
    # as a window system sends a double-click: press, release, press, double-click, release
    qtbot.mouseClick(window.view.viewport(), Left, pos=triangle)
    qtbot.mouseClick(window.view.viewport(), Left, pos=triangle)
    qtbot.mouseDClick(window.view.viewport(), Left, pos=triangle)
    assert window.scene.renaming() is None
    assert window.map.node("acme").collapsed is None  # folded, then opened again
    assert window.editor.undo_stack.undoText() == "Expand Acme Corp"


def test_departments_nest_as_a_box_in_a_box(window, qtbot):
    target = empty_spot_in(window, "acme")
    drag(qtbot, window, at(window, header_point(window, "it")), at(window, target))
    assert "it" in members(window, "acme")
    inner = window.scene.node_item("it")
    assert inner.box.depth == 1
    assert box_rect(window, "acme").contains(box_rect(window, "it"))
    # a person dropped into the inner box belongs to the department, not the company
    drag(qtbot, window, at(window, centre(window, "cara")), at(window, empty_spot_in(window, "it")))
    assert "cara" in members(window, "it") and "cara" not in members(window, "acme")
    assert box_rect(window, "it").contains(centre(window, "cara"))
    # the analysis still reads member_of as an edge: Cara belongs to Acme through IT
    assert window.map.edge(next(e.id for e in window.map.edges.values() if e.source == "cara"
                                and e.relation is Relation.MEMBER_OF)).target == "it"


def test_a_box_cannot_be_dropped_into_itself(window, qtbot):
    window.editor.regroup({}, ["it"], "acme")
    assert "it" in members(window, "acme")
    window.editor.regroup({}, ["acme"], "it")  # Acme would hold the box it sits in
    assert "acme" not in members(window, "it")


def test_show_members_inside_is_toggled_from_the_menu_and_the_properties(window, qtbot):
    item = window.scene.node_item("acme")
    window.scene.request_menu(item.scenePos(), QPoint(0, 0))
    menu = window.canvas_menus.menu
    toggle = next(a for a in menu.actions() if a.objectName() == "actionMembersInside")
    assert toggle.isChecked()
    toggle.trigger()
    assert window.map.node("acme").members_inside is None
    assert item.box is None and not window.scene.edge_item("m1").hidden
    assert window.editor.undo_stack.undoText() == "Show members of Acme Corp as links"
    window.scene.select_ids(["acme"], [])
    check = window.docks.properties_panel.members_inside
    assert check.isVisible() and not check.isChecked()
    qtbot.mouseClick(check, Left, pos=QPoint(8, check.height() // 2))
    assert window.map.node("acme").members_inside is True and item.box is not None
    window.scene.select_ids(["ann"], [])
    assert not check.isVisible()  # only companies are drawn as boxes


def test_boxes_are_saved_as_optional_fields_and_saved_twice_the_same(window):
    window.editor.set_collapsed(["acme"], True)
    text = dumps_map(window.map)
    assert '"members_inside": true' in text and '"collapsed": true' in text
    assert dumps_map(loads_map(text)) == text


def test_exports_draw_the_box_as_the_canvas_does(window, tmp_path):
    from stakeholder_map.render.export import export_map

    svg = export_map(window.map, tmp_path / "map.svg")[0].read_text()
    assert svg.count("Acme Corp") == 1  # the name once, as the box's header
    assert "2 members" in svg
    pdf = export_map(window.map, tmp_path / "map.pdf")[0]
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert text.count("Acme Corp") == 1 and "2 members" in text
    png = export_map(window.map, tmp_path / "map.png")[0]
    image = QImage(str(png))
    body = window.scene.theme.company_body
    assert any(abs(QColor(image.pixel(x, y)).red() - body.red()) < 6
               and abs(QColor(image.pixel(x, y)).blue() - body.blue()) < 6
               for x in range(0, image.width(), 7) for y in range(0, image.height(), 7))


def test_the_overview_draws_boxes(window):
    scene = window.scene
    rect = box_rect(window, "acme")
    image = QImage(400, 400, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    zoom = 0.25
    painter.scale(zoom, zoom)
    painter.translate(-rect.center() + QPointF(200 / zoom, 200 / zoom))
    scene.overview.invalidate()
    scene.overview.paint(painter, scene, zoom, None)
    painter.end()
    probe = rect.center() + QPointF(0, rect.height() / 2 - 8)  # the body below the members
    px = (probe - rect.center()) * zoom + QPointF(200, 200)
    colour = image.pixelColor(int(px.x()), int(px.y()))
    body = scene.theme.company_body
    assert abs(colour.red() - body.red()) < 8 and abs(colour.blue() - body.blue()) < 8


def test_the_legend_lists_attitudes_and_the_box_on_a_map_without_attitudes(window, tmp_path):
    """A new user learns the attitude markers exist before anyone has one: the legend always
    lists them (and shows what a company box is)."""
    from stakeholder_map.render.export import export_map

    assert not any(n.attitude for n in window.map.nodes.values())
    svg = export_map(window.map, tmp_path / "legend.svg", legend=True)[0].read_text()
    for word in ("Attitude", "Champion", "Supporter", "Neutral", "Sceptic", "Blocker", "Company box"):
        assert word in svg


def test_members_spread_around_the_map_are_gathered_when_the_box_is_switched_on(make_window):
    """A box around members on both sides of the product would swallow the product: they
    are gathered below the company instead, in the same undo step."""
    m = Map("Spread")
    m.add_node("app", Kind.PRODUCT, "App", x=0, y=0)
    m.add_node("acme", Kind.COMPANY, "Acme Corp", x=0, y=-340)
    m.add_node("cio", Kind.DECISION_MAKER, "CIO", x=-320, y=-100)
    m.add_node("staff", Kind.END_USER, "Staff", x=320, y=100)
    m.connect("cio", "acme", Relation.MEMBER_OF, edge_id="m1")
    m.connect("staff", "acme", Relation.MEMBER_OF, edge_id="m2")
    window = make_window(m)
    before = {n: window.map.node(n).position for n in ("cio", "staff")}
    window.scene.select_ids(["acme"], [])
    window.docks.properties_panel.members_inside.click()
    rect = box_rect(window, "acme")
    assert rect.contains(centre(window, "cio")) and rect.contains(centre(window, "staff"))
    assert not rect.intersects(window.scene.node_item("app").sceneBoundingRect())
    window.editor.undo_stack.undo()
    assert {n: window.map.node(n).position for n in before} == before
    assert window.map.node("acme").members_inside is None


def test_a_box_that_gets_a_role_shows_its_badge_below_the_box(window, qtbot):
    from stakeholder_map.canvas.badges import BADGE_HEIGHT

    item = window.scene.node_item("it")
    assert item.box is not None and item.badge_labels() == []
    window.editor.connect("it", "suite", Relation.PAYS)  # the IT department becomes a client
    qtbot.waitUntil(lambda: "Client" in item.badge_labels(), timeout=5000)
    # under the box, as when the map is opened with the role already there, not inside it
    assert item.boundingRect().bottom() >= item.box.rect.bottom() + BADGE_HEIGHT
