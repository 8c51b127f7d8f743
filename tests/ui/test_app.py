"""Starting the editor with ``run(path)``, and the Qt binding's stability guard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtWidgets import QApplication, QWidget

from stakeholder_map.fileio import dumps_map
from stakeholder_map.ui import app as app_module
from stakeholder_map.ui.main_window import MainWindow
from tests.ui.conftest import sample_map


@pytest.fixture
def started(qapp, monkeypatch):
    """Run ``run()`` without entering the event loop; give back its windows."""
    import stakeholder_map.ui.main_window as main_window

    monkeypatch.setattr(QApplication, "exec", lambda *args: 0)
    windows = []

    class Recorded(MainWindow):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            windows.append(self)

    monkeypatch.setattr(main_window, "MainWindow", Recorded)

    def start(path):
        assert app_module.run(path) == 0
        assert len(windows) == 1
        return windows[0]

    yield start
    for window in windows:
        window.editor.undo_stack.setClean()
        window.close()
        window.runner.shutdown()
        window.deleteLater()
    session = windows[0].recovery_session if windows else None
    if session is not None and session.store is not None:
        session.store.close()


def test_run_opens_the_map_given_on_the_command_line(started, tmp_path):
    path = tmp_path / "chat.stakemap.json"
    path.write_text(dumps_map(sample_map()), encoding="utf-8")
    window = started(str(path))
    assert window.isVisible() and window.map == sample_map() and window.file_path == path
    assert QCoreApplication.organizationName() == "Stakeholder Map"
    assert QCoreApplication.applicationName() == "Stakeholder Map"
    assert not QApplication.windowIcon().isNull()
    assert window.autosaver is not None  # recovery copies are kept for this window


def test_run_with_an_unreadable_path_shows_an_error_and_an_empty_map(started, tmp_path, dialogs):
    bad = tmp_path / "bad.stakemap.json"
    bad.write_text("{not json", encoding="utf-8")
    window = started(str(bad))
    assert len(dialogs.texts("critical")) == 1 and "bad.stakemap.json" in dialogs.texts("critical")[0]
    assert window.map == type(window.map)() and window.file_path is None


def test_run_without_a_path_starts_empty(started):
    window = started(None)
    assert len(window.map.nodes) == 0 and window.windowTitle().startswith("Untitled")


def test_many_void_qt_calls_do_not_crash(qapp):
    """PySide6 6.12.0 on Python 3.11 dies with "deallocating None" after a few thousand void
    calls; the dependency pin keeps such a build out. This would crash with it."""
    widget = QWidget()
    point = QPointF()
    for i in range(100_000):
        widget.setEnabled(True)
        point.setX(i)
    assert point.x() == 99_999 and widget.isEnabled()
