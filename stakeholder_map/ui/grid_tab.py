"""The window's middle: the map and, in a tab beside it, the power/interest grid.

The grid shares the map's selection (selecting on one selects on the other) and its drops
become undo steps through the editor, like every edit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from stakeholder_map.canvas.power_interest import PowerInterestScene, PowerInterestView
from stakeholder_map.model import Level, Map, ModelError
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

MAP_TAB, GRID_TAB = 0, 1


class MapTabs(QTabWidget):
    """``Map`` and ``Power and interest`` tabs; ``window`` gives the editor, scene and status."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.setObjectName("mapTabs")
        self.setDocumentMode(True)
        self.setTabPosition(QTabWidget.TabPosition.South)
        # The keys belong to the map (arrows nudge nodes): the tabs never take the focus.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabBar().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.window_ = window
        self.grid_scene = PowerInterestScene(window.map, self)
        self.grid_view = PowerInterestView(self.grid_scene)
        self.addTab(window.view, translate("Tabs", "Map"))
        self.addTab(self.grid_view, translate("Tabs", "Power and interest"))
        self.setTabToolTip(GRID_TAB, translate("Tabs", "Your stakeholders on Mendelow's power/interest grid: "
                                               "drag one to another cell to change its power and interest"))
        self.grid_scene.stanceRequested.connect(self._place)
        self.grid_scene.selectionChanged.connect(self._grid_selection_changed)
        self.currentChanged.connect(self._shown)

    def set_map(self, map_: Map) -> None:
        self.grid_scene.set_map(map_)

    def attach(self, scene) -> None:
        """Follow a (new) map scene's selection."""
        scene.selectionChanged.connect(self._map_selection_changed)

    def _shown(self, index: int) -> None:
        (self.grid_view if index == GRID_TAB else self.window_.view).setFocus(Qt.FocusReason.TabFocusReason)
        if index == GRID_TAB:
            self.grid_scene.theme = self.window_.scene.theme
            self.grid_scene.select_ids(self.window_.scene.selected_node_ids())

    def _place(self, node_id: str, power: Level, interest: Level) -> None:
        try:
            self.window_.editor.set_node_fields([node_id], power=power, interest=interest)
        except ModelError as err:
            self.window_.status.showMessage(translate("Tabs", "Not changed: {reason}").format(reason=err), 6000)

    def _grid_selection_changed(self) -> None:
        try:
            ids = self.grid_scene.selected_node_ids()
        except RuntimeError:  # being deleted
            return
        self.window_.scene.select_ids(ids, [])

    def _map_selection_changed(self) -> None:
        try:
            ids = self.window_.scene.selected_node_ids()
        except RuntimeError:
            return
        self.grid_scene.select_ids(ids)
