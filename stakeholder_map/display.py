"""Can a window be shown here? Checked before Qt starts, because Qt aborts the process
(no message a product manager can act on) when it finds no usable display.

>>> problem({"QT_QPA_PLATFORM": "offscreen"}, platform="linux")
>>> problem({}, platform="linux")[:30]
'there is no display to open a '
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from typing import Mapping

from stakeholder_map.texts import translate

# Qt's xcb platform plugin loads only with these libraries (Qt >= 6.5).
_XCB_LIBRARIES = ("xcb-cursor", "xcb-icccm", "xcb-keysyms")
_APT_HINT = "sudo apt-get install -y libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1"


def problem(
    environ: Mapping[str, str] | None = None,
    *,
    platform: str | None = None,
    find_library=ctypes.util.find_library,
) -> str | None:
    """Why the editor's window cannot open here, in plain words; ``None`` when it can."""
    env = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if env.get("QT_QPA_PLATFORM") or not platform.startswith("linux"):
        return None  # the user chose a platform, or the OS always has a screen
    if env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return translate(
            "CommandLine", "there is no display to open a window on (no DISPLAY or WAYLAND_DISPLAY); "
            "on a server run 'xvfb-run -a stakeholder-map', or use the 'analyze' and 'export' commands, "
            "which need no window")
    missing = [name for name in _XCB_LIBRARIES if find_library(name) is None]
    if missing:
        libs = ", ".join(f"lib{name}" for name in missing)
        return translate("CommandLine", "Qt needs {libraries} to open a window on X11; install them with: "
                         "{command}").format(libraries=libs, command=_APT_HINT)
    return None
