"""export_map: formats by suffix, refusals in one line, atomic writes, the data formats."""

from __future__ import annotations

import os
import sys

import networkx as nx
import pytest

from stakeholder_map.fileio import load_map
from stakeholder_map.fileio.spreadsheet import import_spreadsheet
from stakeholder_map.model import Kind, Map, Relation
from stakeholder_map.render import SUPPORTED_SUFFIXES, ExportError, export_format, export_map


def small_map() -> Map:
    m = Map("Search")
    m.add_node("search", Kind.PRODUCT, "Web search", x=0, y=0)
    m.add_node("ads", Kind.COMPANY, "Advertisers", x=-250, y=0)
    m.add_node("people", Kind.END_USER, "Searchers", x=250, y=0)
    m.connect("ads", "search", Relation.PAYS, amount=1200, period="monthly", agreement="contract")
    m.connect("people", "search", Relation.USES)
    return m


def one_line(err: pytest.ExceptionInfo) -> str:
    text = str(err.value)
    assert text and "\n" not in text
    return text


@pytest.mark.parametrize("name,fmt", [("a.PNG", "png"), ("a.Svg", "svg"), ("b.pdf", "pdf"),
                                      ("m.stakemap.json", "json"), ("g.GRAPHML", "graphml"),
                                      ("s.csv", "csv")])
def test_format_follows_the_suffix_in_any_case(name, fmt):
    assert export_format(name) == fmt


@pytest.mark.parametrize("name", ["map.bmp", "map", "map.png.txt"])
def test_unknown_suffix_is_refused_listing_the_supported_ones(tmp_path, name):
    with pytest.raises(ExportError) as err:
        export_map(small_map(), tmp_path / name)
    text = one_line(err)
    assert all(s in text for s in SUPPORTED_SUFFIXES)
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("scale", [0.5, 4.5, 0, -1, float("nan"), float("inf"), True])
def test_scale_out_of_range_is_refused(tmp_path, scale):
    with pytest.raises(ExportError) as err:
        export_map(small_map(), tmp_path / "m.png", scale=scale)
    assert "scale" in one_line(err)
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("suffix", [".png", ".json", ".csv", ".graphml"])
def test_missing_folder_is_refused(tmp_path, suffix):
    with pytest.raises(ExportError) as err:
        export_map(small_map(), tmp_path / "nowhere" / f"m{suffix}")
    assert "does not exist" in one_line(err)


def test_a_file_in_place_of_the_folder_is_refused(tmp_path):
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(ExportError) as err:
        export_map(small_map(), tmp_path / "file.txt" / "m.svg")
    assert "not a folder" in one_line(err)


def test_a_folder_with_the_name_is_refused(tmp_path):
    (tmp_path / "m.json").mkdir()
    with pytest.raises(ExportError) as err:
        export_map(small_map(), tmp_path / "m.json")
    assert "folder" in one_line(err)


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
@pytest.mark.parametrize("suffix", [".csv", ".graphml", ".json"])
def test_unwritable_folder_is_refused_and_leaves_nothing(tmp_path, suffix):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportError) as err:
            export_map(small_map(), folder / f"m{suffix}")
        one_line(err)
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o700)


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
def test_unwritable_folder_is_refused_even_for_root():
    with pytest.raises(ExportError) as err:
        export_map(small_map(), "/proc/self/m.graphml")
    assert "not writable" in one_line(err)


def test_failed_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path, monkeypatch):
    from stakeholder_map.fileio import graphml

    target = tmp_path / "m.graphml"
    target.write_text("old")

    def broken(*args, **kwargs):
        raise ExportError("disk trouble")

    monkeypatch.setattr(graphml, "write_graphml", broken)
    with pytest.raises(ExportError):
        export_map(small_map(), target)
    assert target.read_text() == "old"
    assert os.listdir(tmp_path) == ["m.graphml"]


def test_replacing_keeps_the_old_permission_bits(tmp_path):
    target = tmp_path / "m.csv"
    target.write_text("old")
    target.chmod(0o640)
    export_map(small_map(), target)
    assert (target.stat().st_mode & 0o777) == 0o640
    assert (tmp_path / "m-connections.csv").stat().st_mode & 0o444  # readable, not a private temp


def test_json_loads_back_equal(tmp_path):
    m = small_map()
    m.add_node("lost", Kind.PERSON, "Nobody placed")
    assert export_map(m, tmp_path / "m.stakemap.json") == [tmp_path / "m.stakemap.json"]
    back = load_map(tmp_path / "m.stakemap.json")
    assert back == m  # a node without a position stays without one


def test_graphml_has_roles_from_the_analysis(tmp_path):
    export_map(small_map(), tmp_path / "m.graphml")
    g = nx.read_graphml(tmp_path / "m.graphml", force_multigraph=True)
    assert g.nodes["ads"]["roles"] == "client"
    assert g.nodes["people"]["roles"] == "free_user,user"
    assert g.nodes["search"]["kind"] == "product" and g.nodes["search"]["x"] == 0.0
    assert g.edges["ads", "search", "e1"]["amount"] == 1200.0


def test_csv_writes_the_pair_and_imports_back(tmp_path):
    m = small_map()
    written = export_map(m, tmp_path / "Search.csv")
    assert written == [tmp_path / "Search.csv", tmp_path / "Search-connections.csv"]
    back, problems = import_spreadsheet(tmp_path / "Search.csv")
    assert problems == [] and back == m
