"""Saving that never overwrites someone else's work by surprise, and never loses the map.

``track_disk_file(window)`` remembers a fingerprint of the window's file whenever a document
is opened (``documentChanged``) and ``guarded_save`` after every save. Before it overwrites
that same file, ``guarded_save`` compares the file on disk with the fingerprint:

* changed by someone else (or replaced by anything) → the person chooses Overwrite,
  Save As… or Cancel;
* deleted or moved away → it is written again at the same place without asking: nothing
  on disk is overwritten, and the person asked for the map to be in that file;
* unchanged → saved at once.

A file marked read-only is never replaced without asking: Replace (it stays read-only),
Save As… or Cancel.

A failed save shows one dialog saying why and what is safe; the map stays open and marked
modified, and the file on disk is left as it was (``save_map`` is atomic). The previous file
is kept as ``<name>.bak`` unless the setting ``files/keep_backup`` is false.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from stakeholder_map.fileio.fingerprint import DiskState, Fingerprint, disk_state
from stakeholder_map.ui import messages

translate = QCoreApplication.translate

KEEP_BACKUP_KEY = "files/keep_backup"


class Choice(Enum):
    """The answers to "this file changed on disk"."""

    OVERWRITE = "overwrite"
    SAVE_AS = "save_as"
    CANCEL = "cancel"


def track_disk_file(window) -> None:
    """Fingerprint the window's file now and each time its document is replaced."""
    def remember() -> None:
        window.disk_fingerprint = Fingerprint.of_or_none(window.file_path)

    remember()
    window.documentChanged.connect(remember)


def ask_changed_on_disk(window, path: Path) -> Choice:
    """Ask what to do about a file someone else changed since it was opened."""
    return _overwrite_save_as_or_cancel(
        window, translate("SafeSave", "File changed on disk"),
        translate("SafeSave", "“{file}” was changed by another program or person since you opened it.").format(
            file=path.name),
        translate("SafeSave", "Overwrite it with your map, save your map as a new file, or cancel and keep both "
                  "as they are."),
        translate("SafeSave", "Overwrite"),
    )


def ask_read_only(window, path: Path) -> Choice:
    """Ask what to do about saving over a file marked read-only."""
    return _overwrite_save_as_or_cancel(
        window, translate("SafeSave", "File is read-only"),
        translate("SafeSave", "“{file}” is read-only: it is marked so that it is not changed by mistake.").format(
            file=path.name),
        translate("SafeSave", "Replace it with your map anyway (it stays read-only), save your map as a new file, "
                  "or cancel and keep the file as it is."),
        translate("SafeSave", "Replace"),
    )


def _overwrite_save_as_or_cancel(window, title: str, text: str, detail: str, overwrite_label: str) -> Choice:
    """One warning with three answers: write over the file, Save As… (the default), Cancel."""
    box = messages.plain_box(window, QMessageBox.Icon.Warning, title, text, detail)
    overwrite = box.addButton(overwrite_label, QMessageBox.ButtonRole.DestructiveRole)
    save_as = box.addButton(translate("SafeSave", "Save As…"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is overwrite:
        return Choice.OVERWRITE
    if clicked is save_as:
        return Choice.SAVE_AS
    return Choice.CANCEL


def ask_save_as_path(window, path: Path) -> Path | None:
    """The Save As dialog (it asks itself before replacing an existing file)."""
    from stakeholder_map.ui.files import SUFFIX, file_filter, suggested_name

    start = path.parent / suggested_name(window.map.title) if path.parent.is_dir() else Path.home()
    chosen, _ = QFileDialog.getSaveFileName(window, translate("SafeSave", "Save Map As"), str(start), file_filter())
    if not chosen:
        return None
    if not chosen.endswith(".json"):
        chosen += SUFFIX
    return Path(chosen)


def keep_backup(window) -> bool:
    return bool(window.settings().value(KEEP_BACKUP_KEY, True, type=bool))


def guarded_save(
    window,
    path: str | Path,
    *,
    ask: Callable[[object, Path], Choice] | None = None,
    ask_path: Callable[[object, Path], Path | None] | None = None,
    ask_replace_read_only: Callable[[object, Path], Choice] | None = None,
) -> Path | None:
    """Save ``window.map`` to ``path`` safely; return the path written, or None.

    None means nothing was written: the person cancelled, or the save failed and a dialog
    said why. The caller then keeps the map marked modified; on success it takes the
    returned path as the window's file (it differs from ``path`` after "Save As…").
    """
    ask = ask or ask_changed_on_disk
    ask_path = ask_path or ask_save_as_path
    ask_replace_read_only = ask_replace_read_only or ask_read_only
    path = Path(path)
    known: Fingerprint | None = window.disk_fingerprint
    if known is not None and _same_file(known.path, path):
        state = disk_state(path, known)
        if state is DiskState.CHANGED:
            choice = ask(window, path)
            if choice is Choice.CANCEL:
                return None
            if choice is Choice.SAVE_AS:
                chosen = ask_path(window, path)
                if chosen is None:
                    return None
                path = chosen
    from stakeholder_map.fileio import is_read_only

    replace_read_only = False
    if is_read_only(path):
        choice = ask_replace_read_only(window, path)
        if choice is Choice.CANCEL:
            return None
        if choice is Choice.SAVE_AS:
            chosen = ask_path(window, path)
            if chosen is None:
                return None
            path = chosen  # another read-only file there is refused with the reason
        else:
            replace_read_only = True
    if not _write(window, path, replace_read_only):
        return None
    window.disk_fingerprint = Fingerprint.of_or_none(path)
    return path


def _write(window, path: Path, replace_read_only: bool = False) -> bool:
    from stakeholder_map.fileio import MapSaveError, save_map

    try:
        save_map(window.map, path, backup=keep_backup(window), replace_read_only=replace_read_only)
    except (MapSaveError, OSError) as err:
        reason = str(err) if isinstance(err, MapSaveError) else (
            translate("SafeSave", "Could not save {file}: {reason}").format(
                file=path.name, reason=(err.strerror or str(err)).rstrip('.').lower()))
        messages.critical(
            window,
            translate("SafeSave", "Cannot save map"),
            translate("SafeSave", "{reason}.\n\nYour map is still open with all its changes, and the file on disk "
                      "was left as it was. Try Save As… to save it in another folder.").format(reason=reason),
        )
        return False
    return True


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b
