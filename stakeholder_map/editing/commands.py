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
        self.change = self.change.merged_with(other.change)
        # Nudged back to where it started: the step does nothing, so the stack drops it.
        self.setObsolete(self.change.is_empty)
        return True
