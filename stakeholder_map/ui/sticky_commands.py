"""Sticky notes in the window: add one (the palette, the canvas menu), write in it (a
double-click), move it (a drag) and delete it (Delete), each one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPointF
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog

from stakeholder_map.model import ModelError
from stakeholder_map.ui.icons import note_icon

translate = QCoreApplication.translate


class StickyCommands(QObject):
    """The window's sticky-note verbs; ``add`` is the palette's and the menus' action."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.add = QAction(note_icon(), translate("StickyNotes", "Sticky Note"), self)
        self.add.setObjectName("actionStickyNote")
        self.add.setToolTip(translate("StickyNotes", "Add a sticky note in the middle of the view: free text "
                                      "that is not a stakeholder (the analysis ignores it)"))
        self.add.triggered.connect(lambda _=False: self.add_at(self._view_centre()))

    def connect_scene(self, scene) -> None:
        scene.noteMoved.connect(self.move)
        scene.noteEditRequested.connect(self.edit)

    def _view_centre(self) -> QPointF:
        view = self.window.view
        return view.mapToScene(view.viewport().rect().center())

    def _run(self, verb, *args, **fields):
        try:
            return verb(*args, **fields)
        except ModelError as err:
            self.window.statusBar().showMessage(translate("StickyNotes", "Not changed: {reason}").format(reason=err), 6000)
            return None

    def add_at(self, scene_pos: QPointF) -> str | None:
        """A new note at the point, then the box to write in it."""
        note_id = self._run(self.window.editor.add_sticky_note, (scene_pos.x(), scene_pos.y()))
        if note_id is not None:
            self.edit(note_id)
        return note_id

    def edit(self, note_id: str) -> None:
        editor = self.window.editor
        note = editor.map.sticky_note(note_id)
        text, ok = QInputDialog.getMultiLineText(self.window, translate("StickyNotes", "Sticky note"),
                                               translate("StickyNotes", "What the note says:"), note.text)
        if ok:
            self._run(editor.edit_sticky_note, note_id, text=text)

    def move(self, note_id: str, x: float, y: float) -> None:
        if not self._run(self.window.editor.edit_sticky_note, note_id, x=x, y=y):
            self.window.scene.notes.sync(self.window.map)  # refused: back where the map has it

    def delete_selected(self) -> bool:
        notes = self.window.scene.notes.selected_ids()
        return bool(notes) and bool(self._run(self.window.editor.delete_sticky_notes, notes))
