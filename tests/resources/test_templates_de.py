"""The templates in German: the same maps as the English ones, only their words translated.

``templates/de/<name>.stakemap.json`` has exactly the English template's structure (ids,
kinds, links, positions, amounts, attitudes, colours); only the title, names, notes, link
labels, sticky notes and tags are German (each tag translated the same way everywhere).
"""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from stakeholder_map.analysis import analyze
from stakeholder_map.fileio import dumps_map, load_map
from stakeholder_map.resources import ENV_VAR, TEMPLATE_SUFFIX, template_paths, template_title
from tests.resources.test_templates import EXPECTED, SPEC_CODES

# Proper names stay as they are in every language.
PROPER_NAMES = {"Acme Corp", "Globex Corp", "Grand Hotel", "Northwind Ltd", "Trailhead Shoes"}


def _pairs() -> list[tuple[Path, Path]]:
    return list(zip(template_paths("en"), template_paths("de")))


def _stem(path: Path) -> str:
    return path.name.removesuffix(TEMPLATE_SUFFIX)


def _read(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def _texts_removed(doc: dict) -> dict:
    """The document with every translated field blanked, and the tags' colours by position."""
    doc = copy.deepcopy(doc)
    doc["title"] = "*"
    doc["tag_colours"] = list(doc.get("tag_colours", {}).values())
    for node in doc["nodes"]:
        node["name"] = "*"
        for key in ("notes",):
            if key in node:
                node[key] = "*"
        if "tags" in node:
            node["tags"] = len(node["tags"])
    for edge in doc["edges"]:
        for key in ("notes", "label"):
            if key in edge:
                edge[key] = "*"
    for note in doc.get("sticky_notes", []):
        note["text"] = "*"
    for view in doc.get("views", []):
        view["name"] = "*"
    return doc


def test_every_template_has_a_german_translation_with_the_same_file_name():
    german = template_paths("de")
    assert [p.name for p in german] == [p.name for p in template_paths("en")]
    assert all(p.parent.name == "de" for p in german)


@pytest.mark.parametrize("english, german", _pairs(), ids=lambda p: _stem(p))
def test_a_german_template_has_exactly_the_english_ones_structure(english, german):
    en, de = _read(english), _read(german)
    assert _texts_removed(de) == _texts_removed(en)
    # one German word for each tag, used for the colours and on every node alike
    tag_map = dict(zip(en.get("tag_colours", {}), de.get("tag_colours", {})))
    for en_node, de_node in zip(en["nodes"], de["nodes"]):
        assert [tag_map[t] for t in en_node.get("tags", [])] == de_node.get("tags", []), en_node["id"]


@pytest.mark.parametrize("english, german", _pairs(), ids=lambda p: _stem(p))
def test_a_german_template_is_translated(english, german):
    en, de = _read(english), _read(german)
    assert de["title"] != en["title"]
    for en_node, de_node in zip(en["nodes"], de["nodes"]):
        assert de_node["notes"] != en_node["notes"] and len(de_node["notes"]) > 30, en_node["id"]
        assert de_node["name"] != en_node["name"] or en_node["name"] in PROPER_NAMES, en_node["name"]
    for en_edge, de_edge in zip(en["edges"], de["edges"]):
        for key in ("notes", "label"):
            assert (key in de_edge) == (key in en_edge)
            assert de_edge.get(key) is None or de_edge[key] != en_edge[key], en_edge["id"]
    for en_note, de_note in zip(en.get("sticky_notes", []), de.get("sticky_notes", [])):
        assert de_note["text"] != en_note["text"]


@pytest.mark.parametrize("german", template_paths("de"), ids=_stem)
def test_a_german_template_is_written_as_the_app_writes_maps_and_shows_the_same_point(german):
    text = german.read_text(encoding="utf-8")
    assert dumps_map(load_map(german)) == text
    analysis = analyze(load_map(german))
    expected = EXPECTED[_stem(german)]
    assert {a: {str(r) for r in held} for a, held in analysis.roles.items()} == expected["roles"]
    assert {(str(f.code), frozenset(f.nodes)) for f in analysis.findings if f.code in SPEC_CODES} == expected["findings"]


def test_german_titles_are_german_and_distinct():
    titles = {_stem(p): template_title(p) for p in template_paths("de")}
    assert titles["hotel-chickens"] == "Hühner für Hotels: Wer zahlt, wer entscheidet, wer isst"
    assert len(set(titles.values())) == len(titles)


def test_a_template_missing_in_a_language_falls_back_to_english(tmp_path, monkeypatch):
    templates = tmp_path / "templates"
    (templates / "de").mkdir(parents=True)
    for name in ("a", "b"):
        (templates / f"{name}{TEMPLATE_SUFFIX}").write_text('{"title": "English"}', encoding="utf-8")
    (templates / "de" / f"a{TEMPLATE_SUFFIX}").write_text('{"title": "Deutsch"}', encoding="utf-8")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert template_paths("de") == [templates / "de" / f"a{TEMPLATE_SUFFIX}", templates / f"b{TEMPLATE_SUFFIX}"]
    assert template_paths("fr") == template_paths("en") == [templates / f"a{TEMPLATE_SUFFIX}",
                                                            templates / f"b{TEMPLATE_SUFFIX}"]
    assert template_paths("../de") == template_paths("en")
