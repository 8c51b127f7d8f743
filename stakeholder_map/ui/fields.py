"""Small field widgets for the properties panel: they commit once, when editing ends."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from stakeholder_map.model.money import parse_amount

translate = QCoreApplication.translate


class NotesEdit(QPlainTextEdit):
    """Multi-line notes; ``committed`` fires when focus leaves, so typing is one undo step."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(translate("Fields", "Notes"))
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
    """A number or nothing: empty text means "not set". Accepts what people type ("$60,000",
    "60k", "1.2M", the locale's own separators); text that is no number stays as typed, and
    ``note`` (a label the panel shows under the field) says why it was refused."""

    def __init__(self, *, whole: bool, placeholder: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # No QValidator: it would swallow editingFinished for empty or bad text, so clearing
        # could not commit; the panel checks the value and explains instead.
        self._whole = whole
        self.setPlaceholderText(translate("Fields", "Not set") if placeholder is None else placeholder)
        self.setClearButtonEnabled(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("refusal")
        self.note.setStyleSheet("color: #C62828;")
        self.note.hide()
        self.textEdited.connect(lambda _text: self.show_refusal(""))

    def value(self) -> Decimal | int | None:
        """The number typed, or None when empty; raises ValueError (a sentence to show) for
        text that is no number."""
        locale = QLocale()
        amount = parse_amount(self.text(), decimal_point=locale.decimalPoint(),
                              group=locale.groupSeparator())
        if amount is None or not self._whole:
            return amount
        if amount != amount.to_integral_value():
            raise ValueError(translate("Fields", "“{text}” is not a whole number.").format(text=self.text().strip()))
        return int(amount)

    def show_refusal(self, text: str) -> None:
        """Say at the field why its text was refused ("" clears it)."""
        self.note.setText(text)
        self.note.setVisible(bool(text) and self.isVisible())
        self.setStyleSheet("QLineEdit { border: 2px solid #C62828; border-radius: 3px; }"
                           if text else "")
        self.setToolTip(text)

    def show_value(self, number: Decimal | float | int | None) -> None:
        self.show_refusal("")
        if number is None:
            self.setText("")
        elif isinstance(number, float) and number.is_integer():
            self.setText(str(int(number)))
        elif isinstance(number, Decimal):
            self.setText(self._local(f"{number:f}"))
        else:
            self.setText(self._local(str(number)))

    @staticmethod
    def _local(text: str) -> str:
        """``1200.5`` written with the locale's decimal point (``1200,5`` in German), no
        grouping: what ``value`` reads back as the same number."""
        return text.replace(".", QLocale().decimalPoint())


COMMON_CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "INR", "CNY", "SEK",
                     "NOK", "DKK", "PLN", "BRL", "MXN")
#: signs people type for a code ("$" alone is taken as US dollars)
_SIGN_CODES = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR"}


class CurrencyBox(QComboBox):
    """The map's currency: common codes to pick, any ISO 4217 code to type, empty for none.
    ``note`` (a label under it) says why a typed text was refused."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("")
        self.addItems(COMMON_CURRENCIES)
        self.lineEdit().setPlaceholderText(translate("Fields", "None (plain numbers)"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #C62828;")
        self.note.hide()
        self.lineEdit().textEdited.connect(lambda _text: self.show_refusal(""))

    def code(self) -> str | None:
        """The code chosen or typed (None: no currency); ValueError for anything else."""
        text = self.currentText().strip()
        if not text:
            return None
        code = _SIGN_CODES.get(text, text.upper())
        if len(code) != 3 or not code.isascii() or not code.isalpha():
            raise ValueError(translate("Fields", "“{text}” is not a currency code. Type three letters such as "
                                       "EUR, USD or GBP, or leave it empty.").format(text=text))
        return code

    def show_code(self, code: str | None) -> None:
        self.show_refusal("")
        self.blockSignals(True)
        self.setEditText(code or "")
        self.blockSignals(False)

    def show_refusal(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text) and self.isVisible())
        self.setToolTip(text or translate("Fields", "The currency of every amount in this map"))


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
