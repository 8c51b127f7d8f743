"""The file messages, diff and merge sentences in German, as a German user's terminal shows them.

The language follows the environment (``LANGUAGE``, ``LC_ALL``, ``LANG``); English stays the
default. Codes and ids stay as they are written in the file; only the sentences change.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree

import pytest

from stakeholder_map import texts
from stakeholder_map.resources import resource_path
from tests.compare.maps import base_doc, node, write

from .helpers import ROOT, assert_one_line_error, write_map

GERMAN = {"LANGUAGE": "de", "LANG": "de_DE.UTF-8"}


def cli_in(language: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    env.update(language, QT_QPA_PLATFORM="offscreen", PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "stakeholder_map", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, env=env)


@pytest.fixture
def german():
    texts.set_language("de")
    yield
    texts.set_language("en")


def test_a_file_that_is_not_a_map_is_refused_in_one_german_error_line(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"nodes": []}', encoding="utf-8")
    result = cli_in(GERMAN, "analyze", broken)
    assert_one_line_error(result, "broken.json", "$.format")
    assert result.stderr.startswith("error: ")  # the spec's word, kept in every language
    assert 'es gibt kein Feld "format", also ist dies keine Stakeholder-Map-Datei' in result.stderr
    english = cli_in({"LANG": "C.UTF-8"}, "analyze", broken)
    assert_one_line_error(english, 'there is no "format" field, so this is not a Stakeholder Map file')


def test_a_broken_node_names_the_place_in_german_and_keeps_the_codes(tmp_path):
    path = write_map(tmp_path / "m.json", [{"id": "boss", "kind": "chief", "name": "Boss"}])
    result = cli_in(GERMAN, "analyze", path)
    assert_one_line_error(result, "Element 'boss' ($.nodes[0].kind)", "unbekannter Wert für kind: 'chief'",
                          "(erlaubt: product, company, buyer, decision_maker, end_user, person)")


def test_invalid_json_and_a_missing_file_in_german(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "stakeholder-map",\n  oops}', encoding="utf-8")
    assert_one_line_error(cli_in(GERMAN, "analyze", bad), "Zeile 2, Spalte 3", "kein gültiges JSON")
    assert_one_line_error(cli_in(GERMAN, "analyze", tmp_path / "gone.json"), "diese Datei gibt es nicht")


def test_diff_speaks_german(tmp_path):
    doc = base_doc()
    node(doc, "people")["name"] = "Users"
    node(doc, "search")["x"] = 50
    doc["nodes"].append({"id": "cfo", "kind": "decision_maker", "name": "CFO", "x": 300, "y": 0})
    old, new = write(tmp_path / "a.json", base_doc()), write(tmp_path / "b.json", doc)
    result = cli_in(GERMAN, "diff", old, new)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert 'Geändert: Element "Users" (people): name "Searchers" → "Users".' in lines
    assert 'Verschoben: Element "Web search" (search) von (0, 0) nach (50, 0).' in lines
    assert 'Hinzugefügt: Element "CFO" (cfo, Entscheider).' in lines
    same = cli_in(GERMAN, "diff", old, old)
    assert (same.returncode, same.stdout.strip()) == (0, "Die Karten sind gleich.")
    # JSON keeps its codes in English
    report = json.loads(cli_in(GERMAN, "diff", old, new, "--format", "json").stdout)
    assert {c["status"] for c in report["nodes"]} == {"added", "changed", "moved"}


def test_merge_conflicts_are_told_in_german(tmp_path):
    ours, theirs = base_doc(), base_doc()
    node(ours, "people")["name"] = "Users"
    node(theirs, "people")["name"] = "Visitors"
    paths = [write(tmp_path / f"{n}.json", d) for n, d in (("base", base_doc()), ("ours", ours), ("theirs", theirs))]
    out = tmp_path / "out.json"
    result = cli_in(GERMAN, "merge", *paths, "-o", out)
    assert result.returncode == 1, result.stderr
    assert result.stdout.strip() == (
        'Konflikt: Element "Users" (people): name ist in unserer Version "Users" und in der anderen '
        '"Visitors"; die Zusammenführung behält unsere Version.')
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["merge_conflicts"][0]["item"] == "node"  # codes written to the file stay English
    assert written["merge_conflicts"][0]["field"] == "name"


def test_german_git_setup_errors_keep_the_one_line_rule(tmp_path):
    assert_one_line_error(cli_in(GERMAN, "git-setup", tmp_path / "nowhere"), "diesen Ordner gibt es nicht")


def test_spreadsheet_problems_in_german(german, tmp_path):
    from stakeholder_map.fileio.spreadsheet import import_spreadsheet

    (tmp_path / "map.csv").write_text("Label,Type,Mood\nAnn,person,happy\nBen,boss,\n", encoding="utf-8")
    _map, problems = import_spreadsheet(tmp_path / "map.csv")
    messages = [p.message for p in problems]
    assert "die Spalte 'Mood' wird nicht importiert (keine Spalte, die dieses Programm kennt)" in messages
    assert any(m.startswith("unbekannter Type 'boss' (bekannt: ") for m in messages), messages


def test_save_errors_in_german(german, tmp_path):
    from stakeholder_map.fileio import MapSaveError, save_map
    from stakeholder_map.model import Map

    with pytest.raises(MapSaveError) as caught:
        save_map(Map("Demo"), tmp_path / "missing" / "m.stakemap.json")
    assert str(caught.value).startswith("m.stakemap.json konnte nicht gespeichert werden: der Ordner ")


def test_every_german_file_message_is_finished_and_keeps_its_placeholders():
    root = ElementTree.parse(resource_path("i18n", "files_de.ts")).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 200
    for message in messages:
        source, translation = message.findtext("source"), message.find("translation")
        assert translation.get("type") is None and translation.text, source
        assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", translation.text)), source
        assert "Sie" in translation.text or " du " not in f" {translation.text} ", source  # formal address
