"""The key-stakeholders panel: the most influential actors with their roles."""

from __future__ import annotations

import heapq

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from stakeholder_map.canvas.text import clip
from stakeholder_map.model import Map
from stakeholder_map.ui.icons import kind_icon

TOP = 10


class KeyStakeholdersList(QTreeWidget):
    """Actors ranked by ``analysis.ranking`` (highest first), the top ``TOP`` with their roles.
    ``nodeChosen`` carries the id of a clicked actor."""

    nodeChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyStakeholdersList")
        self.setAccessibleName("Key stakeholders")
        self.setColumnCount(3)
        self.setHeaderLabels(["#", "Stakeholder", "Roles"])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)  # several roles wrap onto a second line instead of being cut
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 150)
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def show_ranking(self, map_: Map, analysis) -> None:
        self.clear()
        if analysis is None:
            return
        # Only the top few are shown: pick them without sorting every actor of a big map.
        score = analysis.ranking
        best = heapq.nlargest(TOP * 4, (aid for aid in score if aid in map_.nodes), key=score.get)
        if len(best) == TOP * 4:  # ties with the last one picked may reach past it
            floor = score[best[-1]]
            best = [aid for aid in score if aid in map_.nodes and score[aid] >= floor]
        ranked = sorted(best, key=lambda aid: (-score[aid], map_.node(aid).name.casefold(), aid))
        for place, actor_id in enumerate(ranked[:TOP], start=1):
            node = map_.node(actor_id)
            roles = ", ".join(r.label for r in analysis.roles.get(actor_id, ())) or "No role yet"
            item = QTreeWidgetItem([str(place), clip(node.name, 200) or "(unnamed)", roles])
            item.setIcon(1, kind_icon(node.kind))
            item.setData(0, Qt.ItemDataRole.UserRole, actor_id)
            item.setToolTip(1, f"{node.kind.label}, influence score {analysis.ranking[actor_id]:.3f}")
            item.setToolTip(2, roles)
            self.addTopLevelItem(item)

    def ids(self) -> list[str]:
        """The ids shown, in rank order."""
        return [self.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                for i in range(self.topLevelItemCount())]

    def _chosen(self, item: QTreeWidgetItem) -> None:
        self.nodeChosen.emit(item.data(0, Qt.ItemDataRole.UserRole))
