"""File › Compare With...: another version of the map drawn over the open one, and a panel
listing what changed since that version; clicking an entry selects its item."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QDockWidget, QFileDialog, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout,
    QWidget,
)

from stakeholder_map.canvas.compare_overlay import AMBER, GHOST, GREEN, CompareOverlay
from stakeholder_map.analysis import analyze
from stakeholder_map.compare.diff import ADDED, REMOVED, diff_documents, with_analyses
from stakeholder_map.compare.documents import MapDocument
from stakeholder_map.compare.words import item_text, map_field_text, role_sentence
from stakeholder_map.ui import messages
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

translate = QCoreApplication.translate

_ITEM = Qt.ItemDataRole.UserRole  # (node ids, edge ids, a ghost's point or None)
MAX_LISTED = 1000  # entries; a list longer than that is read by no one
_SEVERITY_WORDS = {"error": QT_TRANSLATE_NOOP("Compare", "error"),
                   "warning": QT_TRANSLATE_NOOP("Compare", "warning"),
                   "info": QT_TRANSLATE_NOOP("Compare", "info")}


class ComparePanel(QWidget):
    """The list of changes from the other version to the open map, and a Close button."""

    def __init__(self) -> None:
        super().__init__()
        self.heading = QLabel(translate("Compare", "No comparison."))
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # it names a file
        self.list = QListWidget()
        self.list.setObjectName("compareList")
        self.list.setAccessibleName(translate("Compare", "Changes since the compared version"))
        self.list.setWordWrap(True)
        self.close_button = QPushButton(translate("Compare", "Close Comparison"))
        self.close_button.setObjectName("closeComparison")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.close_button)

    def show_diff(self, name: str, diff) -> None:
        self.list.clear()
        if diff.is_empty:
            self.heading.setText(translate("Compare", "The map is the same as {file}.").format(file=name))
            return
        counts = {s: 0 for s in (ADDED, REMOVED, "changed")}
        for change in diff.nodes + diff.edges:
            counts[change.status if change.status in counts else "changed"] += 1
        self.heading.setText(
            translate("Compare", "Since {file}: {added} added (green), {removed} removed (grey), "
                      "{changed} changed or moved (amber).").format(
                file=name, added=counts[ADDED], removed=counts[REMOVED], changed=counts["changed"]))
        # Entries are made lazily: a comparison with a very different version stops at MAX_LISTED.
        entries = itertools.chain(
            ((map_field_text(change), (), (), None, None) for change in diff.top),
            (_item_entry(change, diff) for change in diff.nodes + diff.edges),
            ((_role_text(gained, role_sentence(r.node, r.role, diff.new, diff.old, gained)),
              (r.node,), (), None, None)
             for roles, gained in ((diff.roles_gained, True), (diff.roles_lost, False)) for r in roles),
            ((_finding_text(gained, f), f.nodes, f.edges, None, None)
             for findings, gained in ((diff.findings_gained, True), (diff.findings_lost, False))
             for f in findings),
        )
        for entry in itertools.islice(entries, MAX_LISTED):
            self._add(*entry)
        total = (len(diff.top) + len(diff.nodes) + len(diff.edges) + len(diff.roles_gained)
                 + len(diff.roles_lost) + len(diff.findings_gained) + len(diff.findings_lost))
        if total > MAX_LISTED:
            more = messages.number(total - MAX_LISTED)
            self._add(translate("Compare", "... and {count} more (the command 'stakeholder-map diff' lists "
                                "them all).").format(count=more), (), (), None, None)

    def _add(self, text: str, nodes, edges, ghost, colour: QColor | None) -> None:
        item = QListWidgetItem(text)
        item.setData(_ITEM, (tuple(nodes), tuple(edges), ghost))
        item.setToolTip(messages.plain_tooltip(text))
        if colour is not None:
            item.setForeground(QBrush(colour.darker(130)))
        self.list.addItem(item)


def _role_text(gained: bool, sentence: str) -> str:
    if gained:
        return translate("Compare", "Role gained: {sentence}").format(sentence=sentence)
    return translate("Compare", "Role lost: {sentence}").format(sentence=sentence)


def _finding_text(gained: bool, finding) -> str:
    severity = translate("Compare", _SEVERITY_WORDS.get(str(finding.severity), str(finding.severity)))
    if gained:
        return translate("Compare", "New finding ({severity}): {message}").format(
            severity=severity, message=finding.message)
    return translate("Compare", "Finding gone ({severity}): {message}").format(
        severity=severity, message=finding.message)


def _item_entry(change, diff) -> tuple:
    colour = GREEN if change.status == ADDED else GHOST if change.status == REMOVED else AMBER
    nodes = (change.id,) if change.what == "node" else ()
    edges = (change.id,) if change.what == "edge" else ()
    ghost = None
    if change.status == REMOVED and change.what == "node" and "x" in (change.old or {}):
        ghost = QPointF(float(change.old["x"]), float(change.old["y"]))
    return item_text(change, diff), nodes, edges, ghost, colour


class CompareController:
    """Owns the Compare With action, the overlay and the panel of one window."""

    def __init__(self, window) -> None:
        self.window = window
        self.other = None  # the compared version's document, its analysis and its name
        self.other_analysis = None
        self.name = ""
        self.watched = None  # the open map whose changes refresh the comparison
        self.overlay: CompareOverlay | None = None
        self.panel = ComparePanel()
        self.dock = QDockWidget(translate("Compare", "Compare"), window)
        self.dock.setObjectName("compareDock")
        self.dock.setAccessibleName(self.dock.windowTitle())
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.docks.findings, self.dock)  # a tab beside Findings
        self.dock.hide()
        self.action = QAction(translate("Compare", "Compare &With…"), window)
        self.action.setObjectName("actionCompareWith")
        self.action.setStatusTip(translate("Compare", "Show another version of this map over it: "
                                              "what was added, removed and changed"))
        self.action.triggered.connect(lambda _=False: self.compare_with())
        self.panel.list.itemClicked.connect(self._chosen)
        self.panel.close_button.clicked.connect(self.close)
        # Closing the panel (its own button or the dock's) ends the comparison.
        self.dock.toggleViewAction().toggled.connect(lambda shown: None if shown else self.close())
        self._refresh = QTimer(window)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(200)
        self._refresh.timeout.connect(self.update)
        window.documentChanged.connect(self.close)
        window.analysisUpdated.connect(lambda: self._refresh.start() if self.other is not None else None)

    def compare_with(self, path: str | Path | None = None) -> bool:
        """Ask for a file (unless given) and show it against the open map."""
        from stakeholder_map.fileio import MapFileError, load_map
        from stakeholder_map.layout import lay_out_missing

        w = self.window
        if path is None:
            from stakeholder_map.ui.files import file_filter

            start = str(w.file_path.parent) if w.file_path else ""
            path, _ = QFileDialog.getOpenFileName(w, translate("Compare", "Compare With"), start, file_filter())
            if not path:
                return False
        path = Path(path)
        try:
            other = lay_out_missing(load_map(path))
        except (MapFileError, OSError) as err:
            messages.warning(w, translate("Compare", "Cannot compare"), translate(
                "Compare", "This file is not a stakeholder map I can read.\n\n{reason}").format(reason=err))
            return False
        self.close()
        self.other, self.name = MapDocument.of(other), path.name
        self.other_analysis = analyze(other, ranking=False)  # once: that version never changes
        self.watched = w.map
        self.watched.changed.subscribe(self._map_changed)
        self.overlay = CompareOverlay(w.scene)
        self.update()
        self.dock.show()
        self.dock.raise_()
        return True

    def update(self) -> None:
        """Compare again: the items now, the roles and findings as of the window's analysis
        (which follows edits a moment later, and then calls this again)."""
        if self.other is None or self.overlay is None:
            return
        w = self.window
        diff = diff_documents(self.other, MapDocument.of(w.map))
        if w.analysis is not None:
            diff = with_analyses(diff, self.other_analysis, w.analysis)
        self.overlay.show(diff)
        self.panel.show_diff(self.name, diff)

    def close(self) -> None:
        if self.other is None:
            return
        self.watched.changed.unsubscribe(self._map_changed)
        self._refresh.stop()
        if self.overlay is not None:
            self.overlay.clear()
        self.other, self.overlay, self.watched = None, None, None
        self.panel.list.clear()
        self.panel.heading.setText(translate("Compare", "No comparison."))
        self.dock.hide()

    def _map_changed(self, _change) -> None:
        self._refresh.start()

    def _chosen(self, item: QListWidgetItem) -> None:
        nodes, edges, ghost = item.data(_ITEM)
        self.window.show_items(list(nodes), list(edges))
        if ghost is not None:
            self.window.view.centerOn(ghost)
