"""Attitude, power and interest through the real window: the properties panel, the marker on
the canvas (and in exports and the legend), and the power/interest grid tab."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from stakeholder_map.canvas.attitude import marker_centre
from stakeholder_map.canvas.legend import legend_size, paint_legend
from stakeholder_map.canvas.picture import export_rect, render_map
from stakeholder_map.canvas.power_interest import cell_rect, tray_rect
from stakeholder_map.look import ATTITUDE_COLOURS
from stakeholder_map.model import Attitude, Level
from stakeholder_map.canvas.style import node_rect
from stakeholder_map.ui.grid_tab import GRID_TAB, MAP_TAB

Left = Qt.MouseButton.LeftButton


def pick(qtbot, box, text: str) -> None:
    """Choose an entry of a combo box by typing its first letters, as a person does."""
    box.setFocus()
    qtbot.keyClicks(box, text)


def test_the_properties_panel_sets_attitude_power_and_interest_undoably(window, qtbot):
    panel = window.docks.properties_panel
    window.scene.select_ids(["cto"], [])
    stance = panel.stance
    assert stance.attitude.isVisibleTo(panel) and stance.attitude.currentText() == "Not set"
    pick(qtbot, stance.attitude, "Blocker")
    assert window.map.node("cto").attitude is Attitude.BLOCKER
    assert window.editor.undo_stack.undoText() == "Change attitude"
    pick(qtbot, stance.power, "High")
    pick(qtbot, stance.interest, "Low")
    cto = window.map.node("cto")
    assert (cto.power, cto.interest) == (Level.HIGH, Level.LOW)
    window.editor.undo_stack.undo()
    assert window.map.node("cto").interest is None and stance.interest.currentText() == "Not set"
    window.scene.select_ids(["chat"], [])  # a product has no stance
    assert not stance.attitude.isVisibleTo(panel) and not stance.power.isVisibleTo(panel)


def _picture(window):
    """The map as an export draws it (the canvas's painter), and a reader of its pixels
    around a node's attitude marker."""
    scene = window.scene
    source = export_rect(scene)
    image = QImage(int(source.width() * 2), int(source.height() * 2), QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    render_map(scene, painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()

    def pixel(node_id: str, dx: float, dy: float) -> QColor:
        item = scene.node_item(node_id)
        at = item.mapToScene(marker_centre(node_rect(item.node.kind)))
        return image.pixelColor(int((at.x() + dx - source.left()) * 2), int((at.y() + dy - source.top()) * 2))
    return pixel


def close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


def test_the_attitude_marker_is_drawn_on_the_canvas_and_in_exports(window, qtbot):
    red = QColor(ATTITUDE_COLOURS[Attitude.BLOCKER])
    pixel = _picture(window)
    assert not close(pixel("cto", 0, 5), red)
    window.editor.set_node_fields(["cto"], attitude=Attitude.BLOCKER)
    pixel = _picture(window)
    assert close(pixel("cto", 0, 5), red)


def test_the_legend_explains_the_attitude_markers(qapp):
    size = legend_size()
    image = QImage(int(size.width()) + 2, int(size.height()) + 2, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    from stakeholder_map.canvas.theme import Theme
    paint_legend(painter, QPointF(0, 0), Theme.light())
    painter.end()
    found = {a for a in Attitude for x in range(image.width()) for y in range(0, image.height(), 2)
             if image.pixelColor(x, y) == QColor(ATTITUDE_COLOURS[a])}
    assert found == set(Attitude)


def grid_point(window, scene_point: QPointF) -> QPoint:
    return window.tabs.grid_view.mapFromScene(scene_point)


def show_grid(window, qtbot) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Left, pos=bar.tabRect(GRID_TAB).center())
    assert window.tabs.currentIndex() == GRID_TAB
    qtbot.waitUntil(lambda: window.tabs.grid_view.isVisible())


def test_the_grid_tab_places_stakeholders_and_a_drag_sets_power_and_interest(window, qtbot):
    window.editor.set_node_fields(["staff"], power=Level.LOW, interest=Level.HIGH)
    show_grid(window, qtbot)
    grid = window.tabs.grid_scene
    assert grid.dot("chat") is None  # products are not stakeholders
    assert cell_rect(Level.LOW, Level.HIGH).contains(grid.dot("staff").pos())
    assert tray_rect().contains(grid.dot("cto").pos())  # no power or interest yet
    viewport = window.tabs.grid_view.viewport()
    start = grid_point(window, grid.dot("cto").pos())
    end = grid_point(window, cell_rect(Level.HIGH, Level.HIGH).center())
    qtbot.mousePress(viewport, Left, pos=start)
    for i in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * i / 5)
    qtbot.mouseRelease(viewport, Left, pos=end)
    cto = window.map.node("cto")
    assert (cto.power, cto.interest) == (Level.HIGH, Level.HIGH)
    assert window.editor.undo_stack.undoText() == "Change power, interest"
    qtbot.waitUntil(lambda: grid.dot("cto") is not None
                    and cell_rect(Level.HIGH, Level.HIGH).contains(grid.dot("cto").pos()))
    window.editor.undo_stack.undo()
    assert window.map.node("cto").power is None
    qtbot.waitUntil(lambda: tray_rect().contains(grid.dot("cto").pos()))


def test_a_drop_outside_the_grid_changes_nothing(window, qtbot):
    show_grid(window, qtbot)
    grid = window.tabs.grid_scene
    viewport = window.tabs.grid_view.viewport()
    start = grid_point(window, grid.dot("advisor").pos())
    end = grid_point(window, tray_rect().bottomLeft() + QPointF(20, -20))
    qtbot.mousePress(viewport, Left, pos=start)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Left, pos=end)
    assert window.editor.undo_stack.count() == 0


def test_selection_is_shared_between_the_map_and_the_grid(window, qtbot):
    window.scene.select_ids(["staff"], [])
    show_grid(window, qtbot)
    grid = window.tabs.grid_scene
    assert grid.selected_node_ids() == ["staff"]
    qtbot.mouseClick(window.tabs.grid_view.viewport(), Left, pos=grid_point(window, grid.dot("advisor").pos()))
    assert grid.selected_node_ids() == ["advisor"]
    assert window.scene.selected_node_ids() == ["advisor"]
    assert window.docks.properties_panel.node_name.text() == "Advisor"
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Left, pos=bar.tabRect(MAP_TAB).center())
    assert window.view.isVisible()


def test_a_crowded_cell_keeps_every_stakeholder_inside_it(qapp):
    from stakeholder_map.canvas.power_interest import PowerInterestScene
    from stakeholder_map.model import Kind, Map

    m = Map()
    for i in range(120):
        m.add_node(f"p{i}", Kind.PERSON, f"Person {i}", x=0, y=0, power="high", interest="high")
    grid = PowerInterestScene(m)
    cell = cell_rect(Level.HIGH, Level.HIGH)
    assert len(grid.dots()) == 120
    assert all(cell.contains(d.pos()) for d in grid.dots())
