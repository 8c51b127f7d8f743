"""The window benchmark still runs: every figure is produced on a tiny map (not timed)."""

from __future__ import annotations

import importlib
import math
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture
def bench(tmp_path, monkeypatch, qapp):
    """``bench_window`` imported from benchmarks/, with settings kept in ``tmp_path``."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    return importlib.import_module("bench_window")


def test_generated_maps_are_realistic_and_repeatable(bench):
    from window_maps import generate_map

    m = generate_map(200, 600)
    assert len(m.nodes) == 200 and len(m.edges) == 600
    assert {str(n.kind) for n in m.nodes.values()} == {
        "product", "company", "buyer", "decision_maker", "end_user", "person"}
    assert {str(e.relation) for e in m.edges.values()} == {
        "pays", "uses", "decides", "influences", "member_of"}
    assert all(n.x is not None and n.y is not None for n in m.nodes.values())
    assert generate_map(200, 600) == m


def test_generated_maps_come_unplaced_or_scattered_with_the_same_links(bench):
    from window_maps import generate_map

    placed = generate_map(400, 1200)
    unplaced = generate_map(400, 1200, positions="unplaced")
    scattered = generate_map(400, 1200, positions="scattered")
    assert all(n.position is None for n in unplaced.nodes.values())
    assert all(n.position is not None for n in scattered.nodes.values())
    assert placed.edges == unplaced.edges == scattered.edges
    # scattered: all over a square, so links cross the whole map
    xs = [n.x for n in scattered.nodes.values()]
    ys = [n.y for n in scattered.nodes.values()]
    assert max(xs) - min(xs) > 0.8 * (max(ys) - min(ys)) > 0
    with pytest.raises(ValueError):
        generate_map(10, 10, positions="stacked")


def test_every_window_figure_is_measured_on_a_tiny_map(bench, tmp_path):
    figures = bench.measure_size(50, 150, folder=tmp_path)
    keys = {key for _label, key, _unit, _budgets in bench.FIGURES}
    assert keys <= figures.keys()
    assert all(math.isfinite(figures[k]) and figures[k] >= 0 for k in keys)
    assert figures["nodes"] == 50 and figures["edges"] == 150
    assert figures["positions"] == "unplaced" and figures["floor_s"] > 0
    lines = bench.report([(5000, figures)], {"startup_s": 0.1, "version_s": 9.0})
    assert "unplaced" in lines[0]
    assert "PASS" in lines[1]  # opening a 50-node map is well within the 5,000-node budget
    assert lines[-1].endswith("OVER")  # 9 s for --version is over its budget
    scattered = dict(figures, positions="scattered", idle_x=10.0)
    ratio = [line for line in bench.report([(20000, scattered)], None) if "idle / floor" in line]
    assert ratio[0].endswith("(budget 12)  PASS")  # scattered maps have their own budget


def test_maps_are_named_by_size_and_layout(bench):
    assert bench.parse_map("20000:scattered") == (20000, "scattered")
    assert bench.parse_map(" 5000 ") == (5000, "unplaced")


def test_start_up_and_version_are_measured_as_processes(bench):
    figures = bench.measure_startup(runs=1)
    assert 0 < figures["version_s"] < 30 and 0 < figures["startup_s"] < 30
