"""What a file on disk looked like, so a save can tell whether someone else changed it.

The window takes a fingerprint when it opens or saves a file; before it overwrites that
file it asks ``disk_state``: if the file was changed or deleted in the meantime, the
person is asked before their colleague's work is overwritten.

>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "m.stakemap.json"
>>> _ = path.write_text("{}")
>>> before = Fingerprint.of(path)
>>> changed_since(path, before)
False
>>> _ = path.write_text('{"format": "stakeholder-map"}')
>>> changed_since(path, before)
True
>>> path.unlink()
>>> disk_state(path, before)
<DiskState.MISSING: 'missing'>
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

_CHUNK = 1 << 20


class DiskState(StrEnum):
    """How a file compares with the fingerprint taken when it was opened or saved."""

    UNCHANGED = "unchanged"
    CHANGED = "changed"
    MISSING = "missing"


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """The size, modification time and SHA-256 of one file at one moment."""

    path: Path
    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: str | os.PathLike[str]) -> Fingerprint:
        """Read the file once; raises ``OSError`` (e.g. ``FileNotFoundError``) if it cannot."""
        path = Path(path)
        digest = hashlib.sha256()
        with open(path, "rb") as stream:
            # fstat on the open file, so size, time and hash describe the same file
            info = os.fstat(stream.fileno())
            for chunk in iter(lambda: stream.read(_CHUNK), b""):
                digest.update(chunk)
        return cls(path, info.st_size, info.st_mtime_ns, digest.hexdigest())

    @classmethod
    def of_or_none(cls, path: str | os.PathLike[str] | None) -> Fingerprint | None:
        """Like ``of``, but ``None`` when there is no path or the file cannot be read."""
        if path is None:
            return None
        try:
            return cls.of(path)
        except OSError:
            return None


def disk_state(path: str | os.PathLike[str], fingerprint: Fingerprint) -> DiskState:
    """Compare the file now with ``fingerprint``.

    The content decides: a file touched but not changed is ``UNCHANGED``; a file that
    cannot be read any more is ``MISSING`` when it is gone and ``CHANGED`` otherwise.
    Map files are small, so reading one costs a few milliseconds.
    """
    path = Path(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return DiskState.MISSING
    except OSError:
        return DiskState.CHANGED
    if info.st_size != fingerprint.size:
        return DiskState.CHANGED
    # Same size: read it, since a coarse clock can give two quick writes the same time.
    try:
        now = Fingerprint.of(path)
    except FileNotFoundError:
        return DiskState.MISSING
    except OSError:
        return DiskState.CHANGED
    return DiskState.UNCHANGED if now.sha256 == fingerprint.sha256 else DiskState.CHANGED


def changed_since(path: str | os.PathLike[str], fingerprint: Fingerprint) -> bool:
    """True when the file was changed or deleted since ``fingerprint`` was taken."""
    return disk_state(path, fingerprint) is not DiskState.UNCHANGED
