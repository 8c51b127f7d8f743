"""Run something once, right after a widget's next paint (so it never delays a frame)."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class AfterPaint(QObject):
    """Installed on a widget; at its next paint, removes itself and posts ``callback``."""

    def __init__(self, widget, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._widget, self._callback = widget, callback
        self.done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.done:
            self.cancel()
            QTimer.singleShot(0, self._callback)
        return False

    def cancel(self) -> None:
        """Do not run (for a hook that has not fired yet; harmless after)."""
        if self.done:
            return
        self.done = True
        self._widget.removeEventFilter(self)
        self.deleteLater()


def after_next_paint(widget, callback: Callable[[], object]) -> AfterPaint:
    """Post ``callback`` to the event loop right after ``widget`` next paints."""
    return AfterPaint(widget, callback)
