"""Reading files from disk, lenient fields, unknown fields, positions left to the layout, speed."""

from __future__ import annotations

import json
import os
import time

import pytest

from stakeholder_map.fileio import MapFileError, dumps_map, load_map, loads_map
from stakeholder_map.layout import lay_out_missing
from stakeholder_map.model import Agreement, Edge, Kind, Map, Node, Period, Relation
from tests.fileio.helpers import SPEC_EXAMPLE, document


def test_the_spec_example_loads_with_every_field(tmp_path):
    path = tmp_path / "search.stakemap.json"
    path.write_text(SPEC_EXAMPLE, encoding="utf-8")
    m = load_map(path)
    assert m.title == "Search advertising"
    assert m.node("ads").notes == "pay per click" and m.node("ads").kind is Kind.COMPANY
    assert m.node("people").headcount == 1000000
    pays = m.edge("e1")
    assert (pays.relation, pays.amount, pays.period, pays.agreement) == (
        Relation.PAYS, 1200, Period.MONTHLY, Agreement.CONTRACT)
    assert isinstance(pays.amount, int)


def test_the_loader_leaves_missing_positions_missing():
    m = loads_map(SPEC_EXAMPLE)
    assert m.node("ads").position is None and m.node("search").position == (0, 0)


def test_missing_positions_are_placed_sensibly_by_the_layout():
    m = lay_out_missing(loads_map(SPEC_EXAMPLE))
    # the product stays where the file put it; the others get positions
    assert m.node("search").position == (0, 0)
    assert all(n.position is not None for n in m.nodes.values())
    assert m.node("ads").x < 0 < m.node("people").x


def test_unknown_fields_are_kept_everywhere_and_written_back():
    doc = document(zoom={"level": 2, "centre": [1.5, -2]}, author="Kim")
    doc["nodes"][0]["shade"] = "#ff0000"
    doc["nodes"][0]["marks"] = ["a", {"b": None}]
    doc["edges"][0]["weight"] = 0.25
    m = loads_map(json.dumps(doc))
    assert m.extra == {"zoom": {"level": 2, "centre": [1.5, -2]}, "author": "Kim"}
    assert dict(m.node("p").extra) == {"shade": "#ff0000", "marks": ["a", {"b": None}]}
    assert dict(m.edge("e").extra) == {"weight": 0.25}
    again = json.loads(dumps_map(m))
    assert again["zoom"] == doc["zoom"] and again["author"] == "Kim"
    assert again["nodes"][0]["marks"] == ["a", {"b": None}] and again["edges"][0]["weight"] == 0.25
    assert loads_map(dumps_map(m)) == m


def test_unknown_fields_hold_plain_values_that_copy_and_pickle():
    import copy
    import pickle

    doc = document(zoom={"level": {"deep": [1, {"x": 2}]}})
    m = loads_map(json.dumps(doc))
    assert type(m.extra["zoom"]) is dict and type(m.extra["zoom"]["level"]["deep"][1]) is dict
    assert copy.deepcopy(m.extra) == m.extra == pickle.loads(pickle.dumps(m.extra))


def test_lenient_fields_and_nulls():
    doc = document(title=None)
    doc["nodes"][1].update(internal=False, notes=None)  # internal on a non-company is allowed
    doc["edges"][0].update(amount=3.5, period="yearly", agreement="none", notes="n")  # on a uses edge
    doc["nodes"][0].update(x=None, y=None)
    m = loads_map(json.dumps(doc))
    assert m.title is None and m.node("u").internal is False and m.node("u").notes is None
    assert m.edge("e").amount == 3.5 and m.edge("e").period is Period.YEARLY
    assert m.node("p").position is None


def test_a_byte_order_mark_is_accepted():
    assert loads_map(b"\xef\xbb\xbf" + SPEC_EXAMPLE.encode("utf-8")).title == "Search advertising"


def test_self_loops_and_table_breaking_edges_load_for_the_analysis_to_report():
    doc = document(edges=[{"id": "a", "source": "p", "target": "p", "relation": "uses"},
                          {"id": "b", "source": "p", "target": "u", "relation": "member_of"}])
    assert set(loads_map(json.dumps(doc)).edges) == {"a", "b"}


def test_a_missing_file_names_its_path(tmp_path):
    path = tmp_path / "gone.stakemap.json"
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert str(info.value) == f"{path}: there is no such file"


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(MapFileError, match="this is a folder, not a map file"):
        load_map(tmp_path)


def test_a_special_file_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(MapFileError, match="not a regular file"):
        load_map(fifo)


def test_an_unreadable_file_is_refused(tmp_path, monkeypatch):
    path = tmp_path / "locked.stakemap.json"
    path.write_text(SPEC_EXAMPLE, encoding="utf-8")

    def denied(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("builtins.open", denied)
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert str(info.value) == f"{path}: the file cannot be read (permission denied)"


def test_a_too_big_file_is_refused_before_reading(tmp_path, monkeypatch):
    from stakeholder_map.fileio import v1

    path = tmp_path / "huge.stakemap.json"
    with open(path, "wb") as handle:
        handle.truncate(v1.MAX_BYTES + 1)  # sparse: no real disk space used
    read = []
    monkeypatch.setattr("builtins.open", lambda *a, **k: read.append(a) or pytest.fail("read"))
    with pytest.raises(MapFileError) as info:
        load_map(path)
    assert "maps larger than 50 MB are not opened" in str(info.value) and str(path) in str(info.value)
    assert read == []


def test_a_file_that_is_not_utf8_names_the_file(tmp_path):
    path = tmp_path / "latin.stakemap.json"
    path.write_bytes(SPEC_EXAMPLE.replace("Web", "W\u00e9b").encode("latin-1"))
    with pytest.raises(MapFileError, match=r"latin\.stakemap\.json: byte \d+: this is not UTF-8 text"):
        load_map(path)


def big_document(nodes: int, edges: int, placed: bool) -> str:
    kinds = ["company", "buyer", "decision_maker", "end_user", "person"]
    node_list = []
    for i in range(nodes):
        node = {"id": f"n{i}", "kind": "product" if i % 50 == 0 else kinds[i % 5], "name": f"Node {i}"}
        if placed:
            node.update(x=(i % 200) * 200.0, y=(i // 200) * 100)
        node_list.append(node)
    relations = ["pays", "uses", "decides"]
    edge_list = [
        {"id": f"e{j}", "source": f"n{(j * 7919) % nodes}", "target": f"n{(j * 50) % nodes}",
         "relation": relations[j % 3], "amount": j % 1000}
        for j in range(edges)
    ]
    return json.dumps(document(nodes=node_list, edges=edge_list))


@pytest.mark.slow
def test_twenty_thousand_nodes_and_sixty_thousand_edges_load_quickly():
    data = big_document(20_000, 60_000, placed=True)

    def bare_minimum():  # parse, build the elements, add them: what any loader must do
        doc = json.loads(data)
        Map().add([Node(**n) for n in doc["nodes"]], [Edge(**e) for e in doc["edges"]])

    best = min(_timed(lambda: loads_map(data)) for _ in range(3))
    floor = min(_timed(bare_minimum) for _ in range(3))
    # about 0.5 s on an idle machine, 1.5 times the bare minimum; compared, not absolute,
    # so that a busy shared runner does not fail it
    assert best < 4 * floor, (best, floor)
    m = loads_map(data)
    assert len(m.nodes) == 20_000 and len(m.edges) == 60_000


@pytest.mark.slow
def test_a_big_map_without_positions_is_laid_out_quickly():
    data = big_document(20_000, 60_000, placed=False)
    assert _timed(lambda: lay_out_missing(loads_map(data))) < 10  # about 1.3 s idle; catches anything quadratic


def _timed(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def test_loading_leaves_the_garbage_collector_as_it_was():
    import gc

    assert gc.isenabled()
    loads_map(SPEC_EXAMPLE)
    with pytest.raises(MapFileError):
        loads_map("{")
    assert gc.isenabled()
    gc.disable()
    try:
        loads_map(SPEC_EXAMPLE)
        assert not gc.isenabled()
    finally:
        gc.enable()
