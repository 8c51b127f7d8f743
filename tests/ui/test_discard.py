"""Discard means gone: after answering Discard, on every way of closing or replacing the map,
no recovery copy is left for the next start and nothing is printed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from stakeholder_map.ui.autosave import install_autosave
from stakeholder_map.ui.recovery import RecoveryStore
from tests.ui.conftest import sample_map

DELAY = 100


@pytest.fixture
def store(tmp_path):
    s = RecoveryStore(tmp_path / "recovery-copies")
    yield s
    s.close()


@pytest.fixture
def modal_dialogs(dialogs, monkeypatch, qtbot):
    """Like the real question: the event loop keeps running while it is on screen."""

    def warning(parent, title, text, *args, **kwargs):
        dialogs.calls.append(("warning", title, text))
        qtbot.wait(50)  # a modal dialog runs a nested event loop
        return QMessageBox.StandardButton.Discard

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return dialogs


def _close_button(window, qtbot):
    window.close()


def _ctrl_w(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)


def _ctrl_q(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def _new(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def _open(window, qtbot, tmp_path=None):
    window.commands.open.trigger()


def _template(window, qtbot):
    window.templates_menu.actions()[0].trigger()


@pytest.mark.parametrize("close", [_close_button, _ctrl_w, _ctrl_q, _new, _open, _template],
                         ids=["close button", "Ctrl+W", "Ctrl+Q", "New", "Open", "Template"])
def test_discard_leaves_no_recovery_copy(qtbot, make_window, store, modal_dialogs, close,
                                         tmp_path, capfd):
    from stakeholder_map.fileio import save_map

    other = tmp_path / "other.stakemap.json"
    save_map(sample_map(), other)
    modal_dialogs.open_path = str(other)
    window = make_window(sample_map())
    saver = install_autosave(window, store, delay_ms=DELAY)
    window.activateWindow()
    window.view.setFocus()
    window.editor.rename("chat", "Edited")
    qtbot.waitUntil(lambda: saver.writes >= 1, timeout=5000)
    assert store.has_copy(saver.doc_id)

    close(window, qtbot)
    qtbot.wait(DELAY * 3)
    QApplication.processEvents()

    assert modal_dialogs.kinds().count("warning") == 1, "the unsaved-changes question was asked"
    assert not store.has_copy(saver.doc_id), "a discarded map must not come back at next start"
    assert "already deleted" not in capfd.readouterr().err


@pytest.mark.parametrize("close", [_new, _open, _template], ids=["New", "Open", "Template"])
def test_replacing_a_map_with_links_selected_prints_nothing(qtbot, make_window, store,
                                                            modal_dialogs, close, tmp_path, capfd):
    """Ctrl+A then New (or Open, or a template), answered Discard: the old links were selected
    when the scene dropped them, and nothing may reach them afterwards."""
    from stakeholder_map.fileio import save_map

    other = tmp_path / "other.stakemap.json"
    save_map(sample_map(), other)
    modal_dialogs.open_path = str(other)
    window = make_window(sample_map())
    window.activateWindow()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert window.scene.selected_edge_ids(), "the sample map's links are selected"
    window.editor.rename("chat", "Edited")
    close(window, qtbot)
    qtbot.wait(50)
    QApplication.processEvents()
    err = capfd.readouterr().err
    assert "Traceback" not in err and "already deleted" not in err, err
    assert not window.scene.selected_edge_ids()
