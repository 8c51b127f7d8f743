#!/usr/bin/env python3
"""Take the README screenshot: the main window on a template, analysed, at a fixed size.

    python tools/screenshot.py                                   # docs/screenshot.png
    python tools/screenshot.py --template hotel-chickens --select guests --out /tmp/shot.png

Runs headless (QT_QPA_PLATFORM=offscreen) with throwaway settings, so neither the user's
window layout nor recent files leak into the picture, and the picture never changes them.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _isolate_settings(folder: str) -> None:
    # QSettings, autosave and recovery all live under the XDG folders
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        os.environ[var] = os.path.join(folder, var.lower())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def take(template: str, out: Path, width: int, height: int, select: list[str],
         timeout_ms: int = 15000) -> Path:
    """Open ``template`` in a MainWindow of ``width`` x ``height``, wait for its analysis, save a PNG."""
    from PySide6.QtCore import QEventLoop, QTimer

    from stakeholder_map.fileio import load_map
    from stakeholder_map.resources import resource_path
    from stakeholder_map.ui.app import application
    from stakeholder_map.ui.main_window import MainWindow

    app = application()
    path = resource_path("templates", f"{template}.stakemap.json")
    window = MainWindow()
    window.resize(width, height)
    window.show()
    loop = QEventLoop()
    window.analysisUpdated.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    window.open_map_object(load_map(path), path)
    if window.analysis is None:
        loop.exec()
    if window.analysis is None:
        raise RuntimeError(f"no analysis within {timeout_ms / 1000:g} s")
    window.view.fit_map()
    if select:
        missing = [n for n in select if n not in window.map.nodes]
        if missing:
            raise ValueError(f"{template} has no node {missing[0]!r}")
        window.scene.select_ids(select, [])
    for _ in range(5):  # let docks, fit and repaint settle
        app.processEvents()
    image = window.grab()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise OSError(f"could not write {out}")
    window.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--template", default="enterprise-software", help="template file stem")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--size", default="1400x900", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--select", action="append", default=[], metavar="NODE_ID",
                        help="select this node first (repeatable)")
    args = parser.parse_args(argv)
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size must look like 1400x900, not {args.size!r}")
    with tempfile.TemporaryDirectory(prefix="stakeholder-map-shot-") as folder:
        _isolate_settings(folder)
        try:
            print(take(args.template, args.out, width, height, args.select))
        except (OSError, ValueError, RuntimeError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
