"""File handling of a window: New, Open, Save, Save As, Revert, templates and the
unsaved-changes question. Every save goes through ``MainWindow.save_to``."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from stakeholder_map import heap
from stakeholder_map.layout import lay_out_missing
from stakeholder_map.ui import messages
from stakeholder_map.model import Map
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

FILE_FILTER = "Stakeholder maps (*.stakemap.json *.json);;All files (*)"


def file_filter() -> str:
    """``FILE_FILTER`` in the window's language, for the file dialogs."""
    return translate("Files", "Stakeholder maps (*.stakemap.json *.json);;All files (*)")
SUFFIX = ".stakemap.json"


def suggested_name(title: str | None) -> str:
    """``<title>.stakemap.json`` with characters that file systems refuse left out."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title or "")
    stem = " ".join(stem.split()).strip(" .") or translate("Files", "Untitled")
    return stem[:80] + SUFFIX


class FileController:
    """The File menu's verbs for one ``MainWindow``."""

    def __init__(self, window) -> None:
        self.window = window

    # -- asking ---------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """True when the current map may be replaced: it is saved, or the person chose Save
        (and saving worked) or Discard. Cancel, or a failed save, answers False."""
        w = self.window
        if w.editor.undo_stack.isClean():
            return True
        answer = messages.warning(
            w, translate("Files", "Unsaved changes"),
            translate("Files", "Do you want to save the changes to “{name}”?\n\n"
                      "Your changes will be lost if you don't save them.").format(name=w.document_name()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def error(self, title: str, message: str) -> None:
        messages.critical(self.window, title, message)

    # -- verbs ----------------------------------------------------------------------------
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.window.open_map_object(Map(), None)
        return True

    def open(self) -> bool:
        """Ask for a file and open it."""
        if not self.maybe_save():
            return False
        start = str(self.window.file_path.parent) if self.window.file_path else ""
        path, _ = QFileDialog.getOpenFileName(self.window, translate("Files", "Open Map"), start, file_filter())
        return bool(path) and self.open_path(path, ask=False)

    def open_path(self, path: str | Path, *, ask: bool = True) -> bool:
        """Open a file; on any error show the loader's message and keep the open map."""
        from stakeholder_map.fileio import MapFileError, load_map, remove_leftovers

        if ask and not self.maybe_save():
            return False
        path = Path(path)
        try:
            with heap.paused():  # laying out a big map makes as many objects as reading it
                loaded = lay_out_missing(load_map(path))
        except MapFileError as err:
            self.error(translate("Files", "Cannot open map"),
                       translate("Files", "This file is not a stakeholder map I can read.\n\n{reason}").format(reason=err))
            return False
        except OSError as err:
            self.error(translate("Files", "Cannot open map"),
                       translate("Files", "Could not read {file}: {reason}").format(file=path.name,
                                                                                   reason=err.strerror or err))
            return False
        self.window.open_map_object(loaded, path)
        self.window.recent.add(path)
        remove_leftovers(path)  # temporary files of a save that was killed half-way
        return True

    def open_template(self, path: str | Path) -> bool:
        """A copy of a template as a new, untitled, unmodified map."""
        from stakeholder_map.fileio import MapFileError, load_map

        if not self.maybe_save():
            return False
        try:
            with heap.paused():
                loaded = lay_out_missing(load_map(Path(path)))
        except (MapFileError, OSError) as err:
            self.error(translate("Files", "Cannot open template"), str(err))
            return False
        self.window.open_map_object(loaded, None, modified=False)
        return True

    def save(self) -> bool:
        if self.window.file_path is None:
            return self.save_as()
        return self.window.save_to(self.window.file_path)

    def save_as(self) -> bool:
        w = self.window
        folder = w.file_path.parent if w.file_path else Path.home()
        path, _ = QFileDialog.getSaveFileName(
            w, translate("Files", "Save Map As"), str(folder / suggested_name(w.map.title)), file_filter())
        if not path:
            return False
        if not path.endswith(".json"):
            path += SUFFIX
        return w.save_to(path)

    def revert(self) -> bool:
        """Reload the file from disk, dropping unsaved changes (after asking)."""
        w = self.window
        if w.file_path is None or w.editor.undo_stack.isClean():
            return False
        answer = messages.question(
            w, translate("Files", "Revert to saved"),
            translate("Files", "Discard your changes to “{name}” and reload the saved file?").format(
                name=w.document_name()),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Discard:
            return False
        return self.open_path(w.file_path, ask=False)
