"""Files in the real window: open, save, failures, unsaved changes, recent files, drag and
drop, templates, title and modified marker."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from stakeholder_map.fileio import dumps_map, load_map
from stakeholder_map.model import Kind, Map
from stakeholder_map.ui.files import suggested_name
from tests.ui.conftest import sample_map

Button = QMessageBox.StandardButton


def write_map(path: Path, map_: Map) -> Path:
    path.write_text(dumps_map(map_), encoding="utf-8")
    return path


@pytest.fixture
def saved(tmp_path) -> Path:
    return write_map(tmp_path / "chat.stakemap.json", sample_map())


def test_open_through_the_dialog(make_window, saved, dialogs, qtbot):
    window = make_window()
    dialogs.open_path = str(saved)
    with qtbot.waitSignal(window.documentChanged):
        window.commands.open.trigger()
    assert window.map == sample_map() and window.file_path == saved
    assert window.windowTitle() == "Team chat[*] — Stakeholder Map"
    assert not window.isWindowModified() and window.editor.undo_stack.count() == 0
    assert window.scene.node_item("chat") is not None
    assert window.recent.paths() == [saved.resolve()]


def test_failed_open_shows_the_loaders_message_and_keeps_the_map(window, tmp_path, dialogs):
    bad = tmp_path / "broken.stakemap.json"
    bad.write_text(json.dumps({"format": "stakeholder-map", "version": 1, "nodes": [
        {"id": "a", "kind": "boss", "name": "A"}], "edges": []}))
    window.editor.rename("cto", "Changed")
    before, before_object = window.map.copy(), window.map
    dialogs.open_path = str(bad)
    assert window.files.open() is False
    assert dialogs.kinds()[0] == "warning"  # unsaved changes: Discard (the fixture's answer)
    critical = dialogs.texts("critical")
    assert len(critical) == 1 and "boss" in critical[0] and "nodes[0]" in critical[0]
    assert window.map is before_object and window.map == before
    assert window.isWindowModified() and window.file_path is None


def test_open_of_a_missing_file_from_the_command_line_path(window, tmp_path, dialogs):
    assert window.files.open_path(tmp_path / "nope.stakemap.json") is False
    assert "nope.stakemap.json" in dialogs.texts("critical")[0]
    assert window.map == sample_map()


def test_save_as_suggests_the_title_and_writes_the_file(window, tmp_path, dialogs):
    window.editor.rename("cto", "Chief tech")
    assert window.isWindowModified()
    target = tmp_path / "out"
    dialogs.save_path = str(target)  # no suffix typed: .stakemap.json is added
    assert window.commands.save.trigger() is None
    suggested = [c for c in dialogs.calls if c[0] == "save"][0][2]
    assert suggested.endswith("Team chat.stakemap.json")
    written = tmp_path / "out.stakemap.json"
    assert load_map(written) == window.map
    assert window.file_path == written and not window.isWindowModified()
    assert window.editor.undo_stack.isClean()
    window.editor.rename("cto", "CTO")
    window.commands.save.trigger()  # now saves in place, no dialog
    assert len([c for c in dialogs.calls if c[0] == "save"]) == 1
    assert load_map(written).node("cto").name == "CTO"


def test_suggested_names_are_safe():
    assert suggested_name("Q3: plan/pricing?") == "Q3 plan pricing.stakemap.json"
    assert suggested_name(None) == "Untitled.stakemap.json"


def test_failed_save_shows_why_and_stays_modified(window, tmp_path, dialogs):
    window.editor.rename("cto", "Changed")
    folder = tmp_path / "a-folder.stakemap.json"
    folder.mkdir()
    assert window.save_to(folder) is False
    assert len(dialogs.texts("critical")) == 1 and "Could not save" in dialogs.texts("critical")[0]
    assert window.isWindowModified() and window.file_path is None


def test_failed_save_of_an_opened_file_keeps_it_modified(window, saved, dialogs):
    window.open_map_object(load_map(saved), saved)
    window.editor.rename("cto", "Changed")
    assert window.save_to(saved.parent / "missing-folder" / "x.stakemap.json") is False
    assert window.isWindowModified() and window.file_path == saved
    assert load_map(saved) == sample_map()


def test_title_and_modified_marker(make_window, qtbot):
    window = make_window()
    assert window.windowTitle() == "Untitled[*] — Stakeholder Map"
    assert not window.isWindowModified()
    window.editor.add_node(Kind.PRODUCT, (0, 0), "App")
    assert window.isWindowModified()
    window.editor.undo_stack.undo()
    assert not window.isWindowModified()
    window.editor.set_title("Pricing")
    assert window.windowTitle() == "Pricing[*] — Stakeholder Map"


@pytest.mark.parametrize("answer", [Button.Save, Button.Discard, Button.Cancel])
def test_close_with_unsaved_changes_asks(make_window, tmp_path, dialogs, answer):
    window = make_window(sample_map())
    window.editor.rename("cto", "Changed")
    dialogs.unsaved_answer = answer
    dialogs.save_path = str(tmp_path / "kept.stakemap.json")
    closed = window.close()
    assert dialogs.kinds()[0] == "warning"
    assert "Team chat" in dialogs.texts("warning")[0]
    assert closed is (answer != Button.Cancel)
    assert window.isVisible() is (answer == Button.Cancel)
    assert (tmp_path / "kept.stakemap.json").exists() is (answer == Button.Save)


def test_close_when_saving_fails_stays_open(make_window, tmp_path, dialogs):
    window = make_window(sample_map())
    window.editor.rename("cto", "Changed")
    dialogs.unsaved_answer = Button.Save
    (tmp_path / "dir.stakemap.json").mkdir()
    dialogs.save_path = str(tmp_path / "dir.stakemap.json")
    assert window.close() is False and window.isVisible()


@pytest.mark.parametrize("answer", [Button.Save, Button.Discard, Button.Cancel])
def test_new_with_unsaved_changes_asks(window, tmp_path, dialogs, answer):
    window.editor.rename("cto", "Changed")
    changed = window.map.copy()
    dialogs.unsaved_answer = answer
    dialogs.save_path = str(tmp_path / "kept.stakemap.json")
    window.commands.new.trigger()
    if answer == Button.Cancel:
        assert window.map == changed and window.isWindowModified()
    else:
        assert window.map == Map() and not window.isWindowModified()
        assert window.file_path is None
    assert (tmp_path / "kept.stakemap.json").exists() is (answer == Button.Save)


@pytest.mark.parametrize("answer", [Button.Save, Button.Discard, Button.Cancel])
def test_open_with_unsaved_changes_asks(window, saved, tmp_path, dialogs, answer):
    window.editor.rename("cto", "Changed")
    dialogs.unsaved_answer = answer
    dialogs.save_path = str(tmp_path / "kept.stakemap.json")
    dialogs.open_path = str(saved)
    window.commands.open.trigger()
    opened = "open" in dialogs.kinds()
    assert opened is (answer != Button.Cancel)
    assert (window.file_path == saved) is (answer != Button.Cancel)
    assert (tmp_path / "kept.stakemap.json").exists() is (answer == Button.Save)


def test_no_question_when_nothing_changed(window, dialogs):
    window.commands.new.trigger()
    assert dialogs.calls == []


def test_revert_reloads_the_file(window, saved, dialogs):
    window.files.open_path(saved)
    window.editor.delete(["staff"])
    assert window.commands.revert.isEnabled()
    dialogs.question_answer = Button.Cancel
    window.commands.revert.trigger()
    assert "staff" not in window.map.nodes
    dialogs.question_answer = Button.Discard
    window.commands.revert.trigger()
    assert window.map == sample_map() and not window.isWindowModified()
    assert not window.commands.revert.isEnabled()


def test_recent_files_newest_first_max_ten_missing_pruned(make_window, tmp_path):
    window = make_window()
    paths = [write_map(tmp_path / f"m{i}.stakemap.json", Map(f"Map {i}")) for i in range(12)]
    for path in paths:
        window.files.open_path(path)
    recent = window.recent.paths()
    assert recent == [p.resolve() for p in reversed(paths)][:10]
    paths[11].unlink()
    window.recent_menu.aboutToShow.emit()
    entries = [a for a in window.recent_menu.actions() if a.data()]
    assert [Path(a.data()).name for a in entries][:2] == ["m10.stakemap.json", "m9.stakemap.json"]
    assert len(entries) == 9
    entries[1].trigger()
    assert window.map.title == "Map 9"
    other = make_window()  # recent files live in the settings, shared by windows
    assert other.recent.paths()[0] == paths[9].resolve()
    next(a for a in window.recent_menu.actions() if a.objectName() == "actionClearRecent").trigger()
    assert window.recent.paths() == [] and not window.recent_menu.isEnabled()


def _drop(window, path: Path):
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    pos = window.rect().center()
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(pos.toPointF(), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    return enter, drop


def test_drag_and_drop_a_map_file_opens_it(make_window, saved, qtbot):
    window = make_window()
    enter, drop = _drop(window, saved)
    assert enter.isAccepted() and drop.isAccepted()
    qtbot.waitUntil(lambda: window.file_path == saved, timeout=3000)
    assert window.map == sample_map()


def test_dropping_another_file_is_refused(make_window, tmp_path):
    window = make_window()
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    enter, _ = _drop(window, other)
    assert not enter.isAccepted()
    assert window.file_path is None


def test_new_from_template_opens_an_untitled_unmodified_copy(make_window):
    from stakeholder_map.resources import template_paths, template_title

    window = make_window()
    actions = [a for a in window.templates_menu.actions() if a.data()]
    paths = template_paths()
    assert [a.text() for a in actions] == [template_title(p) for p in paths]
    actions[0].trigger()
    assert window.file_path is None and not window.isWindowModified()
    assert window.map == load_map(paths[0]) and len(window.map.nodes) > 0


def test_file_menu_has_export_and_import(window):
    names = {a.objectName() for a in window.menuBar().actions()[0].menu().actions()}
    assert {"actionExport", "actionImportSpreadsheet"} <= names


@pytest.mark.parametrize("function, action", [
    ("export_with_dialog", "export"),
    ("import_with_dialog", "import_spreadsheet"),
])
def test_export_and_import_entries_call_the_dialogs(window, monkeypatch, function, action):
    from stakeholder_map.ui import menus

    calls = []
    monkeypatch.setattr(menus, function, lambda w: calls.append(w) or True)
    getattr(window.commands, action).trigger()
    assert calls == [window]


def test_help_guide_and_about(window, dialogs):
    window.commands.guide.trigger()
    assert window.guide is not None and window.guide.isVisible()
    text = window.guide.browser.toPlainText()
    assert len(text) > 200 and "missing" not in text.lower()[:40]
    window.commands.about.trigger()
    assert dialogs.kinds() == ["about"] and "1.0" in dialogs.calls[0][2]
    window.guide.close()


def test_open_map_object_can_mark_modified(make_window):
    window = make_window()
    window.open_map_object(sample_map(), None, modified=True)
    assert window.isWindowModified() and window.editor.undo_stack.count() == 0
