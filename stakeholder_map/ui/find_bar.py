"""Find (Ctrl+F): type part of a name, a note or a tag; the first stakeholder that matches is
selected and shown as you type. Enter selects it and returns to the map, F3 / Shift+F3 go
to the next and previous match, Escape closes the bar.

>>> from stakeholder_map.model import Map
>>> m = Map()
>>> _ = m.add_node("a", "person", "Ann Lee", notes="Runs the pilot")
>>> _ = m.add_node("b", "company", "Pilots Inc", tags=("aviation",))
>>> matches(m, "pilot"), matches(m, "AVIA"), matches(m, " ")
(['a', 'b'], ['b'], [])
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolBar, QToolButton, QWidget

from stakeholder_map.model import Map
from stakeholder_map.ui.messages import number
from stakeholder_map.ui.shortcuts import key_sequences

translate = QCoreApplication.translate


def matches(map_: Map, text: str) -> list[str]:
    """Ids of the nodes whose name, notes or tags contain ``text`` (any case), in map order."""
    needle = text.strip().casefold()
    if not needle:
        return []
    found = []
    for node in map_.nodes.values():
        if (needle in node.name.casefold() or needle in (node.notes or "").casefold()
                or any(needle in tag.casefold() for tag in node.tags)):
            found.append(node.id)
    return found


class _Field(QLineEdit):
    """The search text: Enter, Escape and F3 go to the bar, not to the line edit."""

    def __init__(self, finder: Finder) -> None:
        super().__init__()
        self._finder = finder

    def keyPressEvent(self, event) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._finder.accept()
        elif key == Qt.Key.Key_Escape:
            self._finder.close()
        else:
            super().keyPressEvent(event)


class Finder(QObject):
    """The find bar of one ``MainWindow`` and its Find, Find Next and Find Previous actions."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.found: list[str] = []
        self.index = -1
        self.bar = QToolBar(translate("Find", "Find"), window)
        self.bar.setObjectName("findBar")
        self.bar.setMovable(False)
        box = QWidget(self.bar)
        row = QHBoxLayout(box)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(QLabel(translate("Find", "Find:")))
        self.field = _Field(self)
        self.field.setObjectName("findField")
        self.field.setAccessibleName(translate("Find", "Find"))
        self.field.setPlaceholderText(translate("Find", "Part of a name, a note or a tag"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(240)
        self.field.setMaximumWidth(360)
        self.field.textChanged.connect(self._typed)
        row.addWidget(self.field)
        self.count = QLabel("")
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance(translate("Find", "No match") + "  ") + 8)
        row.addWidget(self.count)
        self.find = self._action(translate("Find", "&Find…"), "actionFind", QKeySequence.StandardKey.Find, self.open,
                                 translate("Find", "Find a stakeholder by name, note or tag"))
        self.next = self._action(translate("Find", "Find &Next"), "actionFindNext", QKeySequence.StandardKey.FindNext,
                                 lambda: self.step(1), translate("Find", "Show the next stakeholder that matches"))
        self.previous = self._action(translate("Find", "Find Pre&vious"), "actionFindPrevious",
                                     QKeySequence.StandardKey.FindPrevious, lambda: self.step(-1),
                                     translate("Find", "Show the previous stakeholder that matches"))
        for action, text in ((self.previous, "◀"), (self.next, "▶")):
            button = QToolButton(box)
            button.setDefaultAction(action)
            button.setText(text)
            button.setAutoRaise(True)
            row.addWidget(button)
        close = QToolButton(box)
        close.setText("✕")
        close.setObjectName("findClose")
        close.setToolTip(translate("Find", "Close the find bar (Escape)"))
        close.setAutoRaise(True)
        close.clicked.connect(self.close)
        row.addWidget(close)
        row.addStretch(1)
        self.bar.addWidget(box)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.bar)
        self.bar.hide()

    def _action(self, text: str, name: str, key, slot, tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcuts(key_sequences(name))  # ``key``: the usual key, see shortcuts.py
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: slot())
        self.window.addAction(action)
        return action

    # -- commands ---------------------------------------------------------------------------
    def open(self) -> None:
        """Show the bar with its text selected, ready to type."""
        self.bar.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close(self) -> None:
        self.bar.hide()
        self.window.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        """Enter: select and show the current match, and go back to the map."""
        if self.found:
            self._show()
            self.window.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def step(self, direction: int) -> None:
        """F3 (1) / Shift+F3 (-1): the next or previous match, wrapping round."""
        if not self.field.text().strip():
            self.open()
            return
        current = self.found[self.index] if 0 <= self.index < len(self.found) else None
        self.found = matches(self.window.map, self.field.text())  # the map may have changed
        if not self.found:
            self._say_count()
            return
        if current in self.found:
            self.index = (self.found.index(current) + direction) % len(self.found)
        else:
            self.index = 0 if direction > 0 else len(self.found) - 1
        self._show()

    def _typed(self, text: str) -> None:
        self.found = matches(self.window.map, text)
        self.index = 0 if self.found else -1
        if self.found:
            self._show()
        else:
            self._say_count()

    def _show(self) -> None:
        self.window.show_items([self.found[self.index]], [])
        self._say_count()

    def _say_count(self) -> None:
        if not self.field.text().strip():
            self.count.setText("")
        elif not self.found:
            self.count.setText(translate("Find", "No match"))
        else:
            self.count.setText(translate("Find", "{number} of {count}").format(
                number=number(self.index + 1), count=number(len(self.found))))
