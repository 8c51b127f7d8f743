"""Without a usable display the editor says why in one line instead of Qt aborting."""

import os
import subprocess
import sys

from stakeholder_map.display import problem


def test_offscreen_or_wayland_or_other_systems_need_no_check():
    assert problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux") is None
    assert problem({"WAYLAND_DISPLAY": "wayland-0"}, platform="linux") is None
    assert problem({}, platform="win32") is None
    assert problem({}, platform="darwin") is None


def test_no_display_suggests_xvfb_and_the_headless_commands():
    message = problem({}, platform="linux")
    assert "xvfb-run -a stakeholder-map" in message
    assert "analyze" in message and "export" in message


def test_missing_xcb_libraries_are_named_with_the_install_command():
    found = {"xcb-icccm": "libxcb-icccm.so.4"}
    message = problem({"DISPLAY": ":0"}, platform="linux", find_library=found.get)
    assert "libxcb-cursor" in message and "libxcb-keysyms" in message
    assert "libxcb-icccm," not in message
    assert "apt-get install" in message


def test_x11_with_its_libraries_is_fine():
    assert problem({"DISPLAY": ":0"}, platform="linux", find_library=lambda n: f"lib{n}.so") is None


def test_the_command_exits_2_with_one_error_line_when_there_is_no_display():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "stakeholder_map"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: there is no display")
    assert "Traceback" not in result.stderr
