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

import os
import stat
from pathlib import Path

from stakeholder_map.fileio.atomic import (
    PartlyWrittenError, ReadOnlyFileError, check_regular, reason, write_files,
)
from stakeholder_map.fileio.errors import MapSaveError
from stakeholder_map.fileio.writer import dumps_map
from stakeholder_map.model import Map
from stakeholder_map.texts import translate

__all__ = ["ReadOnlyFileError", "reason", "save_map"]


def save_map(
    the_map: Map, path: str | os.PathLike[str], *, backup: bool = False, replace_read_only: bool = False,
) -> None:
    """Write the map to ``path`` atomically; raise ``MapSaveError`` and leave the old file alone.

    With ``backup`` the previous file becomes ``<name>.bak``, but only once the new file is
    written whole: a failed save changes neither file. A read-only file is refused (its
    ``MapSaveError.read_only`` is true) unless ``replace_read_only`` is given.
    """
    target = Path(path)
    name = target.name or str(target)
    try:
        data = dumps_map(the_map).encode("utf-8")
    except UnicodeEncodeError:
        raise MapSaveError(name, translate("Files", "the map holds text that cannot be written as UTF-8")) from None
    except ValueError as exc:
        raise MapSaveError(name, str(exc)) from None
    # Saving through a symbolic link updates the file it points to and keeps the link.
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    folder = target.parent
    if not folder.is_dir():
        raise MapSaveError(name, translate("Files", "the folder {folder} does not exist").format(folder=folder))
    if target.is_dir():
        raise MapSaveError(name, translate("Files", "a folder has that name"))
    try:
        check_regular(target)  # before the backup reads it: a pipe would wait forever
    except OSError as exc:
        raise MapSaveError(name, reason(exc)) from None
    files = [(target, data)]
    modes = {}
    if backup:
        try:
            check_regular(target.with_name(target.name + ".bak"))
        except OSError:
            backup = False  # a pipe or a device has the backup's name: leave it alone, save the map
    if backup:
        try:
            old = target.read_bytes()
            modes[target.with_name(target.name + ".bak")] = stat.S_IMODE(os.stat(target).st_mode)
            files.append((target.with_name(target.name + ".bak"), old))
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise MapSaveError(
                name, translate("Files", "the previous file could not be read for the backup ({reason})").format(
                    reason=reason(exc))) from None
    # The backup is a copy of our own file: its read-only mark never blocks the next save.
    allowed = [p for p, _ in files[1:]] + ([target] if replace_read_only else [])
    try:
        write_files(files, modes=modes, replace_read_only=allowed)
    except PartlyWrittenError:
        pass  # the map is saved; only the backup could not be moved in: the older one stays
    except ReadOnlyFileError:
        raise MapSaveError(name, translate("Files", "the file is read-only"), read_only=True) from None
    except OSError as exc:
        raise MapSaveError(name, reason(exc)) from None
