"""The real editor started in a German session shows German: its window title and its menus,
opened with their German accelerators, read back from the X server."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

GERMAN = {"LANGUAGE": "de", "LANG": "de_DE.UTF-8", "LC_ALL": ""}


def screen(app, path: Path) -> bytes:
    """The top-left corner of the screen (the menu bar and a dropped menu) as raw pixels."""
    app.screenshot(path)
    done = subprocess.run(["convert", str(path), "-crop", "500x500+0+0", "rgb:-"],
                          capture_output=True, timeout=30)
    return done.stdout


def test_a_german_session_shows_the_german_window(launch, tmp_path):
    app = launch(**GERMAN)
    # The title of an untitled map, as the window manager reads it from the X server.
    assert app.xdotool("getwindowname", app.window) == "Unbenannt — Stakeholder Map"
    before = screen(app, tmp_path / "before.png")
    app.keys("alt+d")  # &Datei: the German File menu drops down
    time.sleep(0.5)
    opened = screen(app, tmp_path / "datei.png")
    app.keys("Escape")
    time.sleep(0.5)
    app.keys("alt+f")  # no English &File menu: nothing drops down
    time.sleep(0.5)
    english_key = screen(app, tmp_path / "alt-f.png")
    app.keys("Escape")
    assert before and opened != before
    assert english_key == before
    app.keys("ctrl+q")
    app.wait_exit()
