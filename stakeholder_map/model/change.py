"""A change to a map: what was added, removed and replaced, so it can be inverted.

Every edit of a map, from one rename to a paste of a hundred nodes, is one ``Change``.
The map applies it as a whole or refuses it as a whole, and announces it to its
subscribers; an undo step applies ``change.inverted()``.

>>> from stakeholder_map.model.elements import Node
>>> from stakeholder_map.model.vocabulary import Kind
>>> c = Change(nodes_added=(Node("p", Kind.PRODUCT, "App"),))
>>> c.inverted().nodes_removed[0].id
'p'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from stakeholder_map.model.board import StickyNote, View
from stakeholder_map.model.elements import Edge, Node


@dataclass(frozen=True, slots=True)
class Change:
    """Node and edge additions, removals and replacements ``(before, after)``; the title, the
    currency, the map's other top-level fields (``extra``, such as recorded merge
    conflicts), the tag colours, the sticky notes and the saved views, each
    ``(before, after)`` or None when unchanged.

    ``nodes_removed_at`` / ``edges_removed_at`` hold where each removed element stood in the
    map's order (``Map.removal`` fills them); the inverse change puts them back there
    (``*_added_at``), so a delete and its undo leave the saved file as it was. Empty means
    "at the end".
    """

    nodes_added: tuple[Node, ...] = ()
    nodes_removed: tuple[Node, ...] = ()
    nodes_changed: tuple[tuple[Node, Node], ...] = ()
    edges_added: tuple[Edge, ...] = ()
    edges_removed: tuple[Edge, ...] = ()
    edges_changed: tuple[tuple[Edge, Edge], ...] = ()
    title: tuple[str | None, str | None] | None = None
    currency: tuple[str | None, str | None] | None = None
    extra: tuple[Mapping[str, Any], Mapping[str, Any]] | None = None
    nodes_added_at: tuple[int, ...] = ()
    nodes_removed_at: tuple[int, ...] = ()
    edges_added_at: tuple[int, ...] = ()
    edges_removed_at: tuple[int, ...] = ()
    tag_colours: tuple[Mapping[str, str], Mapping[str, str]] | None = None
    sticky_notes: tuple[tuple[StickyNote, ...], tuple[StickyNote, ...]] | None = None
    views: tuple[tuple[View, ...], tuple[View, ...]] | None = None

    def inverted(self) -> Change:
        return Change(
            nodes_added=self.nodes_removed,
            nodes_removed=self.nodes_added,
            nodes_added_at=self.nodes_removed_at,
            nodes_removed_at=self.nodes_added_at,
            edges_added_at=self.edges_removed_at,
            edges_removed_at=self.edges_added_at,
            nodes_changed=tuple((after, before) for before, after in self.nodes_changed),
            edges_added=self.edges_removed,
            edges_removed=self.edges_added,
            edges_changed=tuple((after, before) for before, after in self.edges_changed),
            title=None if self.title is None else (self.title[1], self.title[0]),
            currency=None if self.currency is None else (self.currency[1], self.currency[0]),
            extra=_swap(self.extra),
            tag_colours=_swap(self.tag_colours),
            sticky_notes=_swap(self.sticky_notes),
            views=_swap(self.views),
        )

    def _board_pairs(self) -> tuple:
        return (self.extra, self.tag_colours, self.sticky_notes, self.views)

    @property
    def is_empty(self) -> bool:
        return not (
            self.nodes_added or self.nodes_removed or self.nodes_changed
            or self.edges_added or self.edges_removed or self.edges_changed
            or (self.title is not None and self.title[0] != self.title[1])
            or (self.currency is not None and self.currency[0] != self.currency[1])
            or any(p is not None and p[0] != p[1] for p in self._board_pairs())
        )

    @property
    def only_moves(self) -> bool:
        """True when the change only moves nodes (the canvas and analysis can skip work)."""
        if self.nodes_added or self.nodes_removed or self.edges_added or self.edges_removed:
            return False
        if (self.edges_changed or self.title is not None or self.currency is not None
                or any(p is not None for p in self._board_pairs())):
            return False
        return all(
            before.with_(x=after.x, y=after.y) == after for before, after in self.nodes_changed
        )

    def touched_node_ids(self) -> set[str]:
        ids = {n.id for n in self.nodes_added} | {n.id for n in self.nodes_removed}
        ids.update(after.id for _, after in self.nodes_changed)
        return ids

    def touched_edge_ids(self) -> set[str]:
        ids = {e.id for e in self.edges_added} | {e.id for e in self.edges_removed}
        ids.update(after.id for _, after in self.edges_changed)
        return ids

    def merged_with(self, later: Change) -> Change:
        """One change with the effect of ``self`` then ``later``, for replacements only.

        Used to fold the steps of one drag into one undo step. Both changes must only
        replace existing nodes and edges.
        """
        def fold(first, second):
            order: dict[str, list] = {}
            for before, after in first:
                order[after.id] = [before, after]
            for before, after in second:
                if after.id in order:
                    order[after.id][1] = after
                else:
                    order[after.id] = [before, after]
            # A step that ends where it started (a nudge back) is no change at all.
            return tuple((b, a) for b, a in order.values() if b != a)

        def pair(first, second):
            if second is None:
                return first
            return second if first is None else (first[0], second[1])

        return Change(
            nodes_changed=fold(self.nodes_changed, later.nodes_changed),
            edges_changed=fold(self.edges_changed, later.edges_changed),
            title=pair(self.title, later.title),
            currency=pair(self.currency, later.currency),
            extra=pair(self.extra, later.extra),
            tag_colours=pair(self.tag_colours, later.tag_colours),
            sticky_notes=pair(self.sticky_notes, later.sticky_notes),
            views=pair(self.views, later.views),
        )


def _swap(pair):
    return None if pair is None else (pair[1], pair[0])
