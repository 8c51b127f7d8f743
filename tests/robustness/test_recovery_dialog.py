"""The recovery offer at start-up: restore the ticked maps, discard the others, or decide later."""

import os
import signal
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from stakeholder_map.fileio import dumps_map
from stakeholder_map.model import Kind, Map
from stakeholder_map.ui.recovery import RecoveryStore
from stakeholder_map.ui.recovery_dialog import (
    RecoveryDialog, describe, offer_recovery, start_recovery,
)

from .conftest import ROOT, read_line
from .gui_instance import edit


def left_behind(root, *maps):
    """Copies left by an instance that ended without discarding them (lock released)."""
    other = RecoveryStore(root)
    for i, (m, path) in enumerate(maps):
        other.write(f"doc{i}", m, path)
    other.close()


def planned(title):
    m = Map(title)
    m.add_node("p", Kind.PRODUCT, title, x=1, y=2)
    return m


@pytest.fixture
def answer(monkeypatch):
    """Set how the dialog is answered: a choice and which rows stay ticked."""
    seen = {}

    def configure(choice, untick=()):
        def fake_exec(dialog):
            seen["rows"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
            seen["ticked"] = [dialog.list.item(i).checkState() == Qt.CheckState.Checked
                              for i in range(dialog.list.count())]
            for index in untick:
                dialog.set_checked(index, False)
            seen["restore_label"] = dialog.restore_button.text()
            if choice == "restore":
                dialog.restore_button.click()
            elif choice == "discard":
                dialog.discard_button.click()
            else:
                dialog.reject()
            return 0

        monkeypatch.setattr(RecoveryDialog, "exec", fake_exec)
        return seen

    return configure


def test_nothing_to_recover_shows_nothing(store, monkeypatch, qapp):
    monkeypatch.setattr(RecoveryDialog, "exec", lambda d: pytest.fail("no dialog expected"))
    assert offer_recovery(store) == []


def test_restore_selected_restores_ticked_and_deletes_the_others(recovery_root, answer, qapp, tmp_path):
    left_behind(recovery_root, (planned("Kept plan"), tmp_path / "kept.stakemap.json"),
                (planned("Dropped plan"), None))
    store = RecoveryStore(recovery_root)
    try:
        orphans = store.orphans()
        dropped_index = [o.title for o in orphans].index("Dropped plan")
        seen = answer("restore", untick=[dropped_index])
        [restored] = offer_recovery(store)
        assert restored.map == planned("Kept plan")
        assert restored.original_path == (tmp_path / "kept.stakemap.json").resolve()
        assert store.copy_paths(restored.doc_id)[0].read_text(encoding="utf-8") == dumps_map(planned("Kept plan"))
        assert seen["ticked"] == [True, True]
        assert any(r.startswith("Kept plan — kept.stakemap.json — today at ") for r in seen["rows"])
        assert any(r.startswith("Dropped plan — never saved — ") for r in seen["rows"])
        assert store.orphans() == []
        assert sorted(p.name for p in recovery_root.iterdir()) == sorted(
            [store.session, store.session + ".lock"])
    finally:
        store.close()


def test_discard_all_deletes_every_copy(recovery_root, answer, qapp):
    left_behind(recovery_root, (planned("A"), None), (planned("B"), None))
    store = RecoveryStore(recovery_root)
    try:
        answer("discard")
        assert offer_recovery(store) == []
        assert store.orphans() == []
        assert sorted(p.name for p in recovery_root.iterdir()) == sorted(
            [store.session, store.session + ".lock"])
    finally:
        store.close()


def test_closing_the_dialog_decides_nothing(recovery_root, answer, qapp):
    left_behind(recovery_root, (planned("A"), None))
    store = RecoveryStore(recovery_root)
    answer("close")
    assert offer_recovery(store) == []
    store.close()
    again = RecoveryStore(recovery_root)
    try:
        assert [o.title for o in again.orphans()] == ["A"]
    finally:
        again.close()


def test_unticking_everything_says_what_the_button_does(recovery_root, answer, qapp):
    left_behind(recovery_root, (planned("A"), None))
    store = RecoveryStore(recovery_root)
    try:
        seen = answer("restore", untick=[0])
        assert offer_recovery(store) == []
        assert seen["restore_label"] == "Restore none, delete all"
        assert store.orphans() == []
    finally:
        store.close()


def test_a_damaged_copy_is_named_and_kept(recovery_root, answer, qapp, monkeypatch):
    left_behind(recovery_root, (planned("Good"), None), (planned("Broken"), None))
    [session] = [p for p in recovery_root.iterdir() if p.is_dir()]
    broken = [p for p in session.glob("*.stakemap.json") if "Broken" in p.read_text(encoding="utf-8")]
    broken[0].write_text('{"format": "stakeholder-map", "version": 1, "nodes": [}', encoding="utf-8")
    warnings = []
    from stakeholder_map.ui import messages

    monkeypatch.setattr(messages, "warning", lambda parent, title, text, *a: warnings.append(text))
    store = RecoveryStore(recovery_root)
    try:
        answer("restore")
        [restored] = offer_recovery(store)
        assert restored.map == planned("Good")
        [text] = warnings
        assert "Broken" in text and "damaged" in text and str(store.root) in text
        assert broken[0].exists()
    finally:
        store.close()


def test_describe_says_when(recovery_root):
    store = RecoveryStore(recovery_root)
    try:
        store.write("d", planned("Plan"), None)
        store.close()
        other = RecoveryStore(recovery_root)
        [found] = other.orphans()
        now = datetime.now(timezone.utc)
        found.time = now
        assert describe(found, now).startswith("Plan — never saved — today at ")
        found.time = now - timedelta(days=3)
        assert f"{found.time.astimezone():%d %b %Y} at" in describe(found, now)
        other.close()
    finally:
        store.close()


def test_start_recovery_opens_restored_maps_with_autosave(recovery_root, answer, make_window, qtbot, tmp_path):
    original = tmp_path / "older.stakemap.json"
    left_behind(recovery_root, (planned("Older"), original), (planned("Newer"), None))
    answer("restore")
    window = make_window()
    session = start_recovery(window, root=recovery_root, delay_ms=100)
    try:
        assert len(session.windows) == 2
        first, second = session.windows
        assert first is window
        # oldest first, so the start-up window holds the older map
        assert (first.map, first.file_path) == (planned("Older"), original.resolve())
        assert (second.map, second.file_path) == (planned("Newer"), None)
        for w in session.windows:
            assert not w.editor.undo_stack.isClean() and w.isWindowModified()
            assert session.store.has_copy(w.autosaver.doc_id)
            qtbot.addWidget(w)
        # saving the restored map removes its copy
        assert first.save_to(original)
        assert not session.store.has_copy(first.autosaver.doc_id)
        assert session.store.has_copy(second.autosaver.doc_id)
    finally:
        for w in session.windows[1:]:
            w.editor.undo_stack.setClean()
            w.close()
            w.runner.shutdown()
        session.store.close()


def test_start_recovery_without_orphans_just_protects_the_window(recovery_root, make_window, qtbot, monkeypatch):
    monkeypatch.setattr(RecoveryDialog, "exec", lambda d: pytest.fail("no dialog expected"))
    window = make_window()
    session = start_recovery(window, root=recovery_root, delay_ms=50)
    try:
        assert session.windows == [window] and window.autosaver.store is session.store
        window.editor.add_node(Kind.PRODUCT, (0, 0), "Idea")
        qtbot.waitUntil(lambda: window.autosaver.writes == 1, timeout=5000)
        assert window.disk_fingerprint is None
    finally:
        session.store.close()


def test_start_recovery_without_a_usable_folder_still_starts(make_window, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    window = make_window()
    session = start_recovery(window, root=blocker / "recovery")
    assert session.store is None and session.windows == [window]
    assert "cannot be recovered" in window.statusBar().currentMessage()
    assert window.autosaver is None


def test_a_killed_editor_map_comes_back_exactly(recovery_root, answer, make_window, tmp_path):
    """The real scenario: a running editor with an unsaved, untitled map is killed."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               XDG_CONFIG_HOME=str(tmp_path / "config"), HOME=str(tmp_path / "home"))
    errors = tmp_path / "editor-stderr.txt"
    with open(errors, "w") as err:  # a file, not a pipe: a chatty child never blocks on it
        proc = subprocess.Popen(
            [sys.executable, "-X", "faulthandler", str(Path(__file__).with_name("gui_instance.py")),
             str(recovery_root)],
            stdout=subprocess.PIPE, stderr=err, text=True, env=env, cwd=ROOT,
        )
    try:
        line = read_line(proc)
        assert line == "ready", errors.read_text()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    seen = answer("restore")
    window = make_window()
    session = start_recovery(window, root=recovery_root, delay_ms=100)
    try:
        assert seen["rows"][0].startswith("Night buses — never saved — today at ")
        m = window.map
        assert m.title == "Night buses" and window.file_path is None
        assert sorted(n.name for n in m.nodes.values()) == ["City transport", "Night bus app", "Riders"]
        riders = next(n for n in m.nodes.values() if n.name == "Riders")
        assert riders.position == (260.5, 45.3)
        pays = next(e for e in m.edges.values() if e.relation == "pays")
        assert (pays.amount, pays.period) == (5000, "yearly")
        assert not window.editor.undo_stack.isClean()
        same_edits = make_window()
        edit(same_edits)
        assert m == same_edits.map  # every id, field and position
    finally:
        session.store.close()


def test_a_file_changed_after_the_crash_is_still_noticed(recovery_root, answer, make_window, tmp_path):
    """The copy remembers the file as it was; a colleague's later change is not overwritten
    silently when the restored map is saved."""
    from stakeholder_map.fileio import save_map
    from stakeholder_map.fileio.fingerprint import Fingerprint
    from stakeholder_map.ui.safe_save import Choice, guarded_save

    original = tmp_path / "plan.stakemap.json"
    save_map(planned("Plan"), original)
    other = RecoveryStore(recovery_root)
    other.write("doc", planned("Plan, edited"), original, fingerprint=Fingerprint.of(original))
    other.close()
    original.write_text("a colleague's newer version", encoding="utf-8")  # after the crash
    answer("restore")
    window = make_window()
    session = start_recovery(window, root=recovery_root, delay_ms=100)
    try:
        assert window.map == planned("Plan, edited") and window.file_path == original.resolve()
        asked = []
        assert guarded_save(window, original, ask=lambda w, p: asked.append(p) or Choice.CANCEL) is None
        assert asked == [original]
        assert original.read_text(encoding="utf-8") == "a colleague's newer version"
    finally:
        session.store.close()


def test_autosave_copies_remember_the_file_fingerprint(make_window, store, qtbot, tmp_path):
    import json

    from stakeholder_map.fileio import load_map, save_map
    from stakeholder_map.fileio.fingerprint import Fingerprint
    from stakeholder_map.ui.autosave import install_autosave
    from stakeholder_map.ui.safe_save import track_disk_file

    path = tmp_path / "plan.stakemap.json"
    save_map(planned("Plan"), path)
    window = make_window()
    track_disk_file(window)
    window.open_map_object(load_map(path), path)
    saver = install_autosave(window, store, delay_ms=50)
    window.editor.set_title("Plan B")
    qtbot.waitUntil(lambda: saver.writes == 1, timeout=5000)
    meta = json.loads(store.copy_paths(saver.doc_id)[1].read_text(encoding="utf-8"))
    fp = Fingerprint.of(path)
    assert meta["original_fingerprint"] == {"size": fp.size, "mtime_ns": fp.mtime_ns, "sha256": fp.sha256}
