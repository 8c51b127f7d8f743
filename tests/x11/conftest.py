"""A real X server for tests that need one: Xvfb on a free display, the app in a subprocess
under the xcb platform, driven by xdotool (keys and mouse through the XTEST extension).

Without Xvfb or xdotool these tests skip, unless STAKEHOLDER_MAP_REQUIRE_X11=1 (CI) asks for
them: then a missing server is a failure.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = os.environ.get("STAKEHOLDER_MAP_REQUIRE_X11") == "1"


def _missing() -> str | None:
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    return None


@pytest.fixture(scope="session")
def x_display():
    """``:N`` of a private Xvfb screen (1600x1000), stopped at the end of the session."""
    missing = _missing()
    if missing:
        if REQUIRED:
            pytest.fail(f"STAKEHOLDER_MAP_REQUIRE_X11=1 but {missing}")
        pytest.skip(missing)
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(10)


@dataclass
class RunningApp:
    process: subprocess.Popen
    env: dict
    window: str
    layout: dict | None = None  # with the harness: {"zoom": z, "nodes": {id: [x, y]}}

    def node(self, node_id: str) -> tuple[int, int]:
        """Where a node's centre is on the screen."""
        x, y = self.layout["nodes"][node_id]
        return int(x), int(y)

    def move_to(self, x: int, y: int) -> None:
        self.xdotool("mousemove", str(x), str(y))
        time.sleep(0.15)

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                              timeout=20)
        return done.stdout.strip()

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.xdotool("key", "--clearmodifiers", key)
            time.sleep(0.15)

    def click(self, x: int, y: int, button: int = 1) -> None:
        """Click at screen pixel (x, y)."""
        self.xdotool("mousemove", str(x), str(y))
        time.sleep(0.1)
        self.xdotool("click", str(button))
        time.sleep(0.2)

    def drag(self, start: tuple[int, int], end: tuple[int, int], button: int = 1) -> None:
        """Press at ``start``, move in steps, release at ``end`` (screen pixels)."""
        self.xdotool("mousemove", *map(str, start))
        time.sleep(0.1)
        self.xdotool("mousedown", str(button))
        for i in range(1, 9):
            x = start[0] + (end[0] - start[0]) * i // 8
            y = start[1] + (end[1] - start[1]) * i // 8
            self.xdotool("mousemove", str(x), str(y))
            time.sleep(0.05)
        self.xdotool("mouseup", str(button))
        time.sleep(0.3)

    def screenshot(self, path: Path) -> None:
        subprocess.run(["import", "-window", "root", str(path)], env=self.env, timeout=30)

    def wait_exit(self, timeout: float = 10.0) -> float:
        """Seconds until the process ended."""
        start = time.monotonic()
        self.process.wait(timeout)
        return time.monotonic() - start


@pytest.fixture
def launch(x_display, tmp_path):
    """``launch(path)`` starts the editor on a map in a real X window and returns it once shown."""
    started: list[RunningApp] = []
    home = tmp_path / "home"
    env = dict(os.environ, DISPLAY=x_display, QT_QPA_PLATFORM="xcb", HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               XDG_RUNTIME_DIR=str(home / "runtime"), PYTHONPATH=str(ROOT))
    (home / "runtime").mkdir(parents=True)
    os.chmod(home / "runtime", 0o700)

    def start(path: Path | None = None, *, harness: bool = False, **environ: str) -> RunningApp:
        """``harness``: the app reports where its nodes are on screen (``RunningApp.layout``);
        ``environ``: variables for this start only (``LANGUAGE="de"``)."""
        module = "tests.x11.harness" if harness else "stakeholder_map"
        args = [sys.executable, "-m", module] + ([str(path)] if path else [])
        process = subprocess.Popen(args, env=dict(env, **environ), cwd=ROOT, stdout=subprocess.PIPE,
                                   stderr=subprocess.PIPE, text=True)
        found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--name",
                                "Stakeholder Map$"], env=env, capture_output=True, text=True,
                               timeout=60)
        window = found.stdout.split()[0]
        app = RunningApp(process, env, window)
        if harness:
            app.layout = json.loads(process.stdout.readline())
        else:
            app.xdotool("windowmove", window, "0", "0")
            app.xdotool("windowsize", window, "1400", "900")
        app.xdotool("windowfocus", "--sync", window)
        time.sleep(1.0)
        started.append(app)
        return app

    start.home = home
    yield start
    for app in started:
        if app.process.poll() is None:
            app.process.kill()
            app.process.wait(10)
