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
    assert seconds < 1.5, "the process ends promptly"
    assert recovery_copies(launch.home) == []
    assert node_count(map_file) == 5, "the file is as it was"
    errors = app.process.stderr.read()
    assert "Traceback" not in errors and "RuntimeError" not in errors, errors


@pytest.mark.parametrize("template", ["enterprise-software", "family-toy"])
def test_closing_the_window_ends_the_process_promptly(launch, tmp_path, template):
    from stakeholder_map.fileio import load_map
    from stakeholder_map.resources import template_paths

    source = next(p for p in template_paths() if p.name.startswith(template))
    path = tmp_path / "t.stakemap.json"
    save_map(load_map(source), path)
    app = launch(path)
    time.sleep(1.0)  # the analysis has run
    app.xdotool("key", "--clearmodifiers", "ctrl+q")
    start = time.monotonic()
    app.process.wait(10)
    seconds = time.monotonic() - start
    print(f"process ended {seconds:.2f} s after Ctrl+Q")
    assert seconds < 1.5  # about 0.3 s on an idle machine; the margin is for a busy one


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


def saved_map(app, path: Path, until, timeout: float = 8.0) -> dict:
    """Ctrl+S, then the saved document once ``until(document)`` holds (or the last read)."""
    app.keys("ctrl+s")
    end = time.monotonic() + timeout
    doc = {}
    while time.monotonic() < end:
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            doc = {}
        if doc and until(doc):
            break
        time.sleep(0.1)
    return doc


def test_right_button_drag_connects_with_the_relation_menu(launch, map_file):
    app = launch(map_file, harness=True)
    app.drag(app.node("advisor"), app.node("chat"), button=3)
    time.sleep(0.5)
    app.keys("Down", "Down", "Down", "Return")  # pays for, decides on, uses: "uses"
    doc = saved_map(app, map_file, lambda d: len(d["edges"]) == 6)
    added = [e for e in doc["edges"] if e["source"] == "advisor"]
    assert [(e["target"], e["relation"]) for e in added] == [("chat", "uses")]
    app.keys("ctrl+q")


def test_an_impossible_or_repeated_link_changes_nothing(launch, map_file):
    app = launch(map_file, harness=True)
    app.drag(app.node("chat"), app.node("staff"), button=3)  # a product starts no link
    app.drag(app.node("staff"), app.node("acme"), button=3)  # is a member of: exists already
    time.sleep(0.5)
    app.keys("Down", "Down", "Return")  # influences, is a member of
    time.sleep(0.3)
    app.keys("ctrl+s")
    time.sleep(1.0)
    assert len(json.loads(map_file.read_text())["edges"]) == 5
    app.keys("ctrl+q")


def test_paste_lands_at_the_mouse(launch, map_file):
    app = launch(map_file, harness=True)
    zoom = app.layout["zoom"]
    ax, ay = app.node("advisor")
    app.click(ax, ay)
    app.keys("ctrl+c")
    target = (ax + 120, ay + 60)  # open canvas below and right of Advisor
    app.move_to(*target)
    app.keys("ctrl+v")
    doc = saved_map(app, map_file, lambda d: len(d["nodes"]) == 6)
    new = next(n for n in doc["nodes"] if n["id"] not in sample_map().nodes)
    advisor = sample_map().node("advisor")
    assert abs(new["x"] - (advisor.x + 120 / zoom)) < 4 / zoom
    assert abs(new["y"] - (advisor.y + 60 / zoom)) < 4 / zoom
    app.keys("ctrl+q")


def test_new_with_links_selected_and_discard_prints_nothing(launch, map_file):
    """Ctrl+A, an edit, Ctrl+N, Discard: the selected links went with the old map, quietly."""
    app = launch(map_file)
    app.keys("ctrl+a", "ctrl+d", "ctrl+n")
    answer_discard(app)
    time.sleep(1.0)
    assert app.process.poll() is None, "New keeps the window open"
    app.xdotool("windowfocus", "--sync", app.window)  # no window manager gives it back
    app.keys("ctrl+q")
    app.wait_exit(10)
    assert recovery_copies(launch.home) == []
    assert node_count(map_file) == 5, "the file is as it was"
    errors = app.process.stderr.read()
    assert "Traceback" not in errors and "already deleted" not in errors, errors
