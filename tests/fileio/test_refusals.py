"""Every way a file can be wrong is refused with one line that says where and what."""

from __future__ import annotations

import json

import pytest

from stakeholder_map.fileio import MapFileError, loads_map
from tests.fileio.helpers import document, with_edge, with_node

VALID = json.dumps(document())


def refusal(data, source="<string>") -> str:
    with pytest.raises(MapFileError) as info:
        loads_map(data, source)
    message = str(info.value)
    assert "\n" not in message and "\r" not in message
    return message


def replace(old: str, new: str) -> str:
    assert old in VALID
    return VALID.replace(old, new, 1)


CASES = [
    # not JSON, or not a map
    ("{", ["line 1, column 2", "not valid JSON"]),
    (VALID[:-1], ["line 1", "not valid JSON"]),
    ("", ["line 1, column 1", "not valid JSON"]),
    ("[]", ["$", "top level must be a JSON object", "a list"]),
    ('"map"', ["$", "top level", "the text 'map'"]),
    ("null", ["$", "top level", "null"]),
    (json.dumps(document(format="graphml")), ["$.format", "'graphml'", "not a Stakeholder Map file"]),
    (json.dumps({k: v for k, v in document().items() if k != "format"}), ["$.format", "no \"format\""]),
    (json.dumps({k: v for k, v in document().items() if k != "version"}), ["$.version", "no \"version\""]),
    (json.dumps(document(version="1")), ["$.version", "whole number", "the text '1'"]),
    (json.dumps(document(version=0)), ["$.version", "whole number", "0"]),
    (json.dumps(document(version=1.5)), ["$.version", "whole number"]),
    (json.dumps(document(version=True)), ["$.version", "whole number", "true"]),
    (json.dumps(document(version=2)), [
        "$.version",
        "this map was made by a newer version of Stakeholder Map (file format 2); this version reads format 1",
    ]),
    (json.dumps(document(title=5)), ["$.title", "title must be text", "the number 5"]),
    (json.dumps({k: v for k, v in document().items() if k != "nodes"}), ["$.nodes", "no \"nodes\""]),
    (json.dumps({k: v for k, v in document().items() if k != "edges"}), ["$.edges", "no \"edges\""]),
    (json.dumps(document(nodes={})), ["$.nodes", "must be a list", "an object"]),
    (json.dumps(document(edges="none")), ["$.edges", "must be a list"]),
    (json.dumps(document(nodes=[1])), ["$.nodes[0]", "each node must be a JSON object", "the number 1"]),
    (json.dumps(document(edges=[[]])), ["$.edges[0]", "each edge must be a JSON object", "a list"]),
    # nodes
    (with_node(id=None), ["$.nodes[1]", "the node has no id"]),
    (with_node(id=""), ["$.nodes[1].id", "non-empty"]),
    (with_node(id=7), ["$.nodes[1].id", "non-empty", "the number 7"]),
    (with_node(id="p"), ["$.nodes[1].id", "'p' is already used at $.nodes[0]"]),
    (with_node(kind=None), ["node 'u' ($.nodes[1])", "no kind", "product, company, buyer"]),
    (with_node(kind="boss"), ["node 'u' ($.nodes[1].kind)", "unknown kind 'boss'",
                              "allowed: product, company, buyer, decision_maker, end_user, person"]),
    (with_node(kind=3), ["node 'u' ($.nodes[1].kind)", "unknown kind the number 3"]),
    (with_node(kind="Product"), ["$.nodes[1].kind", "unknown kind 'Product'"]),
    (with_node(name=None), ["node 'u' ($.nodes[1])", "no name"]),
    (with_node(name=["U"]), ["node 'u' ($.nodes[1].name)", "name must be text", "a list"]),
    (with_node(x="1"), ["node 'u' ($.nodes[1].x)", "finite number", "the text '1'"]),
    (with_node(y=True), ["node 'u' ($.nodes[1].y)", "finite number", "true"]),
    (with_node(y=None), ["node 'u' ($.nodes[1])", "both x and y, or neither"]),
    (replace('"x": 300', '"x": NaN'), ["node 'u' ($.nodes[1].x)", "finite number", "NaN"]),
    (replace('"x": 300', '"x": Infinity'), ["$.nodes[1].x", "Infinity"]),
    (replace('"y": 0}, {"id": "u"', '"y": -Infinity}, {"id": "u"'), ["node 'p' ($.nodes[0].y)", "-Infinity"]),
    # Written with digits, such a number is finite: the reason is its size, not "not finite".
    (replace('"x": 300', '"x": 1e999'), ["$.nodes[1].x", "x is too large", "1e999"]),
    (replace('"x": 300', '"x": 1' + "0" * 400), ["$.nodes[1].x", "x is too large"]),
    (with_node(notes=12), ["node 'u' ($.nodes[1].notes)", "notes must be text"]),
    (with_node(internal="yes"), ["node 'u' ($.nodes[1].internal)", "true or false", "the text 'yes'"]),
    (with_node(internal=0), ["$.nodes[1].internal", "true or false"]),
    (with_node(headcount=0), ["node 'u' ($.nodes[1].headcount)", "whole number of at least 1", "0"]),
    (with_node(headcount=2.5), ["$.nodes[1].headcount", "whole number of at least 1", "2.5"]),
    (with_node(headcount=True), ["$.nodes[1].headcount", "whole number of at least 1", "true"]),
    (with_node(headcount="5"), ["$.nodes[1].headcount", "whole number"]),
    (with_node(headcount=-3), ["$.nodes[1].headcount", "at least 1", "-3"]),
    # edges
    (with_edge(id=None), ["$.edges[0]", "the edge has no id"]),
    (with_edge(id=False), ["$.edges[0].id", "non-empty", "false"]),
    (with_edge(id="u"), ["$.edges[0].id", "'u' is already used at $.nodes[1]"]),
    (json.dumps(document(edges=[document()["edges"][0]] * 2)), ["$.edges[1].id", "'e' is already used at $.edges[0]"]),
    (with_edge(source=None), ["edge 'e' ($.edges[0])", "no source"]),
    (with_edge(target=None), ["edge 'e' ($.edges[0])", "no target"]),
    (with_edge(source=""), ["edge 'e' ($.edges[0].source)", "must be a node id"]),
    (with_edge(target=1), ["edge 'e' ($.edges[0].target)", "must be a node id", "the number 1"]),
    (with_edge(target="nowhere"), ["edge 'e' ($.edges[0].target)", "'nowhere' is not a node in this map"]),
    (with_edge(source="ghost"), ["edge 'e' ($.edges[0].source)", "'ghost' is not a node"]),
    (json.dumps(document(edges=[{"id": "e", "source": "u", "target": "e", "relation": "uses"}])),
     ["$.edges[0].target", "'e' is not a node"]),
    (with_edge(relation=None), ["edge 'e' ($.edges[0])", "no relation", "pays, decides, uses, influences, member_of"]),
    (with_edge(relation="likes"), ["edge 'e' ($.edges[0].relation)", "unknown relation 'likes'",
                                   "allowed: pays, decides, uses, influences, member_of"]),
    (with_edge(amount=-1), ["edge 'e' ($.edges[0].amount)", "number of at least 0", "-1"]),
    (with_edge(amount=10 ** 400), ["edge 'e' ($.edges[0].amount)", "amount is too large", "the number 1000"]),
    (with_edge(amount=-10 ** 400), ["$.edges[0].amount", "number of at least 0"]),
    (with_edge(amount="12"), ["$.edges[0].amount", "number of at least 0", "the text '12'"]),
    (with_edge(amount=True), ["$.edges[0].amount", "true"]),
    (replace('"relation": "uses"', '"relation": "uses", "amount": NaN'), ["$.edges[0].amount", "NaN"]),
    (with_edge(period="weekly"), ["edge 'e' ($.edges[0].period)", "unknown period 'weekly'",
                                  "allowed: one_time, monthly, yearly"]),
    (with_edge(agreement="handshake"), ["edge 'e' ($.edges[0].agreement)", "unknown agreement 'handshake'",
                                        "allowed: none, subscription, contract"]),
    (with_edge(notes={}), ["edge 'e' ($.edges[0].notes)", "notes must be text", "an object"]),
    # free-form fields
    (replace('"version": 1', '"version": 1, "version": 1'), ["$", "the key 'version' appears twice"]),
    (replace('"name": "U"', '"name": "U", "name": "V"'), ["$.nodes[1]", "the key 'name' appears twice"]),
    (replace('"relation": "uses"', '"relation": "uses", "style": {"a": 1, "a": 2}'),
     ["$.edges[0].style", "the key 'a' appears twice"]),
    (replace('"version": 1', '"version": 1, "zoom": NaN'), ["$.zoom", "'NaN' is not a number a map file may hold"]),
    (replace('"name": "U"', '"name": "U", "weight": [1, -Infinity]'), ["$.nodes[1].weight[1]", "-Infinity"]),
    (replace('"relation": "uses"', '"relation": "uses", "w": 2e400'), ["$.edges[0].w", "2e400"]),
    (replace('"version": 1', '"version": 1, "deep": ' + "[" * 150 + "]" * 150), ["$.deep", "nested more than 100"]),
    (replace('"name": "U"', '"name": "U", "deep": ' + '{"a": ' * 120 + "1" + "}" * 120),
     ["$.nodes[1].deep", "nested more than 100"]),
    (replace('"version": 1', '"version": 1, "deep": ' + "[" * 100000 + "]" * 100000), ["$", "nested more than 100"]),
    ("[" * 100000, ["nested more than 100"]),
    (replace('"version": 1', '"version": 1, "big": ' + "7" * 5000), ["line 1", "too many digits"]),
    (replace('"name": "U"', '"name": "\\ud800"'), ["$.nodes[1].name", "lone surrogate"]),
    (replace('"version": 1', '"version": 1, "\\udfff": 1'), ["$", "key", "lone surrogate"]),
]


@pytest.mark.parametrize("data, words", CASES, ids=[f"case{i}" for i in range(len(CASES))])
def test_refused_with_place_and_reason(data, words):
    message = refusal(data)
    assert message.startswith("<string>: ")
    for word in words:
        assert word in message, (word, message)


def test_the_valid_base_document_loads():
    m = loads_map(VALID)
    assert set(m.nodes) == {"p", "u"} and set(m.edges) == {"e"}


@pytest.mark.parametrize(
    "data, words",
    [
        (b"\xff\xfe{}", ["byte 0", "not UTF-8"]),
        (VALID.encode("utf-16"), ["byte 0", "not UTF-8"]),
        (VALID.replace('"U"', '"\\u00e9"').encode("utf-8")[:-3] + b"\xc3", ["not UTF-8"]),
        ("{\"a\": \"\ud800\"}", ["line 1, column 8", "not valid Unicode"]),
        (12, ["expected text or bytes, not int"]),
    ],
)
def test_refused_before_parsing(data, words):
    message = refusal(data)
    for word in words:
        assert word in message, (word, message)


def test_refused_when_too_big(monkeypatch):
    from stakeholder_map.fileio import v1

    monkeypatch.setattr(v1, "MAX_BYTES", 100)
    message = refusal(VALID.encode() + b" " * 1024 * 1024)
    assert "1.0 MB" in message and "larger than 0 MB are not opened" in message
    assert "larger than" in refusal("x" * 101)


def test_messages_stay_on_one_line_and_short_for_strange_ids():
    long_id = "line\nbreak" + "x" * 5000
    message = refusal(with_node(id=long_id, kind="boss"))
    assert "'line\\nbreak" in message and len(message) < 300


def test_message_names_the_source():
    assert refusal("{", source="the clipboard").startswith("the clipboard: line 1, column 2")


def test_a_refused_file_never_raises_anything_else_for_wrong_types_everywhere():
    # every field of every element replaced by every kind of JSON value
    values = [None, True, 0, -1, 1.5, "", "x", [], {}, [1], {"a": 1}]
    base = document()
    for part in ("nodes", "edges"):
        for key in list(base[part][0]) + list(base[part][-1]):
            for value in values:
                doc = document()
                doc[part][-1][key] = value
                try:
                    loads_map(json.dumps(doc))
                except MapFileError as exc:
                    assert "\n" not in str(exc)
