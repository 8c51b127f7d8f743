#!/usr/bin/env python3
"""Render the app icon's PNG sizes from its SVG with Qt's own SVG renderer.

    python tools/render_icons.py                 # writes stakeholder_map/resources/icons/app/stakeholder-map-<N>.png
    python tools/render_icons.py --sheet out.png # also a contact sheet of every icon, to look at
    python tools/render_icons.py --iconset build/stakeholder-map.iconset  # for macOS iconutil

Runs headless (QT_QPA_PLATFORM=offscreen); the PNGs are committed, so run it after
editing an SVG.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "stakeholder_map" / "resources" / "icons"
APP_SVG = ICONS / "app" / "stakeholder-map.svg"
APP_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_png_path(size: int, folder: Path = ICONS / "app") -> Path:
    return folder / f"stakeholder-map-{size}.png"


def render_svg(svg: Path, size: int) -> QImage:
    """``svg`` drawn into a transparent ``size`` x ``size`` image; ValueError if Qt cannot read it."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG file Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def render_app_icons(folder: Path = ICONS / "app", sizes: tuple[int, ...] = APP_SIZES) -> list[Path]:
    """Write ``stakeholder-map-<N>.png`` for every size; returns the paths written."""
    written = []
    for size in sizes:
        path = app_png_path(size, folder)
        if not render_svg(APP_SVG, size).save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


# macOS iconset file names and their pixel sizes (iconutil -c icns turns the folder into .icns)
ICONSET = {
    "icon_16x16.png": 16, "icon_16x16@2x.png": 32, "icon_32x32.png": 32, "icon_32x32@2x.png": 64,
    "icon_128x128.png": 128, "icon_128x128@2x.png": 256, "icon_256x256.png": 256,
    "icon_256x256@2x.png": 512, "icon_512x512.png": 512, "icon_512x512@2x.png": 1024,
}


def render_iconset(folder: Path) -> list[Path]:
    """A macOS ``.iconset`` folder rendered from the app SVG."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, size in ICONSET.items():
        path = folder / name
        if not render_svg(APP_SVG, size).save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
        written.append(path)
    return written


def contact_sheet(path: Path, sizes: tuple[int, ...] = (16, 24, 48)) -> None:
    """Every SVG icon at a few sizes, on a light row and a dark row, for a human to look at."""
    svgs = sorted(ICONS.glob("*/*.svg"))
    cell = max(sizes) + 16
    width = len(svgs) * cell + 16
    height = 2 * len(sizes) * cell + 16
    sheet = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    sheet.fill(QColor("#FFFFFF"))
    painter = QPainter(sheet)
    painter.fillRect(0, height // 2, width, height // 2, QColor("#1E1F22"))
    for col, svg in enumerate(svgs):
        for band in range(2):
            for row, size in enumerate(sizes):
                y = 8 + (band * len(sizes) + row) * cell
                painter.drawImage(8 + col * cell, y, render_svg(svg, size))
    painter.end()
    if not sheet.save(str(path)):
        raise OSError(f"could not write {path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ICONS / "app", help="folder for the PNGs")
    parser.add_argument("--sheet", type=Path, help="also write a contact sheet of all icons here")
    parser.add_argument("--iconset", type=Path, help="also write a macOS .iconset folder here")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (Qt needs it)
    for path in render_app_icons(args.out):
        print(path)
    if args.iconset:
        render_iconset(args.iconset)
        print(args.iconset)
    if args.sheet:
        contact_sheet(args.sheet)
        print(args.sheet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
