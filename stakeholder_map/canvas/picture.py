"""A picture of the whole map from a scene (for exports): the map's bounds, the legend
beside it when asked for, and no selection, hover or editing decorations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter

from stakeholder_map.canvas.edge_layer import EdgeTile
from stakeholder_map.canvas.extent import MAP_MARGIN
from stakeholder_map.canvas.legend import legend_size, paint_legend
from stakeholder_map.canvas.stamps import Stamps

if TYPE_CHECKING:
    from stakeholder_map.canvas.scene import MapScene


def export_rect(scene: MapScene, legend: bool = False, area: QRectF | None = None,
                findings: bool = True) -> QRectF:
    """What an export shows: the map (or ``area`` of it), and the legend to its right when asked
    for (with the finding colours unless ``findings`` is false: a picture without rings)."""
    rect = QRectF(area) if area is not None else scene.map_rect()
    if legend:
        size = legend_size(findings)
        rect = rect.united(QRectF(rect.right(), rect.top(), size.width() + MAP_MARGIN, size.height() + 2 * MAP_MARGIN))
    return rect


def render_map(scene: MapScene, painter: QPainter, target: QRectF, *, transparent: bool = False,
               legend: bool = False, area: QRectF | None = None, see_through: bool | None = None,
               findings: bool = True) -> None:
    """Paint the whole map (or ``area`` of it) into ``target`` (aspect kept, centred) as on screen,
    in full detail, without selection, hover or editing decorations; text stays text for SVG and PDF.

    ``transparent``: the background is not painted here; ``see_through`` (default: the same)
    says whether the finished picture's background is transparent (else it is the map's).
    ``findings``: the legend explains the finding colours (false for a picture without rings)."""
    scene.marks.finish(parked=True)
    source = export_rect(scene, legend, area, findings)
    scale = min(target.width() / source.width(), target.height() / source.height())
    w, h = source.width() * scale, source.height() * scale
    placed = QRectF(target.center().x() - w / 2, target.center().y() - h / 2, w, h)
    helpers = [i for i in scene.gestures.items() if i.isVisible()]
    for item in helpers:
        item.hide()
    # cached items would reach an SVG or PDF as pictures: paint them afresh
    cached = [i for i in scene.items() if i.cacheMode() != i.CacheMode.NoCache]
    for item in cached:
        item.setCacheMode(item.CacheMode.NoCache)
    links = _LinksAsOneTile(scene, source)
    scene.exporting = True
    scene.see_through = transparent if see_through is None else see_through
    scene.stamps = Stamps()
    painter.save()
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        if not transparent:
            painter.fillRect(target, scene.theme.background)
        scene.render(painter, placed, source, Qt.AspectRatioMode.IgnoreAspectRatio)
        if legend:
            painter.translate(placed.topLeft())
            painter.scale(scale, scale)
            painter.translate(-source.topLeft())
            map_box = QRectF(area) if area is not None else scene.map_rect()
            paint_legend(painter, QPointF(map_box.right(), map_box.top() + MAP_MARGIN), scene.theme, findings)
    finally:
        painter.restore()
        scene.exporting = False
        scene.see_through = False
        scene.stamps = None
        links.remove()
        for item in cached:
            item.setCacheMode(item.CacheMode.DeviceCoordinateCache)
        for item in helpers:
            item.show()


class _LinksAsOneTile:
    """For a picture, every link is drawn by one tile covering the picture instead of the
    window's grid of tiles (hidden meanwhile): each link is cut to one rectangle once instead
    of to every tile it crosses, and links that wait to be filed in tiles are not filed."""

    def __init__(self, scene: MapScene, area: QRectF) -> None:
        self.scene = scene
        grid = scene.edge_layer.tiles.values()
        self.hidden = [t for t in grid if t.isVisible()] + [t.halos for t in grid if t.halos.isVisible()]
        for item in self.hidden:
            item.hide()
        self.tile = EdgeTile(area.adjusted(-MAP_MARGIN, -MAP_MARGIN, MAP_MARGIN, MAP_MARGIN))
        self.edges = [e for e in scene.edge_items() if not e.hidden]
        for edge in self.edges:
            self.tile.add(edge, True, True, edge.is_marked())
        for item in (self.tile, self.tile.halos):
            scene.addItem(item)
            item.setCacheMode(item.CacheMode.NoCache)

    def remove(self) -> None:
        for edge in self.edges:
            edge.tiles.discard(self.tile)
        self.scene.removeItem(self.tile.halos)
        self.scene.removeItem(self.tile)
        for item in self.hidden:
            item.show()
