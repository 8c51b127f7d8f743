"""Fixtures for canvas tests: a small map shown in a real view at 100% zoom."""

from __future__ import annotations

import pytest

from stakeholder_map.canvas import MapScene, MapView, Theme
from stakeholder_map.model import Edge, Map, Node


def example_map() -> Map:
    """The spec's example map, laid out."""
    m = Map("Search advertising")
    m.add(
        [
            Node("search", "product", "Web search", x=0, y=0),
            Node("ads", "company", "Advertisers", x=-300, y=0, notes="pay per click"),
            Node("people", "end_user", "Searchers", x=300, y=0, headcount=1000000),
        ],
        [
            Edge("e1", "ads", "search", "pays", amount=1200, period="monthly", agreement="contract"),
            Edge("e2", "people", "search", "uses"),
        ],
    )
    return m


@pytest.fixture
def the_map() -> Map:
    return example_map()


@pytest.fixture
def scene(qtbot, the_map):
    s = MapScene(the_map)
    s.set_theme(Theme.light())
    yield s
    s.detach()


@pytest.fixture
def view(qtbot, scene):
    v = MapView(scene)
    qtbot.addWidget(v)
    v.resize(1000, 700)
    v.show()
    qtbot.waitExposed(v)
    v.zoom_100()
    v.centerOn(0, 0)
    return v

