"""Start the editor: ``run(path)`` creates the application, opens a window and runs."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

import stakeholder_map
from stakeholder_map.ui.main_window import APPLICATION, ORGANIZATION


def application() -> QApplication:
    """The QApplication, created once with the names, icon and display defaults."""
    app = QApplication.instance()
    if app is None:
        # Sharp on fractional scales (125%, 150%): pass the factor through, do not round.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(stakeholder_map.__version__)
    app.setDesktopFileName("io.github.stakeholdermap.StakeholderMap")  # the desktop file and icon are named after the app id
    from stakeholder_map.ui.icons import app_icon

    icon = app_icon()
    if not icon.isNull():
        app.setWindowIcon(icon)
    # Qt's default palette follows the system's light or dark scheme (and its changes);
    # nothing here overrides it, and the canvas reads the palette.
    return app


QUIT_AFTER_PAINT = "STAKEHOLDER_MAP_QUIT_AFTER_PAINT"


def quit_after_first_paint(widget):
    """Quit the application right after ``widget`` first paints (start-up benchmarks)."""
    from stakeholder_map.ui.paint_hook import after_next_paint

    return after_next_paint(widget, QApplication.quit)


def run(path: str | None = None) -> int:
    """Open the editor on an empty map, or on the map in ``path`` (an error dialog and an
    empty map when it cannot be read). Returns the application's exit status."""
    app = application()
    from stakeholder_map.ui.language import chosen_language, install_language
    from stakeholder_map.ui.main_window import MainWindow

    # before any window exists: the Preferences choice, else the system's language
    install_language(chosen_language(MainWindow.settings()))

    from stakeholder_map.ui.recovery_dialog import start_recovery

    window = MainWindow()
    if os.environ.get(QUIT_AFTER_PAINT) == "1":  # measuring start-up: stop at the first frame
        quit_after_first_paint(window.view.viewport())
    window.show()
    if path:
        window.files.open_path(path, ask=False)
    else:
        window.view.fit_map()
    # Offer maps a crashed instance left, and give every window autosave.
    window.recovery_session = start_recovery(window)
    return app.exec()
