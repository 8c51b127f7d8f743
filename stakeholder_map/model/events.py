"""A tiny, Qt-free event: subscribers are called in the order they subscribed.

>>> seen = []
>>> e = Event()
>>> e.subscribe(seen.append)
>>> e.emit(1)
>>> seen
[1]
"""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

T = TypeVar("T")


class Event(Generic[T]):
    def __init__(self) -> None:
        self._subscribers: list[Callable[[T], None]] = []

    def subscribe(self, callback: Callable[[T], None]) -> None:
        self._subscribers.append(callback)

    def unsubscribe(self, callback: Callable[[T], None]) -> None:
        self._subscribers.remove(callback)

    def emit(self, value: T) -> None:
        for callback in list(self._subscribers):
            callback(value)
