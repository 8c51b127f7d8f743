"""The docks around the canvas: palette, properties, findings, key stakeholders, filter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QWidget

from stakeholder_map.ui.filter_panel import FilterPanel
from stakeholder_map.ui.findings import FindingsList
from stakeholder_map.ui.messages import number
from stakeholder_map.ui.palette import PaletteWidget
from stakeholder_map.ui.properties import PropertiesPanel
from stakeholder_map.ui.stakeholders import KeyStakeholdersList
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

Area = Qt.DockWidgetArea


def _dock(window: QMainWindow, title: str, name: str, widget: QWidget, area) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setAccessibleName(title)
    dock.setWidget(widget)
    dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                     | QDockWidget.DockWidgetFeature.DockWidgetClosable
                     | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
    window.addDockWidget(area, dock)
    return dock


def _scrolling(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    return scroll


class Docks:
    """Creates the docks of a window; ``findings_count`` updates the findings dock's title."""

    def __init__(self, window) -> None:
        self.palette_widget = PaletteWidget(window.tools)
        self.palette = _dock(window, translate("Docks", "Palette"), "paletteDock", _scrolling(self.palette_widget),
                             Area.LeftDockWidgetArea)

        self.properties_panel = PropertiesPanel(window.editor)
        # scrolls rather than setting the window's minimum height (a laptop screen is short)
        self.properties = _dock(window, translate("Docks", "Properties"), "propertiesDock",
                                _scrolling(self.properties_panel), Area.RightDockWidgetArea)

        self.findings_list = FindingsList()
        self.findings = _dock(window, translate("Docks", "Findings"), "findingsDock", self.findings_list,
                              Area.RightDockWidgetArea)
        self.findings_list.countChanged.connect(self.findings_count)
        self.findings_list.pending.connect(lambda: self.findings.setWindowTitle(translate("Docks", "Findings")))

        self.stakeholders_list = KeyStakeholdersList()
        self.stakeholders = _dock(window, translate("Docks", "Key Stakeholders"), "keyStakeholdersDock",
                                  self.stakeholders_list, Area.RightDockWidgetArea)
        window.tabifyDockWidget(self.findings, self.stakeholders)

        self.filter_panel = FilterPanel()
        self.filter = _dock(window, translate("Docks", "Filter"), "filterDock", self.filter_panel, Area.RightDockWidgetArea)
        window.tabifyDockWidget(self.stakeholders, self.filter)
        self.findings.raise_()
        self._window = window

    def initial_sizes(self) -> None:
        """Sizes for a first start (later starts restore the person's own layout)."""
        w = self._window
        w.resizeDocks([self.palette, self.properties], [170, 320], Qt.Orientation.Horizontal)
        height = max(w.height() - 120, 400)
        w.resizeDocks([self.properties, self.findings], [int(height * 0.42), int(height * 0.58)],
                      Qt.Orientation.Vertical)

    def findings_count(self, count: int) -> None:
        self.findings.setWindowTitle(translate("Docks", "Findings ({count})").format(count=number(count)))

    def all(self) -> list[QDockWidget]:
        return [self.palette, self.properties, self.findings, self.stakeholders, self.filter]
