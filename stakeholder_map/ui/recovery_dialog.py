"""At start-up, offer the maps a crashed or killed instance left unsaved.

``offer_recovery(store, parent)`` shows nothing when there is nothing to recover. Otherwise
a dialog lists each map with its title, file and time, all ticked; "Restore selected"
restores the ticked maps and deletes the others, "Discard all" deletes them all, and
closing the dialog (Esc) decides nothing: the copies are offered again next time.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from stakeholder_map.fileio.fingerprint import Fingerprint
from stakeholder_map.model import Map
from stakeholder_map.ui import messages
from stakeholder_map.ui.recovery import RecoveredMap, RecoveryStore

translate = QCoreApplication.translate


class RestoredMap(NamedTuple):
    """A restored map; open it with ``window.open_map_object(map, original_path,
    modified=True)`` and give that window ``install_autosave(window, store, doc_id=doc_id)``
    so the copy keeps protecting it."""

    map: Map
    original_path: Path | None
    doc_id: str
    #: the original file as it was when the copy was made; None when unknown
    disk_fingerprint: Fingerprint | None = None


def describe(recovered: RecoveredMap, now: datetime | None = None) -> str:
    """One line for the list: ``Launch plan — plan.stakemap.json — today at 14:05``."""
    local = recovered.time.astimezone()
    now = (now or datetime.now()).astimezone()
    time = f"{local:%H:%M}"
    if local.date() == now.date():
        when = translate("Recovery", "today at {time}").format(time=time)
    else:
        day = QLocale().toString(QDate(local.year, local.month, local.day), "dd MMM yyyy")
        when = translate("Recovery", "{date} at {time}").format(date=day, time=time)
    where = recovered.original_path.name if recovered.original_path else translate("Recovery", "never saved")
    return f"{recovered.display_title} — {where} — {when}"


class RecoveryDialog(QDialog):
    """A ticked list of recoverable maps with "Restore selected" and "Discard all"."""

    RESTORE = 1
    DISCARD_ALL = 2

    def __init__(self, recovered: list[RecoveredMap], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Recovery", "Recover unsaved maps"))
        self.recovered = list(recovered)
        self.choice = 0
        count = len(self.recovered)
        if count == 1:
            intro_text = translate("Recovery", "Stakeholder Map did not close properly last time. "
                                   "This map was not saved.\nTick the maps to restore; the others are deleted.")
        else:
            intro_text = translate("Recovery", "Stakeholder Map did not close properly last time. "
                                   "These {count} maps were not saved.\n"
                                   "Tick the maps to restore; the others are deleted.").format(count=count)
        intro = QLabel(intro_text)
        intro.setWordWrap(True)
        self.list = QListWidget()
        for item_data in self.recovered:
            item = QListWidgetItem(describe(item_data))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            if item_data.original_path:
                item.setToolTip(messages.plain_tooltip(str(item_data.original_path)))
            self.list.addItem(item)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(translate("Recovery", "Restore selected"))
        self.restore_button.setDefault(True)
        self.discard_button = QPushButton(translate("Recovery", "Discard all"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.restore_button.clicked.connect(lambda: self._finish(self.RESTORE))
        self.discard_button.clicked.connect(lambda: self._finish(self.DISCARD_ALL))
        self.list.itemChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def _update_buttons(self) -> None:
        ticked = len(self.selected())
        self.restore_button.setText(translate("Recovery", "Restore selected") if ticked
                                    else translate("Recovery", "Restore none, delete all"))

    def set_checked(self, index: int, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.list.item(index).setCheckState(state)

    def selected(self) -> list[RecoveredMap]:
        return [
            r for i, r in enumerate(self.recovered)
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _finish(self, choice: int) -> None:
        self.choice = choice
        self.accept()


def offer_recovery(store: RecoveryStore, parent: QWidget | None = None) -> list[RestoredMap]:
    """Ask about the orphaned copies in ``store``; return the maps to open, oldest first.

    A copy that cannot be read is kept on disk and named in a warning, never deleted
    silently.
    """
    orphans = store.orphans()
    if not orphans:
        return []
    dialog = RecoveryDialog(orphans, parent)
    dialog.exec()
    chosen = dialog.selected()
    choice = dialog.choice
    # Let Qt delete it, not Python's garbage collector at some random later moment.
    dialog.deleteLater()
    if choice == RecoveryDialog.DISCARD_ALL:
        for recovered in orphans:
            recovered.discard()
        return []
    if choice != RecoveryDialog.RESTORE:
        return []  # closed without deciding: offer them again next time
    restored: list[RestoredMap] = []
    unreadable: list[str] = []
    for recovered in reversed(orphans):  # oldest first, so the newest window ends on top
        if recovered not in chosen:
            recovered.discard()
            continue
        try:
            map_ = recovered.load()
        except (ValueError, OSError) as err:  # MapFileError is a ValueError
            unreadable.append(f"{recovered.display_title}: {err}")
            continue
        doc_id = store.take_over(recovered)
        restored.append(
            RestoredMap(map_, recovered.original_path, doc_id, recovered.original_fingerprint)
        )
    if unreadable:
        messages.warning(
            parent,
            translate("Recovery", "Some maps could not be restored"),
            translate("Recovery", "These recovery copies are damaged and were kept on disk in {folder}:"
                      "\n\n{maps}").format(folder=store.root, maps="\n".join(unreadable)),
        )
    return restored


class RecoverySession:
    """What ``start_recovery`` set up; keep it alive as long as the application runs."""

    def __init__(self, store: RecoveryStore | None, windows: list) -> None:
        self.store = store
        #: every window that has autosave, the start-up window first
        self.windows = windows


def start_recovery(window, *, root=None, **timing) -> RecoverySession:
    """At start-up, after the first window is shown: offer the maps a crashed instance left,
    open the restored ones (the first one in ``window`` if it holds an untouched untitled
    map, the others in new windows of the same class), and give every window autosave and
    the changed-on-disk check. Without a usable recovery folder the app runs without
    autosave and the status bar says so. ``timing`` goes to ``install_autosave``.
    """
    from PySide6.QtCore import QCoreApplication

    from stakeholder_map.ui.autosave import install_autosave
    from stakeholder_map.ui.recovery import RecoveryUnavailable
    from stakeholder_map.ui.safe_save import track_disk_file

    track_disk_file(window)
    try:
        store = RecoveryStore(root)
    except RecoveryUnavailable as err:
        window.statusBar().showMessage(
            translate("Recovery", "Unsaved maps cannot be recovered after a crash: {reason}").format(reason=err))
        return RecoverySession(None, [window])
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(store.close)
    free = window.file_path is None and window.editor.undo_stack.isClean() and not window.map.nodes
    windows = [window]
    first_doc_id = None
    for restored in offer_recovery(store, window):
        if free:
            target, free, first_doc_id = window, False, restored.doc_id
        else:
            target = type(window)()
            track_disk_file(target)
            target.show()
            windows.append(target)
        target.open_map_object(restored.map, restored.original_path, modified=True)
        if restored.disk_fingerprint is not None:
            # Compare later saves with the file as it was before the crash, not as it is now:
            # a colleague may have changed it in the meantime.
            target.disk_fingerprint = restored.disk_fingerprint
        if target is not window:
            install_autosave(target, store, doc_id=restored.doc_id, **timing)
    install_autosave(window, store, doc_id=first_doc_id, **timing)
    return RecoverySession(store, windows)
