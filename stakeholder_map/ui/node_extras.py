"""The properties panel's extra rows: how a stakeholder stands (attitude, power, interest),
a node's tags and fill colour, and a link's label.

Each edit is one undo step through the editor; a product shows no stance (only stakeholders
have one).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QColorDialog, QComboBox, QCompleter, QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget,
)

from stakeholder_map.editing import Editor
from stakeholder_map.model import Attitude, Level, Node
from stakeholder_map.ui.fields import choice_box, select_data

translate = QCoreApplication.translate

NOT_SET = ""
STANCE_FIELDS = ("attitude", "power", "interest")


class StanceRows:
    """Three combo boxes added to ``form``; ``run(verb, *args, **fields)`` commits an edit."""

    def __init__(self, form: QFormLayout, editor: Editor, run: Callable, node_ids: Callable[[], list[str]]) -> None:
        self.editor = editor
        self._run = run
        self._node_ids = node_ids
        self.attitude = choice_box("attitude", [(translate("Properties", "Not set"), NOT_SET)] + [(a.label, a.value) for a in Attitude])
        self.attitude.setAccessibleName(translate("Properties", "Attitude"))
        self.attitude.setToolTip(translate("Properties", "How this stakeholder feels about the product: "
                                           "a champion works for it, a blocker against it"))
        self.power = choice_box("power", [(translate("Properties", "Not set"), NOT_SET)] + [(v.label, v.value) for v in Level])
        self.power.setAccessibleName(translate("Properties", "Power"))
        self.power.setToolTip(translate("Properties", "How much this stakeholder can change the outcome"))
        self.interest = choice_box("interest", [(translate("Properties", "Not set"), NOT_SET)] + [(v.label, v.value) for v in Level])
        self.interest.setAccessibleName(translate("Properties", "Interest"))
        self.interest.setToolTip(translate("Properties", "How much this stakeholder cares about the outcome"))
        self._enums = {"attitude": Attitude, "power": Level, "interest": Level}
        self.form = form
        for label, name in ((translate("Properties", "A&ttitude"), "attitude"),
                            (translate("Properties", "Po&wer"), "power"),
                            (translate("Properties", "Inte&rest"), "interest")):
            box: QComboBox = getattr(self, name)
            box.currentIndexChanged.connect(lambda _i, name=name: self._commit(name))
            form.addRow(label, box)

    def show(self, node: Node) -> None:
        actor = node.kind.is_actor
        for name in STANCE_FIELDS:
            box = getattr(self, name)
            value = getattr(node, name)
            select_data(box, value.value if value is not None else NOT_SET)
            self.form.setRowVisible(box, actor)

    def _commit(self, name: str) -> None:
        ids = self._node_ids()
        if not ids:
            return
        data = getattr(self, name).currentData()
        value = self._enums[name](data) if data else None
        if getattr(self.editor.map.node(ids[0]), name) != value:
            self._run(self.editor.set_node_fields, ids[:1], **{name: value})


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma from the map's tags."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt's name
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt's name
        typed = self.widget().text()
        head = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return head + str(index.data())


def parse_tags(text: str) -> tuple[str, ...]:
    """``"pilot, Berlin,, pilot"`` -> ``("pilot", "Berlin")``: trimmed, no empties, no repeats.

    >>> parse_tags(" pilot, Berlin,, pilot ")
    ('pilot', 'Berlin')
    """
    return tuple(dict.fromkeys(t.strip() for t in text.split(",") if t.strip()))


class LookRows:
    """Tags (comma-separated, completed from the map's tags) and a fill colour of a node."""

    def __init__(self, form: QFormLayout, editor: Editor, run: Callable, node_ids: Callable[[], list[str]]) -> None:
        self.editor = editor
        self._run = run
        self._node_ids = node_ids
        self.tags = QLineEdit()
        self.tags.setObjectName("tags")
        self.tags.setAccessibleName(translate("Properties", "Tags"))
        self.tags.setPlaceholderText(translate("Properties", "Tags, separated by commas"))
        self.tags.setToolTip(translate("Properties", "Free labels such as a segment, a team or a city; a tag's "
                                       "colour (chosen with nothing selected) marks every node that carries it"))
        self._words = QStringListModel()
        completer = TagCompleter(self._words, self.tags)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.setCompleter(completer)
        self.tags.editingFinished.connect(self.commit_tags)
        form.addRow(translate("Properties", "Ta&gs"), self.tags)
        self.fill = QPushButton(translate("Properties", "Kind's colour"))
        self.fill.setObjectName("fillColour")
        self.fill.setAccessibleName(translate("Properties", "Fill colour"))
        self.fill.setToolTip(translate("Properties", "Choose a fill colour for this node instead of its kind's"))
        self.fill.clicked.connect(self._choose_fill)
        self.fill_reset = QPushButton(translate("Properties", "Reset"))
        self.fill_reset.setObjectName("fillReset")
        self.fill_reset.setToolTip(translate("Properties", "Fill the node with its kind's colour again"))
        self.fill_reset.clicked.connect(lambda: self._set_fill(None))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.fill, 1)
        line.addWidget(self.fill_reset)
        form.addRow(translate("Properties", "&Fill"), row)

    def show(self, node: Node) -> None:
        self._words.setStringList(self.editor.map.tags())
        if not self.tags.hasFocus():
            self.tags.setText(", ".join(node.tags))
        self.fill.setText(node.colour or translate("Properties", "Kind's colour"))
        self.fill.setIcon(swatch(node.colour) if node.colour else QIcon())
        self.fill_reset.setEnabled(node.colour is not None)

    def commit_tags(self) -> None:
        ids = self._node_ids()
        if not ids:
            return
        tags = parse_tags(self.tags.text())
        if self.editor.map.node(ids[0]).tags != tags:
            self._run(self.editor.set_node_fields, ids[:1], tags=tags)

    def _choose_fill(self) -> None:
        ids = self._node_ids()
        if not ids:
            return
        current = self.editor.map.node(ids[0]).colour
        colour = QColorDialog.getColor(QColor(current or "#FFFFFF"), self.fill,
                                       translate("Properties", "Fill colour"))
        if colour.isValid():
            self._set_fill(colour.name())

    def _set_fill(self, colour: str | None) -> None:
        ids = self._node_ids()
        if ids and self.editor.map.node(ids[0]).colour != colour:
            self._run(self.editor.set_node_fields, ids[:1], colour=colour)


def swatch(colour: str, size: int = 14) -> QIcon:
    """A small square of ``colour`` for buttons and lists."""
    picture = QPixmap(size, size)
    picture.fill(QColor(colour))
    return QIcon(picture)


class LinkLabelRow:
    """A link's own short label, drawn on the line."""

    def __init__(self, form: QFormLayout, editor: Editor, run: Callable, edge_ids: Callable[[], list[str]]) -> None:
        self.editor = editor
        self._run = run
        self._edge_ids = edge_ids
        self.label = QLineEdit()
        self.label.setObjectName("linkLabel")
        self.label.setAccessibleName(translate("Properties", "Label"))
        self.label.setPlaceholderText(translate("Properties", "A few words shown on the line"))
        self.label.setMaxLength(200)
        self.label.editingFinished.connect(self.commit)
        form.addRow(translate("Properties", "&Label"), self.label)

    def show(self, edge) -> None:
        if not self.label.hasFocus():
            self.label.setText(edge.label or "")

    def commit(self) -> None:
        ids = self._edge_ids()
        if not ids:
            return
        text = " ".join(self.label.text().split()) or None
        if self.editor.map.edge(ids[0]).label != text:
            self._run(self.editor.set_edge_fields, ids[:1], label=text)
