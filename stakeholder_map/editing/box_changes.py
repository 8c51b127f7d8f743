"""The changes behind company boxes: show members inside, collapse, and drop into or out of
a box (a move and the *member of* links it makes or ends, in one change: one undo step).

>>> from stakeholder_map.model import Kind, Map
>>> m = Map()
>>> _ = m.add_node("acme", Kind.COMPANY, "Acme", x=0, y=0, members_inside=True)
>>> _ = m.add_node("ann", Kind.PERSON, "Ann", x=300, y=0)
>>> change = regrouping(m, {"ann": (10.0, 20.0)}, ["ann"], "acme")
>>> [(e.source, e.relation.value, e.target) for e in change.edges_added]
[('ann', 'member_of', 'acme')]
>>> change.nodes_changed[0][1].position
(10.0, 20.0)
"""

from __future__ import annotations

from typing import Iterable, Mapping

from stakeholder_map.model import Change, Edge, Kind, Map, Relation, is_allowed
from stakeholder_map.model.boxes import box_parents, reaches


def regrouping(map_: Map, positions: Mapping[str, tuple[float, float]], node_ids: Iterable[str],
               box: str | None) -> Change:
    """Move nodes to ``positions`` and put ``node_ids`` in ``box`` (None: in no box): the
    *member of* link to the box each was drawn in ends, one to ``box`` is made. A node
    that may not be a member of a company (a product), or would hold its own box, only moves."""
    moves = map_.moving({k: (float(x), float(y)) for k, (x, y) in positions.items()})
    parents = box_parents(map_)
    removed: dict[str, Edge] = {}
    added: list[Edge] = []
    target = map_.node(box) if box is not None else None
    for node_id in dict.fromkeys(node_ids):
        old = parents.get(node_id)
        if old == box:
            continue
        node = map_.node(node_id)
        if target is not None and not is_allowed(Relation.MEMBER_OF, node.kind, target.kind):
            continue
        if target is not None and reaches(parents, box, node_id):  # it would hold its own box
            continue
        if old is not None:
            for edge in map_.edges_of(node_id):
                if edge.relation is Relation.MEMBER_OF and edge.source == node_id and edge.target == old:
                    removed[edge.id] = edge
        already = any(e.relation is Relation.MEMBER_OF and e.source == node_id and e.target == box
                      for e in map_.edges_of(node_id)) if box is not None else True
        if not already:
            added.append(Edge(_fresh_id(map_, added), node_id, box, Relation.MEMBER_OF))
    if not removed and not added:
        return moves
    removal = map_.removal((), removed)
    return Change(nodes_changed=moves.nodes_changed, edges_removed=removal.edges_removed,
                  edges_removed_at=removal.edges_removed_at, edges_added=tuple(added))


def _fresh_id(map_: Map, taken: list[Edge]) -> str:
    ident = map_.new_id("e")
    while any(e.id == ident for e in taken):
        ident = map_.new_id("e")
    return ident


def box_setting(map_: Map, company_ids: Iterable[str], **fields: bool | None) -> Change:
    """Set ``members_inside`` / ``collapsed`` on companies (other kinds are left alone);
    a box shown as links again forgets that it was collapsed. A company newly drawn as a
    box whose members are spread so far that its box would hold others too gathers them
    below it (see ``gathered``), in the same change."""
    pairs = []
    moved: dict[str, tuple[float, float]] = {}
    for node_id in dict.fromkeys(company_ids):
        before = map_.node(node_id)
        if before.kind is not Kind.COMPANY:
            continue
        wanted = {k: (v or None) for k, v in fields.items()}
        if wanted.get("members_inside", before.members_inside) is None:
            wanted["collapsed"] = None
        after = before.with_(**wanted)
        if after != before:
            pairs.append((before, after))
            if after.is_box and not before.is_box:
                moved.update(gathered(map_, node_id))
    moves = map_.moving({k: v for k, v in moved.items() if k not in {b.id for b, _ in pairs}})
    return Change(nodes_changed=tuple(pairs) + moves.nodes_changed)


GATHER_STEP = (200.0, 140.0)  # room for a node, its name and its badges


def gathered(map_: Map, company_id: str) -> dict[str, tuple[float, float]]:
    """Where the members of ``company_id`` go when it becomes a box: nowhere (``{}``) when
    the box around them would hold no one else, else a grid below the company (or above it,
    to its left or right, the first place where the box holds no one else), in map order.
    A company with departments drawn as boxes is left as it is.

    >>> from stakeholder_map.model import Map, Relation
    >>> m = Map()
    >>> _ = m.add_node("acme", Kind.COMPANY, "Acme", x=0, y=0)
    >>> _ = m.add_node("app", Kind.PRODUCT, "App", x=300, y=100)
    >>> _ = m.add_node("cio", Kind.DECISION_MAKER, "CIO", x=-200, y=100)
    >>> _ = m.add_node("staff", Kind.END_USER, "Staff", x=700, y=100)
    >>> _ = m.connect("cio", "acme", Relation.MEMBER_OF)
    >>> _ = m.connect("staff", "acme", Relation.MEMBER_OF)
    >>> gathered(m, "acme")  # the box from the CIO to the staff would hold the app
    {'cio': (-100.0, 120.0), 'staff': (100.0, 120.0)}
    """
    boxes = {n.id for n in map_.nodes.values() if n.is_box} | {company_id}
    members = [m for m, box in box_parents(map_, boxes).items() if box == company_id]
    placed = [map_.node(m) for m in members if map_.node(m).position is not None]
    company = map_.node(company_id)
    if not placed or any(n.id in boxes for n in placed) or company.position is None:
        return {}
    left, right = min(n.x for n in placed), max(n.x for n in placed)
    top, bottom = min(n.y for n in placed), max(n.y for n in placed)
    inside = set(members) | {company_id}
    strangers = [n for n in map_.nodes.values() if n.id not in inside and n.position is not None
                 and left - 20 <= n.x <= right + 20 and top - 20 <= n.y <= bottom + 20]
    if not strangers:
        return {}
    columns = max(1, min(len(placed), round(len(placed) ** 0.5 + 0.49)))
    rows = -(-len(placed) // columns)
    sx, sy = GATHER_STEP
    w, h = columns * sx, rows * sy
    others = [n for n in map_.nodes.values() if n.id not in inside and n.position is not None]

    def crowd(left: float, top: float) -> int:  # the others the box there would hold
        return sum(1 for n in others if left - _ROOM <= n.x <= left + w + _ROOM and top - _ROOM <= n.y <= top + h + _ROOM)

    cx, cy = company.x, company.y
    # below the company, else above it, to its left or to its right: the first free place
    places = [(cx - w / 2, cy + 50.0), (cx - w / 2, cy - 50.0 - h), (cx - 50.0 - w, cy - h / 2), (cx + 50.0, cy - h / 2)]
    left, top = min(places, key=lambda place: crowd(*place))
    return {n.id: (float(left + sx / 2 + (i % columns) * sx), float(top + sy / 2 + (i // columns) * sy))
            for i, n in enumerate(placed)}


_ROOM = 90.0  # a node's half size and the box's padding
