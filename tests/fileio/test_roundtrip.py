"""Writing is deterministic and loses nothing; reading any junk only ever refuses it."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stakeholder_map.fileio import MapFileError, dumps_map, loads_map
from stakeholder_map.layout import lay_out_missing
from stakeholder_map.model import Edge, Kind, Map, Node, Relation
from tests.fileio.helpers import SPEC_EXAMPLE, document, saved_positions
from tests.strategies import maps

GOLDEN = """\
{
  "format": "stakeholder-map",
  "version": 1,
  "title": "Search advertising",
  "nodes": [
    {
      "id": "search",
      "kind": "product",
      "name": "Web search",
      "x": 0,
      "y": 0
    },
    {
      "id": "ads",
      "kind": "company",
      "name": "Advertisers",
      "notes": "pay per click"
    },
    {
      "id": "people",
      "kind": "end_user",
      "name": "Searchers",
      "headcount": 1000000
    }
  ],
  "edges": [
    {
      "id": "e1",
      "source": "ads",
      "target": "search",
      "relation": "pays",
      "amount": 1200,
      "period": "monthly",
      "agreement": "contract"
    },
    {
      "id": "e2",
      "source": "people",
      "target": "search",
      "relation": "uses"
    }
  ]
}
"""


def test_the_spec_example_is_written_exactly_so():
    assert dumps_map(loads_map(SPEC_EXAMPLE)) == GOLDEN


def test_key_order_is_fixed_and_unknown_keys_come_sorted_after_known_ones():
    m = Map("T", {"zeta": 1, "alpha": [2]})
    m.add([Node("n", Kind.COMPANY, "N", x=1.5, y=-2, notes="x", internal=True, headcount=3,
                extra={"z": 1, "a": 2})],
          [Edge("e", "n", "n", Relation.PAYS, amount=2.5, period="yearly", agreement="none", notes="y",
                extra={"y": 0, "b": 0})])
    doc = json.loads(dumps_map(m))
    assert list(doc) == ["format", "version", "title", "nodes", "edges", "alpha", "zeta"]
    assert list(doc["nodes"][0]) == ["id", "kind", "name", "x", "y", "notes", "internal", "headcount", "a", "z"]
    assert list(doc["edges"][0]) == ["id", "source", "target", "relation", "amount", "period", "agreement",
                                     "notes", "b", "y"]


def test_output_is_the_same_for_equal_maps_and_ends_with_a_newline():
    text = dumps_map(loads_map(SPEC_EXAMPLE))
    assert text == dumps_map(loads_map(SPEC_EXAMPLE)) and text.endswith("}\n")
    assert dumps_map(loads_map(text)) == text


def test_numbers_are_written_as_they_were_read():
    doc = document()
    doc["nodes"][0].update(x=3, y=2.0)
    doc["edges"][0]["amount"] = 10
    text = dumps_map(loads_map(json.dumps(doc)))
    assert '"x": 3,' in text and '"y": 2.0' in text and '"amount": 10\n' in text


def test_a_value_json_cannot_hold_is_refused_by_the_writer():
    with pytest.raises(ValueError, match="cannot be written as JSON"):
        dumps_map(Map("T", {"when": object()}))
    with pytest.raises(ValueError, match="cannot be written as JSON"):
        dumps_map(Map("T", {"nan": float("nan")}))


@pytest.mark.parametrize(
    "name",
    [
        "tab\there, line\nbreak, null\x00, bell\x07, delete\x7f, separators\u2028\u2029",
        "\u202eRight-to-left override \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627",
        "\"quotes\" and \\backslashes\\ and </script>",
        "emoji \U0001f600 and combining e\u0301",
        "x" * 10_000,
    ],
    ids=["control", "rtl", "quoting", "emoji", "long"],
)
def test_hard_texts_round_trip(name):
    m = Map(name, {name: name})
    m.add([Node(name, Kind.PRODUCT, name, notes=name, extra={name: [name]}), Node("u", Kind.END_USER, name)],
          [Edge("e", "u", name, Relation.USES, notes=name)])
    again = loads_map(dumps_map(m))
    assert again == m
    assert again.node(name).name == name


@given(maps())
def test_any_valid_map_round_trips(m):
    assert loads_map(dumps_map(m)) == saved_positions(m)
    assert loads_map(dumps_map(m).encode("utf-8")) == saved_positions(m)
    assert dumps_map(loads_map(dumps_map(m))) == dumps_map(m)


def test_positions_are_saved_rounded_to_a_tenth():
    m = Map("T")
    m.add([Node("a", Kind.PRODUCT, "A", x=-230.66339189914163, y=17.04999),
           Node("b", Kind.PERSON, "B", x=12, y=-0.01)], [])
    doc = json.loads(dumps_map(m))
    assert [(n["x"], n["y"]) for n in doc["nodes"]] == [(-230.7, 17.0), (12, 0.0)]
    assert '"x": -230.7,' in dumps_map(m) and '"x": 12,' in dumps_map(m)


@given(maps())
def test_a_map_with_positions_round_trips(m):
    placed = m.copy()
    placed.move_nodes({n: (1.0, 2.0) for n, node in m.nodes.items() if node.position is None})
    assert loads_map(dumps_map(placed)) == saved_positions(placed)


@given(maps(max_nodes=8, max_edges=10))
def test_layout_on_opening_places_exactly_the_missing_nodes(m):
    loaded = lay_out_missing(loads_map(dumps_map(m)))
    for node_id, node in m.nodes.items():
        if node.position is not None:
            assert loaded.node(node_id) == saved_positions(m).node(node_id)
        else:
            assert loaded.node(node_id).position is not None
            assert loaded.node(node_id).with_(x=None, y=None) == node


FUZZ = settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))


@FUZZ
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_arbitrary_bytes_only_raise_map_file_errors(data):
    try:
        loads_map(data)
    except MapFileError as exc:
        assert "\n" not in str(exc)


scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=4) | st.sampled_from(["stakeholder-map", "product", "uses", "pays", "n0", "e0", ""])
)
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(
        st.sampled_from(["format", "version", "nodes", "edges", "id", "kind", "name", "x", "source"])
        | st.text(max_size=3), children, max_size=4),
    max_leaves=6,
)
NODE_FIELDS = ["x", "y", "headcount", "internal", "notes", "extra"]
EDGE_FIELDS = ["amount", "period", "agreement", "notes"]


@st.composite
def mostly(draw, good, anything):
    """Usually a valid value, sometimes anything: most documents get deep into the checks."""
    return draw(anything) if draw(st.integers(0, 5)) == 0 else draw(good)


@st.composite
def near_documents(draw):
    """JSON values, often shaped like a map so the checks deep inside are reached."""
    if draw(st.integers(0, 3)) == 0:
        return draw(json_values)
    any_value = scalars | st.sampled_from(["n0", "n1", "e0"] + list(Kind) + list(Relation)).map(str)
    doc = {"format": "stakeholder-map", "version": draw(mostly(st.just(1), st.sampled_from([2, "1", None])))}
    doc["nodes"] = draw(st.lists(st.fixed_dictionaries(
        {"id": st.sampled_from(["n0", "n1", "e0"]), "kind": mostly(st.sampled_from(list(Kind)).map(str), any_value),
         "name": mostly(st.text(max_size=4), any_value)},
        optional={k: any_value for k in NODE_FIELDS}), max_size=3, unique_by=lambda n: n["id"]))
    ends = mostly(st.sampled_from(["n0", "n1"]), any_value)
    doc["edges"] = draw(st.lists(st.fixed_dictionaries(
        {"id": st.sampled_from(["e0", "e1", "n0"]), "source": ends, "target": ends,
         "relation": mostly(st.sampled_from(list(Relation)).map(str), any_value)},
        optional={k: any_value for k in EDGE_FIELDS}), max_size=3))
    extra = draw(st.dictionaries(st.text(max_size=3), scalars, max_size=2))
    doc.update({k: v for k, v in extra.items() if k not in doc})
    return doc


@FUZZ
@given(near_documents())
def test_arbitrary_json_values_only_raise_map_file_errors(value):
    try:
        m = loads_map(json.dumps(value))
    except MapFileError as exc:
        assert "\n" not in str(exc)
    else:
        assert loads_map(dumps_map(m)) == saved_positions(m)
