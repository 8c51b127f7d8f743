"""Rendering for exports: nodes are drawn, decorations are not, text stays text."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from stakeholder_map.canvas import Theme
from stakeholder_map.canvas.picture import export_rect, render_map
from stakeholder_map.canvas.style import KIND_COLOURS


def _render(scene, legend=False, transparent=False) -> tuple[QImage, QRectF]:
    source = export_rect(scene, legend)
    image = QImage(int(source.width()), int(source.height()), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    render_map(scene, painter, QRectF(image.rect()), transparent=transparent, legend=legend)
    painter.end()
    return image, source


def _pixel(image, source, x, y):
    return image.pixelColor(int(x - source.left()), int(y - source.top()))


def test_nodes_are_painted_where_they_are(scene):
    image, source = _render(scene)
    background = Theme.light().background
    assert _pixel(image, source, 70, 25) == QColorOf(KIND_COLOURS["product"])
    assert _pixel(image, source, 300, -20) != background  # the end user's circle
    assert _pixel(image, source, 150, 75) == background  # empty canvas


def QColorOf(hex_):
    from PySide6.QtGui import QColor

    return QColor(hex_)


def test_render_excludes_selection_and_hover(scene):
    plain, source = _render(scene)
    scene.select_ids(["search", "people"], ["e2"])
    selected, _ = _render(scene)
    assert plain == selected


def test_transparent_render_leaves_the_background_clear(scene):
    image, source = _render(scene, transparent=True)
    assert _pixel(image, source, 150, 75).alpha() == 0
    assert _pixel(image, source, 70, 25).alpha() == 255


def test_legend_widens_the_export(scene):
    without = export_rect(scene, False)
    with_legend = export_rect(scene, True)
    assert with_legend.width() > without.width() + 150
    image, source = _render(scene, legend=True)
    right_part = [image.pixelColor(x, 60) for x in range(int(without.width()) + 10, image.width() - 10)]
    assert any(c != Theme.light().background for c in right_part)


def test_svg_keeps_text_as_text(scene):
    data = QByteArray()
    buffer = QBuffer(data)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    rect = export_rect(scene, True)
    generator.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
    painter = QPainter(generator)
    render_map(scene, painter, QRectF(0, 0, rect.width(), rect.height()), legend=True)
    painter.end()
    svg = bytes(data).decode("utf-8")
    assert "Web search" in svg and "Advertisers" in svg and "1,200 / mo" in svg and "$1,200" not in svg
    assert "decides on" in svg  # the legend


def test_render_in_full_detail_whatever_the_zoom(view, scene):
    view.set_zoom(0.1)  # on screen only coloured shapes remain at this zoom
    data = QByteArray()
    buffer = QBuffer(data)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    painter = QPainter(generator)
    render_map(scene, painter, QRectF(0, 0, 200, 100))
    painter.end()
    assert "Searchers" in bytes(data).decode("utf-8")


def test_a_picture_of_the_window_scene_leaves_its_link_tiles_as_they_were(scene):
    """A picture draws every link by one tile of its own: the window's tiles are hidden
    meanwhile and drawn again afterwards, each link still filed in them alone."""
    from stakeholder_map.canvas.view import MapView

    view = MapView(scene)
    view.resize(600, 400)
    view.show()
    scene.edge_layer.file_all()
    tiles = {e: set(e.tiles) for e in scene.edge_items()}
    shown = [t for t in scene.edge_layer.tiles.values() if t.isVisible()]
    before, count = view.grab().toImage(), len(scene.items())
    assert tiles and any(tiles.values())
    _render(scene)
    assert {e: set(e.tiles) for e in scene.edge_items()} == tiles
    assert [t for t in scene.edge_layer.tiles.values() if t.isVisible()] == shown
    assert len(scene.items()) == count  # the picture's own tile is gone
    view.viewport().update()
    assert view.grab().toImage() == before
