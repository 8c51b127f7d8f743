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
        self.scene.render_map(painter, target, transparent=transparent, legend=legend)


def placed(map_: Map) -> Map:
    """The map itself when every node has a position, else a laid-out copy (never the original)."""
    if all(n.position is not None for n in map_.nodes.values()):
        return map_
    from stakeholder_map.layout import arrange

    copy = map_.copy()
    positions = arrange(copy)
    copy.move_nodes({k: v for k, v in positions.items() if copy.node(k).position is None})
    return copy


def prepare(map_: Map) -> PreparedScene:
    """Build the scene for ``map_`` (creating a QApplication if needed) with roles and findings."""
    ensure_application()
    from stakeholder_map.analysis import analyze
    from stakeholder_map.canvas import MapScene

    shown = placed(map_)
    scene = MapScene(shown)
    scene.set_analysis(analyze(shown))
    return PreparedScene(scene, QRectF(scene.map_rect()), shown)
