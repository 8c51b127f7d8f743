"""Recent files, kept in QSettings: newest first, at most ten, missing files pruned."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recentFiles"
MAX_RECENT = 10


class RecentFiles:
    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        """The remembered files that still exist, newest first (missing ones are forgotten)."""
        stored = self._settings.value(KEY, [])
        if isinstance(stored, str):  # QSettings gives a lone entry back as a string
            stored = [stored]
        kept = [Path(p) for p in (stored or []) if isinstance(p, str) and Path(p).is_file()]
        if len(kept) != len(stored or []):
            self._store(kept)
        return kept[:MAX_RECENT]

    def add(self, path: Path | str) -> None:
        path = Path(path).resolve()
        rest = [p for p in self.paths() if p.resolve() != path]
        self._store([path] + rest)

    def clear(self) -> None:
        self._store([])

    def _store(self, paths: list[Path]) -> None:
        self._settings.setValue(KEY, [str(p) for p in paths[:MAX_RECENT]])
        self._settings.sync()
