"""The map's tag colours, listed on the properties panel when nothing is selected: pick a
tag and choose its colour (or take it away); every node with the tag shows the colour."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget,
)

from stakeholder_map.editing import Editor
from stakeholder_map.ui.node_extras import swatch

translate = QCoreApplication.translate


class TagColours(QWidget):
    """A list of the map's tags with their colours and two buttons."""

    def __init__(self, editor: Editor, run: Callable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._run = run
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 0, 10, 0)
        title = QLabel(translate("TagColours", "Tag colours"))
        title.setStyleSheet("font-weight: 600;")
        layout.addWidget(title)
        self.list = QListWidget()
        self.list.setObjectName("tagColours")
        self.list.setAccessibleName(translate("TagColours", "Tag colours"))
        self.list.setMaximumHeight(140)
        self.list.itemActivated.connect(lambda _item: self.choose())
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.list)
        buttons = QHBoxLayout()
        self.choose_button = QPushButton(translate("TagColours", "Colour…"))
        self.choose_button.setObjectName("chooseTagColour")
        self.choose_button.clicked.connect(self.choose)
        self.clear_button = QPushButton(translate("TagColours", "No Colour"))
        self.clear_button.setObjectName("clearTagColour")
        self.clear_button.clicked.connect(self.clear)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.clear_button)
        layout.addLayout(buttons)
        self.hint = QLabel(translate("TagColours", "Tags you give nodes are listed here."))
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.hint)

    def refresh(self) -> None:
        m = self.editor.map
        current = self.current_tag()
        self.list.clear()
        for tag in m.tags():
            colour = m.tag_colours.get(tag)
            item = QListWidgetItem(swatch(colour) if colour else swatch("#FFFFFF"), tag)
            item.setData(Qt.ItemDataRole.UserRole, tag)
            item.setToolTip(f"{tag}: {colour}" if colour
                            else translate("TagColours", "{tag}: no colour").format(tag=tag))
            self.list.addItem(item)
            if tag == current:
                self.list.setCurrentItem(item)
        self.hint.setVisible(self.list.count() == 0)
        self._enable()

    def current_tag(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _enable(self) -> None:
        tag = self.current_tag()
        self.choose_button.setEnabled(tag is not None)
        self.clear_button.setEnabled(tag is not None and tag in self.editor.map.tag_colours)

    def choose(self) -> None:
        tag = self.current_tag()
        if tag is None:
            return
        current = self.editor.map.tag_colours.get(tag, "#1F77B4")
        colour = QColorDialog.getColor(QColor(current), self, translate("TagColours", "Colour for “{tag}”").format(tag=tag))
        if colour.isValid():
            self._run(self.editor.set_tag_colour, tag, colour.name())

    def clear(self) -> None:
        tag = self.current_tag()
        if tag is not None:
            self._run(self.editor.set_tag_colour, tag, None)
