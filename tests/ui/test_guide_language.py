"""The Help window shows the Guide in the chosen language, or the English one and says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from stakeholder_map import texts


@pytest.fixture
def language(monkeypatch):
    """Choose a language for the test (as Preferences does at start-up); English again after."""
    monkeypatch.setattr(texts, "LANGUAGES", (*texts.LANGUAGES, "fr"))  # a language without a guide

    def choose(code: str) -> None:
        texts.set_language(code)

    yield choose
    texts.set_language("en")


def open_guide(window, qtbot):
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.guide is not None and window.guide.isVisible())
    return window.guide


def test_german_chosen_shows_the_german_guide(window, qtbot, language):
    language("de")
    guide = open_guide(window, qtbot)
    text = guide.browser.toPlainText()
    assert "Eine Karte in fünf Minuten" in text
    assert "Nutzer nutzen Ihr Produkt; Kunden bezahlen dafür." in text
    assert "A map in five minutes" not in text
    assert not guide.note.isVisible()
    # a link inside the guide still finds its section
    guide.browser.scrollToAnchor("findings")
    assert guide.browser.source().fileName() == "guide_de.html"


def test_a_language_without_a_guide_shows_the_english_one_and_says_so(window, qtbot, language):
    language("fr")
    guide = open_guide(window, qtbot)
    assert "A map in five minutes" in guide.browser.toPlainText()
    assert guide.note.isVisible()
    assert "English" in guide.note.text()


def test_english_shows_the_english_guide_without_a_note(window, qtbot, language):
    language("en")
    guide = open_guide(window, qtbot)
    assert "A map in five minutes" in guide.browser.toPlainText()
    assert not guide.note.isVisible()
