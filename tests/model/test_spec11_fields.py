"""Spec 1.1 fields in the model: the map's currency, tags on nodes, exact decimal amounts."""

from __future__ import annotations

from decimal import Decimal

import pytest

from stakeholder_map.model import Change, Edge, Kind, Map, ModelError, Node, Relation


# -- currency ------------------------------------------------------------------------------
def test_a_map_names_its_currency_and_compares_by_it():
    m = Map("Shop", currency="EUR")
    assert m.currency == "EUR" and Map("Shop").currency is None
    assert m != Map("Shop") and m == Map("Shop", currency="EUR")
    assert m.copy().currency == "EUR"


@pytest.mark.parametrize("bad", ["eur", "EURO", "E1R", "", " EU", 978, True])
def test_a_currency_is_three_capital_letters(bad):
    with pytest.raises(ModelError, match="three capital letters"):
        Map(currency=bad)
    m = Map(currency="USD")
    with pytest.raises(ModelError, match="three capital letters"):
        m.apply(Change(currency=("USD", bad)))
    assert m.currency == "USD"


def test_setting_the_currency_is_a_change_that_undoes():
    m = Map("Shop")
    seen: list[Change] = []
    m.changed.subscribe(seen.append)
    m.set_currency("CHF")
    assert m.currency == "CHF" and seen[-1].currency == (None, "CHF")
    assert not seen[-1].is_empty and not seen[-1].only_moves
    m.apply(seen[-1].inverted())
    assert m.currency is None
    m.set_currency(None)  # no change, nothing announced
    assert len(seen) == 2
    assert Change(currency=("EUR", "EUR")).is_empty


def test_currency_steps_merge_to_the_first_before_and_the_last_after():
    merged = Change(currency=(None, "EUR")).merged_with(Change(currency=("EUR", "USD")))
    assert merged.currency == (None, "USD")
    assert Change(title=("a", "b")).merged_with(Change(currency=(None, "EUR"))).currency == (None, "EUR")


# -- tags -----------------------------------------------------------------------------------
def test_tags_are_kept_as_an_immutable_tuple():
    node = Node("n", Kind.PERSON, "Ann", tags=["board", "early adopter"])
    assert node.tags == ("board", "early adopter")
    assert Node("n", Kind.PERSON, "Ann").tags == ()
    assert node == Node("n", Kind.PERSON, "Ann", tags=("board", "early adopter"))
    assert hash(node) == hash(node.with_(tags=("board", "early adopter")))


@pytest.mark.parametrize("bad, words", [
    ("board", "list of texts"), (5, "list of texts"), ({"a": 1}, "list of texts"),
    ([""], "non-empty text"), (["ok", 3], "non-empty text"), ([None], "non-empty text"),
])
def test_tags_must_be_a_list_of_non_empty_texts(bad, words):
    with pytest.raises(ModelError, match=words):
        Node("n", Kind.PERSON, "Ann", tags=bad)


# -- amounts ----------------------------------------------------------------------------------
def test_amounts_are_exact_decimals():
    assert Edge("e", "a", "p", Relation.PAYS, amount=Decimal("69.99")).amount == Decimal("69.99")
    assert Edge("e", "a", "p", Relation.PAYS, amount=1200).amount == 1200
    # A float from a program is taken by its text: 0.1 is one tenth, not 0.1000000000000000055...
    tenth = Edge("e", "a", "p", Relation.PAYS, amount=0.1).amount
    assert isinstance(tenth, Decimal) and tenth == Decimal("0.1")
    assert Edge("e", "a", "p", Relation.PAYS, amount=69.99).amount * 12 == Decimal("839.88")
    assert Edge("e", "a", "p", Relation.PAYS, amount=Decimal("1e308")).amount == Decimal("1e308")


@pytest.mark.parametrize("bad", [
    Decimal("-0.01"), -1, Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"),
    Decimal("1e400"), float("nan"), float("inf"), "12", True,
])
def test_an_amount_is_a_finite_number_of_at_least_zero(bad):
    with pytest.raises(ModelError, match="amount must be a number of at least 0"):
        Edge("e", "a", "p", Relation.PAYS, amount=bad)
