"""Saving is atomic: a failed save leaves the previous file byte for byte, and no litter."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from stakeholder_map.fileio import MapSaveError, dumps_map, load_map, loads_map, save_map
from stakeholder_map.fileio import saving
from stakeholder_map.model import Kind, Map
from tests.fileio.helpers import SPEC_EXAMPLE

OLD = b'{"old": "file, not even a map"}\n'


def sample() -> Map:
    return loads_map(SPEC_EXAMPLE)


def listing(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_save_writes_what_dumps_map_gives_and_loads_back(tmp_path):
    path = tmp_path / "m.stakemap.json"
    save_map(sample(), path)
    assert path.read_text(encoding="utf-8") == dumps_map(sample())
    assert load_map(path) == sample()
    assert listing(tmp_path) == ["m.stakemap.json"]


def test_save_accepts_a_string_path_and_replaces_the_old_file(tmp_path):
    path = tmp_path / "m.stakemap.json"
    path.write_bytes(OLD)
    save_map(sample(), str(path))
    assert load_map(path) == sample()
    assert listing(tmp_path) == ["m.stakemap.json"]


def test_new_files_follow_the_umask_and_old_files_keep_their_permission_bits(tmp_path):
    fresh = tmp_path / "fresh.json"
    old_umask = os.umask(0o022)
    try:
        save_map(sample(), fresh)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
    kept = tmp_path / "kept.json"
    kept.write_bytes(OLD)
    os.chmod(kept, 0o640)
    save_map(sample(), kept)
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640


def test_backup_keeps_the_previous_file(tmp_path):
    path = tmp_path / "m.stakemap.json"
    path.write_bytes(OLD)
    save_map(sample(), path, backup=True)
    assert (tmp_path / "m.stakemap.json.bak").read_bytes() == OLD
    assert load_map(path) == sample()
    second = sample()
    second.set_title("Second")
    save_map(second, path, backup=True)
    assert load_map(tmp_path / "m.stakemap.json.bak") == sample()
    assert listing(tmp_path) == ["m.stakemap.json", "m.stakemap.json.bak"]


def test_backup_of_a_new_file_writes_no_backup(tmp_path):
    save_map(sample(), tmp_path / "new.json", backup=True)
    assert listing(tmp_path) == ["new.json"]


def test_saving_through_a_symlink_updates_the_target_and_keeps_the_link(tmp_path):
    real = tmp_path / "real.json"
    real.write_bytes(OLD)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    save_map(sample(), link)
    assert link.is_symlink() and load_map(real) == sample()


def failing(exc: OSError):
    def fail(*args, **kwargs):
        raise exc
    return fail


@pytest.mark.parametrize(
    "target, exc, reason",
    [
        ("replace", PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
        ("replace", OSError(errno.EXDEV, "Invalid cross-device link"), "invalid cross-device link"),
        ("fsync", OSError(errno.EIO, "Input/output error"), "the disk reported an input/output error"),
        ("fsync", OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
        ("chmod", OSError(errno.EPERM, "Operation not permitted"), "permission denied"),
    ],
)
def test_a_failing_step_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch, target, exc, reason):
    path = tmp_path / "m.stakemap.json"
    path.write_bytes(OLD)
    os.chmod(path, 0o600)  # so that chmod is called on the temporary file
    monkeypatch.setattr(saving.os, target, failing(exc))
    with pytest.raises(MapSaveError) as info:
        save_map(sample(), path)
    assert str(info.value) == f"Could not save m.stakemap.json: {reason}"
    monkeypatch.undo()
    assert path.read_bytes() == OLD
    assert listing(tmp_path) == ["m.stakemap.json"]


def full_disk_write(fd, data):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_during_writing_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "m.stakemap.json"
    path.write_bytes(OLD)
    monkeypatch.setattr(saving.os, "write", full_disk_write)
    with pytest.raises(MapSaveError, match=r"^Could not save m\.stakemap\.json: the disk is full$"):
        save_map(sample(), path)
    monkeypatch.undo()
    assert path.read_bytes() == OLD and listing(tmp_path) == ["m.stakemap.json"]


def test_an_interruption_still_removes_the_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "m.stakemap.json"
    path.write_bytes(OLD)
    monkeypatch.setattr(saving.os, "replace", failing(KeyboardInterrupt()))  # type: ignore[arg-type]
    with pytest.raises(KeyboardInterrupt):
        save_map(sample(), path)
    monkeypatch.undo()
    assert path.read_bytes() == OLD and listing(tmp_path) == ["m.stakemap.json"]


def test_a_missing_folder_is_named(tmp_path):
    path = tmp_path / "nowhere" / "m.stakemap.json"
    with pytest.raises(MapSaveError) as info:
        save_map(sample(), path)
    assert str(info.value) == f"Could not save m.stakemap.json: the folder {path.parent} does not exist"
    assert not (tmp_path / "nowhere").exists()


def test_a_folder_in_the_way_is_refused(tmp_path):
    (tmp_path / "m.json").mkdir()
    with pytest.raises(MapSaveError, match="a folder has that name"):
        save_map(sample(), tmp_path / "m.json")


def test_a_folder_where_no_file_may_be_created_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(saving.os, "open", failing(PermissionError(errno.EACCES, "Permission denied")))
    with pytest.raises(MapSaveError, match=r"^Could not save m\.json: permission denied$"):
        save_map(sample(), tmp_path / "m.json")
    monkeypatch.undo()
    assert listing(tmp_path) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write in read-only folders")
def test_a_read_only_folder_is_refused(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "m.json").write_bytes(OLD)
    os.chmod(folder, 0o555)
    try:
        with pytest.raises(MapSaveError, match="permission denied"):
            save_map(sample(), folder / "m.json")
    finally:
        os.chmod(folder, 0o755)
    assert (folder / "m.json").read_bytes() == OLD


def test_a_backup_that_cannot_be_written_stops_the_save_and_changes_neither_file(tmp_path, monkeypatch):
    path = tmp_path / "m.json"
    path.write_bytes(OLD)
    (tmp_path / "m.json.bak").write_bytes(b"older")
    real_write = os.write
    calls = []

    def write(fd, data):  # the map's temporary file is written first, then the backup's
        calls.append(fd)
        if len(set(calls)) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(saving.os, "write", write)
    with pytest.raises(MapSaveError, match=r"^Could not save m\.json: the disk is full$"):
        save_map(sample(), path, backup=True)
    monkeypatch.undo()
    assert path.read_bytes() == OLD and (tmp_path / "m.json.bak").read_bytes() == b"older"
    assert listing(tmp_path) == ["m.json", "m.json.bak"]


def test_a_backup_that_cannot_be_moved_in_after_the_save_keeps_the_older_backup(tmp_path, monkeypatch):
    path = tmp_path / "m.json"
    path.write_bytes(OLD)
    (tmp_path / "m.json.bak").write_bytes(b"older")
    real_replace = os.replace

    def replace(src, dst):
        if str(dst).endswith(".bak"):
            raise OSError(errno.EIO, "Input/output error")
        real_replace(src, dst)

    monkeypatch.setattr(saving.os, "replace", replace)
    save_map(sample(), path, backup=True)
    monkeypatch.undo()
    assert path.read_bytes() == dumps_map(sample()).encode()
    assert (tmp_path / "m.json.bak").read_bytes() == b"older"
    assert listing(tmp_path) == ["m.json", "m.json.bak"]


def test_a_map_that_cannot_be_written_is_refused_before_touching_the_disk(tmp_path):
    path = tmp_path / "m.json"
    path.write_bytes(OLD)
    with pytest.raises(MapSaveError, match="cannot be written as JSON"):
        save_map(Map("T", {"when": object()}), path)
    bad = Map()
    bad.add_node("n", Kind.PRODUCT, "lone \ud800 surrogate")
    with pytest.raises(MapSaveError, match="cannot be written as UTF-8"):
        save_map(bad, path)
    assert path.read_bytes() == OLD and listing(tmp_path) == ["m.json"]


def test_map_save_error_is_an_os_error_with_its_parts():
    err = MapSaveError("m.json", "the disk is full")
    assert isinstance(err, OSError) and err.name == "m.json" and err.reason == "the disk is full"
    assert str(err) == "Could not save m.json: the disk is full"
