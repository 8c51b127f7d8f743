"""The canvas scene an export paints: the same items, badges and marks as the window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF

from stakeholder_map.model import Map
from stakeholder_map.render.qt_app import ensure_application


@dataclass
class PreparedScene:
    """A ``MapScene`` with the analysis applied, and the part of it an export shows."""

    scene: object  # stakeholder_map.canvas.MapScene (imported lazily: it needs Qt widgets)
    rect: QRectF
    map: Map

    def paint(self, painter, target: QRectF, *, transparent: bool, legend: bool) -> None:
        from stakeholder_map.canvas.picture import render_map

        render_map(self.scene, painter, target, transparent=transparent, legend=legend)


def placed(map_: Map) -> Map:
    """A detached copy of the map (the scene subscribes to it), nodes without a position laid out.

    The original is never changed, and keeps no subscriber from the export.
    """
    copy = map_.copy()
    if any(n.position is None for n in copy.nodes.values()):
        from stakeholder_map.layout import place_missing

        copy.move_nodes(place_missing(copy))
    return copy


def prepare(map_: Map, *, legend: bool = False) -> PreparedScene:
    """Build the scene for ``map_`` (creating a QApplication if needed) with roles and findings.

    ``rect`` is what the export shows: the map with its margin, and the legend beside it
    when ``legend`` is set.
    """
    ensure_application()
    from stakeholder_map.analysis import analyze
    from stakeholder_map.canvas import MapScene
    from stakeholder_map.canvas.picture import export_rect

    shown = placed(map_)
    scene = MapScene(shown)
    scene.set_analysis(analyze(shown))
    scene.marks.finish()  # the badges are part of what the export must show
    return PreparedScene(scene, QRectF(export_rect(scene, legend)), shown)
