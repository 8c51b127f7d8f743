"""Spec 1.1 on the command line: ``analyze -`` reads standard input; the JSON carries a
``version`` and the key-stakeholder ranking."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.cli.helpers import ROOT, assert_one_line_error, cli, write_map

NODES = [
    {"id": "toy", "kind": "product", "name": "Toy"},
    {"id": "mum", "kind": "buyer", "name": "Mum"},
    {"id": "kid", "kind": "end_user", "name": "Kid"},
    {"id": "pal", "kind": "end_user", "name": "Pal"},
]
EDGES = [
    {"id": "e1", "source": "mum", "target": "toy", "relation": "pays", "amount": 69.99, "period": "monthly"},
    {"id": "e2", "source": "kid", "target": "mum", "relation": "influences"},
    {"id": "e3", "source": "kid", "target": "toy", "relation": "uses"},
    {"id": "e4", "source": "pal", "target": "toy", "relation": "uses"},
]


def cli_stdin(data: bytes, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "stakeholder_map", "analyze", "-", *args], input=data,
                          cwd=ROOT, capture_output=True, timeout=120, env=env)


def test_analyze_dash_reads_standard_input(tmp_path):
    path = write_map(tmp_path / "toy.stakemap.json", NODES, EDGES, title="Toys")
    from_file = cli("analyze", path, "--format", "json")
    from_stdin = cli_stdin(path.read_bytes(), "--format", "json")
    assert from_stdin.returncode == 0, from_stdin.stderr
    assert json.loads(from_stdin.stdout) == json.loads(from_file.stdout)
    text = cli_stdin(path.read_bytes())
    assert text.stdout.decode().startswith("Stakeholder map: Toys")


def test_bad_standard_input_is_one_error_line():
    result = cli_stdin(b"{not json")
    result = subprocess.CompletedProcess(result.args, result.returncode, result.stdout.decode(),
                                         result.stderr.decode())
    assert_one_line_error(result, "<stdin>", "JSON")


def test_json_carries_a_version_and_the_key_stakeholders(tmp_path):
    path = write_map(tmp_path / "toy.stakemap.json", NODES, EDGES)
    doc = json.loads(cli("analyze", path, "--format", "json").stdout)
    assert doc["version"] == 1
    assert [(k["id"], k["score"]) for k in doc["key_stakeholders"]] == [("mum", 5.0), ("kid", 2.5), ("pal", 0.5)]
    assert doc["key_stakeholders"][0]["why"] == 'decides on "Toy" by paying for it; 1 stakeholder sways them'
    assert doc["key_stakeholders"][1]["why"] == 'sways who decides on "Toy"; uses "Toy"'
    assert set(doc["roles"]) == {"mum", "kid", "pal"}


def _paying(tmp_path, first: str, second: str):
    nodes = [{"id": "app", "kind": "product", "name": "App"}, {"id": "a", "kind": "company", "name": "A"},
             {"id": "b", "kind": "company", "name": "B"}]
    edges = [{"id": "e1", "source": "a", "target": "app", "relation": "pays", "amount": 111, "period": "monthly"},
             {"id": "e2", "source": "b", "target": "app", "relation": "pays", "amount": 222, "period": "yearly"}]
    path = write_map(tmp_path / "pay.stakemap.json", nodes, edges)
    path.write_text(path.read_text().replace('"amount": 111', f'"amount": {first}')
                    .replace('"amount": 222', f'"amount": {second}'))
    doc = json.loads(cli("analyze", path, "--format", "json").stdout)
    return [f for f in doc["findings"] if f["code"] == "revenue_concentration"]


def test_a_files_decimals_are_exact_so_exactly_half_is_not_flagged(tmp_path):
    assert _paying(tmp_path, "69.99", "839.88") == []
    assert _paying(tmp_path, "0.99", "11.88") == []
    assert [f["nodes"] for f in _paying(tmp_path, "69.99", "839.87")] == [["a", "app"]]


def test_huge_amounts_from_a_file_still_count(tmp_path):
    """1e308 a month is 1.2e309 a year: a float would make it infinite and the share NaN."""
    found = _paying(tmp_path, "1e308", "1e308")
    assert [f["nodes"] for f in found] == [["a", "app"]]
    assert found[0]["message"] == '92% of the yearly revenue of "App" comes from "A".'
