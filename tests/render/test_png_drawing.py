"""How a PNG is drawn and encoded quickly without changing what it shows: the PNG rows read
straight from Qt's buffer band by band, thin dashes drawn crisp in pictures only, halos
premixed on an opaque background and translucent on a transparent one."""

from __future__ import annotations

import random
import struct
import zlib

import pytest
from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

from stakeholder_map.canvas import edge_paint
from stakeholder_map.model import Kind, Map, Relation
from stakeholder_map.render import export_map, raster


def _noise(width: int, height: int, fmt: QImage.Format) -> QImage:
    rng = random.Random(width * 7919 + height)
    image = QImage(width, height, fmt)
    for y in range(height):
        for x in range(0, width, 3):
            image.setPixelColor(x, y, QColor(rng.randrange(256), rng.randrange(256), rng.randrange(256),
                                             rng.randrange(256) if image.hasAlphaChannel() else 255))
    return image


def _chunks(data: bytes) -> list[tuple[bytes, bytes]]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    out, at = [], 8
    while at < len(data):
        (length,) = struct.unpack(">I", data[at:at + 4])
        kind, body = data[at + 4:at + 8], data[at + 8:at + 8 + length]
        (crc,) = struct.unpack(">I", data[at + 8 + length:at + 12 + length])
        assert crc == zlib.crc32(body, zlib.crc32(kind))
        out.append((kind, body))
        at += 12 + length
    return out


@pytest.mark.parametrize("fmt", [QImage.Format.Format_RGB32, QImage.Format.Format_ARGB32_Premultiplied,
                                 QImage.Format.Format_ARGB32, QImage.Format.Format_RGB888])
@pytest.mark.parametrize("size", [(1, 1), (333, raster._BAND_ROWS * 2 + 7)])
def test_png_rows_are_the_image_exactly_over_several_bands(qapp, fmt, size):
    image = _noise(*size, fmt)
    image.setDotsPerMeterX(7559)
    image.setDotsPerMeterY(7559)
    data = raster.encode_png(image)
    chunks = _chunks(data)
    assert [k for k, _ in chunks][:2] == [b"IHDR", b"pHYs"] and chunks[-1][0] == b"IEND"
    width, height, depth, colour = struct.unpack(">IIBB", chunks[0][1][:10])
    assert (width, height, depth) == (*size, 8) and colour == (6 if image.hasAlphaChannel() else 2)
    stream = zlib.decompress(b"".join(body for kind, body in chunks if kind == b"IDAT"))
    channels = 4 if image.hasAlphaChannel() else 3
    assert len(stream) == height * (width * channels + 1)
    again = QImage.fromData(data)
    expected = image.convertToFormat(QImage.Format.Format_ARGB32 if image.hasAlphaChannel() else QImage.Format.Format_RGB32)
    assert again.convertToFormat(expected.format()) == expected
    assert again.dotsPerMeterX() == 7559


def _dashes(scale: float, exporting: bool, device: str = "image") -> set[int]:
    """The alpha values a dashed influence line leaves on a transparent picture."""
    image = QImage(400, 60, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    edge_paint.paint_lines(painter, Relation.INFLUENCES, [QLineF(3, 5, 190 / scale * 2, 25 / scale)],
                           exporting=exporting)
    assert painter.testRenderHint(QPainter.RenderHint.Antialiasing)  # given back as it was
    painter.end()
    return {image.pixelColor(x, y).alpha() for x in range(image.width()) for y in range(image.height())}


def test_thin_dashes_are_crisp_in_a_picture_and_soft_on_screen_or_when_wide_or_thinner(qapp):
    assert _dashes(1, exporting=True) == {0, 255}  # one pixel colour: no antialiasing
    assert len(_dashes(1, exporting=False)) > 10  # the window keeps them soft
    assert len(_dashes(2, exporting=True)) > 10  # 3.6 px wide at 2x: soft again
    assert len(_dashes(0.5, exporting=True)) > 10  # 0.9 px in a smaller picture (a slide): soft


def test_dashes_into_a_vector_picture_keep_antialiasing(qapp, tmp_path):
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(str(tmp_path / "dash.svg"))
    painter = QPainter(generator)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    assert not edge_paint._thin_in_image(painter, edge_paint.relation_pen(Relation.INFLUENCES))
    painter.end()


def _warned_link_map() -> Map:
    m = Map("Halo")
    m.add_node("a", Kind.PERSON, "A", x=0, y=0)
    m.add_node("b", Kind.PERSON, "B", x=400, y=0)
    m.connect("a", "b", Relation.INFLUENCES)
    return m


def test_halo_under_a_link_is_translucent_only_on_a_transparent_picture(qapp, tmp_path, monkeypatch):
    from stakeholder_map.analysis import Analysis, Finding, Severity
    from stakeholder_map.render import scene as render_scene

    real = render_scene.prepare

    def with_a_warned_link(map_, **kwargs):
        prepared = real(map_, **kwargs)
        edge_id = next(iter(map_.edges))
        warning = Finding("test", Severity.WARNING, (), (edge_id,), "Check this link.")
        prepared.scene.set_analysis(Analysis(prepared.analysis.roles, (warning,), prepared.analysis.stakes))
        prepared.scene.marks.finish()
        return prepared

    monkeypatch.setattr(render_scene, "prepare", with_a_warned_link)
    export_map(_warned_link_map(), tmp_path / "clear.png", transparent=True)
    export_map(_warned_link_map(), tmp_path / "solid.png")
    clear, solid = QImage(str(tmp_path / "clear.png")), QImage(str(tmp_path / "solid.png"))
    y = clear.height() // 2
    # beside the line (a few pixels off its middle) the halo shows
    column = [clear.pixelColor(x, y - 4) for x in range(clear.width() // 3, clear.width() * 2 // 3)]
    assert any(0 < c.alpha() < 200 for c in column)
    warning = QColor("#E0A100")
    solid_column = [solid.pixelColor(x, y - 4) for x in range(solid.width() // 3, solid.width() * 2 // 3)]
    assert all(c.alpha() == 255 for c in solid_column)
    assert any(abs(c.red() - warning.red()) < 60 and c.blue() < 200 for c in solid_column)
