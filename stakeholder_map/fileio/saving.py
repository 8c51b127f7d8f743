"""Saving a map atomically: the new file appears whole, or the old one stays as it was.

The text goes to a temporary file in the same folder, is flushed to the disk, and then
replaces the target in one step (``os.replace``). The target keeps its permission bits;
with ``backup=True`` the previous file is kept next to it as ``<name>.bak``.

>>> import tempfile, pathlib
>>> from stakeholder_map.model import Map
>>> path = pathlib.Path(tempfile.mkdtemp()) / "demo.stakemap.json"
>>> save_map(Map("Demo"), path)
>>> path.read_text(encoding="utf-8").splitlines()[3]
'  "title": "Demo",'
>>> save_map(Map("Demo"), path.parent / "missing" / "x.json")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
stakeholder_map.fileio.errors.MapSaveError: Could not save x.json: the folder ... does not exist
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path

from stakeholder_map.fileio.errors import MapSaveError
from stakeholder_map.fileio.writer import dumps_map
from stakeholder_map.model import Map

_REASONS = {
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the disk is read-only",
    errno.EISDIR: "a folder has that name",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EIO: "the disk reported an input/output error",
}


def reason(exc: OSError) -> str:
    """An OSError in plain words."""
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    return (exc.strerror or str(exc) or type(exc).__name__).rstrip(".").lower()


def save_map(the_map: Map, path: str | os.PathLike[str], *, backup: bool = False) -> None:
    """Write the map to ``path`` atomically; raise ``MapSaveError`` and leave the old file alone."""
    target = Path(path)
    name = target.name or str(target)
    try:
        data = dumps_map(the_map).encode("utf-8")
    except UnicodeEncodeError:
        raise MapSaveError(name, "the map holds text that cannot be written as UTF-8") from None
    except ValueError as exc:
        raise MapSaveError(name, str(exc)) from None
    # Saving through a symbolic link updates the file it points to and keeps the link.
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    folder = target.parent
    if not folder.is_dir():
        raise MapSaveError(name, f"the folder {folder} does not exist")
    if target.is_dir():
        raise MapSaveError(name, "a folder has that name")
    try:
        old_mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        old_mode = None
    except OSError as exc:
        raise MapSaveError(name, reason(exc)) from None
    if backup and old_mode is not None:
        _copy_atomically(target, target.with_name(target.name + ".bak"), name)
    _write_atomically(data, target, old_mode, name)


def _write_atomically(data: bytes, target: Path, mode: int | None, name: str) -> None:
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        # 0o666 lets the umask decide, as for any new file; an existing file's bits are kept.
        fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    except OSError as exc:
        raise MapSaveError(name, reason(exc)) from None
    try:
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if mode is not None:
                os.chmod(temp, mode)
            os.replace(temp, target)
        except OSError as exc:
            raise MapSaveError(name, reason(exc)) from None
    except BaseException:
        _remove_quietly(temp)
        raise
    _sync_folder(target.parent)


def _copy_atomically(source: Path, backup: Path, name: str) -> None:
    try:
        data = source.read_bytes()
        mode = stat.S_IMODE(os.stat(source).st_mode)
    except OSError as exc:
        raise MapSaveError(name, f"the previous file could not be read for the backup ({reason(exc)})") from None
    try:
        _write_atomically(data, backup, mode, backup.name)
    except MapSaveError as exc:
        raise MapSaveError(name, f"the backup {backup.name} could not be written ({exc.reason})") from None


def _remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


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
