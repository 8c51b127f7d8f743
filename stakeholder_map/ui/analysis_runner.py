"""Analysis off the UI thread: debounce changes, analyse a snapshot, keep only the newest result."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from stakeholder_map.model import Map

log = logging.getLogger(__name__)
DEBOUNCE_MS = 30


class _Relay(QObject):
    """Lives in the UI thread; a worker emits on it, so the slot runs in the UI thread."""

    done = Signal(int, object, str)


class _Job(QRunnable):
    def __init__(self, snapshot: Map, generation: int, relay: _Relay) -> None:
        super().__init__()
        self._snapshot, self._generation, self._relay = snapshot, generation, relay

    def run(self) -> None:
        try:
            from stakeholder_map.analysis import analyze

            result, error = analyze(self._snapshot), ""
        except Exception as err:  # noqa: BLE001 - a bug in analysis must not kill the window
            log.exception("analysis failed")
            result, error = None, f"{type(err).__name__}: {err}"
        self._relay.done.emit(self._generation, result, error)


class AnalysisRunner(QObject):
    """``schedule(map)`` after a change; ``finished(analysis)`` with the newest result only;
    ``failed(message)`` when the analysis raised."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._arrived)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._map: Map | None = None
        self.generation = 0
        self.discarded = 0

    def schedule(self, map_: Map) -> None:
        """Analyse ``map_`` soon; several calls within the delay start one analysis."""
        self._map = map_
        self.generation += 1  # results of older snapshots are stale from now on
        self._timer.start()

    def _start(self) -> None:
        if self._map is not None:
            self._pool.start(_Job(self._map.copy(), self.generation, self._relay))

    def _arrived(self, generation: int, result, error: str) -> None:
        if generation != self.generation:
            self.discarded += 1
            return
        if error:
            self.failed.emit(error)
        else:
            self.finished.emit(result)

    def is_busy(self) -> bool:
        return self._timer.isActive() or self._pool.activeThreadCount() > 0

    def shutdown(self) -> None:
        """Stop pending work and wait for a running analysis (closing the window)."""
        self._timer.stop()
        self.generation += 1
        self._pool.clear()
        self._pool.waitForDone(5000)
