"""A map as plain JSON-like data, keyed by id: what diff and merge compare.

Working on the file's own fields (the writer's documents) treats every field alike,
known or not: ``tags``, ``currency`` or a field a later version adds all compare and
merge the same way.

>>> from stakeholder_map.model import Kind, Map
>>> m = Map("Demo")
>>> _ = m.add_node("app", Kind.PRODUCT, "App", x=0, y=0)
>>> doc = MapDocument.of(m)
>>> doc.nodes["app"]["name"], doc.top["title"]
('App', 'Demo')
>>> same(1, 1.0), same(True, 1), same([1, "a"], [1, "a"])
(True, False, True)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from stakeholder_map.fileio.writer import map_document
from stakeholder_map.model import Map

# Fields that say where a node is drawn: together they are its position.
POSITION = ("x", "y")
# The optional top-level field where a merge records its conflicts (docs/file-format.md).
CONFLICTS_FIELD = "merge_conflicts"
# The top-level fields that are not "fields" of the map but its contents.
CONTENTS = ("format", "version", "nodes", "edges")


def same(a: Any, b: Any) -> bool:
    """JSON equality: numbers by value, but ``true`` is not ``1``; lists in order."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float, Decimal)) and isinstance(b, (int, float, Decimal)):
        return _number(a) == _number(b)
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)) and isinstance(b, (list, tuple)):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return type(a) is type(b) and a == b


def exact(a: Any, b: Any) -> bool:
    """Written the same way in the file (``1`` is not ``1.0``); key order does not count."""
    return _text(a) == _text(b)


def _text(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=repr)


def _number(value: int | float | Decimal) -> Decimal:
    # Decimal(0.1) is the float's exact value, so 0.1 read as a float and as a decimal differ
    # only when the float itself does; through str both read as the digits written.
    return value if isinstance(value, Decimal) else Decimal(str(value))


@dataclass
class MapDocument:
    """The top-level fields, and the nodes and edges by id (file order kept)."""

    top: dict[str, Any]
    nodes: dict[str, dict[str, Any]]
    edges: dict[str, dict[str, Any]]

    @classmethod
    def of(cls, the_map: Map) -> MapDocument:
        doc = map_document(the_map)
        top = {k: v for k, v in doc.items() if k not in CONTENTS}
        return cls(top, {n["id"]: n for n in doc["nodes"]}, {e["id"]: e for e in doc["edges"]})

    @classmethod
    def empty(cls) -> MapDocument:
        return cls({}, {}, {})

    def to_json(self) -> dict[str, Any]:
        """The whole file as JSON-ready data (the writer puts the keys in file order)."""
        return {"format": "stakeholder-map", "version": 1, **self.top,
                "nodes": list(self.nodes.values()), "edges": list(self.edges.values())}

    def ids(self) -> set[str]:
        return set(self.nodes) | set(self.edges)


def position(item: dict[str, Any]) -> tuple[Any, Any] | None:
    if "x" not in item and "y" not in item:
        return None
    return (item.get("x"), item.get("y"))


def without_position(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in POSITION}
