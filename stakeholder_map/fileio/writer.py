"""Writing the v1 map file: the same map always gives the same text.

Keys come in a fixed order (``format, version, title, nodes, edges``; on a node ``id, kind,
name, x, y, notes, internal, headcount``; on an edge ``id, source, target, relation, amount,
period, agreement, notes``), then the fields this program does not know, sorted. Empty
fields are left out; numbers are written as they were read (an integer stays an integer).

>>> from stakeholder_map.model import Map, Kind
>>> m = Map("Demo")
>>> _ = m.add_node("app", Kind.PRODUCT, "App", x=0, y=0)
>>> print(dumps_map(m), end="")
{
  "format": "stakeholder-map",
  "version": 1,
  "title": "Demo",
  "nodes": [
    {
      "id": "app",
      "kind": "product",
      "name": "App",
      "x": 0,
      "y": 0
    }
  ],
  "edges": []
}
"""

from __future__ import annotations

import json
from enum import Enum
from typing import Any, Mapping

from stakeholder_map.fileio.v1 import EDGE_KEYS, FORMAT, NODE_KEYS, TOP_KEYS, VERSION
from stakeholder_map.model import Edge, Map, Node


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _with_extra(doc: dict[str, Any], extra: Mapping[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
    for key in sorted(k for k in extra if k not in known):
        doc[key] = extra[key]
    return doc


def _element_document(element: Node | Edge, keys) -> dict[str, Any]:
    doc = {}
    for key in keys:
        value = getattr(element, key)
        if value is not None:
            doc[key] = _plain(value)
    return _with_extra(doc, element.extra, keys)


def node_document(node: Node) -> dict[str, Any]:
    """The JSON object of one node, keys in file order."""
    return _element_document(node, NODE_KEYS)


def edge_document(edge: Edge) -> dict[str, Any]:
    """The JSON object of one edge, keys in file order."""
    return _element_document(edge, EDGE_KEYS)


def map_document(the_map: Map) -> dict[str, Any]:
    """The whole file as JSON-ready data."""
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if the_map.title is not None:
        doc["title"] = the_map.title
    doc["nodes"] = [node_document(n) for n in the_map.nodes.values()]
    doc["edges"] = [edge_document(e) for e in the_map.edges.values()]
    return _with_extra(doc, the_map.extra, TOP_KEYS)


def dumps_map(the_map: Map) -> str:
    """The map as the text of a v1 file, ending with a newline.

    Raises ``ValueError`` when an unknown field holds something JSON cannot represent
    (only possible for fields set by code, never for fields read from a file).
    """
    try:
        return json.dumps(map_document(the_map), indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    except (TypeError, ValueError, RecursionError) as exc:
        raise ValueError(f"the map holds a value that cannot be written as JSON ({exc})") from None
