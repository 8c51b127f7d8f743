"""The canvas scene an export paints: the same items, badges and marks as the window.

``Picture`` says what a picture shows (title, legend, finding rings, the whole map, one area
of it or a selection); ``prepare`` builds the scene for it, and ``PreparedScene.paint``
draws it into any rectangle of any painter (image, SVG, PDF, printer, clipboard).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from stakeholder_map.model import Map
from stakeholder_map.render.qt_app import ensure_application

TITLE_BAND = 64.0  # scene pixels above the map that a picture's title takes
TITLE_PIXELS = 30.0


@dataclass(frozen=True)
class Picture:
    """What a picture of the map shows.

    ``area`` is a scene rectangle (the window's current view) and ``only`` a set of node
    ids (the window's selection, with the links between them); both None: the whole map.
    """

    title: bool = False
    legend: bool = False
    rings: bool = True
    area: QRectF | None = None
    only: frozenset[str] | None = None


@dataclass
class PreparedScene:
    """A ``MapScene`` with the analysis applied, and the part of it an export shows."""

    scene: object  # stakeholder_map.canvas.MapScene (imported lazily: it needs Qt widgets)
    rect: QRectF  # the whole picture in scene units: title band, map, legend
    map: Map
    analysis: object  # stakeholder_map.analysis.Analysis of the whole map
    picture: Picture = Picture()

    def paint(self, painter: QPainter, target: QRectF, *, transparent: bool, legend: bool | None = None) -> None:
        """Draw the picture centred in ``target``, aspect kept (``legend`` overrides the picture's)."""
        picture = self.picture if legend is None else replace(self.picture, legend=legend)
        band = TITLE_BAND if picture.title else 0.0
        scale = min(target.width() / self.rect.width(), target.height() / self.rect.height())
        w, h = self.rect.width() * scale, self.rect.height() * scale
        block = QRectF(target.center().x() - w / 2, target.center().y() - h / 2, w, h)
        if not transparent:
            painter.fillRect(target, self.scene.theme.background)
        if band:
            self._paint_title(painter, QRectF(block.left(), block.top(), w, band * scale), scale)
        map_target = QRectF(block.left(), block.top() + band * scale, w, h - band * scale)
        from stakeholder_map.canvas.picture import render_map

        render_map(self.scene, painter, map_target, transparent=True, legend=picture.legend, area=picture.area,
                   see_through=transparent, findings=picture.rings)

    def _paint_title(self, painter: QPainter, box: QRectF, scale: float) -> None:
        from stakeholder_map.canvas.text import without_ligatures

        font = QFont()
        font.setPixelSize(max(1, round(TITLE_PIXELS * scale)))
        font.setWeight(QFont.Weight.Bold)
        painter.save()
        painter.setFont(without_ligatures(font))
        painter.setPen(QColor(self.scene.theme.text))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextSingleLine, title_of(self.map))
        painter.restore()


def title_of(map_: Map) -> str:
    return " ".join((map_.title or "").split()) or QCoreApplication.translate("Pictures", "Stakeholder map")


def placed(map_: Map) -> Map:
    """A detached copy of the map (the scene subscribes to it), nodes without a position laid out.

    The original is never changed, and keeps no subscriber from the export.
    """
    copy = map_.copy()
    if any(n.position is None for n in copy.nodes.values()):
        from stakeholder_map.layout import place_missing

        copy.move_nodes(place_missing(copy))
    return copy


def _only(map_: Map, node_ids: frozenset[str]) -> Map:
    """The nodes in ``node_ids`` and the links between them, as a new map."""
    part = Map(map_.title, map_.extra, map_.currency)
    nodes = [n for n in map_.nodes.values() if n.id in node_ids]
    edges = [e for e in map_.edges.values() if e.source in node_ids and e.target in node_ids]
    part.add(nodes, edges)
    return part


def prepare(map_: Map, *, legend: bool = False, picture: Picture | None = None) -> PreparedScene:
    """Build the scene for ``map_`` (creating a QApplication if needed) with roles and findings.

    ``rect`` is what the export shows: the map (or the picture's area or selection) with its
    margin, the legend beside it and the title above when asked for. Roles and findings are
    those of the whole map, also when only a selection is drawn.
    """
    ensure_application()
    from stakeholder_map.analysis import Analysis, analyze
    from stakeholder_map.canvas import MapScene
    from stakeholder_map.canvas.picture import export_rect

    picture = picture or Picture(legend=legend)
    whole = placed(map_)
    analysis = analyze(whole)
    shown = whole if picture.only is None else _only(whole, picture.only)
    marks = analysis if picture.rings else Analysis(analysis.roles, (), analysis.stakes)
    scene = MapScene(Map(shown.title, currency=shown.currency))
    scene.set_map(shown, marks)  # each node laid out once, with its badges
    rect = QRectF(export_rect(scene, picture.legend, picture.area, picture.rings))
    if picture.title:
        rect.setTop(rect.top() - TITLE_BAND)
    return PreparedScene(scene, rect, whole, analysis, picture)
