"""Recovery copies on disk: written whole, kept apart per instance, offered only when orphaned."""

import json
import signal
import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QStandardPaths

from stakeholder_map import __version__
from stakeholder_map.fileio import MapFileError, dumps_map
from stakeholder_map.model import Kind, Map
from stakeholder_map.ui import recovery
from stakeholder_map.ui.recovery import RecoveryStore, RecoveryUnavailable
from tests.fileio.helpers import saved_positions
from tests.strategies import maps

from .instance import crashed_map


def sample_map(title="Launch plan"):
    m = Map(title)
    m.add_node("app", Kind.PRODUCT, "App", x=0, y=0)
    m.add_node("buyer1", Kind.BUYER, "Ann", x=100, y=50, headcount=3)
    m.connect("buyer1", "app", "pays", edge_id="e1", amount=9.5, period="yearly")
    return m


def test_write_puts_the_map_and_its_metadata_side_by_side(store, tmp_path):
    m = sample_map()
    store.write("d1", m, tmp_path / "plan.stakemap.json")
    map_path, meta_path = store.copy_paths("d1")
    assert map_path.read_text(encoding="utf-8") == dumps_map(m)
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    assert meta["title"] == "Launch plan"
    assert meta["original_path"] == str((tmp_path / "plan.stakemap.json").resolve())
    assert meta["app_version"] == __version__
    saved_at = datetime.fromisoformat(meta["saved_at"])
    assert abs((datetime.now(timezone.utc) - saved_at).total_seconds()) < 60
    assert [p.name for p in store.session_dir.iterdir() if p.name.startswith(".")] == []


def test_untitled_map_without_file_is_written_too(store):
    store.write("d1", Map(), None)
    meta = json.loads(store.copy_paths("d1")[1].read_text(encoding="utf-8"))
    assert meta["title"] is None and meta["original_path"] is None


def test_rewrite_replaces_the_copy(store):
    store.write("d1", sample_map("One"), None)
    store.write("d1", sample_map("Two"), None)
    assert '"Two"' in store.copy_paths("d1")[0].read_text(encoding="utf-8")
    assert len(list(store.session_dir.iterdir())) == 2


def test_failed_write_leaves_the_previous_copy_whole(store, monkeypatch):
    store.write("d1", sample_map("One"), None)
    before = store.copy_paths("d1")[0].read_text(encoding="utf-8")

    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(recovery.os, "fsync", full)
    with pytest.raises(OSError):
        store.write("d1", sample_map("Two"), None)
    assert store.copy_paths("d1")[0].read_text(encoding="utf-8") == before
    assert [p.name for p in store.session_dir.iterdir() if p.name.endswith(".tmp")] == []


def test_discard_removes_both_files(store):
    store.write("d1", sample_map(), None)
    store.discard("d1")
    assert not store.has_copy("d1")
    assert list(store.session_dir.iterdir()) == []


def test_write_async_writes_in_the_background(store):
    future = store.write_async("d1", sample_map(), None)
    assert future.result(timeout=10) is True
    assert store.has_copy("d1")


def test_async_snapshot_is_taken_when_asked(store):
    m = sample_map("Before")
    gate = threading.Event()
    store.write_async("d0", Map(), None)  # the writer thread now exists
    store._executor.submit(gate.wait)  # hold the writer thread
    future = store.write_async("d1", m, None)
    m.set_title("After")
    gate.set()
    assert future.result(timeout=10)
    assert '"Before"' in store.copy_paths("d1")[0].read_text(encoding="utf-8")


def test_discard_cancels_a_write_still_queued(store):
    gate = threading.Event()
    store.write_async("d0", Map(), None)
    store._executor.submit(gate.wait)
    future = store.write_async("d1", sample_map(), None)
    store.discard("d1")
    gate.set()
    assert future.result(timeout=10) is False
    assert not store.has_copy("d1")
    # a later write of the same document is not cancelled
    assert store.write_async("d1", sample_map(), None).result(timeout=10) is True


def test_close_removes_an_empty_session_and_its_lock(recovery_root):
    s = RecoveryStore(recovery_root)
    s.write("d1", Map(), None)
    s.discard("d1")
    s.close()
    assert list(recovery_root.iterdir()) == []


class FrozenClock(datetime):
    """Every copy written "in the same instant", as on a busy machine with a coarse clock."""

    @classmethod
    def now(cls, tz=None):
        return datetime(2026, 12, 1, 12, 0, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("names", [("a", "b", "c"), ("c", "b", "a"), ("b", "c", "a")])
def test_copies_written_in_the_same_instant_are_offered_newest_first(recovery_root, monkeypatch, names):
    monkeypatch.setattr(recovery, "datetime", FrozenClock)
    first = RecoveryStore(recovery_root)
    for name in names:  # written in this order, whatever their ids say
        first.write(name, sample_map(f"Map {name}"), None)
    first.close()
    later = RecoveryStore(recovery_root)  # a second crashed session, also in the same instant
    later.write("z0", sample_map("Map z0"), None)
    later.close()
    reader = RecoveryStore(recovery_root)
    try:
        assert [r.title for r in reader.orphans()] == ["Map z0"] + [f"Map {n}" for n in reversed(names)]
    finally:
        reader.close()


def test_copies_left_at_a_clean_close_are_offered_next_time(recovery_root):
    first = RecoveryStore(recovery_root)
    first.write("d1", sample_map(), None)
    first.close()
    second = RecoveryStore(recovery_root)
    try:
        [found] = second.orphans()
        assert found.load() == sample_map()
    finally:
        second.close()


def test_two_instances_never_touch_each_others_copies(recovery_root):
    a, b = RecoveryStore(recovery_root), RecoveryStore(recovery_root)
    try:
        assert a.session_dir != b.session_dir
        a.write("same-id", sample_map("A"), None)
        b.write("same-id", sample_map("B"), None)
        a.discard("same-id")
        assert b.has_copy("same-id") and not a.has_copy("same-id")
        a.write("same-id", sample_map("A"), None)
        # a live instance's copies are never offered to another one
        assert a.orphans() == [] and b.orphans() == []
        assert a.has_copy("same-id") and b.has_copy("same-id")
    finally:
        a.close()
        b.close()


def test_a_live_process_copies_are_not_orphans(store, recovery_root, live_instance):
    proc, session = live_instance(recovery_root)
    assert (recovery_root / session / "doc1.stakemap.json").exists()
    assert store.orphans() == []
    assert (recovery_root / session / "doc1.stakemap.json").exists()


def test_a_killed_instance_copies_are_offered(store, recovery_root, live_instance):
    """The real scenario: another instance is killed (SIGKILL) with an unsaved map."""
    proc, session = live_instance(recovery_root)
    assert store.orphans() == []
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    [found] = store.orphans()
    assert (found.session, found.title, found.original_path) == (session, "Crashed plan", None)
    assert found.load() == crashed_map()
    found.discard()
    assert not (recovery_root / session).exists()
    assert not (recovery_root / f"{session}.lock").exists()


def test_a_crashed_instance_copy_restores_the_exact_map(store, recovery_root, crashed_instance):
    session = crashed_instance(recovery_root)
    assert (recovery_root / f"{session}.lock").exists()  # the lock was never released
    [found] = store.orphans()
    assert found.title == "Crashed plan" and found.display_title == "Crashed plan"
    assert found.original_path == Path("/maps/plan.stakemap.json")
    assert abs((datetime.now(timezone.utc) - found.time).total_seconds()) < 120
    restored = found.load()
    assert restored == crashed_map()
    assert restored.node("hotel").notes == "HQ\nParis" and restored.extra == {"owner": "ops"}


def test_an_orphan_is_offered_to_one_instance_only(recovery_root, crashed_instance):
    crashed_instance(recovery_root)
    a, b = RecoveryStore(recovery_root), RecoveryStore(recovery_root)
    try:
        assert len(a.orphans()) == 1
        assert b.orphans() == []  # a holds that session now
        assert len(a.orphans()) == 1  # asking again gives the same copy
    finally:
        a.close()
    c = RecoveryStore(recovery_root)  # a closed without deciding: offered again
    try:
        assert len(c.orphans()) == 1
    finally:
        c.close()
        b.close()


def test_take_over_moves_the_copy_into_this_session(store, recovery_root, crashed_instance):
    session = crashed_instance(recovery_root)
    [found] = store.orphans()
    doc_id = store.take_over(found)
    assert store.copy_paths(doc_id)[0].read_text(encoding="utf-8") == dumps_map(crashed_map())
    assert json.loads(store.copy_paths(doc_id)[1].read_text(encoding="utf-8"))["title"] == "Crashed plan"
    assert not (recovery_root / session).exists()
    assert store.orphans() == []


def test_empty_stale_sessions_are_cleaned(store, recovery_root, crashed_instance):
    session = crashed_instance(recovery_root, "empty")
    assert (recovery_root / session).is_dir()
    assert store.orphans() == []
    assert sorted(p.name for p in recovery_root.iterdir()) == sorted(
        [store.session, f"{store.session}.lock"]
    )


def test_stale_lock_without_a_folder_is_cleaned(store, recovery_root, crashed_instance):
    session = crashed_instance(recovery_root, "empty")
    (recovery_root / session).rmdir()
    assert store.orphans() == []
    assert not (recovery_root / f"{session}.lock").exists()


def test_a_copy_without_metadata_is_still_offered(store, recovery_root, crashed_instance):
    session = crashed_instance(recovery_root)
    (recovery_root / session / "doc1.meta.json").unlink()  # crash between the two renames
    [found] = store.orphans()
    assert found.title is None and found.display_title == "Untitled map"
    assert found.load() == crashed_map()


def test_a_damaged_copy_says_so_when_loaded(store, recovery_root, crashed_instance):
    session = crashed_instance(recovery_root)
    (recovery_root / session / "doc1.stakemap.json").write_text("{not json", encoding="utf-8")
    [found] = store.orphans()
    with pytest.raises(MapFileError):
        found.load()


def test_unrelated_files_in_the_root_are_left_alone(store, recovery_root):
    (recovery_root / "notes.txt").write_text("mine")
    (recovery_root / "other-folder").mkdir()
    assert store.orphans() == []
    assert (recovery_root / "notes.txt").exists() and (recovery_root / "other-folder").is_dir()


def test_default_root_is_in_the_app_data_folder():
    QStandardPaths.setTestModeEnabled(True)
    try:
        s = RecoveryStore()
        try:
            base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
            assert s.root == Path(base) / "recovery"
            assert s.session_dir.parent == s.root and s.session_dir.is_dir()
        finally:
            s.close()
    finally:
        QStandardPaths.setTestModeEnabled(False)


def test_unusable_root_raises_recovery_unavailable(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(RecoveryUnavailable):
        RecoveryStore(blocker / "recovery")
    assert isinstance(RecoveryUnavailable("x"), OSError)


@settings(max_examples=100, deadline=None)
@given(m=maps(max_nodes=10, max_edges=15), extra=st.dictionaries(
    st.text(min_size=1, max_size=8).filter(lambda k: k not in {"format", "version", "title", "nodes", "edges"}),
    st.none() | st.integers() | st.text(max_size=10), max_size=3))
def test_any_map_comes_back_exactly_from_its_copy(tmp_path_factory, m, extra):
    m.extra.update(extra)
    root = tmp_path_factory.mktemp("recovery")
    crashed = RecoveryStore(root)
    crashed.write("doc", m, None)
    crashed.close()
    store = RecoveryStore(root)
    try:
        [found] = store.orphans()
        assert found.load() == saved_positions(m)  # positions to 0.1, like every saved file
        assert found.title == m.title
    finally:
        store.close()
