"""The real editor in a real X window, driven with the keyboard and the mouse through the X
server, judged by the files it saves and leaves behind."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from stakeholder_map.fileio import save_map
from tests.ui.conftest import sample_map

# Not marked slow: CI runs these against a real X server on every build (about 40 s).


def node_count(path: Path) -> int:
    return len(json.loads(path.read_text(encoding="utf-8"))["nodes"])


def saved(app, path: Path, expected: int, timeout: float = 8.0) -> int:
    """Ctrl+S, then the node count of the file once it holds ``expected`` nodes (or the last)."""
    app.keys("ctrl+s")
    end = time.monotonic() + timeout
    count = -1
    while time.monotonic() < end:
        try:
            count = node_count(path)
        except (OSError, ValueError, KeyError):
            count = -1
        if count == expected:
            break
        time.sleep(0.1)
    return count


def recovery_copies(home: Path) -> list[Path]:
    return [p for p in (home / "data").rglob("*") if p.is_file() and "recovery" in p.parts
            and p.suffix == ".json"]


@pytest.fixture
def map_file(tmp_path):
    path = tmp_path / "team.stakemap.json"
    save_map(sample_map(), path)
    return path


def test_every_edit_shortcut_works_under_x11(launch, map_file):
    app = launch(map_file)
    n = node_count(map_file)
    app.keys("ctrl+a", "ctrl+d")
    assert saved(app, map_file, 2 * n) == 2 * n, "Ctrl+D duplicates"
    app.keys("ctrl+z")
    assert saved(app, map_file, n) == n, "Ctrl+Z undoes"
    app.keys("ctrl+y")
    assert saved(app, map_file, 2 * n) == 2 * n, "Ctrl+Y redoes"
    app.keys("ctrl+z", "ctrl+shift+z")
    assert saved(app, map_file, 2 * n) == 2 * n, "Ctrl+Shift+Z redoes"
    app.keys("ctrl+z", "ctrl+a", "Delete")
    assert saved(app, map_file, 0) == 0, "Delete deletes"
    app.keys("ctrl+z", "ctrl+a", "BackSpace")
    assert saved(app, map_file, 0) == 0, "Backspace deletes"
    app.keys("ctrl+z")
    assert saved(app, map_file, n) == n
    app.keys("ctrl+q")
    assert app.wait_exit(10) < 10
    assert "Ambiguous" not in app.process.stderr.read()


def answer_discard(app) -> None:
    """Press Discard in the real unsaved-changes question."""
    found = app.xdotool("search", "--sync", "--onlyvisible", "--name", "Unsaved changes")
    dialog = found.split()[0]
    app.xdotool("windowfocus", "--sync", dialog)
    time.sleep(0.5)
    app.keys("Tab", "space")  # from Save (the default) to Discard


@pytest.mark.parametrize("close_keys", ["ctrl+q", "ctrl+w"])
def test_discard_in_the_real_question_leaves_nothing_to_recover(launch, map_file, close_keys):
    app = launch(map_file)
    app.keys("ctrl+a", "ctrl+d")
    end = time.monotonic() + 15
    while not recovery_copies(launch.home) and time.monotonic() < end:
        time.sleep(0.2)
    assert recovery_copies(launch.home), "autosave wrote a recovery copy of the edit"
    app.keys(close_keys)
    answer_discard(app)
    seconds = app.wait_exit(10)
    print(f"ended {seconds:.2f} s after Discard")
    assert seconds < 1.0, "the process ends promptly"
    assert recovery_copies(launch.home) == []
    assert node_count(map_file) == 5, "the file is as it was"
    errors = app.process.stderr.read()
    assert "Traceback" not in errors and "RuntimeError" not in errors, errors


@pytest.mark.parametrize("template", ["enterprise-software", "family-toy"])
def test_closing_the_window_ends_the_process_promptly(launch, tmp_path, template):
    from stakeholder_map.fileio import load_map

    path = tmp_path / "t.stakemap.json"
    save_map(load_map(Path("resources/templates") / f"{template}.stakemap.json"), path)
    app = launch(path)
    time.sleep(1.0)  # the analysis has run
    start = time.monotonic()
    app.xdotool("key", "--clearmodifiers", "ctrl+q")
    app.process.wait(10)
    seconds = time.monotonic() - start
    print(f"process ended {seconds:.2f} s after Ctrl+Q")
    assert seconds < 1.0


def positions(path: Path) -> dict:
    return {n["id"]: (n.get("x"), n.get("y")) for n in json.loads(path.read_text())["nodes"]}


def test_a_held_arrow_key_is_one_undo_step(launch, map_file):
    app = launch(map_file)
    before = positions(map_file)
    app.keys("ctrl+a")
    app.xdotool("keydown", "Right")
    time.sleep(1.5)  # the X server repeats the key
    app.xdotool("keyup", "Right")
    time.sleep(0.3)
    app.keys("ctrl+s")
    time.sleep(1.0)
    moved = positions(map_file)
    assert moved["chat"][0] > before["chat"][0] + 20, "the key repeated"
    app.keys("ctrl+z", "ctrl+s")
    time.sleep(1.0)
    assert positions(map_file) == before, "one Ctrl+Z undoes the whole held key"
    app.keys("ctrl+q")
