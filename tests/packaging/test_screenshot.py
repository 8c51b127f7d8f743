"""tools/screenshot.py: the main window on a template, analysed, saved at the asked size."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "tools" / "screenshot.py"


def _run(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(SCRIPT), *args], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=180)


def test_screenshot_has_the_window_size(tmp_path):
    out = tmp_path / "shot.png"
    result = _run("--template", "hotel-chickens", "--select", "guests", "--size", "900x600",
                  "--out", str(out))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (900, 600)


def test_screenshot_refuses_unknown_names(tmp_path):
    unknown_node = _run("--select", "nobody", "--out", str(tmp_path / "a.png"))
    assert unknown_node.returncode == 1
    assert "has no node 'nobody'" in unknown_node.stderr
    unknown_template = _run("--template", "nope", "--out", str(tmp_path / "b.png"))
    assert unknown_template.returncode == 1
    assert "nope.stakemap.json" in unknown_template.stderr
    assert not (tmp_path / "a.png").exists() and not (tmp_path / "b.png").exists()
