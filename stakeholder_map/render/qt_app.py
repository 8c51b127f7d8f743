"""A QApplication for exports, created on demand so the command line needs no window, and
speaking the language the command line chose (``stakeholder_map.texts.language()``)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from stakeholder_map.render.errors import ExportError

_app: QApplication | None = None  # kept alive for the life of the process


def ensure_application() -> None:
    """Create a ``QApplication`` when none exists (QGraphicsScene needs one), with the
    translators and the locale of the language chosen for the Qt-free parts, so a picture
    drawn from the command line has the same words and numbers as in the window.

    Without a display (no ``DISPLAY``/``WAYLAND_DISPLAY``) and no platform chosen by the
    user, Qt would abort trying to reach a screen, so the offscreen platform is used.
    Raises ``ExportError`` when the program already runs a ``QGuiApplication``, which cannot
    hold a scene.
    """
    global _app
    existing = QApplication.instance()
    if existing is not None:
        if not isinstance(existing, QApplication):
            raise ExportError(QCoreApplication.translate(
                "Export", "drawing an export needs a QApplication, but this program started a {kind}"
            ).format(kind=type(existing).__name__))
        return
    env = os.environ
    if not env.get("QT_QPA_PLATFORM") and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    _app = QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "stakeholder-map"])
    from stakeholder_map import texts
    from stakeholder_map.render.language import install_language

    install_language(texts.language())
