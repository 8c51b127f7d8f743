"""The Filter panel: show only some kinds, roles, findings, tags or attitudes; the rest of the
map dims.

Within a group the ticked entries add up (a company *or* a buyer); across groups they
narrow down (a company *that has* a finding). A group with nothing ticked does not filter.

>>> from stakeholder_map.model import Attitude, Kind, Map
>>> m = Map()
>>> _ = m.add_node("a", "company", "Acme", tags=("key account",))
>>> _ = m.add_node("b", "buyer", "Bo")
>>> sorted(Filter(kinds=frozenset({Kind.COMPANY, Kind.BUYER})).shown(m, None))
['a', 'b']
>>> sorted(Filter(kinds=frozenset({Kind.BUYER}), tags=frozenset({"key account"})).shown(m, None))
[]
>>> Filter().shown(m, None) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from stakeholder_map.analysis import Analysis, FindingCode, Role
from stakeholder_map.canvas.dimming import dim_all_but
from stakeholder_map.model import Attitude, Kind, Map
from stakeholder_map.ui.icons import kind_icon
from stakeholder_map.ui.messages import number

translate = QCoreApplication.translate

GROUPS = ("kinds", "roles", "findings", "tags", "attitudes")
TITLES = {"kinds": QT_TRANSLATE_NOOP("Filter", "Kinds"), "roles": QT_TRANSLATE_NOOP("Filter", "Roles"),
          "findings": QT_TRANSLATE_NOOP("Filter", "Findings"), "tags": QT_TRANSLATE_NOOP("Filter", "Tags"),
          "attitudes": QT_TRANSLATE_NOOP("Filter", "Attitude")}


@dataclass(frozen=True)
class Filter:
    """What to show; empty groups do not filter."""

    kinds: frozenset = field(default_factory=frozenset)
    roles: frozenset = field(default_factory=frozenset)
    findings: frozenset = field(default_factory=frozenset)  # finding codes
    tags: frozenset = field(default_factory=frozenset)
    attitudes: frozenset = field(default_factory=frozenset)

    def is_empty(self) -> bool:
        return not (self.kinds or self.roles or self.findings or self.tags or self.attitudes)

    def shown(self, map_: Map, analysis: Analysis | None) -> set[str] | None:
        """The ids of the nodes to show, or None when the filter shows everything."""
        if self.is_empty():
            return None
        roles = analysis.roles if analysis is not None else {}
        shown = set()
        for node in map_.nodes.values():
            if self.kinds and node.kind not in self.kinds:
                continue
            if self.roles and not self.roles.intersection(roles.get(node.id, ())):
                continue
            if self.findings and (analysis is None or not self.findings.intersection(
                    str(f.code) for f in analysis.findings_for(node.id))):
                continue
            if self.tags and not self.tags.intersection(node.tags):
                continue
            if self.attitudes and node.attitude not in self.attitudes:
                continue
            shown.add(node.id)
        return shown


class FilterPanel(QWidget):
    """Ticks grouped under Kinds, Roles, Findings and Tags; ``changed(Filter)`` on each tick."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filter")
        self.setAccessibleName(translate("Filter", "Filter"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(translate("Filter", "Tick what to show; the rest of the map dims."))
        self.summary.setObjectName("filterSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setObjectName("filterTree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        layout.addWidget(self.tree, 1)
        self.clear_button = QPushButton(translate("Filter", "Show Everything"))
        self.clear_button.setObjectName("filterClear")
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        self.groups: dict[str, QTreeWidgetItem] = {}
        for name in GROUPS:
            group = QTreeWidgetItem(self.tree, [translate("Filter", TITLES[name])])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setExpanded(name in ("kinds", "roles"))
            self.groups[name] = group
        for kind in Kind:
            self._entry("kinds", kind.label, kind).setIcon(0, kind_icon(kind))
        for role in Role:
            self._entry("roles", role.label, role)
        for code in FindingCode:
            self._entry("findings", code.label, str(code))
        for attitude in Attitude:
            self._entry("attitudes", attitude.label, attitude)
        self._updating = False
        self.tree.itemChanged.connect(self._ticked)
        self.clear_button.setEnabled(False)

    def _entry(self, group: str, text: str, value) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.groups[group], [text])
        item.setData(0, Qt.ItemDataRole.UserRole, value)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Unchecked)
        return item

    def entry(self, group: str, value) -> QTreeWidgetItem | None:
        parent = self.groups[group]
        for i in range(parent.childCount()):
            if parent.child(i).data(0, Qt.ItemDataRole.UserRole) == value:
                return parent.child(i)
        return None

    def show_tags(self, map_: Map) -> None:
        """List the tags the map's nodes carry (ticks on tags still present stay)."""
        tags = sorted({t for n in map_.nodes.values() for t in n.tags}, key=str.casefold)
        group = self.groups["tags"]
        ticked = {group.child(i).text(0) for i in range(group.childCount())
                  if group.child(i).checkState(0) == Qt.CheckState.Checked}
        if [group.child(i).text(0) for i in range(group.childCount())] == tags:
            return
        self._updating = True
        try:
            group.takeChildren()
            for tag in tags:
                item = self._entry("tags", tag, tag)
                if tag in ticked:
                    item.setCheckState(0, Qt.CheckState.Checked)
        finally:
            self._updating = False
        group.setHidden(not tags)
        if ticked - set(tags):
            self._ticked()

    def current(self) -> Filter:
        chosen = {}
        for name, group in self.groups.items():
            chosen[name] = frozenset(
                group.child(i).data(0, Qt.ItemDataRole.UserRole) for i in range(group.childCount())
                if group.child(i).checkState(0) == Qt.CheckState.Checked)
        return Filter(**chosen)

    def show_filter(self, chosen: Filter) -> None:
        """Tick exactly what ``chosen`` holds (a saved view), then apply it once."""
        self._updating = True
        try:
            for name, group in self.groups.items():
                wanted = getattr(chosen, name)
                if name == "tags":  # a view may name tags no node carries any more
                    present = {group.child(i).text(0) for i in range(group.childCount())}
                    for tag in sorted(set(wanted) - present, key=str.casefold):
                        self._entry("tags", tag, tag)
                    group.setHidden(group.childCount() == 0)
                for i in range(group.childCount()):
                    item = group.child(i)
                    ticked = item.data(0, Qt.ItemDataRole.UserRole) in wanted
                    item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                    if ticked:
                        group.setExpanded(True)
        finally:
            self._updating = False
        self._ticked()

    def clear(self) -> None:
        self._updating = True
        try:
            for group in self.groups.values():
                for i in range(group.childCount()):
                    group.child(i).setCheckState(0, Qt.CheckState.Unchecked)
        finally:
            self._updating = False
        self._ticked()

    def show_count(self, shown: int | None, total: int) -> None:
        if shown is None:
            self.summary.setText(translate("Filter", "Tick what to show; the rest of the map dims."))
        else:
            self.summary.setText(translate("Filter", "Showing {shown} of {total} stakeholders and products.").format(
                shown=number(shown), total=number(total)))

    def _ticked(self, *_args) -> None:
        if self._updating:
            return
        current = self.current()
        self.clear_button.setEnabled(not current.is_empty())
        self.changed.emit(current)


class MapFilter(QObject):
    """Applies the panel's filter to a window's canvas, again after each edit and analysis."""

    def __init__(self, window, panel: FilterPanel) -> None:
        super().__init__(window)
        self.window = window
        self.panel = panel
        panel.changed.connect(self.apply)

    def refresh(self) -> None:
        """The map or its analysis changed: new tags to list, other nodes to show."""
        self.panel.show_tags(self.window.map)
        if not self.panel.current().is_empty():
            self.apply()

    def apply(self, *_args) -> None:
        w = self.window
        shown = self.panel.current().shown(w.map, w.analysis)
        dim_all_but(w.scene, shown)
        self.panel.show_count(None if shown is None else len(shown), len(w.map.nodes))
