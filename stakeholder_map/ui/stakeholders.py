"""The key-stakeholders panel: the actors who matter most, each with its score and why.

The score adds up what an actor holds (see ``stakeholder_map.analysis.ranking``): deciding
on a product, paying for it as a company, swaying someone who decides, being swayed by
others, using it. Under each name, the reason in words: ``decides on "Dev suite"; 3
stakeholders sway them``; the roles are in the tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from stakeholder_map.canvas.text import clip
from stakeholder_map.model import Map
from stakeholder_map.ui.icons import kind_icon
from stakeholder_map.ui.messages import number

translate = QCoreApplication.translate

TOP = 10


class KeyStakeholdersList(QTreeWidget):
    """The top ``TOP`` actors by score (ties in map order), with score and why; actors with
    no stake at all are not listed. ``nodeChosen`` carries the id of a clicked actor."""

    nodeChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keyStakeholdersList")
        self.setAccessibleName(translate("KeyStakeholders", "Key stakeholders"))
        self.setColumnCount(3)
        self.setHeaderLabels(["#", translate("KeyStakeholders", "Score"),
                              translate("KeyStakeholders", "Stakeholder, and why")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)  # the reason wraps under the name instead of being cut
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setUniformRowHeights(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.headerItem().setToolTip(1, translate(
            "KeyStakeholders", "Decides on a product 4, pays for one as a company 2, sways someone who decides 2, "
            "swayed by each stakeholder 1, uses a product 0.5"))
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)

    def show_ranking(self, map_: Map, analysis) -> None:
        self.clear()
        if analysis is None:
            return
        from stakeholder_map.analysis.ranking import why

        # An analysis arrives a moment after its map changed: skip actors gone since.
        ranked = [a for a in analysis.key_stakeholders(TOP * 2) if a in map_.nodes][:TOP]
        for place, actor_id in enumerate(ranked, start=1):
            node = map_.node(actor_id)
            stake = analysis.stakes[actor_id]
            reason = why(map_.nodes, actor_id, stake)
            # One line for the name, one for each part of the reason: short lines fit a dock.
            lines = "\n".join([clip(node.name, 200) or translate("KeyStakeholders", "(unnamed)"), *reason.split("; ")])
            item = QTreeWidgetItem([number(place), number(float(stake.score)), lines])
            item.setIcon(2, kind_icon(node.kind))
            item.setData(0, Qt.ItemDataRole.UserRole, actor_id)
            roles = ", ".join(r.label for r in analysis.roles.get(actor_id, ())) or translate("KeyStakeholders", "No role yet")
            item.setToolTip(2, translate("KeyStakeholders", "{kind}: {roles}\n{reason}").format(
                kind=node.kind.label, roles=roles, reason=reason))
            self.addTopLevelItem(item)

    def ids(self) -> list[str]:
        """The ids shown, in rank order."""
        return [self.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
                for i in range(self.topLevelItemCount())]

    def _chosen(self, item: QTreeWidgetItem) -> None:
        self.nodeChosen.emit(item.data(0, Qt.ItemDataRole.UserRole))
