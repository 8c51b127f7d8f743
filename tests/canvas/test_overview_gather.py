"""The overview of a new map (every item gathered at once) draws what it draws when the same
items arrive one by one: with and without company boxes, folded or open."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage, QPainter

from stakeholder_map.canvas import MapScene
from stakeholder_map.model import Kind, Map, Relation


def _map(boxes: bool, folded: bool) -> Map:
    m = Map("Far")
    m.add_node("app", Kind.PRODUCT, "App", x=900, y=0)
    inside = True if boxes else None
    m.add_node("acme", Kind.COMPANY, "Acme", x=0, y=0, members_inside=inside,
               collapsed=True if (boxes and folded) else None)
    m.add_node("ann", Kind.PERSON, "Ann", x=-60, y=60)
    m.add_node("bob", Kind.DECISION_MAKER, "Bob", x=80, y=60)
    m.add_node("cy", Kind.END_USER, "Cy", x=500, y=600)
    m.add_node("dee", Kind.END_USER, "Dee", x=500, y=600)  # on top of Cy
    m.connect("ann", "acme", Relation.MEMBER_OF)
    m.connect("bob", "acme", Relation.MEMBER_OF)
    m.connect("bob", "app", Relation.DECIDES)
    m.connect("ann", "bob", Relation.INFLUENCES)
    m.connect("acme", "app", Relation.PAYS)
    m.connect("cy", "app", Relation.USES)
    m.connect("dee", "cy", Relation.INFLUENCES)
    return m


def _drawn(scene: MapScene) -> QImage:
    image = QImage(320, 200, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.scale(0.2, 0.2)
    painter.translate(300, 200)
    scene.overview.paint(painter, scene, 0.2, None)
    painter.end()
    return image


@pytest.mark.parametrize("boxes, folded", [(False, False), (True, False), (True, True)])
def test_a_whole_map_is_drawn_from_far_as_its_items_one_by_one(qapp, boxes, folded):
    whole = MapScene(_map(boxes, folded))
    at_once = _drawn(whole)

    grown_map = Map("Far")
    grown = MapScene(grown_map)
    _drawn(grown)  # the overview exists, then follows the items as they come
    source = _map(boxes, folded)
    grown_map.add(source.nodes.values(), source.edges.values())
    one_by_one = _drawn(grown)

    assert at_once == one_by_one
    assert at_once != _drawn(MapScene(Map("Far")))  # something is drawn at all
    whole.detach()
    grown.detach()
