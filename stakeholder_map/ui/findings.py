"""The findings panel: every gap the analysis flags, worst first; clicking one shows its nodes.

Findings about one node alone are grouped into one row when together they are one thing to
do: a new product is isolated, paid for by nobody and used by nobody, and the row says
"not linked to anything yet: draw who pays for it and who uses it" once.

A big map has thousands of findings, so the panel is a list view over a small model (rows
are made only when painted, icons drawn once per severity) laid out in batches, instead of
one widget item per finding. Past ``COMPACT_FROM`` rows each row is two lines high, the
rest of a long message elided (its tooltip has all of it): wrapping 9,000 messages to
measure each row cost 0.4 s of CPU after every analysis of a big map.
"""

from __future__ import annotations

from typing import Any, Mapping, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel, QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QToolTip, QWidget

from stakeholder_map.canvas.text import clip
from stakeholder_map.ui.icons import severity_icon
from stakeholder_map.ui.messages import plain_tooltip

translate = QCoreApplication.translate

_RANK = {"error": 3, "warning": 2, "info": 1}
COMPACT_FROM = 1000  # rows from which every row is two lines high (see the module's docstring)
Role = Qt.ItemDataRole


def _label(finding) -> str:
    return getattr(finding.severity, "label", str(finding.severity).capitalize())


def _tooltip(finding) -> str:
    """The message, then what this kind of finding means and what to do about it."""
    from stakeholder_map.analysis import FINDING_HELP

    text = translate("Findings", "{severity}: {message}").format(severity=_label(finding), message=finding.message)
    help_ = FINDING_HELP.get(str(finding.code))
    if help_ is not None:
        text += "\n\n" + translate("Findings", "{meaning}\nWhat to do: {action}").format(
            meaning=help_.meaning, action=help_.action)
    return text


class Row(NamedTuple):
    """One row: one finding, or several about one node said as one thing to do."""

    findings: tuple
    text: str

    @property
    def severity(self):
        return self.findings[0].severity  # the worst: rows are made from worst-first findings

    def tooltip(self) -> str:
        if len(self.findings) == 1:
            return _tooltip(self.findings[0])
        return translate("Findings", "{severity}: {message}").format(
            severity=_label(self.findings[0]), message=self.text) + "\n\n" + "\n".join(
            f"- {f.message}" for f in self.findings)

    def ids(self) -> tuple[list[str], list[str]]:
        nodes = list(dict.fromkeys(n for f in self.findings for n in f.nodes))
        edges = list(dict.fromkeys(e for f in self.findings for e in f.edges))
        return nodes, edges


def rows_of(findings: list, nodes: Mapping[str, Any] | None) -> list[Row]:
    """Rows in the findings' order; a node's own findings (about it alone) become one row at
    the place of the first when ``one_thing_to_do`` can say them together."""
    from stakeholder_map.analysis.wording import one_thing_to_do

    if nodes is None:
        return [Row((f,), f.message) for f in findings]
    alone: dict[str, list] = {}
    for finding in findings:
        if finding.code in _GROUPED and len(finding.nodes) == 1:
            alone.setdefault(finding.nodes[0], []).append(finding)
    joined: dict[int, Row] = {}  # id of a group's first finding -> its row
    skipped: set[int] = set()  # ids of the others
    for node_id, group in alone.items():
        if len(group) > 1 and node_id in nodes:
            text = one_thing_to_do(nodes[node_id], {str(f.code) for f in group})
            if text is not None:
                joined[id(group[0])] = Row(tuple(group), text)
                skipped.update(id(f) for f in group[1:])
    if not joined:
        return [Row((f,), f.message) for f in findings]
    return [joined.get(id(f)) or Row((f,), f.message) for f in findings if id(f) not in skipped]


# The codes of findings about one node alone that ``one_thing_to_do`` may say together.
_GROUPED = frozenset({"isolated", "no_users", "no_paying_customer", "role_mismatch"})


class FindingsModel(QAbstractListModel):
    """Rows of findings, or one row with a note ("No gaps found.") and no flags."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.note: str | None = None
        self.row_size: QSize | None = None  # every row's size, when not measured one by one
        self._icons: dict[str, object] = {}

    def replace(self, rows: list[Row], note: str | None) -> None:
        self.beginResetModel()
        self.rows, self.note = rows, note
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        if parent.isValid():
            return 0
        return len(self.rows) if self.note is None else 1

    def flags(self, index) -> Qt.ItemFlag:
        if self.note is not None or not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Role.DisplayRole):
        if not index.isValid():
            return None
        if self.note is not None:
            return self.note if role in (Role.DisplayRole, Role.AccessibleTextRole) else None
        if role == Role.SizeHintRole:
            return self.row_size
        row = self.rows[index.row()]
        if role == Role.DisplayRole:
            return clip(row.text, 1000)  # a 10 MB name in a message: wrapping it froze the list
        if role == Role.DecorationRole:
            return self._icon(str(row.severity))
        if role == Role.ToolTipRole:
            return clip(row.tooltip(), 2000)  # plain text: the list shows it as written
        if role == Role.AccessibleTextRole:
            return translate("Findings", "{severity}: {message}").format(
                severity=_label(row.findings[0]), message=clip(row.text, 1000))
        if role == Role.UserRole:
            return row.ids()
        return None

    def _icon(self, severity: str):
        icon = self._icons.get(severity)
        if icon is None:
            icon = self._icons[severity] = severity_icon(severity)
        return icon


class FindingsList(QListView):
    """One row per finding (or per node, see ``rows_of``) with its severity icon and message.
    ``findingChosen`` carries the row's node and edge ids when a row is clicked or activated
    with the keyboard."""

    findingChosen = Signal(list, list)
    countChanged = Signal(int)
    pending = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsList")
        self.setAccessibleName(translate("Findings", "Findings"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSpacing(1)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Rows of different heights (wrapped messages) are measured a batch at a time, in
        # the event loop, so thousands of findings never block the window.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(100)
        self.model_ = FindingsModel(self)
        self.setModel(self.model_)
        self.clicked.connect(self._chosen)
        self.activated.connect(self._chosen)

    @property
    def findings(self) -> list:
        """The findings shown, in row order."""
        return [f for row in self.model_.rows for f in row.findings]

    @property
    def rows(self) -> list[Row]:
        return self.model_.rows

    def count(self) -> int:
        """The number of rows (a note counts as one)."""
        return self.model_.rowCount()

    def row_text(self, row: int) -> str:
        return self.model_.index(row).data(Role.DisplayRole)

    def show_findings(self, findings, nodes: Mapping[str, Any] | None = None) -> None:
        """Replace the rows (worst severity first, then in the analysis' order); given the
        map's ``nodes``, a node's own findings that make one thing to do share a row."""
        ordered = sorted(findings, key=lambda f: -_RANK.get(str(f.severity), 0))
        rows = rows_of(ordered, nodes)
        compact = len(rows) >= COMPACT_FROM
        self.setUniformItemSizes(compact)
        self.model_.row_size = QSize(1, 2 * self.fontMetrics().lineSpacing() + 8) if compact else None
        self.model_.replace(rows, None if ordered else translate("Findings", "No gaps found."))
        self.countChanged.emit(len(ordered))

    def show_pending(self) -> None:
        """A new document: its analysis is on the way (never claim "no gaps" before it is)."""
        self.model_.replace([], translate("Findings", "Analysing the map…"))
        self.pending.emit()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Tooltips as written: a name like "<b>Acme</b>" must not turn into bold HTML."""
        if event.type() == QEvent.Type.ToolTip:
            tip = self.indexAt(event.pos()).data(Role.ToolTipRole)
            if tip:
                QToolTip.showText(event.globalPos(), plain_tooltip(tip), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _chosen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        data = index.data(Role.UserRole)
        if data:
            self.findingChosen.emit(*data)
