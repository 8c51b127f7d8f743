"""Autosave: keep a recovery copy of every window's unsaved map.

While a window's undo stack is not clean, a copy is written shortly after edits stop
(``delay_ms``, 2 s), and during continuous editing the copy on disk is never older than
``max_interval_ms`` (10 s): the next copy is started early enough, by the time the last
one took to write, to be on disk by then. Untitled maps included. The copy is removed when
the map is saved (the stack becomes clean), replaced by another document, or its window is
closed cleanly. The map is snapshotted in the main thread (its element lists: about a
millisecond for 20,000 nodes) and serialised and written in the store's background thread.
"""

from __future__ import annotations

import time
from concurrent.futures import Future

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal

from stakeholder_map.ui.recovery import RecoveryStore

DEFAULT_DELAY_MS = 2_000
DEFAULT_MAX_INTERVAL_MS = 10_000
MIN_LEAD_MS = 1_000  # the shortest wait before a copy, however slow the last write was
# Before the first copy of a map is timed: about 2.3 s to serialise 80,000 elements, doubled
# for a busy machine.
ESTIMATED_MS_PER_ELEMENT = 0.06


class Autosaver(QObject):
    """Follows one ``MainWindow`` (``map``, ``file_path``, ``editor.undo_stack``,
    ``documentChanged``) and keeps its recovery copy in ``store`` under ``doc_id``.

    ``written(str)`` gives the copy's path after each write; ``failed(str)`` a plain
    message when a copy could not be written (the next edit, or the interval, retries).
    """

    written = Signal(str)
    failed = Signal(str)
    _finished = Signal(object)  # from the writer thread back to this object's thread

    def __init__(
        self,
        window,
        store: RecoveryStore,
        *,
        doc_id: str | None = None,
        delay_ms: int = DEFAULT_DELAY_MS,
        max_interval_ms: int = DEFAULT_MAX_INTERVAL_MS,
    ) -> None:
        super().__init__(window)
        self._window = window
        self.store = store
        self.doc_id = doc_id or store.new_doc_id()
        self.last_error: str | None = None
        self.writes = 0
        self._stack = None
        self._closing = False
        self._stopped = False
        self._debounce = QTimer(self, singleShot=True, interval=delay_ms)
        self._debounce.timeout.connect(self.write_now)
        # Not restarted by later edits: caps how old the copy gets during continuous editing.
        self._max_interval_ms = max_interval_ms
        self._last_write_ms = 0  # how long the last copy took, from snapshot to disk
        self._write_started: float | None = None
        self._deadline = QTimer(self, singleShot=True, interval=max_interval_ms)
        self._deadline.timeout.connect(self.write_now)
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        window.documentChanged.connect(self._on_document_changed)
        # The window says when a close was accepted (Save or Discard answered, or nothing to
        # save); its question runs a nested event loop, so a close cannot be judged by timers.
        window.closed.connect(self.stop)
        window.installEventFilter(self)
        self._bind_stack()
        self._on_state_changed()

    # -- public -----------------------------------------------------------------------------
    def set_max_interval_ms(self, ms: int) -> None:
        """Change how old a recovery copy may get during continuous editing (Preferences)."""
        self._max_interval_ms = ms

    @property
    def max_interval_ms(self) -> int:
        return self._max_interval_ms

    def _start_deadline(self) -> None:
        """Start the next copy early enough to be on disk within the interval: earlier by
        half as much again as the last copy took (or an estimate from the map's size)."""
        expected = self._last_write_ms or round(
            ESTIMATED_MS_PER_ELEMENT * (len(self._window.map.nodes) + len(self._window.map.edges)))
        lead = max(MIN_LEAD_MS, self._max_interval_ms - round(1.5 * expected))
        self._deadline.start(min(lead, self._max_interval_ms))

    def is_modified(self) -> bool:
        """True while the window holds changes that are not in its file."""
        # The stack alone: the window's own modified flag may be updated after this runs.
        try:
            return not self._window.editor.undo_stack.isClean()
        except RuntimeError:  # the window and its stack are being deleted
            return False

    def pending(self) -> bool:
        """True while a copy is scheduled but not yet written."""
        return self._debounce.isActive() or self._deadline.isActive()

    def write_now(self) -> Future[bool] | None:
        """Write the copy now (if the map is modified); returns the background write."""
        self._debounce.stop()
        self._deadline.stop()
        if self._stopped or not self.is_modified():
            return None
        window = self._window
        self._write_started = time.monotonic()
        future = self.store.write_async(
            self.doc_id, window.map, window.file_path, fingerprint=self._file_fingerprint())
        future.add_done_callback(self._report)
        return future

    def _file_fingerprint(self):
        """The window's file as last opened or saved (``safe_save.track_disk_file``)."""
        known = self._window.disk_fingerprint
        path = self._window.file_path
        if known is None or path is None or known.path != path:
            return None
        return known

    def discard(self) -> None:
        """Forget the copy: stop the timers and delete it (and any write still queued)."""
        self._debounce.stop()
        self._deadline.stop()
        self.store.discard(self.doc_id)

    def stop(self) -> None:
        """Stop following the window and delete its copy (the window closed cleanly)."""
        self.discard()
        self._stopped = True
        self._unbind_stack()

    # -- following the window ---------------------------------------------------------------
    def _bind_stack(self) -> None:
        stack = self._window.editor.undo_stack
        if stack is self._stack:
            return
        self._unbind_stack()
        self._stack = stack
        stack.indexChanged.connect(self._on_state_changed)
        stack.cleanChanged.connect(self._on_state_changed)

    def _unbind_stack(self) -> None:
        if self._stack is None:
            return
        for signal in (self._stack.indexChanged, self._stack.cleanChanged):
            try:
                signal.disconnect(self._on_state_changed)
            except (RuntimeError, TypeError):
                pass  # the stack is already gone
        self._stack = None

    def _on_document_changed(self) -> None:
        # The old document was saved or given up by the person: its copy goes.
        self.discard()
        self._bind_stack()
        self._on_state_changed()

    def _on_state_changed(self, *_args) -> None:
        if self._stopped:
            return
        if self.is_modified():
            self._debounce.start()  # restarted by every edit
            if not self._deadline.isActive():
                self._start_deadline()
        else:
            self.discard()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """A close that is accepted hides the window: then the copy is no longer needed."""
        if watched is self._window:
            kind = event.type()
            if kind == QEvent.Type.Close and not hasattr(self._window, "closed"):
                self._closing = True
            elif kind == QEvent.Type.Hide and self._closing and not event.spontaneous():
                self._closing = False
                self.stop()
            elif kind == QEvent.Type.Show and self._stopped:
                self._stopped = False  # shown again: follow it again
                self._bind_stack()
                self._on_state_changed()
        return False

    # -- results from the writer thread -----------------------------------------------------
    def _report(self, future: Future[bool]) -> None:
        try:
            self._finished.emit(future)
        except RuntimeError:
            pass  # this object was deleted with its window while the copy was written

    def _on_finished(self, future: Future[bool]) -> None:
        error = future.exception()
        if self._write_started is not None:
            self._last_write_ms = round((time.monotonic() - self._write_started) * 1000)
        if error is None:
            if future.result():
                self.writes += 1
                self.last_error = None
                self.written.emit(str(self.store.copy_paths(self.doc_id)[0]))
            return
        reason = getattr(error, "strerror", None) or str(error)
        self.last_error = QCoreApplication.translate(
            "Autosave", "The recovery copy of this map could not be written: {reason}.").format(reason=reason)
        self.failed.emit(self.last_error)
        if not self._stopped and self.is_modified() and not self._deadline.isActive():
            self._start_deadline()  # try again later even if nothing else changes


def install_autosave(
    window,
    store: RecoveryStore,
    *,
    doc_id: str | None = None,
    delay_ms: int = DEFAULT_DELAY_MS,
    max_interval_ms: int | None = None,
) -> Autosaver:
    """Give ``window`` an ``Autosaver`` (its declared ``autosaver``) and return it.

    Without ``max_interval_ms`` the interval chosen in Preferences applies (10 s by default).
    """
    if max_interval_ms is None:
        from stakeholder_map.ui.preferences import autosave_seconds

        max_interval_ms = autosave_seconds(window.settings()) * 1000
    saver = Autosaver(window, store, doc_id=doc_id, delay_ms=delay_ms, max_interval_ms=max_interval_ms)
    window.autosaver = saver
    return saver
