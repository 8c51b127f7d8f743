"""The Guide in German: the same sections, anchors and key table as the English one, its
findings written from the program's own texts in German, and the file the Help window picks."""

from __future__ import annotations

import html as html_module
import re

import pytest
from PySide6.QtGui import QTextDocument

from stakeholder_map.analysis import FindingCode
from stakeholder_map.resources import guide_path, resource_path
from tests.resources.test_guide import _Collector
from tests.ui.test_shortcuts import key_texts

# German key names as the German keyboard and Qt's German menus write them.
GERMAN_KEYS = {"Strg": "Ctrl", "Umschalt": "Shift", "Entf": "Delete", "Rücktaste": "Backspace",
               "Mausrad": "wheel"}


def read(name: str) -> str:
    return resource_path("help", name).read_text(encoding="utf-8")


def parse(text: str) -> _Collector:
    collector = _Collector()
    collector.feed(text)
    collector.close()
    return collector


@pytest.fixture(scope="module")
def german() -> str:
    return read("guide_de.html")


def test_the_german_guide_is_well_formed_and_self_contained(german):
    parsed = parse(german)
    assert parsed.problems == [] and parsed.stack == []
    assert "script" not in parsed.tags
    assert all(href.startswith("#") for href in parsed.links)
    assert [h for h in parsed.links if h[1:] not in parsed.anchors] == []


def test_the_german_guide_has_every_section_and_link_of_the_english_one(german):
    english = read("guide.html")
    anchors = re.compile(r'name="([^"]+)"')
    links = re.compile(r'href="([^"]+)"')
    assert anchors.findall(german) == anchors.findall(english)  # same sections, same order
    assert sorted(links.findall(german)) == sorted(links.findall(english))
    assert '<html lang="de">' in german


def test_the_german_guide_is_german(german):
    text = " ".join(" ".join(parse(german).text).split())
    for words in ("Eine Karte in fünf Minuten", "Nutzer nutzen Ihr Produkt; Kunden bezahlen dafür",
                  "Auftraggeber", "Entscheider", "Einflussgeber", "Macht-Interesse-Matrix",
                  "Datei › Neu aus Vorlage", "Befunde", "stakeholder-map analyze", "Sie"):
        assert words in text, words
    for english in ("A map in five minutes", "Users use your product", "What you draw"):
        assert english not in text, english


def test_qt_sees_every_anchor_of_the_german_guide(qapp, german):
    document = QTextDocument()
    document.setHtml(german)
    names: set[str] = set()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            names.update(it.fragment().charFormat().anchorNames())
            it += 1
        block = block.next()
    assert {c.value for c in FindingCode} <= names
    assert {"five-minutes", "roles", "findings", "shortcuts", "command-line"} <= names


def test_the_german_findings_are_written_from_the_programs_own_texts(german):
    from html import escape

    from stakeholder_map import texts
    from stakeholder_map.analysis import FINDING_HELP
    from stakeholder_map.ui.help import with_findings_section

    assert with_findings_section(german, "de") == german, "run: python tools/update_guide.py"
    texts.set_language("de")
    try:
        for code, help_ in FINDING_HELP.items():
            section = german.split(f'<a name="{code}"></a>', 1)[1].split("<h3>", 1)[0]
            assert f">{code}<" in section  # the code itself is shown, as in every language
            assert "<b>Bedeutet:</b>" in section and "<b>Was tun:</b>" in section
            assert escape(help_.meaning, quote=False) in section and escape(help_.action, quote=False) in section
    finally:
        texts.set_language("en")


def rows(text: str) -> list[tuple[str, str]]:
    section = text.split('name="shortcuts"', 1)[1].split("</table>", 1)[0]
    found = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td></tr>", section, re.S)
    return [(html_module.unescape(re.sub("<.*?>", "", k)), html_module.unescape(d)) for k, d in found]


def english_keys(cell: str) -> str:
    for german_word, english_word in GERMAN_KEYS.items():
        cell = re.sub(rf"\b{german_word}\b", english_word, cell)
    return cell


def test_the_german_key_table_names_the_same_keys_as_the_english_one(german):
    """The English table is checked against the real key bindings (tests/ui/test_shortcuts.py);
    the German one must name the same keys, row by row, in the German keyboard's words."""
    english, translated = rows(read("guide.html")), rows(german)
    assert len(translated) == len(english) > 10
    for (en_keys, _), (de_keys, does) in zip(english, translated):
        assert key_texts(english_keys(de_keys)) == key_texts(en_keys), (de_keys, en_keys)
        assert "Ctrl" not in de_keys and "Shift" not in de_keys, de_keys  # Strg, Umschalt
        assert does.strip()


def test_guide_path_picks_the_language_and_falls_back_to_english():
    assert guide_path("de") == (resource_path("help", "guide_de.html"), "de")
    assert guide_path("en") == (resource_path("help", "guide.html"), "en")
    assert guide_path("fr") == (resource_path("help", "guide.html"), "en")
    assert guide_path("../de") == (resource_path("help", "guide.html"), "en")
