"""Light and dark canvas palettes, chosen from the application's colour scheme.

>>> Theme.dark().is_dark, Theme.light().is_dark
(True, False)
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette


@dataclass(frozen=True)
class Theme:
    """Colours the canvas paints with (node and relation colours live in ``style``)."""

    is_dark: bool
    background: QColor
    grid_dot: QColor
    text: QColor
    muted_text: QColor
    label_background: QColor
    selection: QColor
    hover: QColor
    company_body: QColor
    legend_background: QColor
    legend_border: QColor
    forbidden: QColor

    @staticmethod
    def light() -> Theme:
        return Theme(
            is_dark=False,
            background=QColor("#F7F8FA"),
            grid_dot=QColor("#D5D9E0"),
            text=QColor("#1F2430"),
            muted_text=QColor("#5B6472"),
            label_background=QColor(255, 255, 255, 225),
            # Not blue: a Note finding's ring is blue. Ink-dark in light, white in dark.
            selection=QColor("#14171F"),
            hover=QColor(26, 115, 232, 70),
            company_body=QColor("#F1EDFA"),
            legend_background=QColor(255, 255, 255, 240),
            legend_border=QColor("#D5D9E0"),
            forbidden=QColor("#D64545"),
        )

    @staticmethod
    def dark() -> Theme:
        return Theme(
            is_dark=True,
            background=QColor("#1C1F26"),
            grid_dot=QColor("#353A45"),
            text=QColor("#E6E9EF"),
            muted_text=QColor("#A3ABB8"),
            label_background=QColor(28, 31, 38, 225),
            selection=QColor("#FFFFFF"),
            hover=QColor(111, 168, 255, 80),
            company_body=QColor("#2D2740"),
            legend_background=QColor(37, 41, 50, 240),
            legend_border=QColor("#3E4452"),
            forbidden=QColor("#FF6B6B"),
        )

    @staticmethod
    def from_application() -> Theme:
        """Dark when the application's colour scheme (or, failing that, its palette) is dark."""
        app = QGuiApplication.instance()
        if app is None:
            return Theme.light()
        hints = QGuiApplication.styleHints()
        scheme = getattr(hints, "colorScheme", None)
        if scheme is not None and scheme() == Qt.ColorScheme.Dark:
            return Theme.dark()
        # A window that set a dark palette itself is dark whatever the platform says.
        window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
        return Theme.dark() if window.lightness() < 128 else Theme.light()
