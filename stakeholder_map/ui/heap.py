"""Keep Python's cycle collector off the big, long-lived objects of an open map.

A 5,000-node map open in the window is some 400,000 tracked objects (model, items, panels).
A full collection walks all of them, about half a second on a busy machine, and one
starts every so often while edits and analyses allocate; it holds the interpreter lock,
so the window freezes. After a document is shown, ``settle()`` collects once and then
freezes the survivors (``gc.freeze``): later collections only look at newer objects.
The next ``settle()`` unfreezes first, so a replaced document's cycles are still freed.
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Collect everything once, then exempt the survivors from later collections."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def freeze_new() -> None:
    """Also exempt what was made since ``settle()`` (the first analysis, the worker's copy
    of the map). Only young objects are collected first; cycles that died in between stay
    until the next ``settle()``, when the next document opens."""
    gc.collect(1)
    gc.freeze()
