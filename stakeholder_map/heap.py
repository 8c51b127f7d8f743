"""The one owner of Python's cycle collector policy (no other module calls ``gc``).

Building or analysing a big map makes hundreds of thousands of objects that all stay
alive (or all die together): a cycle collection among them finds nothing and, holding the
interpreter lock, freezes the window. ``paused()`` turns the collector off for such a
stretch; pauses nest and may overlap across threads (the analysis runs in a worker while
the window builds items): the collector comes back on when the last one ends, and only if
it was on before the first.

A 5,000-node map open in the window is some 200,000 tracked objects; walking them costs a
tenth of a second per full collection. So a document's objects are never walked: the
window calls ``release()`` once the old document's items are gone and before the new
one's exist (it unfreezes and collects once: the old document's cycles are freed, and the
collection walks little else), then ``keep()`` right after building the new document's
items, still inside ``paused()`` (``gc.freeze``: later collections only look at newer
objects). ``freeze_new()`` adds what the first analysis made.

``release(size)`` is told the size of the document that went (its nodes and links) and
collects once the documents replaced since the last collection add up to
``WORTH_RELEASING``: replacing a new window's empty document, or a small one, leaves little
to free, and the walk over everything alive would cost more than it frees (30 ms when a
5,000-node map opens in a new window). What a small document leaves stays frozen until a
later ``release`` collects.

>>> import gc
>>> with paused():
...     with paused():
...         gc.isenabled()
...     gc.isenabled()
False
False
>>> gc.isenabled()
True
"""

from __future__ import annotations

import gc
import queue
import threading
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Callable, Iterator, TypeVar

T = TypeVar("T")

_lock = threading.Lock()
_depth = 0
_resume = False  # was the collector on when the outermost pause began?
_owed = 0  # the size of the documents replaced since the last collection
#: release() collects once the documents replaced add up to this many nodes and links
WORTH_RELEASING = 500


def pause() -> None:
    """Turn the collector off until the matching ``resume()`` (pauses nest). Nothing here
    allocates before the collector is off (a ``with`` block, even on a lock, does), so a
    worker thread can call it without starting the very collection it is for."""
    global _depth, _resume
    _lock.acquire()
    try:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    finally:
        _lock.release()


def resume() -> None:
    """End one ``pause()``: the collector is back on after the last (if it was on before)."""
    global _depth
    _lock.acquire()
    try:
        _depth -= 1
        if _depth == 0 and _resume:
            gc.enable()
    finally:
        _lock.release()


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic garbage collection inside the block (see the module docstring)."""
    pause()
    try:
        yield
    finally:
        resume()


class Worker:
    """One background thread running jobs in turn, each with the collector off: a
    collection there could free the window's Qt objects on the wrong thread, where Qt cannot
    stop their timers (the next tick of one crashes the program). Between jobs it only waits,
    so it never collects: the collector runs on the UI thread only. ``submit``
    returns a ``Future``, as an executor's does; ``shutdown`` ends the thread after the
    queued jobs."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    def submit(self, job: Callable[..., T], *args) -> Future:
        future: Future = Future()
        self._jobs.put((future, job, args))
        if self._thread is None:
            pause()  # the thread starts up with the collector off; it resumes when ready
            self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
            self._thread.start()
        return future

    def _run(self) -> None:
        resume()
        while True:
            work = self._jobs.get()
            pause()
            try:
                if work is None:
                    return
                future, job, args = work
                if future.set_running_or_notify_cancel():
                    try:
                        future.set_result(job(*args))
                    except BaseException as error:  # noqa: BLE001 - the future carries it
                        future.set_exception(error)
            finally:
                work = future = job = args = None
                resume()

    def shutdown(self, wait: bool = True) -> None:
        if self._thread is not None:
            self._jobs.put(None)
            if wait:
                self._thread.join()


def release(size: int) -> None:
    """A document of ``size`` nodes and links went: collect everything once, what earlier
    documents froze too (their cycles are freed), when the documents gone since the last
    collection are big enough to be worth it (see the module's docstring)."""
    global _owed
    _owed += size
    if _owed < WORTH_RELEASING:
        return
    _owed = 0
    gc.unfreeze()
    gc.collect()


def keep() -> None:
    """Exempt everything alive now from later collections (a document just built: its
    objects live as long as it is open). Nothing is collected first: call it inside
    ``paused()``, before the new objects make the collector walk them."""
    gc.freeze()


def freeze_new() -> None:
    """Also exempt what was made since ``keep()`` (the first analysis, the worker's copy
    of the map). Only young objects are collected first; cycles that died in between stay
    until the next ``release()``, when the next document opens."""
    gc.collect(1)
    gc.freeze()
