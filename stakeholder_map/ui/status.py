"""The status bar: messages on the left; counts, findings and zoom on the right."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from stakeholder_map.model import Map


class StatusBar(QStatusBar):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.counts = self._label("statusCounts", "Nodes and links")
        self.findings = self._label("statusFindings", "Findings")
        self.zoom = self._label("statusZoom", "Zoom")
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
        self.counts.setText(f"{n} node{'s' if n != 1 else ''} · {e} link{'s' if e != 1 else ''}")

    def show_findings(self, analysis) -> None:
        if analysis is None:
            self.findings.setText("")
            return
        by = {"error": 0, "warning": 0, "info": 0}
        for finding in analysis.findings:
            by[str(finding.severity)] = by.get(str(finding.severity), 0) + 1
        parts = [f"{count} {word}{'s' if count != 1 else ''}"
                 for word, count in (("error", by["error"]), ("warning", by["warning"]))
                 if count]
        self.findings.setText(", ".join(parts) if parts else "No errors or warnings")

    def show_zoom(self, factor: float) -> None:
        self.zoom.setText(f"{round(factor * 100)}%")
