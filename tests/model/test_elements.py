"""Nodes and edges validate themselves on construction and compare by value."""

from __future__ import annotations

import math

import pytest

from stakeholder_map.model import Agreement, Edge, Kind, ModelError, Node, Period, Relation


def test_node_coerces_kind_from_text_and_keeps_fields():
    node = Node("a", "buyer", "Ann", x=1, y=2.5, notes="n", headcount=3)
    assert node.kind is Kind.BUYER
    assert node.position == (1, 2.5)
    assert Node("b", Kind.PRODUCT, "P").position is None
    assert Node("b", Kind.PRODUCT, "P", x=1).position is None


@pytest.mark.parametrize(
    "fields, words",
    [
        ({"id": ""}, "non-empty"),
        ({"id": 3}, "non-empty"),
        ({"kind": "boss"}, "unknown kind 'boss'"),
        ({"name": None}, "name must be text"),
        ({"x": math.nan}, "x must be a finite number"),
        ({"y": math.inf}, "y must be a finite number"),
        ({"x": True}, "x must be a finite number"),
        ({"x": "1"}, "x must be a finite number"),
        ({"notes": 5}, "notes must be text"),
        ({"internal": 1}, "internal must be true or false"),
        ({"headcount": 0}, "at least 1"),
        ({"headcount": True}, "at least 1"),
        ({"headcount": 2.0}, "at least 1"),
    ],
)
def test_node_refuses_bad_fields(fields, words):
    base = {"id": "a", "kind": Kind.PRODUCT, "name": "A"}
    with pytest.raises(ModelError, match=words):
        Node(**{**base, **fields})


@pytest.mark.parametrize(
    "fields, words",
    [
        ({"id": ""}, "non-empty"),
        ({"source": ""}, "source must be a node id"),
        ({"target": 7}, "target must be a node id"),
        ({"relation": "likes"}, "unknown relation 'likes'"),
        ({"amount": -1}, "at least 0"),
        ({"amount": math.nan}, "at least 0"),
        ({"amount": False}, "at least 0"),
        ({"period": "weekly"}, "unknown period"),
        ({"agreement": "handshake"}, "unknown agreement"),
        ({"notes": []}, "notes must be text"),
    ],
)
def test_edge_refuses_bad_fields(fields, words):
    base = {"id": "e", "source": "a", "target": "b", "relation": Relation.PAYS}
    with pytest.raises(ModelError, match=words):
        Edge(**{**base, **fields})


def test_edge_coerces_words_and_reads_agreement():
    edge = Edge("e", "a", "b", "pays", amount=3, period="monthly", agreement="contract")
    assert (edge.relation, edge.period, edge.agreement) == (Relation.PAYS, Period.MONTHLY, Agreement.CONTRACT)
    assert Edge("f", "a", "b", "pays").effective_agreement is Agreement.NONE
    assert Edge("g", "a", "a", "uses").is_self_loop


def test_with_validates_and_values_compare_including_extra():
    node = Node("a", Kind.PRODUCT, "A", extra={"colour": "red"})
    assert node.with_(name="B").name == "B"
    assert node == Node("a", Kind.PRODUCT, "A", extra={"colour": "red"})
    assert node != Node("a", Kind.PRODUCT, "A")
    with pytest.raises(ModelError):
        node.with_(headcount=-2)
    with pytest.raises(TypeError):
        node.extra["colour"] = "blue"  # extra is read-only
