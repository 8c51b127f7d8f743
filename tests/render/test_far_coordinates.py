"""Far but finite coordinates (valid in the file): every export works or refuses in one line,
and the editor shows the map with a clear word on how to bring the far node back."""

from __future__ import annotations

import json
import os

import pytest

from stakeholder_map.fileio import load_map
from tests.render.test_cli_export import run_cli
from tests.render.window_fixtures import answers, window  # noqa: F401 (fixtures)

FORMATS = ["svg", "pdf", "png", "json", "graphml", "gexf", "xlsx", "csv"]


def far_map_file(tmp_path, far: float):
    nodes = [{"id": "far", "kind": "product", "name": "Far", "x": far, "y": 0},
             {"id": "near", "kind": "company", "name": "Near", "x": 0, "y": far / 3}]
    edges = [{"id": "e1", "source": "near", "target": "far", "relation": "pays"}]
    path = tmp_path / "far.stakemap.json"
    path.write_text(json.dumps({"format": "stakeholder-map", "version": 1, "nodes": nodes, "edges": edges}),
                    encoding="utf-8")
    return path


@pytest.mark.parametrize("far", [3e9, -3e9, 1e300])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_export_of_far_coordinates_works_or_refuses_in_one_line(tmp_path, far, fmt):
    source = far_map_file(tmp_path, far)
    out = tmp_path / f"out.{fmt}"
    result = run_cli("export", str(source), "-o", str(out))
    assert "Traceback" not in result.stderr
    assert result.returncode in (0, 2), result.stderr
    if result.returncode == 2:
        [line] = result.stderr.splitlines()
        assert line.startswith("error: ") and "too large" in line and len(line) < 300
        assert not out.exists()
    else:
        assert result.stderr == "" and out.stat().st_size > 0


def test_svg_of_far_coordinates_is_refused_with_the_reason(tmp_path):
    result = run_cli("export", str(far_map_file(tmp_path, 3e9)), "-o", str(tmp_path / "m.svg"))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "error: the map is too large for an SVG (3,000,000,288 x 1,000,000,180 pixels; at most "
        "16,777,216 per side): some nodes are very far from the others; move them closer, or export PDF"
    ]
    assert os.listdir(tmp_path) == ["far.stakemap.json"]


def test_the_editor_opens_far_coordinates_and_says_how_to_bring_them_back(tmp_path, window, qtbot):
    path = far_map_file(tmp_path, 3e9)
    assert window.files.open_path(path, ask=False)
    qtbot.wait(50)  # a paint at this zoom must not fail
    message = window.statusBar().currentMessage()
    assert "“Far” is very far out (x 3,000,000,000, y 0)" in message
    assert "Arrange Automatically" in message
    window.commands.arrange.trigger()
    assert all(max(abs(n.x), abs(n.y)) < 1e6 for n in window.map.nodes.values())
    window.editor.undo_stack.undo()
    assert window.map.node("far").x == 3e9


def test_the_editor_export_of_far_coordinates_shows_the_refusal(tmp_path, window, answers, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from stakeholder_map.ui import export_dialog

    window.open_map_object(load_map(far_map_file(tmp_path, 3e9)), None)
    out = tmp_path / "m.svg"
    answers.save_path = str(out)
    monkeypatch.setattr(export_dialog.ExportOptionsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(export_dialog.ExportOptionsDialog, "options",
                        lambda self: export_dialog.ExportOptions(format="svg"))
    assert export_dialog.export_with_dialog(window) is False
    [(kind, title, text)] = answers.of("warning")
    assert title == "Export failed" and "too large for an SVG" in text
    assert not out.exists()


@pytest.mark.parametrize("suffix", ["pdf", "html"])
def test_a_report_of_far_coordinates_is_written_or_refused_in_one_line(tmp_path, suffix):
    """Links to a node far out used to walk billions of grid cells (over two minutes)."""
    out = tmp_path / f"report.{suffix}"
    result = run_cli("report", str(far_map_file(tmp_path, 3e9)), "-o", str(out))
    assert "Traceback" not in result.stderr and result.returncode in (0, 2), result.stderr
    if result.returncode == 2:
        [line] = result.stderr.splitlines()
        assert line.startswith("error: ") and "too large" in line
    else:
        assert out.stat().st_size > 0


@pytest.mark.parametrize("suffix", ["pdf", "html"])
def test_a_report_of_a_ten_megabyte_name_is_written_quickly(tmp_path, suffix):
    """Laying out the whole name took over two minutes; the report shows its start."""
    nodes = [{"id": "a", "kind": "company", "name": ("Acme " * 2_000_000)[:10_000_000], "x": 0, "y": 0},
             {"id": "p", "kind": "product", "name": "App", "x": 300, "y": 0}]
    edges = [{"id": "e", "source": "a", "target": "p", "relation": "pays"}]
    source = tmp_path / "huge.stakemap.json"
    source.write_text(json.dumps({"format": "stakeholder-map", "version": 1, "nodes": nodes, "edges": edges}),
                      encoding="utf-8")
    out = tmp_path / f"report.{suffix}"
    result = run_cli("report", str(source), "-o", str(out))  # run_cli gives up after 120 s
    assert result.returncode == 0, result.stderr
    assert 0 < out.stat().st_size < 1_000_000


def test_an_html_report_of_far_coordinates_names_the_report_not_an_svg_export(tmp_path):
    """The refusal said 'too large for an SVG ... export PDF' to someone writing a report."""
    out = tmp_path / "report.html"
    result = run_cli("report", str(far_map_file(tmp_path, 3e9)), "-o", str(out))
    assert result.returncode == 2, result
    [line] = result.stderr.splitlines()
    assert line.startswith("error: cannot write a report to ") and "too large" in line
    assert "SVG" not in line and "write the report as PDF" in line
    assert not out.exists()
