"""GraphML: networkx reads back every typed attribute; hostile text stays valid XML."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import networkx as nx
from hypothesis import given, settings

from stakeholder_map.fileio.graphml import map_to_graph, write_gexf, write_graphml, xml_safe
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
                   "notes": "pay per click", "x": -200.0, "y": 30.5, "internal": True,
                   "shape_type": "rectangle"}  # networkx reads yEd's shape too
    people = g.nodes["people"]
    assert people["name"] == "</data><x>" and people["headcount"] == 1000
    assert isinstance(people["headcount"], int) and people["roles"] == "paying_user,user"
    assert g.nodes["search"]["roles"] == ""
    e1 = g.edges["ads", "search", "e1"]
    assert e1 == {"id": "e1", "relation": "pays", "amount": 1200.0, "period": "monthly",
                  "agreement": "contract", "label": "pays for"}  # the label is yEd's edge label
    assert g.edges["people", "search", "e2"] == {"id": "e2", "relation": "uses", "notes": "daily",
                                                 "label": "uses"}
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


Y = "{http://www.yworks.com/xml/graphml}"


def test_keys_have_stable_readable_ids_and_booleans_are_lower_case(tmp_path):
    path = tmp_path / "m.graphml"
    write_graphml(sample(), str(path))
    root = ET.parse(path).getroot()
    ids = {(k.get("for"), k.get("attr.name")): k.get("id") for k in root.iter(NS + "key") if k.get("attr.name")}
    assert ids[("node", "name")] == "n_name" and ids[("node", "label")] == "n_label"
    assert ids[("node", "kind")] == "n_kind" and ids[("edge", "relation")] == "e_relation"
    assert ids[("graph", "title")] == "g_title"
    assert not any(re.fullmatch(r"d\d+", i) for i in ids.values())
    ads = next(n for n in root.iter(NS + "node") if n.get("id") == "ads")
    assert [d.text for d in ads.iter(NS + "data") if d.get("key") == "n_internal"] == ["true"]
    # the same map gives the same bytes, whatever was exported before
    again = tmp_path / "again.graphml"
    write_graphml(sample(), str(again))
    assert again.read_bytes() == path.read_bytes()


def test_yed_sees_names_positions_shapes_colours_and_link_labels(tmp_path):
    path = tmp_path / "m.graphml"
    write_graphml(sample(), str(path))
    root = ET.parse(path).getroot()
    graphics = {k.get("for"): k.get("yfiles.type") for k in root.iter(NS + "key") if k.get("yfiles.type")}
    assert graphics == {"node": "nodegraphics", "edge": "edgegraphics"}
    nodes = {n.get("id"): n.find(f"{NS}data/{Y}ShapeNode") for n in root.iter(NS + "node")}
    ads = nodes["ads"]
    assert ads.find(Y + "NodeLabel").text == "Advertisers"
    geometry = ads.find(Y + "Geometry")
    width, height = float(geometry.get("width")), float(geometry.get("height"))
    # yEd places a node by its top-left corner; the map by its centre
    assert float(geometry.get("x")) + width / 2 == -200 and float(geometry.get("y")) + height / 2 == 30.5
    assert ads.find(Y + "Shape").get("type") == "rectangle"
    assert nodes["search"].find(Y + "Shape").get("type") == "roundrectangle"
    assert nodes["people"].find(Y + "Shape").get("type") == "ellipse"
    fills = {i: n.find(Y + "Fill").get("color") for i, n in nodes.items()}
    assert len(set(fills.values())) == 3 and all(re.fullmatch("#[0-9A-F]{6}", c) for c in fills.values())
    labels = {e.get("id"): e.find(f"{NS}data/{Y}PolyLineEdge/{Y}EdgeLabel").text for e in root.iter(NS + "edge")}
    assert labels == {"e1": "pays for", "e2": "uses", "e3": "pays for"}
    arrows = root.find(f".//{Y}PolyLineEdge/{Y}Arrows")
    assert arrows.get("target") == "standard"


def test_gexf_for_gephi_has_positions_colours_and_every_field(tmp_path):
    path = tmp_path / "m.gexf"
    write_gexf(sample(), str(path), {"ads": ("client",)})
    g = nx.read_gexf(path)
    assert g.is_directed() and g.number_of_edges() == 3
    ads = g.nodes["ads"]
    assert ads["label"] == "Advertisers" and ads["kind"] == "company" and ads["roles"] == "client"
    assert ads["viz"]["position"]["x"] == -200 and ads["viz"]["position"]["y"] == -30.5  # Gephi's y points up
    colours = {n: (d["viz"]["color"]["r"], d["viz"]["color"]["g"], d["viz"]["color"]["b"]) for n, d in g.nodes(data=True)}
    assert len(set(colours.values())) == 3
    labels = sorted(d["label"] for _, _, d in g.edges(data=True))
    assert labels == ["pays for", "pays for", "uses"]
