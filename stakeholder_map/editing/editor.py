"""The editor: every verb a person can do to a map, each one undo step with a plain text.

>>> from stakeholder_map.model import Kind, Map, Relation
>>> editor = Editor(Map())
>>> app = editor.add_node(Kind.PRODUCT, (0, 0), "App")
>>> ann = editor.add_node(Kind.BUYER, (100, 0))
>>> editor.map.node(ann).name, ann
('New buyer', 'buyer1')
>>> editor.connect(ann, app, Relation.PAYS)
'e1'
>>> editor.undo_stack.undoText()
'Link New buyer pays for App'
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from stakeholder_map.editing.box_changes import box_setting, regrouping
from stakeholder_map.editing.commands import ChangeCommand
from stakeholder_map.editing.naming import add_step, counted_step, default_name, fields_text, link_step, unnamed
from stakeholder_map.model import (
    Change, Edge, Kind, Map, ModelError, Node, Relation, StickyNote, View,
)

NODE_FIELDS = frozenset({"name", "kind", "x", "y", "notes", "internal", "headcount", "tags",
                         "attitude", "power", "interest", "colour", "members_inside", "collapsed"})
COMPANY_FIELDS = ("internal", "members_inside", "collapsed")
EDGE_FIELDS = frozenset({"relation", "amount", "period", "agreement", "notes", "label"})
ACTOR_FIELDS = ("attitude", "power", "interest")
PAYMENT_FIELDS = ("amount", "period", "agreement")
DUPLICATE_OFFSET = (30.0, 30.0)


class NewIds(NamedTuple):
    """The ids a paste or duplicate created, to select them."""

    nodes: list[str]
    edges: list[str]


def _quoted(name: str, limit: int = 32) -> str:
    name = " ".join(name.split()) or unnamed()
    return name if len(name) <= limit else name[: limit - 1] + "…"


class Editor:
    """Owns the map's ``QUndoStack``; the window turns canvas intents into these verbs.

    A verb raises ``ModelError`` when the map refuses the change; then nothing is pushed.
    """

    def __init__(self, map_: Map, parent=None) -> None:
        self.map = map_
        self.undo_stack = QUndoStack(parent)

    def set_map(self, map_: Map) -> None:
        """Edit another map from now on, with an empty, clean history."""
        self.undo_stack.clear()
        self.map = map_
        self.undo_stack.setClean()

    # -- the core: one change, one step ---------------------------------------------------
    def apply(self, change: Change, text: str, *, merge_moves: bool = False) -> bool:
        """Apply ``change`` as one undo step; False when it changes nothing."""
        if change.is_empty:
            return False
        self.map.apply(change)  # raises ModelError before anything reaches the stack
        self.undo_stack.push(
            ChangeCommand(self.map, change, text, applied=True, merge_moves=merge_moves)
        )
        return True

    # -- verbs -----------------------------------------------------------------------------
    def add_node(self, kind: Kind | str, pos: tuple[float, float], name: str | None = None) -> str:
        kind = Kind(kind)
        node = Node(self.map.new_id(kind.value), kind,
                    default_name(kind) if name is None else name, x=float(pos[0]), y=float(pos[1]))
        self.apply(Change(nodes_added=(node,)), add_step(kind))
        return node.id

    def connect(self, source: str, target: str, relation: Relation | str, **fields: Any) -> str:
        relation = Relation(relation)
        src, tgt = self.map.node(source), self.map.node(target)
        edge = Edge(self.map.new_id("e"), source, target, relation, **fields)
        self.apply(Change(edges_added=(edge,)), link_step(_quoted(src.name), relation, _quoted(tgt.name)))
        return edge.id

    def delete(self, node_ids: Iterable[str] = (), edge_ids: Iterable[str] = (), *,
               verb: str = "Delete") -> bool:
        """Delete nodes (with all their edges) and edges; ``verb`` (``Delete`` or ``Cut``)
        names the undo step ("Cut 2 items", in the user's language)."""
        node_ids = list(dict.fromkeys(node_ids))
        edge_ids = list(dict.fromkeys(edge_ids))
        change = self.map.removal(node_ids, edge_ids)
        gone = set(node_ids)
        chosen = len(node_ids) + sum(
            1 for e in edge_ids if not ({self.map.edge(e).source, self.map.edge(e).target} & gone)
        )
        return self.apply(change, counted_step(verb, chosen))

    def move(self, positions: Mapping[str, tuple[float, float]]) -> bool:
        """Put nodes at new positions; consecutive moves of the same nodes merge."""
        change = self.map.moving({k: (float(x), float(y)) for k, (x, y) in positions.items()})
        text = counted_step("Move", len(change.nodes_changed))
        return self.apply(change, text, merge_moves=True)

    def rename(self, node_id: str, name: str) -> bool:
        before = self.map.node(node_id)
        after = before.with_(name=name)
        return self.apply(Change(nodes_changed=((before, after),)) if after != before else Change(),
                          QCoreApplication.translate("Undo", "Rename {old} to {new}").format(
                              old=_quoted(before.name), new=_quoted(name)))

    def set_node_fields(self, node_ids: Iterable[str], **fields: Any) -> bool:
        """Set fields on several nodes at once; a kind other than company drops ``internal``
        and its box (``members_inside``, ``collapsed``),
        and a product drops attitude, power and interest (only stakeholders have them)."""
        unknown = set(fields) - NODE_FIELDS
        if unknown:
            raise ModelError(f"nodes have no field {sorted(unknown)[0]!r}")
        pairs = []
        for node_id in dict.fromkeys(node_ids):
            before = self.map.node(node_id)
            wanted = dict(fields)
            kind = Kind(wanted.get("kind", before.kind))
            if kind is not Kind.COMPANY:
                for name in COMPANY_FIELDS:
                    wanted.pop(name, None)
                    if getattr(before, name) is not None:
                        wanted[name] = None
            if kind is Kind.PRODUCT:
                for name in ACTOR_FIELDS:
                    wanted[name] = None
            after = before.with_(**wanted)
            if after != before:
                pairs.append((before, after))
        return self.apply(Change(nodes_changed=tuple(pairs)),
                          fields_text(fields, len(pairs), "node"))

    def set_edge_fields(self, edge_ids: Iterable[str], **fields: Any) -> bool:
        """Set fields on several edges; a relation other than pays drops amount/period/agreement."""
        unknown = set(fields) - EDGE_FIELDS
        if unknown:
            raise ModelError(f"links have no field {sorted(unknown)[0]!r}")
        pairs = []
        for edge_id in dict.fromkeys(edge_ids):
            before = self.map.edge(edge_id)
            wanted = dict(fields)
            if Relation(wanted.get("relation", before.relation)) is not Relation.PAYS:
                for name in PAYMENT_FIELDS:
                    wanted[name] = None
            after = before.with_(**wanted)
            if after != before:
                pairs.append((before, after))
        return self.apply(Change(edges_changed=tuple(pairs)),
                          fields_text(fields, len(pairs), "link"))

    def paste(self, nodes: Iterable[Node], edges: Iterable[Edge],
              offset: tuple[float, float] = (0.0, 0.0), *, text: str = "Paste") -> NewIds:
        """Add copies with fresh ids, shifted by ``offset``; edges whose ends are not both
        pasted are left out. ``text`` (``Paste`` or ``Duplicate``) names the undo step."""
        renamed: dict[str, str] = {}
        new_nodes = []
        dx, dy = offset
        for node in nodes:
            if node.id in renamed:
                continue
            renamed[node.id] = self.map.new_id(node.kind.value)
            new_nodes.append(node.with_(id=renamed[node.id], x=(node.x or 0.0) + dx,
                                        y=(node.y or 0.0) + dy))
        new_edges = [
            edge.with_(id=self.map.new_id("e"), source=renamed[edge.source],
                       target=renamed[edge.target])
            for edge in edges if edge.source in renamed and edge.target in renamed
        ]
        count = len(new_nodes) + len(new_edges)
        self.apply(Change(nodes_added=tuple(new_nodes), edges_added=tuple(new_edges)),
                   counted_step(text, count))
        return NewIds([n.id for n in new_nodes], [e.id for e in new_edges])

    def duplicate(self, node_ids: Iterable[str]) -> NewIds:
        """Copies of the nodes and of the edges among them, a little down and right."""
        ids = set(node_ids)
        nodes = [n for nid, n in self.map.nodes.items() if nid in ids]
        edges = [e for e in self.map.edges.values() if e.source in ids and e.target in ids]
        return self.paste(nodes, edges, DUPLICATE_OFFSET, text="Duplicate")

    def arrange(self, positions: Mapping[str, tuple[float, float]]) -> bool:
        """Lay the map out at ``positions`` (the automatic layout's), one undo step."""
        return self.place_nodes(positions, QCoreApplication.translate("Undo", "Arrange map"))

    def place_nodes(self, positions: Mapping[str, tuple[float, float]], text: str) -> bool:
        """Put nodes at new positions as one undo step named ``text`` (never merged with
        a drag); False when no node moves."""
        change = self.map.moving({k: (float(x), float(y)) for k, (x, y) in positions.items()})
        return self.apply(change, text)

    def set_title(self, title: str | None) -> bool:
        title = (title.strip() or None) if title is not None else None
        old = self.map.title
        return self.apply(Change(title=(old, title)) if title != old else Change(),
                          QCoreApplication.translate("Undo", "Change map title"))

    def set_currency(self, currency: str | None) -> bool:
        """Name the map's currency (an ISO 4217 code such as ``EUR``, or None): one undo step."""
        currency = (currency.strip().upper() or None) if currency is not None else None
        old = self.map.currency
        return self.apply(Change(currency=(old, currency)) if currency != old else Change(),
                          QCoreApplication.translate("Undo", "Change currency"))

    # -- company boxes ---------------------------------------------------------------------
    def show_members_inside(self, company_ids: Iterable[str], on: bool) -> bool:
        """Draw companies as boxes holding their members (or their members joined by lines)."""
        ids = list(company_ids)
        change = box_setting(self.map, ids, members_inside=on)
        if on:
            text = self._one_or_count(ids, QCoreApplication.translate("Editor", "Show members inside {name}"),
                                      QCoreApplication.translate("Editor", "Show members inside {count} companies"))
        else:
            text = self._one_or_count(ids, QCoreApplication.translate("Editor", "Show members of {name} as links"),
                                      QCoreApplication.translate("Editor", "Show members of {count} companies as links"))
        return self.apply(change, text)

    def set_collapsed(self, company_ids: Iterable[str], collapsed: bool) -> bool:
        """Fold company boxes to their header (or open them again)."""
        ids = list(company_ids)
        change = box_setting(self.map, ids, collapsed=collapsed)
        if collapsed:
            text = self._one_or_count(ids, QCoreApplication.translate("Editor", "Collapse {name}"),
                                      QCoreApplication.translate("Editor", "Collapse {count} boxes"))
        else:
            text = self._one_or_count(ids, QCoreApplication.translate("Editor", "Expand {name}"),
                                      QCoreApplication.translate("Editor", "Expand {count} boxes"))
        return self.apply(change, text)

    def _one_or_count(self, ids: list[str], one: str, many: str) -> str:
        """An undo step's name: ``one`` with the node's quoted name when there is one node,
        else ``many`` with how many."""
        if len(ids) == 1:
            return one.format(name=_quoted(self.map.node(ids[0]).name))
        return many.format(count=len(ids))

    def regroup(self, positions: Mapping[str, tuple[float, float]], node_ids: Iterable[str],
                box: str | None) -> bool:
        """Move nodes and drop ``node_ids`` into the company box ``box`` (None: out of their
        box), making and ending *member of* links: one undo step."""
        ids = list(dict.fromkeys(node_ids))
        change = regrouping(self.map, positions, ids, box)
        if not (change.edges_added or change.edges_removed):
            return self.move(positions)
        moved = {e.source for e in change.edges_added} | {e.source for e in change.edges_removed}
        one = _quoted(self.map.node(next(iter(moved))).name) if len(moved) == 1 else None
        if box is not None:
            where = _quoted(self.map.node(box).name)
            text = (QCoreApplication.translate("Editor", "Move {name} into {box}").format(name=one, box=where) if one
                    else QCoreApplication.translate("Editor", "Move {count} nodes into {box}").format(count=len(moved), box=where))
        else:
            text = (QCoreApplication.translate("Editor", "Move {name} out of its box").format(name=one) if one
                    else QCoreApplication.translate("Editor", "Move {count} nodes out of their boxes").format(count=len(moved)))
        return self.apply(change, text)

    # -- what is not a stakeholder: tag colours, sticky notes, views ----------------------
    def set_tag_colour(self, tag: str, colour: str | None) -> bool:
        """Colour a tag (``#rrggbb``), or take its colour away (None): one undo step."""
        old = dict(self.map.tag_colours)
        new = dict(old)
        if colour is None:
            new.pop(tag, None)
        else:
            new[tag] = colour
        change = Change(tag_colours=(old, new)) if new != old else Change()
        text = (QCoreApplication.translate("Undo", "Colour tag {tag}") if colour
                else QCoreApplication.translate("Undo", "Clear colour of {tag}"))
        return self.apply(change, text.format(tag=_quoted(tag)))

    def _notes(self, notes: Iterable[StickyNote], text: str) -> bool:
        old = self.map.sticky_notes
        return self.apply(Change(sticky_notes=(old, tuple(notes))), text)

    def add_sticky_note(self, pos: tuple[float, float], text: str = "") -> str:
        note = StickyNote(self.map.new_id("note"), text, float(pos[0]), float(pos[1]))
        self._notes((*self.map.sticky_notes, note), QCoreApplication.translate("Undo", "Add sticky note"))
        return note.id

    def edit_sticky_note(self, note_id: str, **fields: Any) -> bool:
        """Change a sticky note's ``text`` or position (``x``, ``y``)."""
        self.map.sticky_note(note_id)  # raises when there is none
        notes = [n.with_(**fields) if n.id == note_id else n for n in self.map.sticky_notes]
        if tuple(notes) == self.map.sticky_notes:
            return False
        verb = (QCoreApplication.translate("Undo", "Edit sticky note") if "text" in fields
                else QCoreApplication.translate("Undo", "Move sticky note"))
        return self._notes(notes, verb)

    def delete_sticky_notes(self, note_ids: Iterable[str]) -> bool:
        gone = set(note_ids)
        notes = [n for n in self.map.sticky_notes if n.id not in gone]
        if len(notes) == len(self.map.sticky_notes):
            return False
        return self._notes(notes, counted_step("Delete notes", len(self.map.sticky_notes) - len(notes)))

    def save_view(self, view: View) -> bool:
        """Keep a view in the map; one of the same name is replaced in its place."""
        old = self.map.views
        names = [v.name for v in old]
        new = tuple(view if v.name == view.name else v for v in old) if view.name in names else (*old, view)
        change = Change(views=(old, new)) if new != old else Change()
        return self.apply(change, QCoreApplication.translate("Undo", "Save view {name}").format(
            name=_quoted(view.name)))

    def delete_view(self, name: str) -> bool:
        old = self.map.views
        new = tuple(v for v in old if v.name != name)
        change = Change(views=(old, new)) if new != old else Change()
        return self.apply(change, QCoreApplication.translate("Undo", "Delete view {name}").format(
            name=_quoted(name)))
