"""Links joining the same two nodes fan out, so each stays visible and clickable.

>>> offsets(3, loop=False)
[-26.0, 0.0, 26.0]
>>> offsets(2, loop=True)
[26.0, 52.0]
"""

from __future__ import annotations

from typing import Iterable

from stakeholder_map.model import Edge

SPACING = 26.0


def pair_of(edge: Edge) -> tuple[str, str]:
    """The two ends, in a fixed order."""
    return (edge.source, edge.target) if edge.source <= edge.target else (edge.target, edge.source)


def offsets(count: int, loop: bool) -> list[float]:
    """How far each of ``count`` links between the same ends bends away from the straight line."""
    if loop:
        return [(i + 1) * SPACING for i in range(count)]
    return [(i - (count - 1) / 2) * SPACING for i in range(count)]


class Pairs:
    """Which links join which two nodes."""

    def __init__(self) -> None:
        self._ids: dict[tuple[str, str], list[str]] = {}

    def clear(self) -> None:
        self._ids.clear()

    def keys(self) -> set[tuple[str, str]]:
        return set(self._ids)

    def shared_keys(self) -> set[tuple[str, str]]:
        """The pairs with several links, and loops (a single link between two nodes is
        straight: its offset stays 0)."""
        return {key for key, ids in self._ids.items() if len(ids) > 1 or key[0] == key[1]}

    def add(self, edge: Edge) -> tuple[str, str]:
        key = pair_of(edge)
        self._ids.setdefault(key, []).append(edge.id)
        return key

    def remove(self, edge: Edge) -> tuple[str, str]:
        key = pair_of(edge)
        siblings = self._ids.get(key, [])
        if edge.id in siblings:
            siblings.remove(edge.id)
        if not siblings:
            self._ids.pop(key, None)
        return key

    def fan_out(self, keys: Iterable[tuple[str, str]], edge_item) -> None:
        """Give the links of these pairs their offsets (``edge_item(id)`` finds an item)."""
        for key in keys:
            ids = sorted(self._ids.get(key, ()))
            for edge_id, offset in zip(ids, offsets(len(ids), key[0] == key[1])):
                item = edge_item(edge_id)
                item.offset = offset
                item.update_geometry()
