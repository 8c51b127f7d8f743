"""The rule of who is drawn in which company box (model.boxes), without Qt."""

from __future__ import annotations

from stakeholder_map.model import Kind, Map, Relation
from stakeholder_map.model.boxes import ancestors, box_parents, inside


def test_a_member_of_two_boxed_companies_sits_in_the_first_by_id():
    m = Map()
    m.add_node("zeta", Kind.COMPANY, "Zeta", members_inside=True)
    m.add_node("alpha", Kind.COMPANY, "Alpha", members_inside=True)
    m.add_node("ann", Kind.PERSON, "Ann")
    m.connect("ann", "zeta", Relation.MEMBER_OF)
    m.connect("ann", "alpha", Relation.MEMBER_OF)
    assert box_parents(m) == {"ann": "alpha"}


def test_a_cycle_of_boxes_is_broken_and_companies_not_drawn_as_boxes_hold_no_one():
    m = Map()
    m.add_node("a", Kind.COMPANY, "A", members_inside=True)
    m.add_node("b", Kind.COMPANY, "B", members_inside=True)
    m.add_node("c", Kind.COMPANY, "C")
    m.add_node("ann", Kind.PERSON, "Ann")
    m.add_node("app", Kind.PRODUCT, "App")
    m.connect("a", "b", Relation.MEMBER_OF)
    m.connect("b", "a", Relation.MEMBER_OF)
    m.connect("ann", "c", Relation.MEMBER_OF)
    m.connect("app", "a", Relation.MEMBER_OF)  # an invalid link: a product is no member
    parents = box_parents(m)
    assert parents == {"b": "a"}
    assert ancestors(parents, "b") == ["a"] and inside(parents, "a") == ["b"]
