"""Write the Windows icon ``packaging/stakeholder-map.ico`` from the PNG renders of the app icon.

    python tools/make_ico.py

The ``.ico`` holds every size Explorer and the taskbar ask for (16 to 256 px), each as the
PNG that ``tools/render_icons.py`` made, so small sizes stay sharp. Standard library only.
"""

from __future__ import annotations

import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PNGS = ROOT / "stakeholder_map" / "resources" / "icons" / "app"
ICO = ROOT / "packaging" / "stakeholder-map.ico"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def ico_bytes(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO file of PNG images given as ``(size, png_bytes)``."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + entries + data


def main() -> None:
    images = [(n, (PNGS / f"stakeholder-map-{n}.png").read_bytes()) for n in SIZES]
    ICO.write_bytes(ico_bytes(images))
    print(f"wrote {ICO} ({len(images)} sizes)")


if __name__ == "__main__":
    main()
