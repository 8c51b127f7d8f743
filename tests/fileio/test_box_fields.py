"""Company boxes in the file: ``members_inside`` and ``collapsed`` on a company, optional,
saved in a fixed place (twice the same bytes), refused elsewhere with the JSON path; GraphML,
GEXF and the spreadsheets carry them as data."""

from __future__ import annotations

import json

import networkx as nx
import pytest

from stakeholder_map.fileio import MapFileError, dumps_map, loads_map, save_map
from stakeholder_map.fileio.graphml import write_graphml
from stakeholder_map.fileio.spreadsheet import connections_path, import_spreadsheet, spreadsheet_bytes
from stakeholder_map.model import Kind, Map, Relation


def boxed() -> Map:
    m = Map("Account")
    m.add_node("acme", Kind.COMPANY, "Acme", x=0, y=0, members_inside=True, collapsed=True)
    m.add_node("it", Kind.COMPANY, "IT", x=0, y=100, members_inside=True)
    m.add_node("ann", Kind.PERSON, "Ann", x=0, y=200)
    m.connect("it", "acme", Relation.MEMBER_OF, edge_id="m1")
    m.connect("ann", "it", Relation.MEMBER_OF, edge_id="m2")
    return m


def test_the_fields_are_written_after_the_known_ones_and_saved_twice_the_same(tmp_path):
    path = tmp_path / "a.stakemap.json"
    save_map(boxed(), path)
    first = path.read_bytes()
    save_map(loads_map(first.decode()), path)
    assert path.read_bytes() == first
    acme = json.loads(first)["nodes"][0]
    assert list(acme)[-2:] == ["members_inside", "collapsed"] and acme["collapsed"] is True
    assert "collapsed" not in json.loads(first)["nodes"][1]  # absent means open


def test_a_map_without_boxes_writes_neither_field():
    m = boxed()
    m.update_node("acme", members_inside=None, collapsed=None)
    m.update_node("it", members_inside=None)
    assert "members_inside" not in dumps_map(m) and "collapsed" not in dumps_map(m)


@pytest.mark.parametrize("field, value, words", [
    ("members_inside", True, "only a company"),
    ("collapsed", "yes", "true or false"),
])
def test_a_wrong_box_field_is_refused_with_its_path(field, value, words):
    doc = json.loads(dumps_map(boxed()))
    target = 2 if words == "only a company" else 0
    doc["nodes"][target][field] = value
    with pytest.raises(MapFileError) as err:
        loads_map(json.dumps(doc))
    assert f"$.nodes[{target}].{field}" in str(err.value) and words in str(err.value)


def test_graphml_and_the_spreadsheets_carry_the_box_fields(tmp_path):
    path = tmp_path / "m.graphml"
    write_graphml(boxed(), str(path))
    g = nx.read_graphml(path)
    assert g.nodes["acme"]["members_inside"] is True and g.nodes["acme"]["collapsed"] is True
    assert "members_inside" not in g.nodes["ann"]
    elements, connections = spreadsheet_bytes(boxed())
    sheet = tmp_path / "m.csv"
    sheet.write_bytes(elements)
    connections_path(sheet).write_bytes(connections)
    back, problems = import_spreadsheet(sheet)
    assert problems == []
    assert back.node("acme").members_inside and back.node("acme").collapsed
    assert back.node("it").members_inside and back.node("it").collapsed is None


def test_a_spreadsheet_row_boxing_a_person_is_listed_and_left_out(tmp_path):
    elements, connections = spreadsheet_bytes(boxed())
    text = elements.decode("utf-8-sig").replace("Ann,Person,,,ann,0,200,,,,,,,,", "Ann,Person,,,ann,0,200,,,,,,,yes,")
    assert "Ann,Person" in text
    sheet = tmp_path / "m.csv"
    sheet.write_text(text, encoding="utf-8")
    connections_path(sheet).write_bytes(connections)
    back, problems = import_spreadsheet(sheet)
    assert "ann" not in back.nodes
    assert any("only a company" in str(p) for p in problems)
