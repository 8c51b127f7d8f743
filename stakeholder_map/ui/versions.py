"""Versions of a map in the window: File › Compare With... and the Merge Conflicts panel."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMenu

from stakeholder_map.ui.compare_panel import CompareController
from stakeholder_map.ui.conflicts_panel import ConflictsController, recorded_conflicts


class VersionControls:
    """Adds Compare With... to the File menu (after Revert to Saved) and the two panels."""

    def __init__(self, window) -> None:
        self.compare = CompareController(window)
        self.conflicts = ConflictsController(window)
        menu = window.menuBar().findChild(QMenu, "menuFile")
        actions = menu.actions()
        after = next((i for i, a in enumerate(actions) if a.objectName() == "actionRevert"), len(actions) - 1)
        menu.insertAction(actions[after + 1] if after + 1 < len(actions) else None, self.compare.action)
        # The window restores the last session's docks after this; these two show only when
        # there is something to show.
        QTimer.singleShot(0, window, lambda: self.settle(window))

    def settle(self, window) -> None:
        self.compare.dock.setVisible(self.compare.other is not None)
        self.conflicts.dock.setVisible(bool(recorded_conflicts(window.map)))
