"""The one atomic writer: full disks, read-only files, leftovers of killed saves, one writer only."""

from __future__ import annotations

import errno
import fcntl
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from stakeholder_map.fileio import MapSaveError, dumps_map, save_map
from stakeholder_map.fileio.atomic import is_read_only, remove_leftovers, write_file, write_files
from stakeholder_map.model import Kind, Map
from tests.fileio.helpers import tiny_disk

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "stakeholder_map"
OLD = b'{"old": "file"}\n'


def big_map(nodes: int = 600) -> Map:
    m = Map("Big")
    for i in range(nodes):
        m.add_node(f"n{i}", Kind.PERSON, f"Person number {i} with a longish name", x=i, y=i)
    return m


def listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


# -- a full disk ------------------------------------------------------------------------------
def test_a_real_full_disk_keeps_the_map_and_its_backup_byte_identical():
    with tiny_disk() as disk:
        path = disk / "m.stakemap.json"
        path.write_bytes(OLD)
        (disk / "m.stakemap.json.bak").write_bytes(b"older backup")
        assert len(dumps_map(big_map())) > 64 * 1024
        with pytest.raises(MapSaveError, match=r"^Could not save m\.stakemap\.json: the disk is full$"):
            save_map(big_map(), path, backup=True)
        assert path.read_bytes() == OLD
        assert (disk / "m.stakemap.json.bak").read_bytes() == b"older backup"
        assert listing(disk) == ["m.stakemap.json", "m.stakemap.json.bak"]


def test_a_backup_that_no_longer_fits_keeps_both_files():
    """The new map fits, the backup copy of the old one does not: nothing changes."""
    with tiny_disk("64k") as disk:
        path = disk / "m.stakemap.json"
        old = dumps_map(big_map(190)).encode()  # 7 pages: two copies fit, three do not
        path.write_bytes(old)
        (disk / "m.stakemap.json.bak").write_bytes(b"older backup")
        new_map = big_map(191)
        with pytest.raises(MapSaveError, match="the disk is full"):
            save_map(new_map, path, backup=True)
        assert path.read_bytes() == old
        assert (disk / "m.stakemap.json.bak").read_bytes() == b"older backup"
        assert listing(disk) == ["m.stakemap.json", "m.stakemap.json.bak"]


def test_a_file_size_limit_is_a_failure_not_a_short_file(tmp_path):
    path = tmp_path / "m.stakemap.json"
    path.write_bytes(OLD)
    (tmp_path / "m.stakemap.json.bak").write_bytes(b"older backup")
    script = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
        "from stakeholder_map.fileio import MapSaveError, save_map\n"
        "from tests.fileio.test_atomic_writer import big_map\n"
        "try:\n"
        "    save_map(big_map(), sys.argv[1], backup=True)\n"
        "except MapSaveError as err:\n"
        "    print(err)\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "Could not save m.stakemap.json: the file is larger than this disk or system allows")
    assert path.read_bytes() == OLD and (tmp_path / "m.stakemap.json.bak").read_bytes() == b"older backup"
    assert listing(tmp_path) == ["m.stakemap.json", "m.stakemap.json.bak"]


def test_a_write_that_reads_back_differently_is_refused(tmp_path, monkeypatch):
    target = tmp_path / "x.bin"
    target.write_bytes(OLD)
    monkeypatch.setattr(os, "pread", lambda fd, n, offset: b"\0" * min(n, 5))
    with pytest.raises(OSError, match="does not read back the same"):
        write_file(target, b"hello world")
    monkeypatch.undo()
    assert target.read_bytes() == OLD and listing(tmp_path) == ["x.bin"]


def test_several_files_are_replaced_only_when_all_were_written(tmp_path, monkeypatch):
    a, b = tmp_path / "a.csv", tmp_path / "b.csv"
    a.write_bytes(b"old a")
    b.write_bytes(b"old b")
    real_write = os.write

    def write(fd, data):
        if bytes(data).startswith(b"new b"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    with pytest.raises(OSError):
        write_files([(a, b"new a"), (b, b"new b")])
    monkeypatch.undo()
    assert (a.read_bytes(), b.read_bytes()) == (b"old a", b"old b")
    assert listing(tmp_path) == ["a.csv", "b.csv"]


# -- read-only files ----------------------------------------------------------------------------
def test_a_read_only_map_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "m.stakemap.json"
    path.write_bytes(OLD)
    path.chmod(0o444)  # an administrator could write it anyway: the mark itself refuses
    with pytest.raises(MapSaveError) as info:
        save_map(big_map(3), path, backup=True)
    assert str(info.value) == "Could not save m.stakemap.json: the file is read-only"
    assert info.value.read_only
    assert path.read_bytes() == OLD and listing(tmp_path) == ["m.stakemap.json"]


def test_saving_over_a_read_only_map_when_asked_keeps_it_read_only(tmp_path):
    path = tmp_path / "m.stakemap.json"
    path.write_bytes(OLD)
    path.chmod(0o444)
    save_map(big_map(3), path, backup=True, replace_read_only=True)
    assert path.read_bytes() == dumps_map(big_map(3)).encode()
    assert (tmp_path / "m.stakemap.json.bak").read_bytes() == OLD
    assert path.stat().st_mode & 0o777 == 0o444
    save_map(big_map(4), path, backup=True, replace_read_only=True)  # a read-only .bak is ours to replace
    assert (tmp_path / "m.stakemap.json.bak").read_bytes() == dumps_map(big_map(3)).encode()


def test_read_only_means_marked_or_not_writable_for_this_user(tmp_path):
    path = tmp_path / "f"
    assert not is_read_only(path)  # a file yet to be made
    path.write_bytes(b"x")
    assert not is_read_only(path)
    path.chmod(0o444)
    assert is_read_only(path)
    assert not is_read_only(tmp_path)  # a folder is another refusal


@pytest.mark.skipif(shutil.which("setpriv") is None or os.geteuid() != 0, reason="needs root and setpriv")
def test_a_read_only_map_is_refused_for_a_real_unprivileged_user():
    folder = Path(tempfile.mkdtemp())
    try:
        folder.chmod(0o777)  # a writable folder: only the file is protected
        path = folder / "m.stakemap.json"
        path.write_bytes(OLD)
        path.chmod(0o644)  # owned by root, so read-only for nobody without being marked so
        script = (
            "import sys\n"
            "from stakeholder_map.fileio import MapSaveError, save_map\n"
            "from stakeholder_map.model import Map\n"
            "try:\n"
            "    save_map(Map('Mine'), sys.argv[1], backup=True)\n"
            "except MapSaveError as err:\n"
            "    print(err)\n"
        )
        result = subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
             sys.executable, "-c", script, str(path)],
            cwd=ROOT, capture_output=True, text=True, timeout=60, env={**os.environ, "HOME": str(folder)},
        )
        if "Operation not permitted" in result.stderr:
            pytest.skip("cannot change user here")
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == "Could not save m.stakemap.json: the file is read-only"
        assert path.read_bytes() == OLD and listing(folder) == ["m.stakemap.json"]
    finally:
        shutil.rmtree(folder)


# -- leftovers of a killed save -------------------------------------------------------------------
def test_leftovers_of_a_killed_save_are_removed_at_the_next_save(tmp_path):
    path = tmp_path / "m.stakemap.json"
    path.write_bytes(OLD)
    (tmp_path / ".m.stakemap.json.0123abcd.tmp").write_bytes(b"x" * 100_000)
    (tmp_path / ".m.stakemap.json.bak.89abcdef.tmp").write_bytes(b"half a backup")
    (tmp_path / ".other.json.0123abcd.tmp").write_bytes(b"not ours")
    save_map(big_map(2), path, backup=True)
    assert listing(tmp_path) == [".other.json.0123abcd.tmp", "m.stakemap.json", "m.stakemap.json.bak"]


def test_a_save_in_progress_elsewhere_keeps_its_temporary_file(tmp_path):
    path = tmp_path / "m.stakemap.json"
    busy = tmp_path / ".m.stakemap.json.0123abcd.tmp"
    busy.write_bytes(b"being written")
    with open(busy, "rb") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)  # its writer is alive
        assert remove_leftovers(path) == []
        save_map(big_map(2), path)
        assert busy.exists()
    assert remove_leftovers(path) == [busy]


def test_a_save_killed_mid_write_leaves_a_temporary_file_the_next_save_removes(tmp_path):
    path = tmp_path / "m.stakemap.json"
    path.write_bytes(OLD)
    script = (
        "import os, signal, sys\n"
        "from stakeholder_map.fileio import save_map\n"
        "from tests.fileio.test_atomic_writer import big_map\n"
        "real = os.fsync\n"
        "def die(fd):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
        "os.fsync = die\n"
        "save_map(big_map(), sys.argv[1])\n"
    )
    result = subprocess.run([sys.executable, "-c", script, str(path)], cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == -9
    left = [n for n in listing(tmp_path) if n != "m.stakemap.json"]
    assert len(left) == 1 and re.fullmatch(r"\.m\.stakemap\.json\.[0-9a-f]{8}\.tmp", left[0])
    assert path.read_bytes() == OLD
    save_map(big_map(2), path)
    assert listing(tmp_path) == ["m.stakemap.json"]


# -- one writer -------------------------------------------------------------------------------------
WRITES = re.compile(r"os\.replace\(|os\.rename\(|mkstemp\(|\.write_bytes\(|\.write_text\(|QPdfWriter\(str|"
                    r"QImageWriter\(str|open\([^)]*[\"']w")


def test_every_file_the_program_writes_goes_through_the_one_atomic_writer():
    offenders = []
    for source in PACKAGE.rglob("*.py"):
        if source == PACKAGE / "fileio" / "atomic.py":
            continue
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines(), 1):
            if WRITES.search(line) and not line.strip().startswith(">>>") and "os.devnull" not in line:
                offenders.append(f"{source.relative_to(ROOT)}:{number}: {line.strip()}")
    allowed = {"stakeholder_map/ui/recovery.py"}  # take_over moves a finished copy, it writes nothing
    offenders = [o for o in offenders if not (o.split(":")[0] in allowed and "os.replace(recovered." in o)]
    assert offenders == []


# -- a pipe or a device where the file should go ---------------------------------------------------
def test_a_pipe_in_the_targets_place_is_refused_and_stays_a_pipe(tmp_path):
    """Moving a file over a special file removes it: as an administrator that would be
    /dev/null itself. A save over a pipe (which a backup would also wait on forever) is refused."""
    import stat

    pipe = tmp_path / "map.stakemap.json"
    os.mkfifo(pipe)
    with pytest.raises(OSError, match="not a regular file"):
        write_file(pipe, b"data")
    with pytest.raises(MapSaveError, match="not a regular file"):
        save_map(big_map(3), pipe, backup=True)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    assert listing(tmp_path) == ["map.stakemap.json"]


def test_a_pipe_with_the_backups_name_is_left_alone_and_the_map_is_saved(tmp_path):
    import stat

    target = tmp_path / "map.stakemap.json"
    target.write_bytes(OLD)
    os.mkfifo(tmp_path / "map.stakemap.json.bak")
    save_map(big_map(3), target, backup=True)
    assert target.read_bytes() == dumps_map(big_map(3)).encode("utf-8")
    assert stat.S_ISFIFO(os.lstat(tmp_path / "map.stakemap.json.bak").st_mode)
