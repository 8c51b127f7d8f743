"""Export options for slides and documents: title, legend, finding rings, part of the map,
16:9 slide sizes, and the memory guard."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage

from stakeholder_map.model import Kind, Map, Relation
from stakeholder_map.render import ExportError, export_map
from stakeholder_map.render import raster
from tests.cli.helpers import assert_one_line_error, cli
from tests.render.test_export_drawings import SVG, sample_map

RING = "#e0a100"  # the warning colour


def _texts(path) -> str:
    root = ET.parse(path).getroot()
    return " ".join(t.strip() for el in root.iter(SVG + "text") for t in el.itertext() if t.strip())


def _far_apart() -> Map:
    m = Map("Two ends")
    m.add_node("west", Kind.PRODUCT, "West app", x=0, y=0)
    m.add_node("east", Kind.PRODUCT, "East app", x=3000, y=0)
    m.add_node("ann", Kind.BUYER, "Ann", x=0, y=200)
    m.connect("ann", "west", Relation.PAYS)
    return m


def test_title_is_drawn_above_the_map_only_when_asked(qapp, tmp_path):
    m = sample_map()
    export_map(m, tmp_path / "plain.svg")
    export_map(m, tmp_path / "titled.svg", title=True)
    assert "Search & ads" not in _texts(tmp_path / "plain.svg")
    assert "Search & ads" in _texts(tmp_path / "titled.svg")
    plain, titled = QImage(), QImage()
    export_map(m, tmp_path / "plain.png")
    export_map(m, tmp_path / "titled.png", title=True)
    plain.load(str(tmp_path / "plain.png"))
    titled.load(str(tmp_path / "titled.png"))
    assert titled.width() == plain.width() and titled.height() > plain.height()


def test_finding_rings_can_be_left_out_and_roles_stay(qapp, tmp_path):
    m = sample_map()
    export_map(m, tmp_path / "rings.svg")
    export_map(m, tmp_path / "clean.svg", rings=False)
    assert RING in (tmp_path / "rings.svg").read_text("utf-8").lower()
    assert RING not in (tmp_path / "clean.svg").read_text("utf-8").lower()
    assert "Client" in _texts(tmp_path / "clean.svg")  # role badges are not findings


def test_the_selection_alone(qapp, tmp_path):
    export_map(_far_apart(), tmp_path / "sel.svg", only={"west", "ann"})
    texts = _texts(tmp_path / "sel.svg")
    assert "West app" in texts and "Ann" in texts and "East app" not in texts
    assert "Customer" in texts  # roles of the whole map
    with pytest.raises(ExportError, match="nothing is selected"):
        export_map(_far_apart(), tmp_path / "none.svg", only=set())


def test_an_area_of_the_map(qapp, tmp_path):
    export_map(_far_apart(), tmp_path / "east.svg", area=QRectF(2800, -200, 400, 400))
    texts = _texts(tmp_path / "east.svg")
    assert "East app" in texts and "West app" not in texts
    root = ET.parse(tmp_path / "east.svg").getroot()
    assert root.get("width") == "400px"


@pytest.mark.parametrize("slide, size", [("1920x1080", (1920, 1080)), ("3840x2160", (3840, 2160))])
def test_slide_sizes_fit_the_whole_map(qapp, tmp_path, slide, size):
    export_map(_far_apart(), tmp_path / "s.png", slide=slide, title=True, legend=True)
    image = QImage(str(tmp_path / "s.png"))
    assert (image.width(), image.height()) == size
    # the map is fitted in: coloured pixels reach near both ends of the wide map
    columns = [x for x in range(0, image.width(), 4) for y in range(0, image.height(), 8)
               if image.pixelColor(x, y).saturation() > 80]
    assert min(columns) < image.width() * 0.1 and max(columns) > image.width() * 0.75
    export_map(_far_apart(), tmp_path / "s.svg", slide=slide)
    assert ET.parse(tmp_path / "s.svg").getroot().get("width") == f"{size[0]}px"


def test_a_slide_size_and_a_scale_together_are_refused(qapp, tmp_path):
    with pytest.raises(ExportError, match="not both"):
        export_map(sample_map(), tmp_path / "s.png", slide="1920x1080", scale=2)
    with pytest.raises(ExportError, match="slide size"):
        export_map(sample_map(), tmp_path / "s.png", slide="800x600")


def test_memory_guard_names_the_size(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(raster, "available_memory", lambda: 50_000_000)
    with pytest.raises(ExportError) as err:
        export_map(_far_apart(), tmp_path / "big.png", scale=4)
    message = str(err.value)
    assert "not enough memory" in message and " x " in message and "MB" in message
    assert "\n" not in message
    assert list(tmp_path.iterdir()) == []


def test_png_is_encoded_exactly(qapp, tmp_path):
    from stakeholder_map.render.scene import prepare

    prepared = prepare(sample_map())
    for transparent in (False, True):
        image = raster.render_image(prepared, 1, transparent=transparent)
        again = QImage.fromData(raster.encode_png(image))
        assert again.convertToFormat(image.format()) == image
        assert again.dotsPerMeterX() == image.dotsPerMeterX()


def test_cli_export_options(tmp_path):
    from stakeholder_map.fileio import save_map

    path = tmp_path / "m.stakemap.json"
    save_map(sample_map(), path)
    result = cli("export", path, "-o", tmp_path / "s.png", "--slide", "1920x1080", "--title",
                 "--no-rings", "--legend")
    assert result.returncode == 0, result.stderr
    assert QImage(str(tmp_path / "s.png")).width() == 1920
    result = cli("export", path, "-o", tmp_path / "c.svg", "--no-rings", "--title")
    assert result.returncode == 0, result.stderr
    assert RING not in (tmp_path / "c.svg").read_text("utf-8").lower()
    assert "Search & ads" in _texts(tmp_path / "c.svg")
    assert_one_line_error(cli("export", path, "-o", tmp_path / "x.png", "--slide", "1920x1080",
                              "--scale", "2"), "not both")


def _legend_words(path) -> list[str]:
    root = ET.parse(path).getroot()
    return [t.strip() for el in root.iter(SVG + "text") for t in el.itertext() if t.strip()]


def test_a_clean_picture_has_no_finding_colours_in_its_legend(qapp, tmp_path):
    m = sample_map()
    export_map(m, tmp_path / "rings.svg", legend=True)
    export_map(m, tmp_path / "clean.svg", legend=True, rings=False)
    with_rings, clean = _legend_words(tmp_path / "rings.svg"), _legend_words(tmp_path / "clean.svg")
    assert {"Error", "Warning", "Note"} <= set(with_rings)
    assert not {"Error", "Warning", "Note"} & set(clean)
    assert "Relations" in clean and "influences" in clean  # the rest of the legend stays
    # and the legend is no taller than its other rows need (the box row may need as much)
    from stakeholder_map.canvas.legend import legend_size

    assert legend_size(findings=False).height() <= legend_size().height()
    error = "#d64545"  # the legend's error dot, and no ring of that colour either
    assert error in (tmp_path / "rings.svg").read_text("utf-8").lower()
    assert error not in (tmp_path / "clean.svg").read_text("utf-8").lower()
