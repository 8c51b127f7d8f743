"""Every shipped icon is an SVG Qt can draw, in the shared colours; the app PNGs are current."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer

from stakeholder_map.model import Kind, Relation
from stakeholder_map.resources import resource_path

REPO = Path(__file__).resolve().parents[2]
SVG_NS = "{http://www.w3.org/2000/svg}"
# the shared palette of the app
KIND_COLOURS = {
    "product": "#2F6FDE", "company": "#6B4FBB", "buyer": "#1E9E6A",
    "decision_maker": "#D9822B", "end_user": "#0F9BB0", "person": "#7A8694",
}
RELATION_COLOURS = {
    "pays": "#1E9E6A", "decides": "#D9822B", "uses": "#2F6FDE", "influences": "#8E44AD",
    "member_of": "#7A8694",
}


def _render_icons_module():
    spec = importlib.util.spec_from_file_location("render_icons", REPO / "tools" / "render_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _all_svgs() -> list[Path]:
    return sorted(resource_path("icons").glob("*/*.svg"))


def test_there_is_an_icon_for_every_kind_and_relation():
    assert sorted(p.stem for p in resource_path("icons", "kinds").glob("*.svg")) == sorted(k.value for k in Kind)
    assert sorted(p.stem for p in resource_path("icons", "relations").glob("*.svg")) == sorted(
        r.value for r in Relation
    )
    assert resource_path("icons", "app", "stakeholder-map.svg").is_file()


@pytest.mark.parametrize("svg", _all_svgs(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_icon_is_valid_svg_qt_can_draw(qapp, svg):
    root = ET.parse(svg).getroot()
    assert root.tag == SVG_NS + "svg"
    assert root.get("viewBox"), "a viewBox lets the icon scale cleanly"
    # no scripts, no external references: icons must draw offline
    assert not list(root.iter(SVG_NS + "script"))
    assert "http" not in svg.read_text(encoding="utf-8").replace('xmlns="http://www.w3.org/2000/svg"', "")
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid()
    assert not renderer.defaultSize().isEmpty()


@pytest.mark.parametrize("kind", sorted(KIND_COLOURS))
def test_kind_icon_uses_its_kind_colour(kind):
    assert KIND_COLOURS[kind] in resource_path("icons", "kinds", f"{kind}.svg").read_text().upper()


@pytest.mark.parametrize("relation", sorted(RELATION_COLOURS))
def test_relation_icon_uses_its_relation_colour(relation):
    text = resource_path("icons", "relations", f"{relation}.svg").read_text().upper()
    assert RELATION_COLOURS[relation] in text
    dashed = "STROKE-DASHARRAY" in text
    assert dashed == (relation in ("influences", "member_of"))


def _mean_difference(a: QImage, b: QImage) -> float:
    a = a.convertToFormat(QImage.Format.Format_RGBA8888)
    b = b.convertToFormat(QImage.Format.Format_RGBA8888)
    da, db = bytes(a.constBits()), bytes(b.constBits())
    assert len(da) == len(db)
    return sum(abs(x - y) for x, y in zip(da, db)) / len(da)


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_app_png_has_its_size_and_matches_the_svg(qapp, size):
    render_icons = _render_icons_module()
    path = resource_path("icons", "app", f"stakeholder-map-{size}.png")
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    # transparent corners, an opaque middle: a tile, not a square
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(size // 2, size // 2).alpha() == 255
    # the committed PNG is what the SVG renders today (re-run tools/render_icons.py after edits)
    assert _mean_difference(image, render_icons.render_svg(render_icons.APP_SVG, size)) < 2.0


def test_render_script_writes_every_size(qapp, tmp_path):
    render_icons = _render_icons_module()
    assert render_icons.main(["--out", str(tmp_path), "--sheet", str(tmp_path / "sheet.png")]) == 0
    for size in render_icons.APP_SIZES:
        image = QImage(str(tmp_path / f"stakeholder-map-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert not QImage(str(tmp_path / "sheet.png")).isNull()


def test_render_script_writes_a_macos_iconset(qapp, tmp_path):
    render_icons = _render_icons_module()
    folder = tmp_path / "app.iconset"
    assert render_icons.main(["--out", str(tmp_path), "--iconset", str(folder)]) == 0
    sizes = {p.name: QImage(str(p)).width() for p in folder.iterdir()}
    assert sizes == render_icons.ICONSET
    assert sizes["icon_512x512@2x.png"] == 1024


def test_render_svg_refuses_a_broken_file(qapp, tmp_path):
    render_icons = _render_icons_module()
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg")
    with pytest.raises(ValueError, match="not an SVG file Qt can draw"):
        render_icons.render_svg(broken, 16)
