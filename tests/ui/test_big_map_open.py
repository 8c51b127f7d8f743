"""Opening a big map without positions: the window lays it out, shows it from far, marks the
first analysis on every node and then rests; a close look draws the links in sight."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor

from stakeholder_map.canvas import style
from stakeholder_map.fileio import save_map
from tests.ui.helpers import wait_analysis

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from window_maps import generate_map  # noqa: E402 - the benchmarks' generator of realistic maps


def _near(colour: QColor, wanted: QColor) -> bool:
    return all(abs(a - b) < 60 for a, b in zip(colour.getRgb()[:3], wanted.getRgb()[:3]))


def test_a_big_map_without_positions_opens_laid_out_marked_and_drawn_close_up(make_window, qtbot, tmp_path):
    path = tmp_path / "big.stakemap.json"
    save_map(generate_map(1500, 4500, positions="unplaced"), path)
    window = make_window()
    assert window.files.open_path(path, ask=False)
    scene, view = window.scene, window.view
    assert all(n.position is not None for n in window.map.nodes.values())  # laid out
    assert view.overview_active()  # the whole map, seen from far
    wait_analysis(qtbot, window)
    qtbot.waitUntil(lambda: scene.marks.pending() == 0, timeout=20_000)
    roles = window.analysis.roles
    marked = [item for item in scene.node_items() if roles.get(item.node.id)]
    assert len(marked) > 500 and all(item.badge_labels() for item in marked)
    qtbot.wait(300)
    assert len(scene.edge_layer.pending) == 4500  # nothing filed for a look nobody took
    # what the first analysis's marks made lives with the document: out of the collector's walks
    findings = next(item.findings for item in scene.node_items() if item.findings)
    assert not any(o is findings for o in gc.get_objects())

    # close up: the links in sight are drawn, in their relation's colour
    pay = next(item for item in scene.edge_items() if str(item.edge.relation) == "pays"
               and not item.label_rect().isNull())
    view.set_zoom(1.0)
    view.centerOn(pay.label_rect().center())
    image = view.viewport().grab().toImage()
    assert pay.tiles
    ratio = image.devicePixelRatio()
    centre = pay.label_rect().center()
    x0, y0 = pay.polyline()[0]
    length = ((x0 - centre.x()) ** 2 + (y0 - centre.y()) ** 2) ** 0.5
    # on the line, 70 scene units (pixels at 100%) from the label towards the source
    along = view.mapFromScene(centre.x() + (x0 - centre.x()) * 70 / length,
                              centre.y() + (y0 - centre.y()) * 70 / length) * ratio
    colour = QColor(style.RELATION_STYLES["pays"].colour)
    assert any(_near(image.pixelColor(along + QPoint(dx, dy)), colour) for dx in range(-3, 4) for dy in range(-3, 4))
    assert window.files.open_path(path, ask=False)  # opening it again replaces it whole
    assert len(scene.node_items()) == 1500 and scene.edge_item(pay.edge.id) is not pay
    assert all(not item.tiles for item in scene.edge_items())
