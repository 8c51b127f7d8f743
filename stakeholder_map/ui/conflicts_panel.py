"""The merge conflicts a map records (``merge_conflicts``, written by ``stakeholder-map merge``):
listed when the map opens, each selecting its item when clicked, cleared by Mark All Resolved."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from stakeholder_map.compare import CONFLICTS_FIELD
from stakeholder_map.model import Change
from stakeholder_map.ui.messages import plain_tooltip
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

_ITEM = Qt.ItemDataRole.UserRole


def recorded_conflicts(the_map) -> list[dict]:
    """The conflicts the map records (entries that are not objects are skipped)."""
    value = the_map.extra.get(CONFLICTS_FIELD)
    return [c for c in value if isinstance(c, dict)] if isinstance(value, list) else []


class ConflictsController:
    """The Merge Conflicts panel of one window."""

    def __init__(self, window) -> None:
        self.window = window
        self.watched = None
        panel = QWidget()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("conflictsList")
        self.list.setAccessibleName(translate("Conflicts", "Merge conflicts"))
        self.list.setWordWrap(True)
        self.resolve = QPushButton(translate("Conflicts", "Mark All Resolved"))
        self.resolve.setObjectName("markConflictsResolved")
        self.resolve.setToolTip(translate("Conflicts", "Remove the list of conflicts from the map (Undo brings it back)"))
        layout = QVBoxLayout(panel)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.resolve)
        self.dock = QDockWidget(translate("Conflicts", "Merge Conflicts"), window)
        self.dock.setObjectName("mergeConflictsDock")
        self.dock.setAccessibleName(self.dock.windowTitle())
        self.dock.setWidget(panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.docks.findings, self.dock)  # a tab beside Findings
        self.dock.hide()
        self.list.itemClicked.connect(self._chosen)
        self.resolve.clicked.connect(self.mark_resolved)
        window.documentChanged.connect(self.document_opened)
        self.document_opened()

    def document_opened(self) -> None:
        if self.watched is not None:
            self.watched.changed.unsubscribe(self._map_changed)
        self.watched = self.window.map
        self.watched.changed.subscribe(self._map_changed)
        self.refresh()
        if recorded_conflicts(self.window.map):
            self.dock.show()
            self.dock.raise_()
            count = len(recorded_conflicts(self.window.map))
            if count == 1:
                text = translate("Conflicts", "This map was merged with 1 conflict: see the Merge Conflicts panel.")
            else:
                text = translate("Conflicts", "This map was merged with {count} conflicts: "
                                 "see the Merge Conflicts panel.").format(count=count)
            self.window.status.showMessage(text, 10000)

    def refresh(self) -> None:
        conflicts = recorded_conflicts(self.window.map)
        self.list.clear()
        for conflict in conflicts:
            text = str(conflict.get("message") or conflict)
            item = QListWidgetItem(text)
            item.setToolTip(plain_tooltip(text))
            item.setData(_ITEM, (conflict.get("item"), conflict.get("id")))
            self.list.addItem(item)
        self.resolve.setEnabled(bool(conflicts))
        if conflicts:
            self.heading.setText(
                translate("Conflicts", "Both sides of a merge changed these two ways; the merge kept ours. "
                          "Click one to select its item, change what needs changing, then mark them resolved."))
        else:
            self.heading.setText(translate("Conflicts", "No merge conflicts in this map."))

    def mark_resolved(self) -> None:
        before = dict(self.window.map.extra)
        if CONFLICTS_FIELD not in before:
            return
        after = {k: v for k, v in before.items() if k != CONFLICTS_FIELD}
        self.window.editor.apply(Change(extra=(before, after)),
                                 translate("Conflicts", "Mark merge conflicts resolved"))

    def _map_changed(self, change: Change) -> None:
        if change.extra is not None:
            self.refresh()

    def _chosen(self, item: QListWidgetItem) -> None:
        what, ident = item.data(_ITEM)
        if what == "node":
            self.window.show_items([ident], [])
        elif what == "edge":
            self.window.show_items([], [ident])
