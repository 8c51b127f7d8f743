"""The window's one save path (``MainWindow.save_to``) goes through ``guarded_save``:
it asks before overwriting a file changed on disk, follows Save As, keeps a backup."""

import errno
import os

import pytest

from stakeholder_map.fileio import load_map, save_map, saving
from stakeholder_map.model import Kind, Map
from stakeholder_map.ui import safe_save
from stakeholder_map.ui.safe_save import Choice, track_disk_file

def sample_map():
    m = Map("Team chat")
    m.add_node("chat", Kind.PRODUCT, "Chat app", x=0, y=0)
    return m


@pytest.fixture
def opened(make_window, tmp_path):
    path = tmp_path / "chat.stakemap.json"
    save_map(sample_map(), path)
    window = make_window()
    track_disk_file(window)
    window.open_map_object(load_map(path), path)
    window.editor.rename("chat", "Chat for teams")
    return window, path


def test_save_asks_before_overwriting_a_file_changed_on_disk(opened, monkeypatch):
    window, path = opened
    asked = []
    monkeypatch.setattr(safe_save, "ask_changed_on_disk",
                        lambda w, p: asked.append(p) or Choice.CANCEL)
    path.write_text("a colleague's version", encoding="utf-8")
    assert window.save_to(path) is False
    assert asked == [path]
    assert path.read_text(encoding="utf-8") == "a colleague's version"
    assert not window.editor.undo_stack.isClean() and window.isWindowModified()


def test_save_as_from_the_question_makes_the_new_file_the_document(opened, monkeypatch, tmp_path):
    window, path = opened
    other = tmp_path / "mine.stakemap.json"
    monkeypatch.setattr(safe_save, "ask_changed_on_disk", lambda w, p: Choice.SAVE_AS)
    monkeypatch.setattr(safe_save, "ask_save_as_path", lambda w, p: other)
    path.write_text("a colleague's version", encoding="utf-8")
    assert window.save_to(path) is True
    assert window.file_path == other and window.editor.undo_stack.isClean()
    assert load_map(other) == window.map


def test_save_keeps_a_backup_by_default(opened):
    window, path = opened
    old = path.read_text(encoding="utf-8")
    assert window.save_to(path)
    assert path.with_name(path.name + ".bak").read_text(encoding="utf-8") == old


def test_failed_save_keeps_the_map_modified(opened, dialogs, monkeypatch):
    window, path = opened
    before = window.map.copy()

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(saving.os, "fsync", full)
    assert window.save_to(path) is False
    assert window.map == before and window.isWindowModified()
    [text] = dialogs.texts("critical")
    assert "the disk is full" in text
