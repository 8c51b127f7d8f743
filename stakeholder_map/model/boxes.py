"""Company boxes: which node is drawn inside which company's box.

A company with ``members_inside`` is drawn as a box; its members (the sources of its
``member_of`` links) are drawn inside it instead of joined by a line. A member that is a
company drawn as a box nests: a department is a box inside a box. The analysis does not
read any of this: ``member_of`` stays an edge.

The rule, written once: a node sits in the box of the first company drawn as a box (by
id) that it is a member of, unless that would put a box inside
itself (A in B in A); the links to other companies stay lines.

>>> from stakeholder_map.model import Kind, Map, Relation
>>> m = Map()
>>> _ = m.add_node("corp", Kind.COMPANY, "Corp", members_inside=True)
>>> _ = m.add_node("it", Kind.COMPANY, "IT", members_inside=True)
>>> _ = m.add_node("ann", Kind.PERSON, "Ann")
>>> _ = m.connect("it", "corp", Relation.MEMBER_OF)
>>> _ = m.connect("ann", "it", Relation.MEMBER_OF)
>>> box_parents(m)
{'it': 'corp', 'ann': 'it'}
>>> inside(box_parents(m), "corp")
['it', 'ann']
"""

from __future__ import annotations

from typing import Iterable, Mapping

from stakeholder_map.model.map import Map
from stakeholder_map.model.vocabulary import Kind, Relation


def boxed_companies(map_: Map) -> list[str]:
    """The ids of the companies drawn as boxes, in map order."""
    return [n.id for n in map_.nodes.values() if n.kind is Kind.COMPANY and n.members_inside]


def box_parents(map_: Map, boxes: Iterable[str] | None = None) -> dict[str, str]:
    """``{node id: id of the company box it is drawn in}`` (see the module docstring).

    ``boxes``: the boxed companies if the caller knows them (else they are looked up); they
    are taken by id, whatever order they come in.
    """
    parents: dict[str, str] = {}
    for box in sorted(boxed_companies(map_) if boxes is None else boxes):
        for edge in map_.edges_of(box):
            member = edge.source
            if (edge.relation is not Relation.MEMBER_OF or edge.target != box or member == box
                    or member in parents or not map_.node(member).kind.is_actor):
                continue
            if reaches(parents, box, member):
                continue  # it would put a box inside itself
            parents[member] = box
    return parents


def reaches(parents: Mapping[str, str], start: str, goal: str) -> bool:
    """Does the chain of boxes from ``start`` outwards reach ``goal``?"""
    seen = set()
    node: str | None = start
    while node is not None and node not in seen:
        if node == goal:
            return True
        seen.add(node)
        node = parents.get(node)
    return False


def children(parents: Mapping[str, str]) -> dict[str, list[str]]:
    """``{box id: the ids drawn directly inside it}``, in the order of ``parents``."""
    out: dict[str, list[str]] = {}
    for node, box in parents.items():
        out.setdefault(box, []).append(node)
    return out


def inside(parents: Mapping[str, str], box: str) -> list[str]:
    """Every node drawn inside ``box``, nested boxes' members too (outer ones first)."""
    kids = children(parents)
    out: list[str] = []
    todo = [box]
    while todo:
        current = todo.pop(0)
        for node in kids.get(current, ()):
            out.append(node)
            todo.append(node)
    return out


def ancestors(parents: Mapping[str, str], node: str) -> list[str]:
    """The boxes around ``node``, innermost first."""
    out = []
    box = parents.get(node)
    while box is not None and box not in out:
        out.append(box)
        box = parents.get(box)
    return out
