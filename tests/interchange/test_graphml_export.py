"""GraphML: networkx reads back every typed attribute; hostile text stays valid XML."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx
from hypothesis import given, settings

from stakeholder_map.fileio.graphml import map_to_graph, write_graphml, xml_safe
from stakeholder_map.model import Kind, Map, Relation
from tests.strategies import maps

NS = "{http://graphml.graphdrawing.org/xmlns}"


def sample() -> Map:
    m = Map("Search & <ads>")
    m.add_node("search", Kind.PRODUCT, "Web search", x=0, y=0)
    m.add_node("ads", Kind.COMPANY, "Advertisers", x=-200, y=30.5, notes="pay per click", internal=True)
    m.add_node("people", Kind.END_USER, "</data><x>", x=200, y=0, headcount=1000)
    m.connect("ads", "search", Relation.PAYS, amount=1200, period="monthly", agreement="contract")
    m.connect("people", "search", Relation.USES, notes="daily")
    m.connect("people", "search", Relation.PAYS, amount=2.5)  # a parallel edge
    return m


def test_read_back_by_networkx_with_every_attribute(tmp_path):
    path = tmp_path / "m.graphml"
    write_graphml(sample(), str(path), {"ads": ("client",), "people": ("paying_user", "user")})
    g = nx.read_graphml(path, force_multigraph=True)
    assert g.is_directed() and g.is_multigraph()
    assert g.graph["title"] == "Search & <ads>"
    ads = g.nodes["ads"]
    assert ads == {"kind": "company", "name": "Advertisers", "label": "Advertisers", "roles": "client",
                   "notes": "pay per click", "x": -200.0, "y": 30.5, "internal": True}
    people = g.nodes["people"]
    assert people["name"] == "</data><x>" and people["headcount"] == 1000
    assert isinstance(people["headcount"], int) and people["roles"] == "paying_user,user"
    assert g.nodes["search"]["roles"] == ""
    e1 = g.edges["ads", "search", "e1"]
    assert e1 == {"id": "e1", "relation": "pays", "amount": 1200.0, "period": "monthly",
                  "agreement": "contract"}
    assert g.edges["people", "search", "e2"] == {"id": "e2", "relation": "uses", "notes": "daily"}
    assert g.number_of_edges("people", "search") == 2


def test_attributes_are_typed_and_never_none(tmp_path):
    path = tmp_path / "m.graphml"
    write_graphml(sample(), str(path))
    root = ET.parse(path).getroot()
    types = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in root.iter(NS + "key")}
    assert types[("node", "x")] == "double" and types[("node", "y")] == "double"
    assert types[("node", "headcount")] in ("int", "long")
    assert types[("node", "internal")] == "boolean"
    assert types[("edge", "amount")] == "double"
    assert types[("node", "kind")] == "string" and types[("edge", "relation")] == "string"
    # one key per attribute name and scope: readers such as Gephi would clash otherwise
    names = [(k.get("for"), k.get("attr.name")) for k in root.iter(NS + "key")]
    assert len(names) == len(set(names))
    assert all(d.text != "None" for d in root.iter(NS + "data"))
    edge_ids = sorted(e.get("id") for e in root.iter(NS + "edge"))
    assert edge_ids == ["e1", "e2", "e3"]


def test_control_characters_are_dropped_so_the_file_stays_xml(tmp_path):
    m = Map()
    m.add_node("a", Kind.PERSON, "bell\x07 and nul\x00", notes="tab\tok")
    path = tmp_path / "c.graphml"
    write_graphml(m, str(path))
    g = nx.read_graphml(path)
    assert g.nodes["a"]["name"] == "bell and nul" and g.nodes["a"]["notes"] == "tab\tok"
    assert xml_safe("\ufffe\x1f") == ""


@settings(max_examples=40)
@given(maps(max_nodes=8, max_edges=12))
def test_any_map_is_readable(tmp_path_factory, m):
    path = tmp_path_factory.mktemp("g") / "m.graphml"
    write_graphml(m, str(path))
    g = nx.read_graphml(path, force_multigraph=True)
    assert g.number_of_nodes() == len(m.nodes)
    assert g.number_of_edges() == len(m.edges)
    for node in m.nodes.values():
        assert g.nodes[xml_safe(node.id)]["kind"] == node.kind.value


def test_graph_keeps_positions_only_when_placed():
    m = Map()
    m.add_node("a", Kind.PERSON, "A")
    g = map_to_graph(m)
    assert "x" not in g.nodes["a"] and "title" not in g.graph
