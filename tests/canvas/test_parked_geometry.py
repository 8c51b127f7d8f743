"""A parked link (a big map's, not laid out yet) is found by area and bounded without laying
it out; what those rough answers say must hold for the curve once it is laid out."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from stakeholder_map.canvas import MapScene
from stakeholder_map.canvas.pending_edges import crossing
from stakeholder_map.layout.placement import lay_out_missing

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from window_maps import generate_map  # noqa: E402 - realistic maps: parallel links, amounts


def test_rough_spans_and_bounds_hold_the_laid_out_links(qtbot):
    scene = MapScene(lay_out_missing(generate_map(1500, 4500, positions="unplaced")))
    links = scene.edge_items()
    rough = {item: item.rough_span() for item in links}
    assert sum(1 for r in rough.values() if r[4] == 0.0) > 100  # parallel links bend
    around = scene.map_rect()  # (told without laying the parked links out where it could)
    for item in links:
        x0, y0, x1, y1, straight = rough[item]
        for x, y in item.polyline():  # lays it out
            box = (x - 1, y - 1, x + 1, y + 1)
            if straight:  # the drawn line lies on the segment between the centres
                assert crossing(np.array([[x0, y0, x1, y1, 1.0]]), box)[0]
            else:
                assert x0 - 1 <= x <= x1 + 1 and y0 - 1 <= y <= y1 + 1
        if not item.hidden:
            assert around.contains(item.sceneBoundingRect()), item.edge.id
    scene.detach()


def test_a_parked_link_inside_an_area_is_told_without_laying_it_out(qtbot):
    scene = MapScene(lay_out_missing(generate_map(1500, 4500, positions="unplaced")))
    everywhere = (-1e7, -1e7, 1e7, 1e7)
    nowhere = (0, 0, 1, 1)
    labelled = [item for item in scene.edge_items() if item.label]
    assert labelled and all(item.surely_inside(*everywhere) for item in labelled)
    assert not any(item.surely_inside(*nowhere) for item in labelled)
    item = labelled[0]
    item.boundingRect()  # laid out now: the exact bounds answer
    assert not item.surely_inside(*everywhere)
    scene.detach()
