"""Zoom, fit, the pinned legend, the empty-map hint and the light/dark palettes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtWidgets import QApplication

from stakeholder_map.canvas import MapScene, MapView, Theme
from stakeholder_map.canvas.view import MAX_ZOOM, MIN_ZOOM
from stakeholder_map.model import Map


def test_view_is_named_for_accessibility(view):
    assert view.objectName() == "canvas" and view.accessibleName() == "canvas"


def test_zoom_in_out_100_and_limits(view):
    seen = []
    view.zoomChanged.connect(seen.append)
    view.zoom_in()
    assert view.zoom() == pytest.approx(1.25) and seen[-1] == pytest.approx(1.25)
    view.zoom_out()
    view.zoom_out()
    assert view.zoom() == pytest.approx(0.8)
    for _ in range(40):
        view.zoom_out()
    assert view.zoom() == pytest.approx(MIN_ZOOM)
    for _ in range(60):
        view.zoom_in()
    assert view.zoom() == pytest.approx(MAX_ZOOM)
    view.zoom_100()
    assert view.zoom() == pytest.approx(1.0)


def test_ctrl_plus_and_minus(qtbot, view):
    qtbot.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.25)
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.0)


def _wheel(view, pos: QPoint, delta: int, modifiers) -> None:
    event = QWheelEvent(QPointF(pos), QPointF(view.viewport().mapToGlobal(pos)), QPoint(), QPoint(0, delta),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), event)


def test_ctrl_wheel_zooms_around_the_cursor(view):
    anchor = view.mapFromScene(300, 0)
    _wheel(view, anchor, 120, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() == pytest.approx(1.25)
    still = view.mapToScene(anchor)
    assert abs(still.x() - 300) < 2 and abs(still.y()) < 2


def test_plain_wheel_scrolls(view):
    before = view.verticalScrollBar().value()
    _wheel(view, QPoint(100, 100), -120, Qt.KeyboardModifier.NoModifier)
    assert view.zoom() == pytest.approx(1.0)
    assert view.verticalScrollBar().value() > before


def test_fit_map_shows_everything(view, scene):
    view.zoom_in()
    view.zoom_in()
    view.fit_map()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    rect = scene.map_rect()
    assert visible.contains(rect.adjusted(1, 1, -1, -1))
    assert view.zoom() <= 1.0


def _legend_rect(view):
    from PySide6.QtCore import QRectF

    from stakeholder_map.canvas.legend import legend_size

    size = legend_size()
    return QRectF(12, view.viewport().height() - size.height() - 12, size.width(), size.height())


def _map_on_screen(view, scene):
    return view.mapFromScene(scene.map_rect().adjusted(2, 2, -2, -2)).boundingRect()


@pytest.mark.parametrize("size", [(1000, 700), (700, 700), (1400, 500)])
def test_fit_map_keeps_clear_of_the_legend(view, scene, size):
    view.resize(*size)
    scene.set_legend_visible(True)
    view.fit_map()
    on_screen = _map_on_screen(view, scene)
    assert view.viewport().rect().contains(on_screen)
    assert not _legend_rect(view).intersects(on_screen.toRectF())


def test_fit_map_puts_a_wide_map_above_the_legend_when_that_shows_it_larger(view, scene):
    # A wide map in a squarish window: beside the legend it would be tiny.
    view.resize(700, 700)
    scene.set_legend_visible(True)
    view.fit_map()
    on_screen = _map_on_screen(view, scene)
    assert on_screen.width() > 0.8 * view.viewport().width()
    assert on_screen.bottom() < _legend_rect(view).top()


def test_middle_button_drag_pans(qtbot, view):
    before = view.mapToScene(view.viewport().rect().center())
    w = view.viewport()
    qtbot.mousePress(w, Qt.MouseButton.MiddleButton, pos=QPoint(500, 300))
    qtbot.mouseMove(w, QPoint(400, 250))
    qtbot.mouseRelease(w, Qt.MouseButton.MiddleButton, pos=QPoint(400, 250))
    after = view.mapToScene(view.viewport().rect().center())
    assert after.x() - before.x() == pytest.approx(100, abs=2)
    assert after.y() - before.y() == pytest.approx(50, abs=2)


def _grab(view):
    view.viewport().update()
    QApplication.processEvents()
    return view.viewport().grab().toImage()


def test_legend_toggles(qtbot, view, scene):
    seen = []
    scene.legendVisibilityChanged.connect(seen.append)
    corner = QPoint(40, view.viewport().height() - 40)
    plain = _grab(view).pixelColor(corner)
    scene.set_legend_visible(True)
    shown = _grab(view).pixelColor(corner)
    assert scene.legend_visible and seen == [True]
    assert shown != plain
    scene.set_legend_visible(False)
    assert _grab(view).pixelColor(corner) == plain


def test_empty_map_shows_a_hint(qtbot):
    scene = MapScene(Map())
    scene.set_theme(Theme.light())
    view = MapView(scene)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    image = _grab(view)
    background = Theme.light().background
    centre_row = [image.pixelColor(x, 300) for x in range(200, 600)]
    assert any(c != background for c in centre_row)  # the hint's text
    scene.map.add_node("p", "product", "App", x=-2000, y=-2000)  # off screen
    image = _grab(view)
    assert all(image.pixelColor(x, 300) != QColor("#5B6472") for x in range(200, 600, 3))
    scene.detach()


def test_dark_theme_paints_a_dark_background(view, scene):
    scene.set_theme(Theme.dark())
    assert _grab(view).pixelColor(5, 5).lightness() < 80
    scene.set_theme(Theme.light())
    assert _grab(view).pixelColor(5, 5).lightness() > 200


def test_a_fitted_map_is_fitted_again_when_the_window_grows(qtbot, view, scene):
    # A map opened before the window reaches its final size must still fill it.
    view.resize(300, 200)
    view.fit_map()
    small = view.zoom()
    view.resize(1400, 900)
    qtbot.waitUntil(lambda: view.zoom() > small)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(scene.map_rect().adjusted(1, 1, -1, -1))


def test_after_the_user_zooms_a_resize_keeps_the_zoom(qtbot, view):
    view.fit_map()
    view.zoom_in()
    zoom = view.zoom()
    view.resize(view.width() + 200, view.height() + 100)
    qtbot.wait(20)
    assert view.zoom() == zoom


def test_fit_shows_a_map_too_big_for_five_percent_and_zoom_out_stops_there(qtbot, view, scene):
    from stakeholder_map.model import Kind

    # Two nodes 100,000 units apart: only about 0.7% shows both in this view.
    scene.map.add_node("far", Kind.PERSON, "Far away", x=0, y=100_000)
    view.fit_map()
    assert view.zoom() < MIN_ZOOM
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(scene.map_rect().adjusted(1, 1, -1, -1))
    fitted = view.zoom()
    view.zoom_out()
    assert view.zoom() == pytest.approx(fitted)
    view.zoom_in()
    assert view.zoom() == pytest.approx(fitted * 1.25)


def test_a_fitted_view_without_a_scene_resizes_quietly(view, qtbot):
    view.fit_map()
    view.setScene(None)
    view.resize(640, 480)  # a fitted view fits again on resize: with no map, nothing to fit
    qtbot.wait(10)
    assert view.scene() is None
