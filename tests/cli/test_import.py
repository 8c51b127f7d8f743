"""``stakeholder-map import SHEET -o MAP``: spreadsheets to a map file for scripts."""

from __future__ import annotations

import json
import os

import pytest

from stakeholder_map.fileio import load_map
from tests.cli.helpers import assert_one_line_error, cli
from tests.cli.test_commands import loaded_modules
from tests.interchange.test_spreadsheet_kumu import KUMU_CONNECTIONS, KUMU_ELEMENTS


def kumu_pair(folder):
    (folder / "Deal - Elements.csv").write_text(KUMU_ELEMENTS, encoding="utf-8")
    (folder / "Deal - Connections.csv").write_text(KUMU_CONNECTIONS, encoding="utf-8")


def test_import_writes_a_laid_out_map_and_exits_0(tmp_path):
    kumu_pair(tmp_path)
    out = tmp_path / "deal.stakemap.json"
    result = cli("import", tmp_path / "Deal - Connections.csv", "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "" and result.stdout == ""
    m = load_map(out)
    assert m.title == "Deal" and len(m.nodes) == 5 and len(m.edges) == 7
    assert all(n.position is not None for n in m.nodes.values())
    assert json.loads(out.read_text())["format"] == "stakeholder-map"


def test_import_lists_what_did_not_come_in_and_still_exits_0(tmp_path):
    (tmp_path / "m.csv").write_text("Label,Type,Colour\nApp,product,red\nGhost,wizard,\n")
    out = tmp_path / "m.stakemap.json"
    result = cli("import", tmp_path / "m.csv", "-o", out)
    assert result.returncode == 0
    lines = result.stderr.splitlines()
    assert lines == [
        "not imported: m.csv, line 1: the column 'Colour' is not imported (not a column this program knows)",
        "not imported: m.csv, line 3: unknown Type 'wizard' (known: Product, Company, Buyer, "
        "Decision-maker, End user, Person)",
    ]
    assert [n.name for n in load_map(out).nodes.values()] == ["App"]


@pytest.mark.parametrize("setup,words", [
    (lambda d: None, ["no such file"]),
    (lambda d: (d / "in.csv").write_text("Colour,Size\nred,3\n"), ["Label"]),
    (lambda d: (d / "in.csv").write_text("Label,Type\nGhost,wizard\n"), ["nothing", "wizard"]),
    (lambda d: (d / "in.csv").write_bytes(b"PK\x03\x04junk"), ["workbook"]),
])
def test_unusable_input_is_exit_2_with_one_error_line(tmp_path, setup, words):
    setup(tmp_path)
    out = tmp_path / "out.stakemap.json"
    assert_one_line_error(cli("import", tmp_path / "in.csv", "-o", out), *words)
    assert not out.exists()


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_dev_zero_is_exit_2(tmp_path):
    assert_one_line_error(cli("import", "/dev/zero", "-o", tmp_path / "o.stakemap.json", timeout=30),
                          "not a regular file")


def test_a_map_name_that_is_not_json_and_a_missing_folder_are_exit_2(tmp_path):
    kumu_pair(tmp_path)
    sheet = tmp_path / "Deal - Elements.csv"
    assert_one_line_error(cli("import", sheet, "-o", tmp_path / "deal.png"), ".stakemap.json")
    assert_one_line_error(cli("import", sheet, "-o", tmp_path / "no" / "deal.stakemap.json"), "deal.stakemap.json")


def test_import_without_output_is_exit_2():
    assert_one_line_error(cli("import", "x.csv"), "-o")


def test_importing_a_csv_loads_neither_qt_nor_openpyxl(tmp_path):
    kumu_pair(tmp_path)
    loaded = loaded_modules("import", str(tmp_path / "Deal - Elements.csv"), "-o", str(tmp_path / "d.stakemap.json"))
    assert "PySide6" not in loaded and "openpyxl" not in loaded
    assert (tmp_path / "d.stakemap.json").exists()


def test_export_to_xlsx_and_gexf_then_import_the_workbook_back(tmp_path):
    kumu_pair(tmp_path)
    first = tmp_path / "deal.stakemap.json"
    assert cli("import", tmp_path / "Deal - Elements.csv", "-o", first).returncode == 0
    book, gexf = tmp_path / "deal.xlsx", tmp_path / "deal.gexf"
    for out in (book, gexf):
        result = cli("export", first, "-o", out)
        assert result.returncode == 0, result.stderr
    import networkx as nx

    assert nx.read_gexf(gexf).number_of_nodes() == 5
    again = tmp_path / "again.stakemap.json"
    assert cli("import", book, "-o", again).returncode == 0
    before, after = load_map(first), load_map(again)
    assert after.nodes == before.nodes and after.edges == before.edges
