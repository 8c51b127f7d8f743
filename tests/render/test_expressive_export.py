"""Exports draw what the canvas draws: sticky notes, link labels (SVG text), attitude markers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from stakeholder_map.resources import template_paths

ROOT = Path(__file__).resolve().parents[2]


def test_an_svg_export_carries_sticky_notes_and_link_labels(tmp_path):
    template = next(p for p in template_paths() if p.name.startswith("enterprise-software"))
    out = tmp_path / "map.svg"
    done = subprocess.run([sys.executable, "-m", "stakeholder_map", "export", str(template), "-o", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    svg = out.read_text(encoding="utf-8")
    assert "Pilot with the finance" in svg  # the sticky note
    assert "weekly 1:1" in svg  # the link's own label
