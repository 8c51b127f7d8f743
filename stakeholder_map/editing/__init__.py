"""Undoable editing: every change a person makes goes through the ``Editor``'s undo stack."""

from stakeholder_map.editing.commands import ChangeCommand
from stakeholder_map.editing.editor import Editor, NewIds

__all__ = ["ChangeCommand", "Editor", "NewIds"]
