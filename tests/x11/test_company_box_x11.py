"""A company box in a real X window: a person dragged into the box with the real mouse
becomes a member, and one Ctrl+Z puts them back outside without the link."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from stakeholder_map.fileio import save_map
from tests.ui.test_company_boxes import box_map
from tests.x11.test_real_window import saved_map


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "account.stakemap.json"
    save_map(box_map(), path)
    return path


def memberships(doc: dict, company: str) -> set[str]:
    return {e["source"] for e in doc["edges"] if e["relation"] == "member_of" and e["target"] == company}


def test_dragging_a_person_into_a_box_with_the_mouse_makes_a_member(launch, map_file, tmp_path: Path):
    app = launch(map_file, harness=True)
    left, top, right, bottom = app.layout["boxes"]["acme"]
    inside = ((left + right) // 2, bottom - 8)  # the box's body, below its members
    start = app.node("cara")
    app.drag(start, inside)
    app.screenshot(tmp_path / "dropped.png")
    doc = saved_map(app, map_file, lambda d: "cara" in memberships(d, "acme"))
    assert "cara" in memberships(doc, "acme")
    cara = next(n for n in doc["nodes"] if n["id"] == "cara")
    assert (cara["x"], cara["y"]) != (420, 420)
    app.keys("ctrl+z")
    time.sleep(0.3)
    doc = saved_map(app, map_file, lambda d: "cara" not in memberships(d, "acme"))
    assert memberships(doc, "acme") == {"ann", "bob"}
    cara = next(n for n in doc["nodes"] if n["id"] == "cara")
    assert (cara["x"], cara["y"]) == (420, 420)
