"""Message boxes and tooltips that show text exactly as written, never as HTML.

Titles, names and file names come from files anyone may have written: ``<img src=...>`` in
a map's title must read as those characters, not load a picture. Qt's static
``QMessageBox.warning`` and friends guess "rich text" from the first line, so every message
that may hold such text is shown through these functions (plain text format), and tooltips
through ``plain_tooltip`` (escaped).

>>> plain_tooltip("<b>Ann</b> & co")
"<p style='white-space:pre-wrap'>&lt;b&gt;Ann&lt;/b&gt; &amp; co</p>"
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def plain_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
              informative: str = "") -> QMessageBox:
    """A message box whose text and informative text are plain text (add buttons, exec)."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    return box


def _show(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str,
          buttons: Button, default: Button) -> Button:
    box = plain_box(parent, icon, title, text)
    box.setStandardButtons(buttons)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    answer = box.exec()
    box.deleteLater()
    return Button(answer)


def warning(parent: QWidget | None, title: str, text: str, buttons: Button = Button.Ok,
            default: Button = Button.NoButton) -> Button:
    """Like ``QMessageBox.warning``, with the text shown as written."""
    return _show(QMessageBox.Icon.Warning, parent, title, text, buttons, default)


def critical(parent: QWidget | None, title: str, text: str, buttons: Button = Button.Ok,
             default: Button = Button.NoButton) -> Button:
    """Like ``QMessageBox.critical``, with the text shown as written."""
    return _show(QMessageBox.Icon.Critical, parent, title, text, buttons, default)


def question(parent: QWidget | None, title: str, text: str,
             buttons: Button = Button.Yes | Button.No, default: Button = Button.NoButton) -> Button:
    """Like ``QMessageBox.question``, with the text shown as written."""
    return _show(QMessageBox.Icon.Question, parent, title, text, buttons, default)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as written (line breaks kept)."""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


def number(value: float, decimals: int | None = None) -> str:
    """``value`` as the window's language writes numbers: ``20,000`` / ``20.000``, ``2.5`` / ``2,5``
    (whole numbers unless ``decimals`` is given; the shortest form for a float without it)."""
    from PySide6.QtCore import QLocale

    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # group thousands, even in "C"
    if isinstance(value, int):
        return locale.toString(value)
    if decimals is None:
        return locale.toString(float(value), "g", 12)
    return locale.toString(float(value), "f", decimals)


def nodes_text(count: int) -> str:
    """``1 node``, ``3 nodes`` in the window's language (the number as the locale writes it)."""
    from PySide6.QtCore import QCoreApplication

    if count == 1:
        return QCoreApplication.translate("Counts", "1 node")
    return QCoreApplication.translate("Counts", "{count} nodes").format(count=number(count))


def links_text(count: int) -> str:
    """``1 link``, ``3 links`` in the window's language."""
    from PySide6.QtCore import QCoreApplication

    if count == 1:
        return QCoreApplication.translate("Counts", "1 link")
    return QCoreApplication.translate("Counts", "{count} links").format(count=number(count))
