"""File › New from Template in the chosen language: German titles in the menu, German notes
in the map it opens; a language without templates gets the English ones."""

from __future__ import annotations

import pytest

from stakeholder_map import texts


@pytest.fixture
def language(monkeypatch):
    monkeypatch.setattr(texts, "LANGUAGES", (*texts.LANGUAGES, "fr"))  # a language without templates
    yield texts.set_language  # chosen before the window is made, as at start-up
    texts.set_language("en")


def template_actions(window):
    return {a.objectName(): a for a in window.templates_menu.actions() if a.data()}


def test_a_german_user_gets_german_templates(make_window, language):
    language("de")
    window = make_window()
    actions = template_actions(window)
    hotel = actions["template_hotel-chickens.stakemap.json"]
    assert hotel.text() == "Hühner für Hotels: Wer zahlt, wer entscheidet, wer isst"
    assert "Werbefinanzierte Suche: Nutzer sind keine Kunden" in [a.text() for a in actions.values()]
    hotel.trigger()
    assert window.file_path is None and not window.isWindowModified()
    assert window.map.title == hotel.text()
    guests = window.map.node("guests")
    assert guests.name == "Hotelgäste" and guests.notes.startswith("Essen die Hühner.")
    assert window.map.edges  # the same links as the English template
    assert {n.id for n in window.map.nodes.values()} == {
        "chickens", "hotel", "purchasing", "chef", "family_cook", "guests"}


def test_a_language_without_templates_gets_the_english_ones(make_window, language):
    language("fr")
    window = make_window()
    hotel = template_actions(window)["template_hotel-chickens.stakemap.json"]
    assert hotel.text() == "Chickens for hotels: who pays, who decides, who eats"
