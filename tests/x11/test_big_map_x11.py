"""A big map (its links parked as it opens) in a real X window: the real mouse clicks a link
between two nodes, Delete removes it, Ctrl+S writes the map without it."""

from __future__ import annotations

import time

from stakeholder_map.fileio import save_map
from tests.ui.test_parked_links import COLUMNS, wide_map
from tests.x11.test_real_window import saved_map


def _neighbours_on_screen(app) -> tuple[str, str]:
    """Two nodes side by side on one row, both well inside the canvas."""
    for i in range(len(app.layout["nodes"]) - 1):
        if (i + 1) % COLUMNS == 0:
            continue
        a, b = app.node(f"a{i}"), app.node(f"a{i + 1}")
        if all(450 < x < 1000 and 250 < y < 750 for x, y in (a, b)):
            return f"a{i}", f"a{i + 1}"
    raise AssertionError(f"no two neighbours in the middle of the window (zoom {app.layout['zoom']})")


def test_a_link_of_a_big_map_is_clicked_and_deleted_with_the_real_mouse(launch, tmp_path):
    path = tmp_path / "big.stakemap.json"
    save_map(wide_map(), path)
    app = launch(path, harness=True)
    left, right = _neighbours_on_screen(app)
    (x0, y0), (x1, y1) = app.node(left), app.node(right)
    app.click((x0 + x1) // 2, (y0 + y1) // 2)
    app.keys("Delete")
    time.sleep(0.3)
    link = f"f{left[1:]}"
    doc = saved_map(app, path, lambda d: link not in {e["id"] for e in d["edges"]})
    ids = {e["id"] for e in doc["edges"]}
    assert link not in ids
    assert len(ids) == len(wide_map().edges) - 1  # that link only
