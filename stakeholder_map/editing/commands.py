"""The one undo command: it applies a model ``Change`` and undoes it with ``change.inverted()``.

Every edit of the editor is a ``ChangeCommand``; the map validates the change, so a command
holds no logic of its own (orange-canvas-core's five-line commands, without the subclasses).
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from stakeholder_map.model import Change, Map

#: The ``id()`` of move commands: consecutive moves of the same nodes merge into one step.
MOVE_COMMAND_ID = 0x4D4F5645  # "MOVE"


class ChangeCommand(QUndoCommand):
    """Redo applies ``change``, undo applies its inverse.

    The editor applies the change itself before pushing (so a refused change raises and
    never reaches the stack); ``applied=True`` makes the stack's first ``redo`` a no-op.
    """

    def __init__(self, map_: Map, change: Change, text: str, *, applied: bool = False,
                 merge_moves: bool = False) -> None:
        super().__init__(text)
        self._map = map_
        self.change = change
        self._skip_redo = applied
        self._merge_moves = merge_moves
        self._moved = frozenset(after.id for _, after in change.nodes_changed)

    def _put_back_exactly(self, merged: Change, later: Change) -> None:
        """Nodes moved back to where they started leave the step: give them back their very
        own values (``260``, not the equal ``260.0`` a move computed), so the file reads as
        before and an undo of the step leaves nothing behind."""
        kept = {after.id for _, after in merged.nodes_changed}
        first = {}
        for before, _ in (*self.change.nodes_changed, *later.nodes_changed):
            first.setdefault(before.id, before)
        pairs = []
        for node_id, before in first.items():
            current = self._map.nodes.get(node_id)
            if node_id not in kept and current is not None and current is not before and current == before:
                pairs.append((current, before))
        if pairs:
            self._map.apply(Change(nodes_changed=tuple(pairs)))

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._map.apply(self.change)

    def undo(self) -> None:
        self._map.apply(self.change.inverted())

    def id(self) -> int:  # noqa: A003 - Qt's name
        return MOVE_COMMAND_ID if self._merge_moves else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        """Fold a later move of the same node set into this one (a drag, arrow nudges)."""
        if not isinstance(other, ChangeCommand) or other.id() != self.id():
            return False
        if other._moved != self._moved:
            return False
        # merged_with drops nodes that ended where they started, so "back to the start" is empty.
        merged = self.change.merged_with(other.change)
        self._put_back_exactly(merged, other.change)
        self.change = merged
        # Nudged back to where it started: the step does nothing, so the stack drops it.
        self.setObsolete(self.change.is_empty)
        return True
