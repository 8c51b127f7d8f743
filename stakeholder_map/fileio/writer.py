"""Writing the v1 map file: the same map always gives the same text.

Keys come in a fixed order (``format, version, title, currency, tag_colours, nodes, edges,
sticky_notes, views``; on a node ``id, kind, name, x, y, notes, internal, headcount, tags,
attitude, power, interest, colour, members_inside, collapsed``; on an edge ``id, source, target, relation, amount,
period, agreement, notes, label``), then the fields this program does not know,
sorted. Empty fields are left out; numbers are written as they were read (an integer stays
an integer, an amount's decimal keeps its digits: ``0.10`` stays ``0.10``), except that
positions are rounded to 0.1: a drag gives ``-230.7``, not ``-230.66339189914163``.

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

from decimal import Decimal
from enum import Enum
from json.encoder import encode_basestring
from typing import Any, Mapping

from stakeholder_map.fileio.jsontext import number_text
from stakeholder_map.fileio.v1 import EDGE_KEYS, FORMAT, NODE_KEYS, TOP_KEYS, VERSION
from stakeholder_map.fileio.v1_board import board_documents
from stakeholder_map.model import Edge, Map, Node
from stakeholder_map.texts import translate


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    return list(value) if isinstance(value, tuple) else value


def _with_extra(doc: dict[str, Any], extra: Mapping[str, Any], known: tuple[str, ...]) -> dict[str, Any]:
    for key in sorted(k for k in extra if k not in known):
        doc[key] = extra[key]
    return doc


def _element_document(element: Node | Edge, keys) -> dict[str, Any]:
    doc = {}
    for key in keys:
        value = getattr(element, key)
        if value is not None and value != ():
            doc[key] = _plain(value)
    return _with_extra(doc, element.extra, keys)


def rounded_position(value: float) -> float:
    """A coordinate as saved: integers as they are, other numbers to 0.1 (-0.0 as 0.0).

    >>> rounded_position(-230.66339189914163), rounded_position(12), rounded_position(-0.01)
    (-230.7, 12, 0.0)
    """
    return value if isinstance(value, int) else round(float(value), 1) + 0.0


def node_document(node: Node) -> dict[str, Any]:
    """The JSON object of one node, keys in file order (positions exact; ``dumps_map`` rounds)."""
    return _element_document(node, NODE_KEYS)


def edge_document(edge: Edge) -> dict[str, Any]:
    """The JSON object of one edge, keys in file order."""
    return _element_document(edge, EDGE_KEYS)


def map_document(the_map: Map) -> dict[str, Any]:
    """The whole file as JSON-ready data."""
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    if the_map.title is not None:
        doc["title"] = the_map.title
    if the_map.currency is not None:
        doc["currency"] = the_map.currency
    board = board_documents(the_map)
    if "tag_colours" in board:
        doc["tag_colours"] = board.pop("tag_colours")
    doc["nodes"] = [node_document(n) for n in the_map.nodes.values()]
    doc["edges"] = [edge_document(e) for e in the_map.edges.values()]
    doc.update(board)
    return _with_extra(doc, the_map.extra, TOP_KEYS)


def dumps_map(the_map: Map) -> str:
    """The map as the text of a v1 file, ending with a newline.

    Raises ``ValueError`` when an unknown field holds something JSON cannot represent
    (only possible for fields set by code, never for fields read from a file).
    """
    doc = map_document(the_map)
    for node in doc["nodes"]:
        if "x" in node and "y" in node:
            node["x"], node["y"] = rounded_position(node["x"]), rounded_position(node["y"])
    return dumps_json(doc) + "\n"


def dumps_json(value: Any) -> str:
    """JSON text indented by two spaces, as ``json.dumps(value, indent=2, ensure_ascii=False)``
    writes it, except that a ``Decimal`` is written with exactly its digits.

    >>> print(dumps_json({"amount": Decimal("0.10"), "big": Decimal("1E+308"), "tags": ["a"]}))
    {
      "amount": 0.10,
      "big": 1e308,
      "tags": [
        "a"
      ]
    }
    """
    parts: list[str] = []
    try:
        _encode(value, "\n", parts)
    except (TypeError, ValueError, RecursionError) as exc:
        raise ValueError(translate("Files", "the map holds a value that cannot be written as JSON ({reason})").format(
            reason=exc)) from None
    return "".join(parts)


def _encode(value: Any, newline: str, out: list[str]) -> None:
    # The standard encoder cannot write a Decimal as a number; this one mirrors its layout.
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True or value is False:
        out.append("true" if value else "false")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"{value!r} is not a number JSON can hold")
        out.append(float.__repr__(value))
    elif kind is Decimal:
        if not value.is_finite():
            raise ValueError(f"{value} is not a number JSON can hold")
        out.append(number_text(value))
    elif isinstance(value, Mapping):
        if not value:
            out.append("{}")
            return
        inner = newline + "  "
        first = True
        for key, item in value.items():
            if type(key) is not str:
                raise TypeError(f"keys must be text, not {type(key).__name__}")
            out.append("{" + inner if first else "," + inner)
            first = False
            out.append(encode_basestring(key))
            out.append(": ")
            _encode(item, inner, out)
        out.append(newline + "}")
    elif isinstance(value, (list, tuple)):
        if not value:
            out.append("[]")
            return
        inner = newline + "  "
        first = True
        for item in value:
            out.append("[" + inner if first else "," + inner)
            first = False
            _encode(item, inner, out)
        out.append(newline + "]")
    elif isinstance(value, (int, float)):  # subclasses, as json.dumps takes them
        _encode(int(value) if isinstance(value, int) else float(value), newline, out)
    else:
        raise TypeError(f"{type(value).__name__} is not a JSON value")
