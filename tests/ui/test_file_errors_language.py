"""A file the window cannot open is explained in the chosen language, and the open map stays."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from stakeholder_map import texts


@pytest.fixture
def german():
    texts.set_language("de")  # as the Preferences choice does at start-up
    yield
    texts.set_language("en")


def test_opening_a_file_that_is_not_a_map_says_why_in_german(window, qtbot, dialogs, tmp_path, german):
    broken = tmp_path / "notes.json"
    broken.write_text('{"nodes": [], "edges": []}', encoding="utf-8")
    before = window.map.copy()
    dialogs.open_path = str(broken)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    (message,) = dialogs.texts("critical")
    assert 'notes.json: $.format: es gibt kein Feld "format", also ist dies keine Stakeholder-Map-Datei' in message
    assert window.map == before and window.file_path is None


def test_a_damaged_file_names_line_and_column_in_german(window, qtbot, dialogs, tmp_path, german):
    broken = tmp_path / "cut.stakemap.json"
    broken.write_text('{"format": "stakeholder-map", "version": 1,\n "nodes": [', encoding="utf-8")
    dialogs.open_path = str(broken)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    (message,) = dialogs.texts("critical")
    assert "Zeile 2, Spalte" in message and "dies ist kein gültiges JSON" in message
