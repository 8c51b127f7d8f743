"""Stamps: a look painted once per picture and copied must give the picture painted directly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPicture

from stakeholder_map.canvas.stamps import Stamps
from stakeholder_map.model import Kind, Map, Relation

BOUNDS = QRectF(-30, -20, 60, 40)


def _look(painter: QPainter) -> None:
    path = QPainterPath()
    path.addRoundedRect(QRectF(-25, -15, 50, 30), 8, 8)
    painter.setPen(QPen(QColor("#7A3E9D"), 1.5))
    painter.setBrush(QColor(40, 160, 90, 200))
    painter.drawPath(path)
    painter.drawEllipse(QPointF(0, 0), 6.3, 6.3)


def _paint(places, stamps: Stamps | None, scale: float = 1.0) -> QImage:
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    for x, y in places:
        painter.save()
        painter.translate(x, y)
        if stamps is None or not stamps.draw(painter, "look", BOUNDS, _look):
            _look(painter)
        painter.restore()
    painter.end()
    return image


def _difference(a: QImage, b: QImage) -> tuple[float, int]:
    total, worst = 0, 0
    for y in range(a.height()):
        for x in range(0, a.width(), 2):
            ca, cb = a.pixelColor(x, y), b.pixelColor(x, y)
            d = max(abs(ca.red() - cb.red()), abs(ca.green() - cb.green()), abs(ca.blue() - cb.blue()))
            total += d
            worst = max(worst, d)
    return total / (a.height() * a.width() / 2), worst


@pytest.mark.parametrize("scale", [1.0, 1.37])
def test_stamped_looks_are_the_looks_painted_directly(qapp, scale):
    places = [(40, 40), (140.25, 40.5), (240.6, 41.1), (40, 140), (140.75, 139.9), (300.5, 140.5)]
    stamps = Stamps()
    stamped, direct = _paint(places, stamps, scale), _paint(places, None, scale)
    mean, worst = _difference(stamped, direct)
    assert mean < 0.5 and worst < 100  # placed to a quarter pixel: edges differ a little
    assert 1 <= len(stamps) < len(places)  # a look per quarter-pixel offset, not per place


def test_whole_pixel_places_share_one_stamp_and_match_exactly(qapp):
    places = [(40, 40), (140, 40), (240, 40), (40, 140), (140, 140)]
    stamps = Stamps()
    mean, worst = _difference(_paint(places, stamps), _paint(places, None))
    assert mean < 0.05 and worst <= 3  # blending once or twice rounds a level apart at most
    assert len(stamps) == 1


def test_no_stamp_where_it_would_not_be_the_same_picture(qapp):
    stamps = Stamps()
    picture = QPicture()  # a vector device (like SVG, PDF, a printer)
    painter = QPainter(picture)
    assert not stamps.draw(painter, "look", BOUNDS, _look)
    painter.end()
    image = QImage(100, 100, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    painter.rotate(30)
    assert not stamps.draw(painter, "look", BOUNDS, _look)
    painter.resetTransform()
    painter.setOpacity(0.5)
    assert not stamps.draw(painter, "look", BOUNDS, _look)
    painter.end()
    assert len(stamps) == 0


def test_a_png_with_stamped_nodes_looks_like_one_painted_node_by_node(qapp, tmp_path, monkeypatch):
    from stakeholder_map.canvas import stamps as stamps_module
    from stakeholder_map.render import export_map

    m = Map("Grid")
    m.add_node("app", Kind.PRODUCT, "App", x=0, y=0)
    kinds = [Kind.COMPANY, Kind.BUYER, Kind.DECISION_MAKER, Kind.END_USER, Kind.PERSON]
    for i in range(30):
        m.add_node(f"n{i}", kinds[i % 5], f"Node {i}", x=(i % 6) * 213.3 - 500, y=(i // 6) * 121.7 + 150)
        m.connect(f"n{i}", "app", Relation.USES if kinds[i % 5] is not Kind.COMPANY else Relation.PAYS)
    export_map(m, tmp_path / "stamped.png")
    monkeypatch.setattr(stamps_module.Stamps, "draw", lambda self, *args: False)
    export_map(m, tmp_path / "direct.png")
    stamped, direct = QImage(str(tmp_path / "stamped.png")), QImage(str(tmp_path / "direct.png"))
    assert stamped.size() == direct.size()
    mean, _worst = _difference(stamped, direct)
    assert mean < 0.5
