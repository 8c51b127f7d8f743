"""The one way this program writes a file: whole and durable, or not at all.

Every file (a saved map, its ``.bak``, every export, every recovery copy) goes through
``write_files``: each new content is written to a temporary file in the target's folder
(``.NAME.xxxxxxxx.tmp``), flushed, fsynced and read back; only when every one of them is
complete are they moved over their targets (``os.replace``) and the folder is fsynced. A
full disk, a file-size limit or any other failure raises ``OSError`` and leaves every target
byte-identical. The replaced file keeps its permission bits; a new one gets the usual ones.

A temporary file is locked (``flock``) while its writer lives, so a leftover of a killed
writer is told apart from a save in progress in another window and removed by
``remove_leftovers`` (called before each write and when a map is opened).

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> write_file(folder / "a.txt", b"hello")
>>> (folder / "a.txt").read_bytes(), sorted(p.name for p in folder.iterdir())
(b'hello', ['a.txt'])
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from pathlib import Path
from typing import Iterable, Iterator

from stakeholder_map.texts import QT_TRANSLATE_NOOP, translate

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: leftovers are then kept, never guessed at
    fcntl = None  # type: ignore[assignment]

_CHUNK = 1 << 20

_REASONS = {
    errno.EACCES: QT_TRANSLATE_NOOP("Files", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("Files", "permission denied"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("Files", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("Files", "the disk quota is used up"),
    errno.EFBIG: QT_TRANSLATE_NOOP("Files", "the file is larger than this disk or system allows"),
    errno.EROFS: QT_TRANSLATE_NOOP("Files", "the disk is read-only"),
    errno.EISDIR: QT_TRANSLATE_NOOP("Files", "a folder has that name"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("Files", "part of the path is not a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("Files", "the name is too long"),
    errno.EIO: QT_TRANSLATE_NOOP("Files", "the disk reported an input/output error"),
}


class ReadOnlyFileError(PermissionError):
    """The target exists and is marked read-only: it is not replaced unless asked to."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EACCES, "the file is read-only", str(path))


class NotRegularFileError(OSError):
    """The target is a device, a pipe or a socket: moving a file over it would remove it
    (as an administrator, even ``/dev/null``), and writing into it is not saving."""

    def __init__(self, path: Path) -> None:
        super().__init__(errno.EINVAL, NOT_REGULAR, str(path))


NOT_REGULAR = QT_TRANSLATE_NOOP(
    "Files", "this is not a regular file (a device, a pipe or a socket), so nothing is written to it")


def check_regular(target: str | os.PathLike[str]) -> None:
    """Raise ``NotRegularFileError`` when ``target`` exists and is neither a file nor a folder
    (a folder is refused by the callers in their own words)."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return  # a new file (or one the write itself will fail on, with its own reason)
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        raise NotRegularFileError(Path(target))


def reason(exc: OSError) -> str:
    """An OSError in plain words.

    >>> reason(OSError(28, "No space left on device"))
    'the disk is full'
    """
    if isinstance(exc, ReadOnlyFileError):
        return translate("Files", "the file is read-only")
    if isinstance(exc, NotRegularFileError):
        return translate("Files", NOT_REGULAR)
    if exc.errno in _REASONS:
        return translate("Files", _REASONS[exc.errno])
    return (exc.strerror or str(exc) or type(exc).__name__).rstrip(".").lower()


def is_read_only(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is an existing file this user may not change, or one marked
    read-only for everybody (mode 0444: refused even for an administrator, who could)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    if not stat.S_ISREG(mode):
        return False
    return not (mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)) or not os.access(path, os.W_OK)


def temp_name(target: Path) -> str:
    """The name of a temporary file for ``target``: ``.NAME.xxxxxxxx.tmp``."""
    return f".{target.name}.{secrets.token_hex(4)}.tmp"


def _leftover_pattern(target: Path) -> re.Pattern[str]:
    return re.compile(rf"\.{re.escape(target.name)}\.[0-9a-f]{{8}}\.tmp")


def remove_leftovers(target: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files a killed writer of ``target`` left behind; return them.

    A temporary file still locked by a living writer (another window saving) is kept.
    """
    target = Path(target)
    if fcntl is None:
        return []
    pattern = _leftover_pattern(target)
    removed = []
    try:
        names = [e.name for e in os.scandir(target.parent) if pattern.fullmatch(e.name)]
    except OSError:
        return []
    for name in names:
        path = target.parent / name
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            continue  # a living writer holds it
        try:
            os.unlink(path)
            removed.append(path)
        except OSError:
            pass
        finally:
            os.close(fd)
    return removed


def probe_folder(target: str | os.PathLike[str]) -> None:
    """Raise ``OSError`` unless a temporary file can be made next to ``target`` (tried for real:
    permission bits do not tell for an administrator or a special file system)."""
    target = Path(target)
    with _temporary(target):
        pass


def write_file(
    target: str | os.PathLike[str], data: bytes, *, mode: int | None = None, replace_read_only: bool = False,
) -> None:
    """Write ``data`` to ``target`` atomically and durably; raise ``OSError`` on any failure."""
    target = Path(target)
    write_files([(target, data)], modes={target: mode} if mode is not None else None,
                replace_read_only=replace_read_only)


def write_files(
    files: Iterable[tuple[Path, bytes]], *, modes: dict[Path, int] | None = None,
    replace_read_only: bool | Iterable[Path] = False,
) -> None:
    """Write several files so that none is replaced unless all of them were written whole.

    The targets are replaced in the order given. ``modes`` may set a target's permission
    bits; otherwise an existing target's bits are kept and a new file gets 0o666 less the umask.
    A read-only target raises ``ReadOnlyFileError`` unless ``replace_read_only`` is true (or
    lists that target).
    """
    files = [(Path(t), bytes(d)) for t, d in files]
    allowed = replace_read_only if isinstance(replace_read_only, bool) else {Path(p) for p in replace_read_only}
    for target, _ in files:
        check_regular(target)
        if not (allowed is True or (isinstance(allowed, set) and target in allowed)) and is_read_only(target):
            raise ReadOnlyFileError(target)
    with contextlib.ExitStack() as stack:
        ready = []
        for target, data in files:
            remove_leftovers(target)
            mode = (modes or {}).get(target)
            if mode is None:
                mode = _current_mode(target)
            temp = stack.enter_context(_temporary(target))
            _fill(temp, data)
            if mode is not None:
                os.chmod(temp.path, mode)
            ready.append((temp, target))
        folders: list[Path] = []
        try:
            for temp, target in ready:
                os.replace(temp.path, target)
                temp.moved = True
                if target.parent not in folders:
                    folders.append(target.parent)
        except OSError as exc:
            if not folders:
                raise
            replaced = [t for temp, t in ready if temp.moved]
            raise PartlyWrittenError(exc, replaced) from None
        finally:
            for folder in folders:
                _sync_folder(folder)


class PartlyWrittenError(OSError):
    """Some targets were replaced (``replaced``, whole and new) before moving the next failed."""

    def __init__(self, cause: OSError, replaced: list[Path]) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause))
        self.replaced = replaced


class _Temp:
    def __init__(self, path: Path, fd: int) -> None:
        self.path, self.fd, self.moved = path, fd, False


@contextlib.contextmanager
def _temporary(target: Path) -> Iterator[_Temp]:
    path = target.with_name(temp_name(target))
    # 0o666 lets the umask decide, as for any new file.
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    temp = _Temp(path, fd)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield temp
    finally:
        if not temp.moved:
            with contextlib.suppress(OSError):
                os.unlink(path)
        os.close(fd)  # releases the lock, after the move


def _fill(temp: _Temp, data: bytes) -> None:
    """Write, flush to the disk and read back; a short or different file is an error."""
    view = memoryview(data)
    written = 0
    while written < len(data):
        n = os.write(temp.fd, view[written:written + _CHUNK])
        if n <= 0:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written += n
    os.fsync(temp.fd)
    if os.fstat(temp.fd).st_size != len(data):
        raise OSError(errno.EIO, "the file written is not the size it should be")
    offset = 0
    while offset < len(data):
        chunk = os.pread(temp.fd, _CHUNK, offset)
        if not chunk or chunk != view[offset:offset + len(chunk)]:
            raise OSError(errno.EIO, "the file written does not read back the same")
        offset += len(chunk)


def _current_mode(target: Path) -> int | None:
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        return None


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); not possible everywhere, so best effort."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
