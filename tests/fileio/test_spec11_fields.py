"""Spec 1.1 in the file: currency, tags and exact decimal amounts, read and written back."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from stakeholder_map.fileio import MapFileError, dumps_map, loads_map
from tests.fileio.helpers import document


def paying(amount_text: str) -> str:
    """A file whose one pays edge carries the amount exactly as ``amount_text`` spells it."""
    doc = document()
    doc["edges"].append({"id": "pay", "source": "u", "target": "p", "relation": "pays", "amount": 0})
    return json.dumps(doc).replace('"amount": 0', f'"amount": {amount_text}')


def refusal(text: str) -> str:
    with pytest.raises(MapFileError) as info:
        loads_map(text)
    return str(info.value)


# -- currency ------------------------------------------------------------------------------
def test_currency_is_read_and_written_after_the_title():
    m = loads_map(json.dumps(document(title="Shop", currency="EUR")))
    assert m.currency == "EUR" and "currency" not in m.extra
    text = dumps_map(m)
    assert text.index('"title"') < text.index('"currency": "EUR"') < text.index('"nodes"')
    assert loads_map(text) == m
    assert '"currency"' not in dumps_map(loads_map(json.dumps(document())))


@pytest.mark.parametrize("bad, shown", [
    ('"eur"', "the text 'eur'"), ('"EURO"', "the text 'EURO'"), ("978", "the number 978"),
    ('["EUR"]', "a list"), ('""', "the text ''"),
])
def test_a_bad_currency_is_refused_at_its_path(bad, shown):
    text = json.dumps(document(currency="XXX")).replace('"XXX"', bad)
    message = refusal(text)
    assert "$.currency" in message and "three capital letters" in message and shown in message


def test_a_null_currency_counts_as_absent():
    assert loads_map(json.dumps(document(currency=None))).currency is None


# -- tags -----------------------------------------------------------------------------------
def test_tags_are_read_and_written_back_in_order():
    doc = document()
    doc["nodes"][1]["tags"] = ["pilot", "Berlin", "pilot"]
    m = loads_map(json.dumps(doc))
    assert m.node("u").tags == ("pilot", "Berlin", "pilot") and m.node("p").tags == ()
    again = json.loads(dumps_map(m))
    assert again["nodes"][1]["tags"] == ["pilot", "Berlin", "pilot"]
    assert "tags" not in again["nodes"][0]
    assert loads_map(dumps_map(m)) == m


@pytest.mark.parametrize("tags, where, words", [
    ('"pilot"', "$.nodes[1].tags", "a list of texts, not the text 'pilot'"),
    ("{}", "$.nodes[1].tags", "a list of texts, not an object"),
    ('["ok", ""]', "$.nodes[1].tags[1]", "a non-empty text, not the text ''"),
    ('["ok", 7]', "$.nodes[1].tags[1]", "a non-empty text, not the number 7"),
    ("[null]", "$.nodes[1].tags[0]", "a non-empty text, not null"),
])
def test_bad_tags_are_refused_at_their_path(tags, where, words):
    doc = document()
    doc["nodes"][1]["tags"] = "TAGS"
    message = refusal(json.dumps(doc).replace('"TAGS"', tags))
    assert f"node 'u' ({where})" in message and words in message


# -- exact amounts -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("0.1", Decimal("0.1")), ("69.99", Decimal("69.99")), ("12.50", Decimal("12.50")),
    ("1e308", Decimal("1e308")), ("1200", 1200), ("0.000001", Decimal("0.000001")),
])
def test_an_amount_is_the_decimal_the_file_holds(text, value):
    edge = loads_map(paying(text)).edge("pay")
    assert edge.amount == value and type(edge.amount) is type(value)


@pytest.mark.parametrize("text, written", [
    ("0.1", "0.1"), ("69.99", "69.99"), ("12.50", "12.50"), ("1200", "1200"),
    ("1e308", "1e308"), ("1E+308", "1e308"), ("0.000001", "0.000001"), ("2.5e-7", "2.5e-7"),
])
def test_an_amount_is_written_with_its_digits_and_saved_twice_is_identical(text, written):
    once = dumps_map(loads_map(paying(text)))
    assert f'"amount": {written}\n' in once
    twice = dumps_map(loads_map(once))
    assert twice == once
    assert loads_map(once).edge("pay").amount == loads_map(paying(text)).edge("pay").amount


@pytest.mark.parametrize("text, shown", [
    ("-0.01", "not the number -0.01"), ("-5", "not the number -5"), ("1e400", "1e400"),
])
def test_a_bad_amount_is_refused_at_its_path(text, shown):
    message = refusal(paying(text))
    assert "edge 'pay' ($.edges[1].amount)" in message and shown in message


def test_coordinates_and_unknown_numbers_stay_plain_floats():
    doc = document(zoom=1.25)
    doc["nodes"][0]["x"] = 12.5
    m = loads_map(json.dumps(doc))
    assert type(m.node("p").x) is float and m.node("p").x == 12.5
    assert type(m.extra["zoom"]) is float
    assert '"zoom": 1.25' in dumps_map(m) and '"x": 12.5,' in dumps_map(m)


# -- the writer is json.dumps's layout, with exact decimals -------------------------------------
from hypothesis import given  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from stakeholder_map.fileio.writer import dumps_json  # noqa: E402

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(json_values)
def test_the_writer_lays_out_json_exactly_as_the_standard_encoder(value):
    assert dumps_json(value) == json.dumps(value, indent=2, ensure_ascii=False)


@pytest.mark.parametrize("bad", [float("nan"), Decimal("NaN"), {1: "a"}, object()])
def test_the_writer_refuses_what_json_cannot_hold(bad):
    with pytest.raises(ValueError, match="cannot be written as JSON"):
        dumps_json({"x": [bad]})
