"""The findings panel: every gap the analysis flags, worst first; clicking one shows its nodes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from stakeholder_map.ui.icons import severity_icon

_RANK = {"error": 3, "warning": 2, "info": 1}


class FindingsList(QListWidget):
    """One row per finding with its severity icon and message. ``findingChosen`` carries the
    finding's node and edge ids when a row is clicked or activated with the keyboard."""

    findingChosen = Signal(list, list)
    countChanged = Signal(int)
    pending = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsList")
        self.setAccessibleName("Findings")
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setUniformItemSizes(False)
        self.setSpacing(1)
        self.findings: list = []
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def show_findings(self, findings) -> None:
        """Replace the rows (worst severity first, then in the analysis' order)."""
        ordered = sorted(findings, key=lambda f: -_RANK.get(str(f.severity), 0))
        self.clear()
        self.findings = ordered
        for finding in ordered:
            item = QListWidgetItem(severity_icon(str(finding.severity)), finding.message)
            label = getattr(finding.severity, "label", str(finding.severity).capitalize())
            item.setToolTip(f"{label}: {finding.message}")
            item.setData(Qt.ItemDataRole.UserRole, (list(finding.nodes), list(finding.edges)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{label}: {finding.message}")
            self.addItem(item)
        if not ordered:
            empty = QListWidgetItem("No gaps found.")
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(empty)
        self.countChanged.emit(len(ordered))

    def show_pending(self) -> None:
        """A new document: its analysis is on the way (never claim "no gaps" before it is)."""
        self.clear()
        self.findings = []
        waiting = QListWidgetItem("Analysing the map…")
        waiting.setFlags(Qt.ItemFlag.NoItemFlags)
        self.addItem(waiting)
        self.pending.emit()

    def _chosen(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if data:
            self.findingChosen.emit(*data)
