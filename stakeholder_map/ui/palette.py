"""The palette: Select, the six kinds to place and the five relations to draw, one tool at a time."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from stakeholder_map.model import Kind, Relation
from stakeholder_map.ui.icons import kind_icon, relation_icon, select_icon

translate = QCoreApplication.translate


# One key per tool, as in most drawing tools: V selects, a letter per kind, a digit per relation.
SELECT_KEY = "V"
KIND_KEYS = {Kind.PRODUCT: "P", Kind.COMPANY: "C", Kind.BUYER: "B", Kind.DECISION_MAKER: "D",
             Kind.END_USER: "U", Kind.PERSON: "N"}
RELATION_KEYS = {Relation.PAYS: "1", Relation.DECIDES: "2", Relation.USES: "3",
                 Relation.INFLUENCES: "4", Relation.MEMBER_OF: "5"}

#: what placing each kind does, one whole sentence each (translated where shown)
PLACE_TIPS = {
    Kind.PRODUCT: QT_TRANSLATE_NOOP("Palette", "Click the map to place a product (hold Shift to place several)"),
    Kind.COMPANY: QT_TRANSLATE_NOOP("Palette", "Click the map to place a company (hold Shift to place several)"),
    Kind.BUYER: QT_TRANSLATE_NOOP("Palette", "Click the map to place a buyer (hold Shift to place several)"),
    Kind.DECISION_MAKER: QT_TRANSLATE_NOOP("Palette", "Click the map to place a decision-maker "
                                                      "(hold Shift to place several)"),
    Kind.END_USER: QT_TRANSLATE_NOOP("Palette", "Click the map to place an end user (hold Shift to place several)"),
    Kind.PERSON: QT_TRANSLATE_NOOP("Palette", "Click the map to place a person (hold Shift to place several)"),
}


def _slug(text: str) -> str:
    return "".join(part.capitalize() for part in text.replace("-", "_").split("_"))


class ToolActions(QObject):
    """The exclusive group of tool actions. Each action's data is ``("select", None)``,
    ``("place", Kind)`` or ``("connect", Relation)``; ``toolChosen`` carries that pair."""

    toolChosen = Signal(str, object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.select = self._action(translate("Palette", "Select"), ("select", None), select_icon(),
                                   translate("Palette", "Select and move; drag from the dot on a node's right "
                                                        "side to connect"),
                                   "toolSelect", SELECT_KEY)
        self.kinds = {
            kind: self._action(kind.label, ("place", kind), kind_icon(kind),
                               translate("Palette", PLACE_TIPS[kind]),
                               f"toolPlace{_slug(kind.value)}",
                               KIND_KEYS[kind])
            for kind in Kind
        }
        self.relations = {
            rel: self._action(rel.label.capitalize(), ("connect", rel), relation_icon(rel),
                              translate("Palette", "Drag from one node to another: it {relation} the other").format(
                                  relation=rel.label),
                              f"toolConnect{_slug(rel.value)}", RELATION_KEYS[rel])
            for rel in Relation
        }
        self.select.setChecked(True)
        self.group.triggered.connect(self._chosen)

    def _action(self, text: str, data, icon, tip: str, name: str, key: str) -> QAction:
        action = QAction(icon, text, self)
        action.setCheckable(True)
        action.setData(data)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(translate("Palette", "{tool} ({key}): {tip}").format(tool=text, key=key, tip=tip))
        action.setStatusTip(tip)
        action.setObjectName(name)
        self.group.addAction(action)
        return action

    def _chosen(self, action: QAction) -> None:
        mode, value = action.data()
        self.toolChosen.emit(mode, value)

    def current(self) -> tuple[str, object]:
        checked = self.group.checkedAction()
        return checked.data() if checked is not None else ("select", None)

    def choose_select(self) -> None:
        """Back to Select (after placing a node), telling listeners."""
        self.select.trigger()


class PaletteWidget(QWidget):
    """Flat, full-width buttons for the tool actions, under small section headings."""

    def __init__(self, tools: ToolActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palette")
        self.setAccessibleName(translate("Palette", "Palette"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)
        self._button(layout, tools.select)
        self._heading(layout, translate("Palette", "Add"))
        for action in tools.kinds.values():
            self._button(layout, action)
        self._after_kinds = layout.count()
        self._heading(layout, translate("Palette", "Connect"))
        for action in tools.relations.values():
            self._button(layout, action)
        layout.addStretch(1)

    def add_after_kinds(self, action: QAction) -> None:
        """One more button under *Add* (a command, not a tool: the sticky note)."""
        layout = self.layout()
        self._button(layout, action)
        layout.insertWidget(self._after_kinds, layout.takeAt(layout.count() - 1).widget())
        self._after_kinds += 1

    def _heading(self, layout: QVBoxLayout, text: str) -> None:
        label = QLabel(text.upper())
        label.setStyleSheet("color: palette(placeholder-text); font-size: 8pt; font-weight: 600;"
                            " padding: 8px 4px 2px 4px; letter-spacing: 1px;")
        layout.addWidget(label)

    def _button(self, layout: QVBoxLayout, action: QAction) -> None:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setObjectName(action.objectName() + "Button")
        button.setAccessibleName(action.text())
        key = QLabel(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText), button)
        key.setObjectName(action.objectName() + "Key")
        key.setStyleSheet("color: palette(placeholder-text); font-size: 8pt;")
        key.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row = QHBoxLayout(button)
        row.setContentsMargins(0, 0, 6, 0)
        row.addStretch(1)
        row.addWidget(key)
        layout.addWidget(button)
