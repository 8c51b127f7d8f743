"""The JSON Schema of the map file agrees with the reader: every template and every written
map is valid, and every refusal a schema can express is a refusal of the schema too."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import given, settings

from stakeholder_map.fileio import MapFileError, dumps_map, loads_map
from stakeholder_map.resources import resource_path, template_paths
from tests.fileio.helpers import SPEC_EXAMPLE, document
from tests.strategies import maps

REPO = Path(__file__).resolve().parents[2]
SCHEMA_PATH = resource_path("stakemap.schema.json")
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def test_the_schema_is_a_valid_draft_2020_12_schema():
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_the_file_format_page_links_the_schema():
    page = (REPO / "docs" / "file-format.md").read_text(encoding="utf-8")
    link = "../" + SCHEMA_PATH.relative_to(REPO).as_posix()
    assert f"]({link})" in page
    # docs/ shows the same file (a link to the package's copy, so there is one definition)
    assert (REPO / "docs" / "stakemap.schema.json").resolve() == SCHEMA_PATH.resolve()


@pytest.mark.parametrize("template", template_paths(), ids=lambda p: p.name)
def test_every_template_is_valid(template):
    VALIDATOR.validate(json.loads(template.read_text(encoding="utf-8")))


def test_the_spec_example_is_valid():
    VALIDATOR.validate(json.loads(SPEC_EXAMPLE))


@settings(max_examples=60, deadline=None)
@given(maps(max_nodes=8, max_edges=12))
def test_every_map_the_program_writes_is_valid(m):
    VALIDATOR.validate(json.loads(dumps_map(m)))


def changed(path: str, value) -> dict:
    """The valid document with one value set (``...`` removes it); path like ``nodes.1.kind``."""
    doc = copy.deepcopy(document())
    *parents, last = path.split(".")
    target = doc
    for part in parents:
        target = target[int(part)] if part.isdigit() else target[part]
    key = int(last) if last.isdigit() else last
    if value is ...:
        del target[key]
    else:
        target[key] = value
    return doc


REFUSALS = {
    "no format": ("format", ...),
    "another format": ("format", "kumu"),
    "no version": ("version", ...),
    "a newer version": ("version", 2),
    "a version as text": ("version", "1"),
    "version zero": ("version", 0),
    "a title that is a number": ("title", 5),
    "a currency in small letters": ("currency", "eur"),
    "a currency of four letters": ("currency", "EURO"),
    "tags that are text": ("nodes.1.tags", "vip"),
    "an empty tag": ("nodes.1.tags", ["vip", ""]),
    "a tag that is a number": ("nodes.1.tags", [3]),
    "no nodes": ("nodes", ...),
    "nodes not a list": ("nodes", {}),
    "no edges": ("edges", ...),
    "a node that is not an object": ("nodes.1", "u"),
    "a node without id": ("nodes.1.id", ...),
    "an empty id": ("nodes.1.id", ""),
    "an id that is a number": ("nodes.1.id", 7),
    "a node without kind": ("nodes.1.kind", ...),
    "an unknown kind": ("nodes.1.kind", "boss"),
    "a node without name": ("nodes.1.name", ...),
    "a name that is not text": ("nodes.1.name", ["U"]),
    "x without y": ("nodes.1.y", ...),
    "y null beside x": ("nodes.1.y", None),
    "x as text": ("nodes.1.x", "300"),
    "notes that are not text": ("nodes.1.notes", 5),
    "internal as text": ("nodes.1.internal", "yes"),
    "headcount zero": ("nodes.1.headcount", 0),
    "a fractional headcount": ("nodes.1.headcount", 2.5),
    "a headcount as text": ("nodes.1.headcount", "12"),
    "an edge without source": ("edges.0.source", ...),
    "an edge without relation": ("edges.0.relation", ...),
    "an unknown relation": ("edges.0.relation", "hugs"),
    "a source that is not text": ("edges.0.source", 1),
    "a negative amount": ("edges.0.amount", -1),
    "an amount as text": ("edges.0.amount", "12"),
    "an unknown period": ("edges.0.period", "weekly"),
    "an unknown agreement": ("edges.0.agreement", "handshake"),
    "edge notes that are not text": ("edges.0.notes", False),
}


@pytest.mark.parametrize("case", REFUSALS)
def test_every_refusal_a_schema_can_express_is_refused_by_both(case):
    doc = changed(*REFUSALS[case])
    with pytest.raises(MapFileError):
        loads_map(json.dumps(doc))
    assert not VALIDATOR.is_valid(doc), case


# What only the program can check (said in the schema's description and on the format page).
BEYOND_A_SCHEMA = {
    "an id used twice": ("nodes.1.id", "p"),
    "an edge to a missing node": ("edges.0.target", "nobody"),
}


@pytest.mark.parametrize("case", BEYOND_A_SCHEMA)
def test_refusals_beyond_a_schema_are_the_programs(case):
    doc = changed(*BEYOND_A_SCHEMA[case])
    with pytest.raises(MapFileError):
        loads_map(json.dumps(doc))
    assert VALIDATOR.is_valid(doc)


def test_unknown_fields_and_nulls_in_optional_fields_are_valid_as_the_program_reads_them():
    doc = changed("nodes.1.colour", "#ff0000")
    doc["zoom"] = {"level": 2}
    doc["edges"][0].update(weight=0.25, amount=None, period=None, notes=None)
    doc["nodes"][0].update(notes=None, headcount=None, internal=None)
    doc["title"] = None
    doc["currency"] = "EUR"
    doc["nodes"][1]["tags"] = ["vip", "EMEA"]
    loads_map(json.dumps(doc))
    VALIDATOR.validate(doc)
