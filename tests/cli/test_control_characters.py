"""``analyze`` shows terminal control characters from a map instead of obeying them."""

from __future__ import annotations

import json
import re

import pytest

from tests.cli.helpers import cli, write_map

HIDE = "\x1b[8m"  # "concealed": a terminal hides everything printed after it
OSC = "\x1b]0;owned\x07"  # sets the terminal's window title
RAW_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def hostile(tmp_path):
    nodes = [
        {"id": "search", "kind": "product", "name": f"Web search{HIDE}", "x": 0, "y": 0},
        {"id": "ads", "kind": "company", "name": f"Adver{OSC}tisers\x00\u202e"},
        {"id": "people", "kind": "end_user", "name": "Searchers\r\x08\x08", "headcount": 1000},
    ]
    edges = [
        {"id": "e1", "source": "ads", "target": "search", "relation": "pays", "amount": 12,
         "period": "monthly"},
        {"id": "e2", "source": "people", "target": "search", "relation": "uses"},
    ]
    return write_map(tmp_path / "hostile.stakemap.json", nodes, edges, title=f"Plan{HIDE}")


def test_text_output_shows_control_characters_as_escapes(hostile):
    result = cli("analyze", hostile)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert RAW_CONTROL.findall(out) == []
    assert "Web search\\x1b[8m" in out
    assert "Adver\\x1b]0;owned\\x07tisers\\x00\\u202e" in out
    assert "Searchers" in out and "\\x08\\x08" in out  # a line break in a name may become a space
    # what follows a name is still there to read: the findings after the hidden text
    plain = cli("analyze", hostile, "--format", "json")
    messages = [f["message"] for f in json.loads(plain.stdout)["findings"]]
    assert messages and len(out.splitlines()) >= len(messages)


def test_json_output_keeps_the_names_exactly(hostile):
    result = cli("analyze", hostile, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert RAW_CONTROL.findall(result.stdout) == []  # JSON escapes them itself
    data = json.loads(result.stdout)
    text = json.dumps(data)
    assert "\\u001b[8m" in text or any(HIDE in f["message"] for f in data["findings"])


def test_an_error_line_shows_control_characters_too(tmp_path):
    path = tmp_path / f"bad{HIDE}.json"
    path.write_text("{", encoding="utf-8")
    result = cli("analyze", path)
    assert result.returncode == 2
    assert RAW_CONTROL.findall(result.stderr) == []
    assert "bad\\x1b[8m.json" in result.stderr and len(result.stderr.splitlines()) == 1
