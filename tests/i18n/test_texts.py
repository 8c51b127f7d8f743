"""The Qt-free catalogue: German words, numbers, amounts and dates; English as the fallback."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from stakeholder_map import texts
from stakeholder_map.analysis import analyze
from stakeholder_map.analysis.links import money, outgoing
from stakeholder_map.analysis.report_content import report_content
from stakeholder_map.model import Agreement, Attitude, Kind, Level, Map, Period, Relation
from stakeholder_map.model.money import parse_amount, with_currency
from stakeholder_map.model.vocabulary import refusal


@pytest.fixture
def german():
    texts.set_language("de")
    yield
    texts.set_language("en")


def test_english_is_the_default_and_the_fallback():
    assert texts.language() == "en"
    texts.set_language("fr")
    assert texts.language() == "en"
    assert texts.translate("Kinds", "Product") == "Product"


def test_german_words_for_the_vocabulary(german):
    assert [k.label for k in Kind] == ["Produkt", "Unternehmen", "Einkäufer", "Entscheider", "Endnutzer",
                                       "Person"]
    assert Relation.PAYS.label == "zahlt für" and Relation.MEMBER_OF.label == "gehört zu"
    assert Attitude.CHAMPION.label == "Fürsprecher" and Level.HIGH.label == "Hoch"
    assert Period.YEARLY.label == "Jährlich" and Agreement.SUBSCRIPTION.label == "Abonnement"
    assert refusal(Relation.USES, Kind.END_USER, Kind.COMPANY) == (
        "Nur ein Produkt kann genutzt werden. Von einem Endnutzer zu einem Unternehmen können Sie "
        "zeichnen: beeinflusst, gehört zu.")
    assert texts.translate("Kinds", "no such text") == "no such text"  # unknown: as it is


def test_numbers_amounts_and_dates_in_german(german):
    assert texts.format_number(1234.5, 2) == "1.234,50"
    assert texts.format_number(Decimal("1200000")) == "1.200.000"
    assert texts.format_date(date(2026, 3, 1)) == "1. März 2026"
    assert with_currency("1.200", "EUR") == "1.200\u00a0€"
    assert with_currency("1.200", "CHF") == "1.200\u00a0CHF"
    assert money(Decimal("69.99"), "USD") == "69,99\u00a0$"
    m = Map("Deal")
    m.add_node("suite", Kind.PRODUCT, "Dev suite")
    m.add_node("acme", Kind.COMPANY, "Acme")
    edge = m.connect("acme", "suite", Relation.PAYS, amount=120000, period=Period.YEARLY,
                     agreement=Agreement.CONTRACT)
    assert outgoing(m, edge, "EUR") == "zahlt für Dev suite 120.000\u00a0€ pro Jahr per Vertrag"
    content = report_content(m, analyze(m), date(2026, 12, 1))
    assert content.date_text == "1. Dezember 2026"
    assert content.summary == "1 Produkt, 1 Stakeholder, 1 Verbindung"
    assert content.stakeholders[0].roles == ("Auftraggeber",)


def test_amount_messages_in_german_and_german_input_still_read(german):
    with pytest.raises(ValueError, match="„sixty“ ist kein Betrag"):
        parse_amount("sixty")
    assert parse_amount("1.250,50", decimal_point=",", group=".") == Decimal("1250.50")


def test_the_same_in_english():
    assert texts.format_number(1234.5, 2) == "1,234.50"
    assert texts.format_date(date(2026, 3, 1)) == "1 March 2026"
    assert with_currency("1,200", "EUR") == "€1,200"


def test_unfinished_translations_are_not_used(tmp_path, monkeypatch):
    from stakeholder_map import resources

    folder = tmp_path / "i18n"
    folder.mkdir()
    (folder / "x_de.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="de"><context><name>Kinds</name>'
        '<message><source>Product</source><translation type="unfinished">Ware</translation></message>'
        '<message><source>Company</source><translation>Firma</translation></message>'
        '</context></TS>', encoding="utf-8")
    monkeypatch.setenv(resources.ENV_VAR, str(tmp_path))
    texts._catalogue.cache_clear()
    try:
        texts.set_language("de")
        assert texts.translate("Kinds", "Product") == "Product"
        assert texts.translate("Kinds", "Company") == "Firma"
    finally:
        texts.set_language("en")
        texts._catalogue.cache_clear()
