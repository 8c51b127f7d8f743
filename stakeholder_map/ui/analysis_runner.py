"""Analysis off the UI thread: a worker keeps its own copy of the map in step with the
changes, analyses it, and only the newest result is delivered.

Copying a 20,000-node map takes the UI thread a tenth of a second, so the runner copies once
per document (``schedule``) and then hands the worker each ``Change`` (``changed``): the
worker applies them to its mirror before analysing. At most one analysis runs; changes that
arrive meanwhile start one more when it ends, and results of older states are dropped.

The worker analyses through an analysis ``Session`` on its mirror, so each run does only the
work its changes need (a rename re-words the findings about a node and its neighbours; a
new link re-runs the rules where it reaches). Changes that cannot alter the analysis
(notes, headcount, moves, the title, the currency) start no run at all: the shown analysis
is still right.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from stakeholder_map import heap
from stakeholder_map.analysis.session import Effect, Session, effect
from stakeholder_map.model import Change, Map

log = logging.getLogger(__name__)
DEBOUNCE_MS = 0  # changes made in one event-loop turn (a paste, a typed name) share a run


class _Mirror:
    """The worker's copy of one document, and the changes it has not applied yet."""

    def __init__(self, source: Map) -> None:
        self.source = source
        self.map = source.copy()
        self.session = Session(self.map)
        self.map.changed.subscribe(self.session.take)
        self.pending: list[Change] = []
        self.lock = threading.Lock()
        self.broken = False

    def add(self, change: Change) -> None:
        with self.lock:
            self.pending.append(change)

    def catch_up(self) -> Map:
        """Apply the waiting changes (worker thread); the mirror then equals the source as
        it was when the newest of them was made."""
        with self.lock:
            changes, self.pending = self.pending, []
        try:
            for change in changes:
                self.map.apply(change)
        except Exception:
            self.broken = True  # never analyse a copy that left its source
            raise
        return self.map

    def analyse(self):
        """Catch up, then the analysis of the copy (worker thread)."""
        self.catch_up()
        return self.session.analysis()


class _Relay(QObject):
    """Lives in the UI thread; a worker emits on it, so the slot runs in the UI thread."""

    done = Signal(int, object, str)


class _Job(QRunnable):
    def __init__(self, mirror: _Mirror, generation: int, relay: _Relay) -> None:
        super().__init__()
        self._mirror, self._generation, self._relay = mirror, generation, relay

    def run(self) -> None:
        # The collector is off from before this job starts until its result is back on the
        # UI thread (see AnalysisRunner._start): the analysis makes ~100,000 short-lived
        # objects on a big map, and a collection here could free the window's Qt objects on
        # the wrong thread (see heap.Worker).
        try:
            result, error = self._mirror.analyse(), ""
        except Exception as err:  # noqa: BLE001 - a bug in analysis must not kill the window
            log.exception("analysis failed")
            result, error = None, f"{type(err).__name__}: {err}"
        self._relay.done.emit(self._generation, result, error)


class AnalysisRunner(QObject):
    """``schedule(map)`` for a new or externally changed map, ``changed(map, change)`` after
    each change the map announces; ``finished(analysis)`` with the newest result only,
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
        self._source: Map | None = None
        self._mirror: _Mirror | None = None
        self._running = False  # a job is queued or running (its result not yet back)
        self._holding = False  # the collector is paused for the job that is out
        self._wanted = False  # the map changed since the running job took its state
        self.generation = 0

    def schedule(self, map_: Map) -> None:
        """Analyse ``map_`` soon, from a fresh copy (a new document, or changes the runner
        was not told about)."""
        self._source, self._mirror = map_, None
        self._request()

    def let_go(self) -> None:
        """Forget the document (its copy is freed; a result still on its way is dropped)
        until the next ``schedule`` or ``analyse_now``."""
        self._source = self._mirror = None
        self.generation += 1
        self._wanted = False
        self._timer.stop()

    def analyse_now(self, map_: Map):
        """``schedule(map_)``, but worked out at once on this thread and returned, or None
        when the analysis raised (the worker then tries again and reports ``failed``).

        For a document being opened: its items are built with their marks, instead of being
        marked again in slices a moment later (on 20,000 nodes that was half a second of
        extra work: badges laid out twice, the index and the overview updated, a repaint
        per slice). The copy made here stays the worker's mirror for later changes."""
        self.let_go()  # a job still running for an older map is stale
        self._source, self._mirror = map_, _Mirror(map_)
        with heap.paused():
            try:
                return self._mirror.analyse()
            except Exception:  # noqa: BLE001 - as in the worker: the window must open the map
                log.exception("analysis failed")
        self._mirror = None
        self._request()
        return None

    def changed(self, map_: Map, change: Change, *, analyse: bool = True) -> None:
        """``map_`` announced ``change``; analyse again unless ``analyse`` is False (moves) or
        the change cannot alter the analysis."""
        if map_ is not self._source:
            self.schedule(map_)
            return
        if self._mirror is not None:
            self._mirror.add(change)  # a mirror made later copies the map with the change in
        if analyse and effect(change) is not Effect.NONE:
            self._request()

    def _request(self) -> None:
        self.generation += 1  # results of older states are stale from now on
        if self._running:
            self._wanted = True  # started when the running job ends
        else:
            self._timer.start()

    def _start(self) -> None:
        if self._source is None or self._running:
            return
        if self._mirror is None or self._mirror.broken:
            self._mirror = _Mirror(self._source)
        self._running, self._wanted = True, False
        self._hold_collector()
        self._pool.start(_Job(self._mirror, self.generation, self._relay))

    def _hold_collector(self) -> None:
        """The collector off while a job is out (held here, on the UI thread, so that the
        worker never runs with it on), until ``_let_collector_go``."""
        if not self._holding:
            self._holding = True
            heap.pause()

    def _let_collector_go(self) -> None:
        if self._holding:
            self._holding = False
            # the worker emitted its result and is leaving the job: wait for that (a moment),
            # so that it runs no Python with the collector on
            self._pool.waitForDone(1000)
            heap.resume()

    def _arrived(self, generation: int, result, error: str) -> None:
        self._running = False
        self._let_collector_go()
        if self._wanted:
            self._timer.start()
        if generation != self.generation:  # a stale result: a newer run follows
            return
        if error:
            self.failed.emit(error)
        else:
            self.finished.emit(result)

    def is_busy(self) -> bool:
        return self._timer.isActive() or self._running or self._wanted

    def shutdown(self) -> None:
        """Stop pending work and wait for a running analysis (closing the window)."""
        self._timer.stop()
        self._wanted = False
        self.generation += 1
        self._pool.clear()
        self._pool.waitForDone(5000)
        self._running = False  # a result still on its way is stale and dropped
        self._let_collector_go()
