"""Attitude, power, interest, fill colours, link labels, tag colours, sticky notes and views
in the file: read, refused at their JSON path, and written back byte for byte."""

from __future__ import annotations

import json

import pytest

from stakeholder_map.fileio import MapFileError, dumps_map, loads_map
from stakeholder_map.model import Attitude, Kind, Level, ViewFilter, Viewport
from tests.fileio.helpers import document


def rich_document() -> dict:
    doc = document()
    doc["tag_colours"] = {"pilot": "#1f77b4", "Berlin": "#FF7F0E"}
    doc["nodes"][1].update(tags=["pilot"], attitude="champion", power="high", interest="medium",
                           colour="#aabbcc")
    doc["edges"][0]["label"] = "since May"
    doc["sticky_notes"] = [{"id": "note1", "text": "Ask about budget\nin Q3", "x": 10.25, "y": -4,
                            "pinned": True}]
    doc["views"] = [
        {"name": "Champions", "filter": {"attitudes": ["champion"], "tags": ["pilot"]},
         "viewport": {"x": 1.5, "y": 2, "zoom": 0.75}},
        {"name": "Everything", "owner": "Kim"},
    ]
    return doc


def refusal(doc: dict) -> str:
    with pytest.raises(MapFileError) as info:
        loads_map(json.dumps(doc))
    return str(info.value)


def test_every_new_field_is_read():
    m = loads_map(json.dumps(rich_document()))
    user = m.node("u")
    assert (user.attitude, user.power, user.interest, user.colour) == (
        Attitude.CHAMPION, Level.HIGH, Level.MEDIUM, "#aabbcc")
    assert m.edge(next(iter(m.edges))).label == "since May"
    assert dict(m.tag_colours) == {"pilot": "#1f77b4", "Berlin": "#FF7F0E"}
    (note,) = m.sticky_notes
    assert (note.id, note.text, note.x, note.y, dict(note.extra)) == (
        "note1", "Ask about budget\nin Q3", 10.25, -4, {"pinned": True})
    champions, everything = m.views
    assert champions.filter == ViewFilter(tags=("pilot",), attitudes=("champion",))
    assert champions.viewport == Viewport(1.5, 2, 0.75)
    assert everything.filter.is_empty and everything.viewport is None
    assert dict(everything.extra) == {"owner": "Kim"}
    assert all(v is None for v in (m.node("p").attitude, m.node("p").power, m.node("p").colour))


def test_saved_twice_gives_identical_bytes_in_file_order():
    first = dumps_map(loads_map(json.dumps(rich_document())))
    assert dumps_map(loads_map(first)) == first
    doc = json.loads(first)
    assert list(doc) == ["format", "version", "tag_colours", "nodes", "edges", "sticky_notes", "views"]
    assert list(doc["nodes"][1])[-5:] == ["tags", "attitude", "power", "interest", "colour"]
    assert list(doc["edges"][0])[-1] == "label"
    assert doc["sticky_notes"][0] == {"id": "note1", "text": "Ask about budget\nin Q3", "x": 10.2,
                                      "y": -4, "pinned": True}
    assert doc["views"][1] == {"name": "Everything", "owner": "Kim"}


def test_a_map_without_them_writes_none_of_them():
    text = dumps_map(loads_map(json.dumps(document())))
    for key in ("tag_colours", "sticky_notes", "views", "attitude", "power", "colour", "label"):
        assert f'"{key}"' not in text


def _set(doc: dict, path: str, value) -> dict:
    *parents, last = path.split(".")
    target = doc
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    target[int(last) if last.isdigit() else last] = value
    return doc


@pytest.mark.parametrize("path, value, place, words", [
    ("nodes.1.attitude", "fan", "$.nodes[1].attitude", "unknown attitude 'fan'"),
    ("nodes.1.power", "huge", "$.nodes[1].power", "allowed: low, medium, high"),
    ("nodes.1.interest", 3, "$.nodes[1].interest", "unknown interest"),
    ("nodes.0.attitude", "champion", "$.nodes[0].attitude", "a product has no attitude"),
    ("nodes.0.power", "high", "$.nodes[0].power", "a product has no power"),
    ("nodes.1.colour", "red", "$.nodes[1].colour", "#rrggbb"),
    ("nodes.1.colour", "#abc", "$.nodes[1].colour", "#rrggbb"),
    ("edges.0.label", 5, "$.edges[0].label", "label must be text"),
    ("tag_colours", ["pilot"], "$.tag_colours", "object of tag: colour"),
    ("tag_colours.pilot", "blue", "$.tag_colours.pilot", "#rrggbb"),
    ("sticky_notes", {}, "$.sticky_notes", "must be a list"),
    ("sticky_notes.0.text", None, "$.sticky_notes[0].text", "text must be text"),
    ("sticky_notes.0.x", "left", "$.sticky_notes[0].x", "finite number"),
    ("sticky_notes.0.id", "u", "$.sticky_notes[0].id", "already used by a node or an edge"),
    ("views.0.name", "", "$.views[0].name", "a view needs a name"),
    ("views.1.name", "Champions", "$.views[1].name", "already used at $.views[0]"),
    ("views.0.filter.kinds", ["boss"], "$.views[0].filter.kinds[0]", "unknown kind 'boss'"),
    ("views.0.filter.attitudes", "champion", "$.views[0].filter.attitudes", "list of texts"),
    ("views.0.filter.colour", ["red"], "$.views[0].filter.colour", "not by 'colour'"),
    ("views.0.viewport.zoom", 0, "$.views[0].viewport.zoom", "more than 0"),
    ("views.0.viewport", {"x": 1}, "$.views[0].viewport.y", "there is no y"),
])
def test_a_bad_value_is_refused_at_its_path(path, value, place, words):
    message = refusal(_set(rich_document(), path, value))
    assert place in message and words in message, message


def test_a_repeated_sticky_note_id_is_refused():
    doc = rich_document()
    doc["sticky_notes"].append({"id": "note1", "text": "again", "x": 0, "y": 0})
    message = refusal(doc)
    assert "$.sticky_notes[1].id" in message and "already used by $.sticky_notes[0]" in message


def test_refusing_a_file_keeps_nodes_kinds_honest():
    """A company may carry an attitude (it is an actor), a product may carry a colour."""
    doc = rich_document()
    doc["nodes"][0]["colour"] = "#000000"
    doc["nodes"].append({"id": "c", "kind": "company", "name": "Corp", "attitude": "blocker"})
    m = loads_map(json.dumps(doc))
    assert m.node("c").attitude is Attitude.BLOCKER and m.node("p").colour == "#000000"
    assert m.node("c").kind is Kind.COMPANY


# -- the JSON Schema agrees --------------------------------------------------------------
def _validator():
    import jsonschema

    from stakeholder_map.resources import resource_path
    schema = json.loads(resource_path("stakemap.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def test_the_schema_accepts_a_map_with_every_new_field():
    doc = rich_document()
    _validator().validate(doc)
    _validator().validate(json.loads(dumps_map(loads_map(json.dumps(doc)))))


@pytest.mark.parametrize("path, value", [
    ("nodes.1.attitude", "fan"), ("nodes.1.power", "huge"), ("nodes.0.attitude", "champion"),
    ("nodes.0.interest", "low"), ("nodes.1.colour", "red"), ("edges.0.label", 5),
    ("tag_colours.pilot", "blue"), ("tag_colours", ["pilot"]), ("sticky_notes.0.text", None),
    ("sticky_notes.0.x", "left"), ("views.0.name", ""), ("views.0.filter.kinds", ["boss"]),
    ("views.0.filter.colour", ["red"]), ("views.0.viewport.zoom", 0),
])
def test_the_schema_refuses_what_the_program_refuses(path, value):
    doc = _set(rich_document(), path, value)
    with pytest.raises(MapFileError):
        loads_map(json.dumps(doc))
    assert not _validator().is_valid(doc)
