"""PNG, SVG and PDF exports parsed back: sizes, resolution, transparency, text, one page."""

from __future__ import annotations

import math
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QImageReader
from PySide6.QtWidgets import QFrame

from stakeholder_map.analysis import analyze
from stakeholder_map.canvas import MapScene, MapView
from stakeholder_map.model import Kind, Map, Relation
from stakeholder_map.render import ExportError, export_map
from stakeholder_map.render.raster import MAX_SIDE, render_image
from stakeholder_map.render.scene import prepare
from tests.strategies import maps

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = "</text><script>alert(1)</script>"
ROOT = Path(__file__).resolve().parents[2]


def sample_map() -> Map:
    """Roles and findings on purpose: a company without a decision-maker, an isolated node."""
    m = Map("Search & ads")
    m.add_node("search", Kind.PRODUCT, "Search", x=0, y=0)
    m.add_node("ads", Kind.COMPANY, "Advertisers", x=-300, y=-60)
    m.add_node("people", Kind.END_USER, "Searchers", x=300, y=0)
    m.add_node("cmo", Kind.DECISION_MAKER, "Marketing", x=-300, y=140)
    m.add_node("press", Kind.PERSON, "Journalist", x=300, y=200)
    m.add_node("evil", Kind.BUYER, HOSTILE, x=0, y=260)
    m.connect("ads", "search", Relation.PAYS, amount=1200, period="monthly", agreement="contract")
    m.connect("people", "search", Relation.USES)
    m.connect("cmo", "ads", Relation.MEMBER_OF)
    m.connect("press", "people", Relation.INFLUENCES)
    return m


@pytest.fixture
def the_map(qapp) -> Map:
    return sample_map()


def export_rect(m: Map, legend: bool = False) -> QRectF:
    return prepare(m, legend=legend).rect


# -- PNG ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("scale", [1, 2, 2.5, 4])
def test_png_size_is_the_map_times_the_scale_with_dpi_recorded(the_map, tmp_path, scale):
    out = tmp_path / "m.png"
    export_map(the_map, out, scale=scale)
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(out))
    rect = export_rect(the_map)
    assert (image.width(), image.height()) == (round(rect.width() * scale), round(rect.height() * scale))
    expected = 96 * scale / 0.0254
    assert abs(image.dotsPerMeterX() - expected) <= 1 and abs(image.dotsPerMeterY() - expected) <= 1


def test_png_background_is_the_theme_colour_or_transparent(the_map, tmp_path):
    export_map(the_map, tmp_path / "opaque.png")
    export_map(the_map, tmp_path / "clear.png", transparent=True)
    opaque, clear = QImage(str(tmp_path / "opaque.png")), QImage(str(tmp_path / "clear.png"))
    background = MapScene(Map()).theme.background
    corners = [(0, 0), (opaque.width() - 1, 0), (0, opaque.height() - 1),
               (opaque.width() - 1, opaque.height() - 1)]
    for x, y in corners:
        assert opaque.pixelColor(x, y).alpha() == 255
        assert opaque.pixelColor(x, y).rgb() == background.rgb()
        assert clear.pixelColor(x, y).alpha() == 0
    assert clear.hasAlphaChannel()
    # the drawing itself is there: a good share of pixels is painted
    painted = sum(clear.pixelColor(x, y).alpha() > 0
                  for x in range(0, clear.width(), 4) for y in range(0, clear.height(), 4))
    assert painted / ((clear.width() // 4 + 1) * (clear.height() // 4 + 1)) > 0.05


def test_png_with_legend_is_wider_and_shows_more(the_map, tmp_path):
    export_map(the_map, tmp_path / "plain.png")
    export_map(the_map, tmp_path / "legend.png", legend=True)
    plain, with_legend = QImage(str(tmp_path / "plain.png")), QImage(str(tmp_path / "legend.png"))
    rect = export_rect(the_map, legend=True)
    assert with_legend.width() == round(rect.width()) and with_legend.width() > plain.width()


def far(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > 40


@pytest.mark.parametrize("scale", [1, 2])
def test_png_export_looks_like_the_canvas(the_map, tmp_path, qtbot, scale):
    """The export and a grab of the window's view at the same zoom agree pixel for pixel
    (give or take antialiasing and the view's grid dots)."""
    out = tmp_path / "m.png"
    export_map(the_map, out, scale=scale)
    exported = QImage(str(out)).convertToFormat(QImage.Format.Format_ARGB32)

    scene = MapScene(the_map.copy())
    scene.set_analysis(analyze(the_map))
    scene.set_legend_visible(False)
    view = MapView(scene)
    qtbot.addWidget(view)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    view.setSceneRect(scene.map_rect())
    view.resize(exported.size())
    view.set_zoom(float(scale))
    view.show()
    qtbot.waitExposed(view)
    assert view.mapFromScene(scene.map_rect().topLeft()).manhattanLength() <= 1
    canvas = view.viewport().grab().toImage().convertToFormat(QImage.Format.Format_ARGB32)
    assert canvas.size() == exported.size()

    w, h = canvas.width(), canvas.height()
    samples = [(x, y) for x in range(0, w, 2) for y in range(0, h, 2)]
    differ = sum(far(canvas.pixelColor(x, y), exported.pixelColor(x, y)) for x, y in samples)
    assert differ / len(samples) <= 0.02
    # and the picture is not blank: a good share of pixels is not background
    background = scene.theme.background
    drawn = sum(far(exported.pixelColor(x, y), background) for x, y in samples)
    assert drawn / len(samples) > 0.05


def test_the_comparison_would_see_a_misplaced_export(the_map, tmp_path):
    """Guard for the test above: a shifted picture is far from the original."""
    export_map(the_map, tmp_path / "m.png")
    image = QImage(str(tmp_path / "m.png")).convertToFormat(QImage.Format.Format_ARGB32)
    shifted = image.copy(12, 12, image.width(), image.height())
    samples = [(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)]
    differ = sum(far(image.pixelColor(x, y), shifted.pixelColor(x, y)) for x, y in samples)
    assert differ / len(samples) > 0.02


def test_png_too_large_is_refused_with_a_hint(qapp, tmp_path):
    m = Map()
    m.add_node("a", Kind.PERSON, "Far west", x=0, y=0)
    m.add_node("b", Kind.PERSON, "Far east", x=MAX_SIDE / 2, y=0)
    with pytest.raises(ExportError) as err:
        export_map(m, tmp_path / "big.png", scale=3)
    assert "\n" not in str(err.value) and "SVG or PDF" in str(err.value)
    assert os.listdir(tmp_path) == []
    with pytest.raises(ExportError):
        render_image(prepare(m), 3, transparent=False, legend=False)


def test_nodes_without_positions_are_laid_out_and_the_map_is_untouched(qapp, tmp_path):
    m = Map()
    m.add_node("app", Kind.PRODUCT, "App")
    m.add_node("ann", Kind.END_USER, "Ann")
    m.connect("ann", "app", Relation.USES)
    before = m.copy()
    calls = []
    m.changed.subscribe(calls.append)
    export_map(m, tmp_path / "m.png")
    assert m == before and calls == []
    assert QImage(str(tmp_path / "m.png")).width() > 200
    assert len(m.changed._subscribers) == 1  # the export left no subscriber behind


def test_empty_map_exports(qapp, tmp_path):
    for name in ("e.png", "e.svg", "e.pdf"):
        export_map(Map(), tmp_path / name)
        assert (tmp_path / name).stat().st_size > 0


# -- SVG ----------------------------------------------------------------------------------------
def svg_texts(root: ET.Element) -> str:
    return "\n".join("".join(t.itertext()) for t in root.iter(SVG + "text"))


def test_svg_is_vector_with_real_text_and_escaped_names(the_map, tmp_path):
    out = tmp_path / "m.svg"
    export_map(the_map, out)
    root = ET.parse(out).getroot()  # well-formed
    texts = svg_texts(root)
    for node in the_map.nodes.values():
        if node.name != HOSTILE:
            assert node.name in texts, node.name
    # the hostile name is cut to fit its box, and stays inert text
    assert "</text><scr" in texts
    assert not list(root.iter(SVG + "script")) and not list(root.iter("script"))
    assert not list(root.iter(SVG + "foreignObject"))
    assert root.find(SVG + "title").text == "Search & ads"
    assert "6 nodes" in root.find(SVG + "desc").text
    assert not list(root.iter(SVG + "image"))  # nothing rasterised
    rect = export_rect(the_map)
    assert root.get("width") == f"{round(rect.width())}px" and root.get("height") == f"{round(rect.height())}px"
    box = [float(v) for v in root.get("viewBox").split()]
    assert math.isclose(box[2] / box[3], rect.width() / rect.height(), rel_tol=0.01)


def test_svg_drops_control_characters(qapp, tmp_path):
    m = Map("bell\x07")
    m.add_node("a", Kind.PRODUCT, "nul\x00 and esc\x1b", x=0, y=0)
    export_map(m, tmp_path / "c.svg")
    root = ET.parse(tmp_path / "c.svg").getroot()
    assert "nul and esc" in svg_texts(root)


def full_size_fills(path: Path) -> list[str]:
    """The fill colours of rectangles that cover the whole drawing (a background)."""
    root = ET.parse(path).getroot()
    _, _, width, height = (float(v) for v in root.get("viewBox").split())
    fills = []
    for group in root.iter(SVG + "g"):
        for rect in group.findall(SVG + "rect"):
            if float(rect.get("width", 0)) >= width and float(rect.get("height", 0)) >= height:
                fills.append(group.get("fill", "").lower())
    return fills


def test_svg_transparent_has_no_background_fill(the_map, tmp_path):
    export_map(the_map, tmp_path / "o.svg")
    export_map(the_map, tmp_path / "t.svg", transparent=True)
    bg = MapScene(Map()).theme.background.name().lower()
    assert full_size_fills(tmp_path / "o.svg") == [bg]
    assert full_size_fills(tmp_path / "t.svg") == []


# -- PDF ----------------------------------------------------------------------------------------
def pdf_pages(data: bytes) -> list[list[float]]:
    pages = re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data)
    boxes = re.findall(rb"/MediaBox\s*\[\s*([-\d.\s]+)\]", data)
    return [[float(v) for v in box.split()] for box in boxes][: len(pages)] or [[] for _ in pages]


def test_pdf_is_one_page_the_shape_of_the_map(the_map, tmp_path):
    out = tmp_path / "m.pdf"
    export_map(the_map, out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    pages = pdf_pages(data)
    assert len(pages) == 1
    x0, y0, x1, y1 = pages[0]
    rect = export_rect(the_map)
    assert math.isclose((x1 - x0) / (y1 - y0), rect.width() / rect.height(), rel_tol=0.01)
    assert math.isclose(x1 - x0, rect.width() * 0.75, rel_tol=0.01)  # 96 px = 72 pt
    assert b"/Title" in data


def test_pdf_of_a_huge_map_stays_within_the_reader_limit(qapp, tmp_path):
    m = Map()
    m.add_node("a", Kind.PERSON, "West", x=0, y=0)
    m.add_node("b", Kind.PERSON, "East", x=30000, y=0)
    export_map(m, tmp_path / "huge.pdf")
    (x0, y0, x1, y1), = pdf_pages((tmp_path / "huge.pdf").read_bytes())
    assert x1 - x0 <= 14400 and y1 - y0 > 0


# -- no display -----------------------------------------------------------------------------------
def test_export_map_needs_no_display_and_no_application(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    script = (
        "import os, sys\n"
        "from stakeholder_map.model import Map, Kind\n"
        "from stakeholder_map.render import export_map\n"
        "m = Map(); m.add_node('a', Kind.PRODUCT, 'App', x=0, y=0)\n"
        "export_map(m, sys.argv[1])\n"
        "print(os.environ.get('QT_QPA_PLATFORM'))\n"
    )
    out = tmp_path / "headless.png"
    result = subprocess.run([sys.executable, "-c", script, str(out)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "offscreen"
    assert QImage(str(out)).width() > 0


# -- failures while drawing ------------------------------------------------------------------------
def test_disk_error_while_writing_is_one_line_and_leaves_no_file(the_map, tmp_path, monkeypatch):
    import errno

    target = tmp_path / "m.svg"
    target.write_text("old drawing")

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", full)  # the one writer's writes, as on a full disk
    with pytest.raises(ExportError) as err:
        export_map(the_map, target)
    monkeypatch.undo()
    assert str(err.value) == f"cannot export to {target}: the disk is full"
    assert target.read_text() == "old drawing" and os.listdir(tmp_path) == ["m.svg"]


def test_a_writer_that_wrote_nothing_is_a_failure(the_map, tmp_path, monkeypatch):
    from stakeholder_map.render import raster

    monkeypatch.setattr(raster, "png_bytes", lambda *a, **k: b"")
    with pytest.raises(ExportError) as err:
        export_map(the_map, tmp_path / "m.png")
    assert "nothing could be written" in str(err.value)
    assert os.listdir(tmp_path) == []


def test_a_gui_application_without_widgets_is_refused_not_crashed(tmp_path):
    script = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(['x'])\n"
        "from stakeholder_map.model import Map, Kind\n"
        "from stakeholder_map.render import ExportError, export_map\n"
        "m = Map(); m.add_node('a', Kind.PRODUCT, 'App', x=0, y=0)\n"
        "export_map(m, sys.argv[1] + '/m.json')\n"
        "try:\n"
        "    export_map(m, sys.argv[1] + '/m.png')\n"
        "except ExportError as err:\n"
        "    print(err)\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "needs a QApplication" in result.stdout
    assert sorted(os.listdir(tmp_path)) == ["m.json"]


@settings(max_examples=15, deadline=None)
@given(m=maps(max_nodes=6, max_edges=8))
def test_any_map_draws_to_valid_svg_pdf_and_png(qapp, tmp_path_factory, m):
    folder = tmp_path_factory.mktemp("any")
    export_map(m, folder / "m.svg", legend=True)
    root = ET.parse(folder / "m.svg").getroot()
    assert not list(root.iter(SVG + "script"))
    export_map(m, folder / "m.pdf")
    assert len(pdf_pages((folder / "m.pdf").read_bytes())) == 1
    try:
        export_map(m, folder / "m.png", transparent=True)
    except ExportError as err:  # nodes up to a million pixels apart: refused, not crashed
        assert "too large" in str(err)
        rect = prepare(m).rect
        assert max(rect.width(), rect.height()) > MAX_SIDE or rect.width() * rect.height() > 3e8
    else:
        # a picture within the export's limits may hold more than Qt's reader decodes by
        # default (256 MB): read it back without that cap
        limit = QImageReader.allocationLimit()
        QImageReader.setAllocationLimit(0)
        try:
            assert not QImage(str(folder / "m.png")).isNull()
        finally:
            QImageReader.setAllocationLimit(limit)
