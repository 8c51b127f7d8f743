"""The in-place name editor: Enter commits, Escape cancels, clicking elsewhere commits."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPen, QTextCursor
from PySide6.QtWidgets import QGraphicsTextItem, QStyle

from stakeholder_map.canvas import text


class RenameEditor(QGraphicsTextItem):
    """Edits ``node_item``'s name over its label; calls ``finish(commit: bool)`` once."""

    def __init__(self, node_item, theme, finish: Callable[[bool], None]) -> None:
        super().__init__(node_item.node.name)
        self.node_id = node_item.node.id
        self._finish = finish
        self._done = False
        self._theme = theme
        self.setFont(text.font("name"))
        self.setDefaultTextColor(theme.text)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextEditorInteraction)
        label = node_item.mapRectToScene(node_item.label_rect())
        width = max(label.width(), 170.0)
        self.setTextWidth(width)
        self.setZValue(100.0)
        self.setPos(label.center().x() - width / 2, label.center().y() - self.boundingRect().height() / 2)
        cursor = self.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        self.setTextCursor(cursor)

    def text_value(self) -> str:
        """The typed name on one line (pasted line breaks become spaces)."""
        return " ".join(self.toPlainText().splitlines()).strip()

    def close_quietly(self) -> None:
        """The owner ends the editing: ``finish`` is not called again."""
        self._done = True

    def close(self, commit: bool) -> None:
        if self._done:
            return
        self._done = True
        self._finish(commit)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.close(True)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.close(False)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # the context menu keeps editing
            self.close(True)

    def paint(self, painter, option, widget=None) -> None:
        rect: QRectF = self.boundingRect()
        painter.setPen(QPen(self._theme.selection, 1.5))
        painter.setBrush(self._theme.background)
        painter.drawRoundedRect(rect, 4, 4)
        # our own border replaces Qt's dashed focus rectangle
        option.state &= ~(QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected)
        super().paint(painter, option, widget)
