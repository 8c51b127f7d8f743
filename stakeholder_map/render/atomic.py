"""Write an export next to its destination, then move it into place in one step.

A failed or interrupted export never leaves half a file, and never harms an older file
with the same name.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path
from typing import Callable, Iterator

from stakeholder_map.fileio.saving import reason
from stakeholder_map.render.errors import ExportError


def check_folder(destination: Path) -> None:
    """Raise ``ExportError`` unless the destination's folder exists and is a folder."""
    folder = destination.parent
    if not folder.exists():
        raise ExportError(f"cannot export to {destination}: the folder {folder} does not exist")
    if not folder.is_dir():
        raise ExportError(f"cannot export to {destination}: {folder} is not a folder")
    if destination.is_dir():
        raise ExportError(f"cannot export to {destination}: it is a folder")


@contextlib.contextmanager
def temporary_sibling(destination: Path) -> Iterator[Path]:
    """A fresh empty file next to ``destination``, removed again unless it was moved away."""
    check_folder(destination)
    try:
        fd, name = tempfile.mkstemp(dir=destination.parent, prefix=f".{destination.name}.", suffix=".part")
    except OSError as err:
        raise ExportError(
            f"cannot export to {destination}: the folder is not writable ({reason(err)})"
        ) from None
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def _mode_for(destination: Path) -> int:
    """The permission bits of the file being replaced, else the usual ones (umask applied)."""
    try:
        return stat.S_IMODE(os.stat(destination).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def replace(temp: Path, destination: Path) -> None:
    try:
        # mkstemp makes a private file; an export should get the usual permissions.
        os.chmod(temp, _mode_for(destination))
        os.replace(temp, destination)
    except OSError as err:
        raise ExportError(f"cannot export to {destination}: {reason(err)}") from None


def write_atomically(destination: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temp_path)`` then move the finished file onto ``destination``."""
    with temporary_sibling(destination) as temp:
        try:
            write(temp)
        except OSError as err:
            raise ExportError(f"cannot export to {destination}: {reason(err)}") from None
        replace(temp, destination)


def write_pair_atomically(files: list[tuple[Path, bytes]]) -> None:
    """Write several files so that none is replaced unless all of them were written."""
    with contextlib.ExitStack() as stack:
        temps = []
        for destination, data in files:
            temp = stack.enter_context(temporary_sibling(destination))
            try:
                temp.write_bytes(data)
            except OSError as err:
                raise ExportError(f"cannot export to {destination}: {reason(err)}") from None
            temps.append((temp, destination))
        for temp, destination in temps:
            replace(temp, destination)
