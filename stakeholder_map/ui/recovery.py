"""Recovery copies of unsaved maps, so a crash or a killed program never loses a map.

Layout on disk, under ``<AppDataLocation>/recovery/``::

    session-<time>-<pid>-<random>.lock      QLockFile held by the running instance
    session-<time>-<pid>-<random>/
        <doc_id>.stakemap.json              the map, v1 format (``fileio.dumps_map``)
        <doc_id>.meta.json                  title, original path, saved-at time, app version

Each running instance owns one session (its lock is taken before its folder exists), and
each open document has its own ``doc_id`` in it, so two instances never touch each other's
copies. At start-up ``orphans()`` offers the copies of sessions whose lock is absent or
stale (the process that held it is gone): those of a crashed or killed instance, never the
live ones of another running instance. Every file is written by the program's one atomic
writer (``fileio.atomic``), so a copy is either the old one or the new one, never half of
each. Each copy's metadata carries a sequence number that grows with every write, so copies
written within the same millisecond still sort in the order they were written.

>>> import tempfile
>>> from stakeholder_map.model import Map
>>> store = RecoveryStore(tempfile.mkdtemp())
>>> store.write("doc1", Map("Launch plan"), None)
>>> store.has_copy("doc1")
True
>>> store.orphans()   # our own, live session is never an orphan
[]
>>> store.close()
"""

from __future__ import annotations

import json
import os
import itertools
import threading
import uuid
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QStandardPaths

from stakeholder_map import __version__, heap
from stakeholder_map.fileio.atomic import write_file
from stakeholder_map.fileio.fingerprint import Fingerprint
from stakeholder_map.model import Map

MAP_SUFFIX = ".stakemap.json"
META_SUFFIX = ".meta.json"
SESSION_PREFIX = "session-"
META_FORMAT = "stakeholder-map-recovery"


class RecoveryUnavailable(OSError):
    """The recovery folder cannot be created or locked (the app then runs without it)."""


def default_root() -> Path:
    """``<AppDataLocation>/recovery`` (tests use ``QStandardPaths.setTestModeEnabled``)."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not base:
        raise RecoveryUnavailable(QCoreApplication.translate(
            "Recovery", "there is no folder for application data on this system"))
    return Path(base) / "recovery"


@dataclass(eq=False)
class RecoveredMap:
    """A copy left behind by an instance that did not end cleanly."""

    store: RecoveryStore = field(repr=False)
    session: str
    doc_id: str
    map_path: Path
    meta_path: Path
    title: str | None
    original_path: Path | None
    time: datetime
    app_version: str | None
    #: what the original file looked like when the copy was made (to spot later changes)
    original_fingerprint: Fingerprint | None = None
    #: grows with every copy written, across sessions (a tie of ``time`` never decides order)
    sequence: int = 0

    @property
    def display_title(self) -> str:
        """The title, else the file name, else "Untitled map"."""
        if self.title:
            return self.title
        if self.original_path is not None:
            return self.original_path.name
        return QCoreApplication.translate("Recovery", "Untitled map")

    def load(self) -> Map:
        """The map exactly as it was at ``time``; raises ``MapFileError`` if the copy is damaged."""
        from stakeholder_map.fileio import load_map

        # No layout: a node without a position comes back without one, as it was.
        return load_map(self.map_path)

    def discard(self) -> None:
        """Delete the copy (and its session folder once nothing is left in it)."""
        self.store._discard_orphan(self)


class RecoveryStore:
    """This instance's recovery copies, plus the copies crashed instances left behind.

    ``write`` serialises and writes at once; ``write_async`` takes a snapshot now and
    writes in a background thread, so a big map never freezes the window. Writes and
    discards of one document keep their order: a discard cancels any write still queued.
    """

    def __init__(self, root: str | os.PathLike[str] | None = None, *, app_version: str = __version__) -> None:
        self.root = Path(root) if root is not None else default_root()
        self.app_version = app_version
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
        self.session = f"{SESSION_PREFIX}{stamp}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise RecoveryUnavailable(QCoreApplication.translate(
                "Recovery", "cannot create the recovery folder {folder}: {reason}").format(
                folder=self.root, reason=err.strerror)) from err
        # The lock exists before the folder, so whoever sees the folder also sees the lock.
        self._lock = QLockFile(str(self._lock_path(self.session)))
        if not self._lock.tryLock(0):
            raise RecoveryUnavailable(QCoreApplication.translate(
                "Recovery", "cannot lock a recovery session in {folder}").format(folder=self.root))
        self.session_dir = self.root / self.session
        try:
            self.session_dir.mkdir()
        except OSError as err:
            self._lock.unlock()
            raise RecoveryUnavailable(QCoreApplication.translate(
                "Recovery", "cannot create {folder}: {reason}").format(
                folder=self.session_dir, reason=err.strerror)) from err
        self._mutex = threading.Lock()
        self._generation: dict[str, int] = {}
        self._adopted: dict[str, QLockFile] = {}
        self._executor: heap.Worker | None = None
        self._closed = False
        self._sequence = itertools.count(_next_sequence(self.root))

    # -- this instance's copies -------------------------------------------------------------
    @staticmethod
    def new_doc_id() -> str:
        return uuid.uuid4().hex[:12]

    def copy_paths(self, doc_id: str) -> tuple[Path, Path]:
        """The map file and the metadata file of one document's copy."""
        return (self.session_dir / f"{doc_id}{MAP_SUFFIX}", self.session_dir / f"{doc_id}{META_SUFFIX}")

    def has_copy(self, doc_id: str) -> bool:
        return self.copy_paths(doc_id)[0].exists()

    def write(
        self, doc_id: str, map: Map, original_path: str | os.PathLike[str] | None,
        *, fingerprint: Fingerprint | None = None,
    ) -> None:
        """Write (or replace) the copy of a document now; raises ``OSError`` on failure.

        ``fingerprint`` is the original file's as the window last read or wrote it.
        """
        from stakeholder_map.fileio import dumps_map

        text, meta = dumps_map(map), self._meta(doc_id, map, original_path, fingerprint)
        with self._mutex:
            self._put(doc_id, text, meta)

    def write_async(
        self, doc_id: str, map: Map, original_path: str | os.PathLike[str] | None,
        *, fingerprint: Fingerprint | None = None,
    ) -> Future[bool]:
        """Snapshot the map now, write it in the background.

        The future's result is True when written, False when a later ``discard`` cancelled
        it; it raises the ``OSError`` of a failed write.
        """
        snapshot = map.copy()  # about 1 ms for 20,000 nodes
        meta = self._meta(doc_id, snapshot, original_path, fingerprint)
        with self._mutex:
            generation = self._generation.get(doc_id, 0)
        if self._executor is None:
            self._executor = heap.Worker("recovery")  # never collects: see heap.Worker
        return self._executor.submit(self._write_job, doc_id, snapshot, meta, generation)

    def _write_job(self, doc_id: str, snapshot: Map, meta: dict, generation: int) -> bool:
        from stakeholder_map.fileio import dumps_map

        text = dumps_map(snapshot)
        with self._mutex:
            if self._generation.get(doc_id, 0) != generation:
                return False  # discarded (saved or closed) after this write was queued
            self._put(doc_id, text, meta)
        return True

    def flush(self, timeout: float | None = None) -> None:
        """Wait until every queued write is done (tests, and before quitting)."""
        if self._executor is not None:
            self._executor.submit(lambda: None).result(timeout)

    def discard(self, doc_id: str) -> None:
        """Delete a document's copy, and cancel any write of it still queued."""
        with self._mutex:
            self._generation[doc_id] = self._generation.get(doc_id, 0) + 1
            for path in self.copy_paths(doc_id):
                _unlink(path)

    def take_over(self, recovered: RecoveredMap) -> str:
        """Move an orphaned copy into this session under a new doc id, and return the id.

        The copy keeps protecting the restored map until its window writes a newer one.
        """
        doc_id = self.new_doc_id()
        map_path, meta_path = self.copy_paths(doc_id)
        with self._mutex:
            os.replace(recovered.map_path, map_path)
            if recovered.meta_path.exists():
                os.replace(recovered.meta_path, meta_path)
        self._forget_if_empty(recovered.session)
        return doc_id

    def close(self) -> None:
        """End the session cleanly: finish writes, release locks, remove an empty folder.

        Copies still present stay on disk (the next start offers them).
        """
        if self._closed:
            return
        self._closed = True
        if self._executor is not None:
            self._executor.shutdown(wait=True)
        for lock in self._adopted.values():
            lock.unlock()
        self._adopted.clear()
        _remove_if_empty(self.session_dir)
        self._lock.unlock()

    # -- copies left by crashed instances ---------------------------------------------------
    def orphans(self) -> list[RecoveredMap]:
        """Copies of sessions whose owner is gone, newest first.

        Taking a stale lock makes this instance the owner of that session, so two instances
        starting together never offer the same copy twice. Empty stale sessions are removed.
        """
        sessions = {p.name for p in self._iter_root() if p.is_dir()}
        sessions |= {p.name[: -len(".lock")] for p in self._iter_root() if p.name.endswith(".lock")}
        for session in sorted(sessions - {self.session} - set(self._adopted)):
            if not session.startswith(SESSION_PREFIX):
                continue
            lock = QLockFile(str(self._lock_path(session)))
            lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
            if lock.tryLock(0):
                self._adopted[session] = lock
                self._forget_if_empty(session)
        found = [
            self._read_orphan(session, map_path)
            for session in self._adopted
            for map_path in sorted((self.root / session).glob(f"*{MAP_SUFFIX}"))
        ]
        return sorted(found, key=lambda r: (r.time, r.sequence, r.session, r.doc_id), reverse=True)

    def _read_orphan(self, session: str, map_path: Path) -> RecoveredMap:
        doc_id = map_path.name[: -len(MAP_SUFFIX)]
        meta_path = map_path.with_name(f"{doc_id}{META_SUFFIX}")
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if not isinstance(meta, dict):
                meta = {}
        except (OSError, ValueError):
            meta = {}  # a crash between the two renames: the map file is still good
        try:
            time = datetime.fromisoformat(meta["saved_at"])
        except (KeyError, TypeError, ValueError):
            time = datetime.fromtimestamp(map_path.stat().st_mtime, timezone.utc)
        title = meta.get("title")
        original = meta.get("original_path")
        return RecoveredMap(
            store=self,
            session=session,
            doc_id=doc_id,
            map_path=map_path,
            meta_path=meta_path,
            title=title if isinstance(title, str) else None,
            original_path=Path(original) if isinstance(original, str) and original else None,
            time=time,
            app_version=meta.get("app_version") if isinstance(meta.get("app_version"), str) else None,
            original_fingerprint=_fingerprint_from(meta.get("original_fingerprint"), original),
            sequence=_sequence_of(meta),
        )

    def _discard_orphan(self, recovered: RecoveredMap) -> None:
        _unlink(recovered.map_path)
        _unlink(recovered.meta_path)
        self._forget_if_empty(recovered.session)

    def _forget_if_empty(self, session: str) -> None:
        """Remove an adopted session's folder and lock once no copy is left in it."""
        folder = self.root / session
        if any(folder.glob(f"*{MAP_SUFFIX}")):
            return
        for stray in folder.glob(f"*{META_SUFFIX}"):
            _unlink(stray)
        for stray in folder.glob(".*.tmp"):
            _unlink(stray)  # half-written temporary file of the crashed instance
        _remove_if_empty(folder)
        lock = self._adopted.pop(session, None)
        if lock is not None:
            lock.unlock()

    # -- helpers ----------------------------------------------------------------------------
    def _lock_path(self, session: str) -> Path:
        return self.root / f"{session}.lock"

    def _iter_root(self) -> list[Path]:
        try:
            return list(self.root.iterdir())
        except OSError:
            return []

    def _meta(
        self, doc_id: str, map: Map, original_path: str | os.PathLike[str] | None,
        fingerprint: Fingerprint | None = None,
    ) -> dict:
        if fingerprint is not None:
            fingerprint_json = {
                "size": fingerprint.size, "mtime_ns": fingerprint.mtime_ns, "sha256": fingerprint.sha256,
            }
        else:
            fingerprint_json = None
        return {
            "format": META_FORMAT,
            "version": 1,
            "doc_id": doc_id,
            "title": map.title,
            "original_path": None if original_path is None else str(Path(original_path).resolve()),
            "saved_at": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
            "app_version": self.app_version,
            "original_fingerprint": fingerprint_json,
        }

    def _put(self, doc_id: str, text: str, meta: dict) -> None:
        """Write one copy (the caller holds the mutex); numbered in the order of writing."""
        map_path, meta_path = self.copy_paths(doc_id)
        meta = {**meta, "sequence": next(self._sequence)}
        write_file(map_path, text.encode("utf-8"))
        write_file(meta_path, json.dumps(meta, ensure_ascii=False, indent=1).encode("utf-8"))


def _fingerprint_from(data: object, original: object) -> Fingerprint | None:
    """The fingerprint stored in a copy's metadata, if it is whole."""
    if not isinstance(data, dict) or not isinstance(original, str) or not original:
        return None
    size, mtime_ns, sha256 = data.get("size"), data.get("mtime_ns"), data.get("sha256")
    if not (isinstance(size, int) and isinstance(mtime_ns, int) and isinstance(sha256, str)):
        return None
    return Fingerprint(Path(original), size, mtime_ns, sha256)


def _sequence_of(meta: dict) -> int:
    value = meta.get("sequence")
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _next_sequence(root: Path) -> int:
    """One more than the highest sequence number of any copy under ``root`` (0 when none).

    A new session starts above every copy already on disk, so its copies sort as newer.
    """
    highest = -1
    for meta_path in root.glob(f"{SESSION_PREFIX}*/*{META_SUFFIX}"):
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(meta, dict) and "sequence" in meta:
            highest = max(highest, _sequence_of(meta))
    return highest + 1


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass  # not empty, or already gone
