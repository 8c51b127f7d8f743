"""The status bar: messages on the left; counts, findings and zoom on the right."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QStatusBar

from stakeholder_map.model import Map
from stakeholder_map.ui.messages import links_text, nodes_text, number

translate = QCoreApplication.translate


class StatusBar(QStatusBar):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.counts = self._label("statusCounts", translate("StatusBar", "Nodes and links"))
        self.findings = self._label("statusFindings", translate("StatusBar", "Findings"))
        self.zoom = self._label("statusZoom", translate("StatusBar", "Zoom"))
        self.zoom.setMinimumWidth(48)
        self.show_zoom(1.0)

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setContentsMargins(8, 0, 8, 0)
        self.addPermanentWidget(label)
        return label

    def show_counts(self, map_: Map) -> None:
        n, e = len(map_.nodes), len(map_.edges)
        self.counts.setText(f"{nodes_text(n)} · {links_text(e)}")

    def show_findings(self, analysis) -> None:
        if analysis is None:
            self.findings.setText("")
            return
        by = {"error": 0, "warning": 0, "info": 0}
        for finding in analysis.findings:
            by[str(finding.severity)] = by.get(str(finding.severity), 0) + 1
        parts = []
        if by["error"]:
            parts.append(translate("StatusBar", "1 error") if by["error"] == 1
                         else translate("StatusBar", "{count} errors").format(count=number(by["error"])))
        if by["warning"]:
            parts.append(translate("StatusBar", "1 warning") if by["warning"] == 1
                         else translate("StatusBar", "{count} warnings").format(count=number(by["warning"])))
        self.findings.setText(", ".join(parts) if parts else translate("StatusBar", "No errors or warnings"))

    def show_zoom(self, factor: float) -> None:
        self.zoom.setText(translate("StatusBar", "{percent}%").format(percent=number(round(factor * 100))))
