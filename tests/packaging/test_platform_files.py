"""Windows and macOS integration files: the icon and the file type the app bundle declares."""

from __future__ import annotations

import ast
import struct
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
PNGS = PACKAGING.parent / "stakeholder_map" / "resources" / "icons" / "app"


def _spec_constants() -> dict[str, object]:
    """The literal assignments at the top level of the PyInstaller spec."""
    tree = ast.parse((PACKAGING / "stakeholder-map.spec").read_text(encoding="utf-8"))
    found: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                found[node.targets[0].id] = ast.literal_eval(_resolved(node.value, found))
            except ValueError:
                pass
    return found


def _resolved(value: ast.AST, known: dict[str, object]) -> ast.AST:
    """``value`` with names of earlier literal constants replaced by their values."""
    class Names(ast.NodeTransformer):
        def visit_Name(self, node):
            return ast.Constant(known[node.id]) if node.id in known else node
    return Names().visit(value)


def test_the_windows_icon_holds_every_size_as_the_committed_pngs():
    data = (PACKAGING / "stakeholder-map.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = set()
    for i in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        size = width or 256
        assert width == height and bits == 32 and planes == 1
        # each image is the PNG render of that size, so the icon cannot drift from the SVG
        assert data[offset:offset + length] == (PNGS / f"stakeholder-map-{size}.png").read_bytes()
        sizes.add(size)
    assert {16, 32, 48, 256} <= sizes


def test_the_mac_app_exports_its_own_type_instead_of_claiming_all_json():
    spec = _spec_constants()
    (exported,) = spec["EXPORTED_TYPES"]
    assert exported["UTTypeIdentifier"] == spec["MAP_TYPE"]
    assert "public.json" in exported["UTTypeConformsTo"]
    assert exported["UTTypeTagSpecification"]["public.filename-extension"] == ["stakemap.json"]
    assert exported["UTTypeTagSpecification"]["public.mime-type"] == ["application/x-stakeholder-map+json"]
    ranks = {t["LSItemContentTypes"][0]: t["LSHandlerRank"] for t in spec["DOCUMENT_TYPES"]}
    assert ranks == {spec["MAP_TYPE"]: "Owner", "public.json": "Alternate"}
    assert spec["APP_ID"] == "io.github.stakeholdermap.StakeholderMap"


def test_the_gui_entry_point_runs_without_console_streams(monkeypatch):
    import sys

    from stakeholder_map.cli import gui_main

    # Windows starts a GUI script with no stdout or stderr at all
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "argv", ["stakeholder-map-gui", "--version"])
    assert gui_main() == 0
    monkeypatch.setattr(sys, "argv", ["stakeholder-map-gui", "analyze", "/no/such/map.stakemap.json"])
    assert gui_main() == 2  # the error line goes nowhere instead of crashing
