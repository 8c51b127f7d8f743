"""A fingerprint tells a save whether someone else changed or deleted the file (no Qt)."""

import os

from stakeholder_map.fileio.fingerprint import DiskState, Fingerprint, changed_since, disk_state


def test_unchanged_file_is_unchanged(tmp_path):
    path = tmp_path / "m.stakemap.json"
    path.write_text('{"a": 1}')
    fp = Fingerprint.of(path)
    assert (fp.size, fp.path) == (8, path)
    assert disk_state(path, fp) is DiskState.UNCHANGED
    assert not changed_since(path, fp)


def test_touched_but_same_content_is_unchanged(tmp_path):
    path = tmp_path / "m.json"
    path.write_text("same")
    fp = Fingerprint.of(path)
    os.utime(path, ns=(fp.mtime_ns + 5_000_000_000, fp.mtime_ns + 5_000_000_000))
    assert not changed_since(path, fp)


def test_same_size_same_time_other_content_is_changed(tmp_path):
    path = tmp_path / "m.json"
    path.write_text("aaaa")
    fp = Fingerprint.of(path)
    path.write_text("bbbb")
    os.utime(path, ns=(fp.mtime_ns, fp.mtime_ns))  # a coarse clock could give the same time
    assert disk_state(path, fp) is DiskState.CHANGED


def test_other_size_is_changed(tmp_path):
    path = tmp_path / "m.json"
    path.write_text("aaaa")
    fp = Fingerprint.of(path)
    path.write_text("aaaaa")
    assert disk_state(path, fp) is DiskState.CHANGED


def test_deleted_file_is_missing(tmp_path):
    path = tmp_path / "m.json"
    path.write_text("x")
    fp = Fingerprint.of(path)
    path.unlink()
    assert disk_state(path, fp) is DiskState.MISSING
    assert changed_since(path, fp)


def test_replaced_by_a_folder_is_changed(tmp_path):
    path = tmp_path / "m.json"
    path.write_text("x")
    fp = Fingerprint.of(path)
    path.unlink()
    path.mkdir()
    assert disk_state(path, fp) is DiskState.CHANGED


def test_of_or_none(tmp_path):
    assert Fingerprint.of_or_none(None) is None
    assert Fingerprint.of_or_none(tmp_path / "absent.json") is None
    (tmp_path / "here.json").write_text("{}")
    assert Fingerprint.of_or_none(tmp_path / "here.json") == Fingerprint.of(tmp_path / "here.json")
