"""GraphML, GEXF and the spreadsheets carry attitude, power, interest, fill colour and the
link's label."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx

from stakeholder_map.fileio.graphml import write_gexf, write_graphml
from stakeholder_map.fileio.spreadsheet import connections_path, import_spreadsheet, spreadsheet_bytes
from stakeholder_map.model import Attitude, Kind, Level, Map, Relation


def sample() -> Map:
    m = Map("Deal")
    m.add_node("app", Kind.PRODUCT, "App", x=0, y=0, colour="#123456")
    m.add_node("cfo", Kind.DECISION_MAKER, "CFO", x=100, y=0, attitude="blocker", power="high",
               interest="low", tags=("board",))
    m.connect("cfo", "app", Relation.DECIDES, edge_id="e1", label="signs in June")
    return m


def test_graphml_carries_the_fields_for_networkx_and_yed(tmp_path):
    path = tmp_path / "m.graphml"
    write_graphml(sample(), str(path))
    g = nx.read_graphml(path)
    cfo = g.nodes["cfo"]
    assert (cfo["attitude"], cfo["power"], cfo["interest"]) == ("blocker", "high", "low")
    assert g.nodes["app"]["colour"] == "#123456" and "attitude" not in g.nodes["app"]
    (edge,) = [d for _, _, d in g.edges(data=True)]
    assert edge["link_label"] == "signs in June"
    root = ET.parse(path).getroot()
    text = ET.tostring(root, encoding="unicode")
    assert 'color="#123456"' in text and "decides on: signs in June" in text


def test_gexf_carries_them_too(tmp_path):
    path = tmp_path / "m.gexf"
    write_gexf(sample(), str(path))
    g = nx.read_gexf(path)
    assert g.nodes["cfo"]["attitude"] == "blocker"
    assert g.nodes["app"]["viz"]["color"] == {"r": 0x12, "g": 0x34, "b": 0x56, "a": 1.0}
    (edge,) = [d for _, _, d in g.edges(data=True)]
    assert edge["label"] == "decides on: signs in June"


def test_the_spreadsheet_pair_round_trips_the_fields(tmp_path):
    elements, connections = spreadsheet_bytes(sample())
    path = tmp_path / "deal.csv"
    path.write_bytes(elements)
    connections_path(path).write_bytes(connections)
    m, problems = import_spreadsheet(path)
    assert problems == []
    cfo = m.node("cfo")
    assert (cfo.attitude, cfo.power, cfo.interest) == (Attitude.BLOCKER, Level.HIGH, Level.LOW)
    assert m.node("app").colour == "#123456"
    assert m.edge("e1").label == "signs in June"


def test_a_bad_attitude_in_a_row_is_a_problem_not_a_crash(tmp_path):
    path = tmp_path / "deal.csv"
    path.write_text("Label,Type,Attitude\nCFO,decision_maker,furious\nApp,product,champion\n", encoding="utf-8")
    m, problems = import_spreadsheet(path)
    assert [p.line for p in problems] == [2, 3]
    assert "unknown attitude 'furious'" in problems[0].message
    assert "a product has no attitude" in problems[1].message
