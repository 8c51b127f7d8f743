"""Small field widgets for the properties panel: they commit once, when editing ends."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget


class NotesEdit(QPlainTextEdit):
    """Multi-line notes; ``committed`` fires when focus leaves, so typing is one undo step."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText("Notes")
        self.setFixedHeight(72)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.committed.emit()

    def value(self) -> str | None:
        return self.toPlainText() or None

    def show_value(self, text: str | None) -> None:
        if self.toPlainText() != (text or ""):
            self.setPlainText(text or "")


class NumberEdit(QLineEdit):
    """A number or nothing: empty text means "not set"."""

    def __init__(self, *, whole: bool, placeholder: str = "Not set",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # No QValidator: it would swallow editingFinished for empty or bad text, so clearing
        # could not commit; the panel checks the value and explains instead.
        self._whole = whole
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)

    def value(self) -> float | int | None:
        """The number typed, or None when empty; raises ValueError for text that is no number."""
        text = self.text().strip().replace(",", "")
        if not text:
            return None
        number = float(text)
        if self._whole:
            if not number.is_integer():
                raise ValueError(f"{text} is not a whole number")
            return int(number)
        return number

    def show_value(self, number: float | int | None) -> None:
        if number is None:
            self.setText("")
        elif isinstance(number, float) and number.is_integer():
            self.setText(str(int(number)))
        else:
            self.setText(str(number))


def choice_box(name: str, items: list[tuple[str, object]]) -> QComboBox:
    """A combo box of (label, data) pairs."""
    box = QComboBox()
    box.setObjectName(name)
    for label, data in items:
        box.addItem(label, data)
    return box


def select_data(box: QComboBox, data: object) -> None:
    """Show the item holding ``data`` without telling anybody (refreshing is not editing)."""
    box.blockSignals(True)
    box.setCurrentIndex(-1 if data is None else box.findData(data))
    box.blockSignals(False)
