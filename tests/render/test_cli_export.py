"""``stakeholder-map export`` as a user runs it: a real process, no display, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from stakeholder_map.fileio import save_map
from stakeholder_map.model import Kind, Map, Relation

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, headless: bool = True) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if headless:
        # as on a server: no display and no platform chosen; the export must cope alone
        for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
            env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "stakeholder_map", *args], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=120,
    )


@pytest.fixture
def map_file(tmp_path) -> Path:
    m = Map("Search")
    m.add_node("search", Kind.PRODUCT, "Web search", x=0, y=0)
    m.add_node("ads", Kind.COMPANY, "Advertisers", x=-260, y=0)
    m.add_node("people", Kind.END_USER, "Searchers", x=260, y=0)
    m.connect("ads", "search", Relation.PAYS, amount=1200, period="monthly")
    m.connect("people", "search", Relation.USES)
    path = tmp_path / "search.stakemap.json"
    save_map(m, path)
    return path


def test_png_with_scale_and_transparency(map_file, tmp_path):
    out = tmp_path / "out.png"
    result = run_cli("export", str(map_file), "-o", str(out), "--scale", "2", "--transparent", "--legend")
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") > 500  # width, scale 2 of a ~700 px wide map


def test_svg_and_pdf_and_data_formats(map_file, tmp_path):
    for name in ("m.svg", "m.pdf", "m.json", "m.graphml", "m.csv"):
        result = run_cli("export", str(map_file), "-o", str(tmp_path / name))
        assert result.returncode == 0, (name, result.stderr)
    ET.parse(tmp_path / "m.svg")
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    assert json.loads((tmp_path / "m.json").read_text("utf-8"))["format"] == "stakeholder-map"
    ET.parse(tmp_path / "m.graphml")
    assert (tmp_path / "m-connections.csv").exists()


def test_unknown_suffix_exits_2_with_one_error_line(map_file, tmp_path):
    result = run_cli("export", str(map_file), "-o", str(tmp_path / "m.bmp"))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and ".png" in lines[0]
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "m.bmp").exists()


def test_missing_folder_exits_2_with_one_error_line(map_file, tmp_path):
    result = run_cli("export", str(map_file), "-o", str(tmp_path / "no" / "m.png"))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "does not exist" in lines[0]


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc")
def test_unwritable_folder_exits_2_with_one_error_line(map_file):
    result = run_cli("export", str(map_file), "-o", "/proc/self/m.png")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:") and "not writable" in lines[0]


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="needs POSIX permissions, not root")
def test_read_only_folder_exits_2(map_file, tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = run_cli("export", str(map_file), "-o", str(folder / "m.svg"))
    finally:
        folder.chmod(0o700)
    assert result.returncode == 2 and result.stderr.startswith("error:")
    assert os.listdir(folder) == []


@pytest.mark.parametrize("command", ["export", "report", "merge"])
def test_a_pipe_as_the_output_exits_2_and_stays_a_pipe(map_file, tmp_path, command):
    import stat

    suffix = {"export": ".png", "report": ".pdf", "merge": ".stakemap.json"}[command]
    pipe = tmp_path / f"out{suffix}"
    os.mkfifo(pipe)
    args = [map_file, map_file, map_file] if command == "merge" else [map_file]
    result = run_cli(command, *map(str, args), "-o", str(pipe))
    assert result.returncode == 2, result
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "not a regular file" in lines[0], result.stderr
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_a_text_longer_than_a_workbook_cell_refuses_the_xlsx_instead_of_cutting_it(tmp_path):
    """A workbook cell holds 32,767 characters; a longer name was cut off without a word."""
    m = Map("Long")
    m.add_node("app", Kind.PRODUCT, "App", x=0, y=0)
    m.add_node("ann", Kind.PERSON, "A" * 40_000, x=100, y=0)
    source = tmp_path / "long.stakemap.json"
    save_map(m, source)
    out = tmp_path / "long.xlsx"
    out.write_bytes(b"old workbook")
    result = run_cli("export", str(source), "-o", str(out))
    assert result.returncode == 2, result
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "40,000 characters" in lines[0] and "32,767" in lines[0] and "CSV" in lines[0]
    assert out.read_bytes() == b"old workbook"
    assert run_cli("export", str(source), "-o", str(tmp_path / "long.csv")).returncode == 0
