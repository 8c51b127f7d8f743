"""Saving never loses the map and never overwrites someone else's changes by surprise.

Each failure leaves the map open, unchanged and still marked modified, says why in one
dialog, and leaves the file on disk as it was.
"""

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from stakeholder_map.fileio import load_map, save_map
from stakeholder_map.fileio import saving
from stakeholder_map.fileio.fingerprint import Fingerprint
from stakeholder_map.model import Kind, Map
from stakeholder_map.ui import safe_save
from stakeholder_map.ui.autosave import install_autosave
from stakeholder_map.ui.safe_save import Choice, guarded_save, track_disk_file

GARBAGE = "<<< not a map at all, a colleague's notes >>>"


def sample_map():
    m = Map("Team chat")
    m.add_node("chat", Kind.PRODUCT, "Chat app", x=0, y=0)
    m.add_node("staff", Kind.END_USER, "Staff", x=200, y=0)
    m.connect("staff", "chat", "uses", edge_id="use")
    return m


@pytest.fixture
def opened(make_window, tmp_path):
    """A window showing a saved file, tracked, with one unsaved edit."""
    path = tmp_path / "maps" / "chat.stakemap.json"
    path.parent.mkdir()
    save_map(sample_map(), path)
    window = make_window()
    track_disk_file(window)
    window.open_map_object(load_map(path), path)
    assert window.disk_fingerprint == Fingerprint.of(path)
    window.editor.rename("chat", "Chat for teams")
    return window, path


class Asker:
    """Answers the changed-on-disk question as told, and counts the questions."""

    def __init__(self, choice=Choice.OVERWRITE, save_as=None):
        self.choice, self.save_as, self.asked, self.asked_path = choice, save_as, [], []

    def __call__(self, window, path):
        self.asked.append(path)
        return self.choice

    def path(self, window, path):
        self.asked_path.append(path)
        return self.save_as


def assert_nothing_lost(window, before, dialogs, *words):
    """The map is still open, unchanged and modified, and one dialog said why."""
    assert window.map == before
    assert not window.editor.undo_stack.isClean()
    [text] = dialogs.texts("critical")
    for word in words:
        assert word in text, text
    assert "Your map is still open with all its changes" in text


def test_unchanged_file_is_saved_without_questions(opened, dialogs):
    window, path = opened
    asker = Asker()
    assert guarded_save(window, path, ask=asker) == path
    assert asker.asked == [] and dialogs.calls == []
    assert load_map(path) == window.map
    assert window.disk_fingerprint == Fingerprint.of(path)


def test_previous_file_kept_as_backup_unless_switched_off(opened):
    window, path = opened
    old = path.read_text(encoding="utf-8")
    assert guarded_save(window, path)
    backup = path.with_name(path.name + ".bak")
    assert backup.read_text(encoding="utf-8") == old
    backup.unlink()
    window.settings().setValue("files/keep_backup", False)
    window.editor.rename("chat", "Again")
    assert guarded_save(window, path)
    assert not backup.exists()


def test_changed_on_disk_asks_and_cancel_keeps_both(opened, dialogs):
    window, path = opened
    before = window.map.copy()
    path.write_text(GARBAGE, encoding="utf-8")
    asker = Asker(Choice.CANCEL)
    assert guarded_save(window, path, ask=asker) is None
    assert asker.asked == [path]
    assert path.read_text(encoding="utf-8") == GARBAGE
    assert window.map == before and not window.editor.undo_stack.isClean()


def test_changed_on_disk_overwrite_writes_and_keeps_theirs_as_backup(opened):
    window, path = opened
    path.write_text(GARBAGE, encoding="utf-8")
    asker = Asker(Choice.OVERWRITE)
    assert guarded_save(window, path, ask=asker) == path
    assert load_map(path) == window.map
    assert path.with_name(path.name + ".bak").read_text(encoding="utf-8") == GARBAGE
    # the new file is the reference now: the next save asks nothing
    window.editor.rename("chat", "Again")
    assert guarded_save(window, path, ask=asker) == path and len(asker.asked) == 1


def test_changed_on_disk_save_as_writes_elsewhere(opened, tmp_path):
    window, path = opened
    path.write_text(GARBAGE, encoding="utf-8")
    other = tmp_path / "mine.stakemap.json"
    asker = Asker(Choice.SAVE_AS, save_as=other)
    assert guarded_save(window, path, ask=asker, ask_path=asker.path) == other
    assert path.read_text(encoding="utf-8") == GARBAGE
    assert load_map(other) == window.map
    assert window.disk_fingerprint == Fingerprint.of(other)


def test_changed_on_disk_save_as_cancelled_saves_nothing(opened):
    window, path = opened
    path.write_text(GARBAGE, encoding="utf-8")
    asker = Asker(Choice.SAVE_AS, save_as=None)
    assert guarded_save(window, path, ask=asker, ask_path=asker.path) is None
    assert path.read_text(encoding="utf-8") == GARBAGE and asker.asked_path == [path]


def test_default_save_as_uses_the_file_dialog(opened, tmp_path, dialogs):
    window, path = opened
    dialogs.save_path = str(tmp_path / "picked")
    assert safe_save.ask_save_as_path(window, path) == tmp_path / "picked.stakemap.json"
    [(kind, caption, folder)] = dialogs.calls
    assert kind == "save" and folder.endswith("Team chat.stakemap.json")


@pytest.mark.parametrize("label, choice", [
    ("Overwrite", Choice.OVERWRITE), ("Save As…", Choice.SAVE_AS), ("Cancel", Choice.CANCEL),
])
def test_default_question_offers_overwrite_save_as_and_cancel(opened, monkeypatch, label, choice):
    window, path = opened
    seen = {}

    def fake_exec(box):
        seen["text"] = box.text()
        seen["buttons"] = sorted(b.text().replace("&", "") for b in box.buttons())
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == label]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert safe_save.ask_changed_on_disk(window, path) is choice
    assert "chat.stakemap.json" in seen["text"] and "changed" in seen["text"]
    assert seen["buttons"] == ["Cancel", "Overwrite", "Save As…"]


def test_touched_but_unchanged_file_asks_nothing(opened):
    window, path = opened
    os.utime(path, ns=(1, 1))
    asker = Asker(Choice.CANCEL)
    assert guarded_save(window, path, ask=asker) == path and asker.asked == []


def test_deleted_file_is_saved_again_without_asking(opened, dialogs):
    window, path = opened
    path.unlink()
    asker = Asker(Choice.CANCEL)
    assert guarded_save(window, path, ask=asker) == path
    assert asker.asked == [] and dialogs.calls == []
    assert load_map(path) == window.map


def test_deleted_folder_says_so_and_keeps_the_map(opened, dialogs):
    window, path = opened
    before = window.map.copy()
    path.unlink()
    path.parent.rmdir()
    assert guarded_save(window, path) is None
    assert_nothing_lost(window, before, dialogs, "chat.stakemap.json", "does not exist")
    assert not path.parent.exists()


def test_missing_folder_for_a_new_file(make_window, tmp_path, dialogs):
    window = make_window(sample_map())
    window.editor.rename("chat", "Chat")
    before = window.map.copy()
    assert guarded_save(window, tmp_path / "nowhere" / "x.stakemap.json") is None
    assert_nothing_lost(window, before, dialogs, "x.stakemap.json", "does not exist")


def _refuse_writes_in(monkeypatch, folder: Path, code: int) -> None:
    real_open = os.open

    def guarded_open(path, flags, *args, **kwargs):
        if Path(path).parent == folder and flags & os.O_CREAT:
            raise OSError(code, os.strerror(code), str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(saving.os, "open", guarded_open)


def test_read_only_folder_says_permission_denied(opened, dialogs, monkeypatch):
    window, path = opened
    before, on_disk = window.map.copy(), path.read_text(encoding="utf-8")
    _refuse_writes_in(monkeypatch, path.parent, errno.EACCES)
    assert guarded_save(window, path) is None
    assert_nothing_lost(window, before, dialogs, "permission denied")
    assert path.read_text(encoding="utf-8") == on_disk


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes to read-only folders")
def test_really_read_only_folder(opened, dialogs):
    window, path = opened
    before, on_disk = window.map.copy(), path.read_text(encoding="utf-8")
    path.parent.chmod(0o555)
    try:
        assert guarded_save(window, path) is None
    finally:
        path.parent.chmod(0o755)
    assert_nothing_lost(window, before, dialogs, "permission denied")
    assert path.read_text(encoding="utf-8") == on_disk


def test_disk_full_says_so_and_leaves_the_file_whole(opened, dialogs, monkeypatch, store):
    window, path = opened
    saver = install_autosave(window, store, delay_ms=50)
    saver.write_now().result(timeout=10)
    before, on_disk = window.map.copy(), path.read_text(encoding="utf-8")
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(saving.os, "fsync", full)
    assert guarded_save(window, path) is None
    monkeypatch.setattr(saving.os, "fsync", real_fsync)
    assert_nothing_lost(window, before, dialogs, "the disk is full")
    assert path.read_text(encoding="utf-8") == on_disk
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []  # no temporaries
    assert store.has_copy(saver.doc_id)  # the recovery copy still protects the map


def test_plain_os_error_is_reported_too(opened, dialogs, monkeypatch):
    window, path = opened
    before = window.map.copy()

    def broken(*args, **kwargs):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(safe_save, "keep_backup", lambda w: False)
    monkeypatch.setattr("stakeholder_map.fileio.save_map", broken)
    assert guarded_save(window, path) is None
    assert_nothing_lost(window, before, dialogs, "Could not save chat.stakemap.json: input/output error")


def test_garbage_on_disk_revert_shows_the_loader_error_and_keeps_the_map(opened, dialogs):
    window, path = opened
    before, map_object = window.map.copy(), window.map
    path.write_text(GARBAGE, encoding="utf-8")
    dialogs.answer = QMessageBox.StandardButton.Discard  # "Revert to saved?" -> yes
    assert window.files.revert() is False
    [text] = dialogs.texts("critical")
    assert "chat.stakemap.json" in text and "not a stakeholder map" in text
    assert window.map is map_object and window.map == before
    assert not window.editor.undo_stack.isClean()
    assert path.read_text(encoding="utf-8") == GARBAGE


def test_fingerprint_follows_the_open_document(make_window, tmp_path):
    first, second = tmp_path / "a.stakemap.json", tmp_path / "b.stakemap.json"
    save_map(sample_map(), first)
    save_map(Map("B"), second)
    window = make_window(load_map(first), first)
    track_disk_file(window)
    assert window.disk_fingerprint.path == first
    window.open_map_object(load_map(second), second)
    assert window.disk_fingerprint == Fingerprint.of(second)
    window.open_map_object(Map(), None)
    assert window.disk_fingerprint is None


def test_untracked_or_untitled_windows_save_plainly(make_window, tmp_path):
    window = make_window(sample_map())
    target = tmp_path / "new.stakemap.json"
    target.write_text("old", encoding="utf-8")  # the Save As dialog already asked
    asker = Asker(Choice.CANCEL)
    assert guarded_save(window, target, ask=asker) == target and asker.asked == []
    assert load_map(target) == window.map


# -- a file marked read-only ---------------------------------------------------------------
@pytest.fixture
def read_only(opened, monkeypatch):
    """The opened file marked read-only (0444: refused even for root), and how the question is answered."""
    window, path = opened
    before = path.read_bytes()
    path.chmod(0o444)
    asked = []

    def answer_with(choice):
        def ask(window, p):
            asked.append(p)
            return choice
        monkeypatch.setattr(safe_save, "ask_read_only", ask)

    yield window, path, before, answer_with, asked
    path.chmod(0o644)


def test_saving_over_a_read_only_file_asks_first_and_cancel_keeps_it(read_only):
    window, path, before, answer_with, asked = read_only
    answer_with(Choice.CANCEL)
    assert window.save_to(path) is False
    assert asked == [path]
    assert path.read_bytes() == before and not path.with_name(path.name + ".bak").exists()
    assert window.isWindowModified() and not window.editor.undo_stack.isClean()


def test_replace_writes_the_read_only_file_and_keeps_it_read_only(read_only):
    window, path, before, answer_with, asked = read_only
    answer_with(Choice.OVERWRITE)
    assert window.save_to(path) is True
    assert load_map(path).node("chat").name == "Chat for teams"
    assert path.stat().st_mode & 0o777 == 0o444
    assert path.with_name(path.name + ".bak").read_bytes() == before
    assert not window.isWindowModified()


def test_save_as_instead_of_a_read_only_file(read_only, dialogs, tmp_path):
    window, path, before, answer_with, asked = read_only
    answer_with(Choice.SAVE_AS)
    other = tmp_path / "maps" / "copy.stakemap.json"
    dialogs.save_path = str(other)
    assert window.save_to(path) is True
    assert path.read_bytes() == before
    assert load_map(other).node("chat").name == "Chat for teams"
    assert window.file_path == other


def test_the_read_only_question_offers_replace_save_as_and_cancel(opened, monkeypatch):
    window, path = opened
    seen = {}

    def fake_exec(box):
        seen["text"] = box.text()
        seen["buttons"] = sorted(b.text().replace("&", "") for b in box.buttons())
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == "Replace"]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert safe_save.ask_read_only(window, path) is Choice.OVERWRITE
    assert "chat.stakemap.json" in seen["text"] and "read-only" in seen["text"]
    assert seen["buttons"] == ["Cancel", "Replace", "Save As…"]


# -- leftovers of a killed save ------------------------------------------------------------------
def test_opening_a_map_removes_the_temporary_files_a_killed_save_left(make_window, tmp_path):
    path = tmp_path / "chat.stakemap.json"
    save_map(sample_map(), path)
    leftover = tmp_path / ".chat.stakemap.json.0123abcd.tmp"
    leftover.write_bytes(b"x" * 1000)
    unrelated = tmp_path / ".other.stakemap.json.0123abcd.tmp"
    unrelated.write_bytes(b"another map's")
    window = make_window()
    assert window.files.open_path(path, ask=False)
    assert not leftover.exists() and unrelated.exists()
