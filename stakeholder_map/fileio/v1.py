"""Reading the v1 map file (spec section 4): JSON text in, a validated ``Map`` out.

Every refusal is a ``MapFileError`` whose one line says where (the JSON path, and the
node or edge id when it is known) and what is wrong. Fields the program does not know
are kept in ``extra`` so that saving writes them back unchanged.

>>> m = loads_map('{"format": "stakeholder-map", "version": 1, "nodes": '
...               '[{"id": "app", "kind": "product", "name": "App", "x": 0, "y": 0}], "edges": []}')
>>> m.node("app").name
'App'
>>> loads_map('{"format": "stakeholder-map", "version": 1, "nodes": '
...           '[{"id": "app", "kind": "boss", "name": "App"}], "edges": []}')
Traceback (most recent call last):
...
stakeholder_map.fileio.errors.MapFileError: <string>: node 'app' ($.nodes[0].kind): unknown kind 'boss' (allowed: product, company, buyer, decision_maker, end_user, person)
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from typing import Any

from stakeholder_map.fileio.errors import MapFileError, show
from stakeholder_map.model import Agreement, Edge, Kind, Map, ModelError, Node, Period, Relation

FORMAT = "stakeholder-map"
VERSION = 1
MAX_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 100

TOP_KEYS = ("format", "version", "title", "nodes", "edges")
NODE_KEYS = ("id", "kind", "name", "x", "y", "notes", "internal", "headcount")
EDGE_KEYS = ("id", "source", "target", "relation", "amount", "period", "agreement", "notes")
_TOP_SET, _NODE_SET, _EDGE_SET = frozenset(TOP_KEYS), frozenset(NODE_KEYS), frozenset(EDGE_KEYS)

_KINDS = {k.value: k for k in Kind}
_RELATIONS = {r.value: r for r in Relation}
_PERIODS = {p.value: p for p in Period}
_AGREEMENTS = {a.value: a for a in Agreement}
_MISSING = object()
_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LONG_INT = re.compile(r"\d{4300,}")


class _NotFinite:
    """What ``NaN``, ``Infinity`` and too-large numbers parse to, so the check can say where."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class _Object(dict):
    """A JSON object; ``repeated`` names a key that appeared twice in it (or is None)."""

    __slots__ = ("repeated",)


def _pairs(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    obj.repeated = None
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                obj.repeated = key
                break
            seen.add(key)
    return obj


def _float(text: str) -> float | _NotFinite:
    value = float(text)
    return value if math.isfinite(value) else _NotFinite(text)


# -- public -------------------------------------------------------------------------------
def load_map(path: str | os.PathLike[str], *, layout: bool = True) -> Map:
    """Read a map file; nodes without a position are laid out when ``layout`` is true."""
    source = os.fspath(path)
    try:
        info = os.stat(source)
    except FileNotFoundError:
        raise MapFileError(source, None, "there is no such file") from None
    except OSError as exc:
        raise MapFileError(source, None, f"the file cannot be read ({_reason(exc)})") from None
    if stat.S_ISDIR(info.st_mode):
        raise MapFileError(source, None, "this is a folder, not a map file")
    if not stat.S_ISREG(info.st_mode):
        raise MapFileError(source, None, "this is not a regular file")
    if info.st_size > MAX_BYTES:
        raise MapFileError(source, None, _too_big(info.st_size))
    try:
        with open(source, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise MapFileError(source, None, f"the file cannot be read ({_reason(exc)})") from None
    return loads_map(data, source, layout=layout)


def loads_map(data: str | bytes, source: str = "<string>", *, layout: bool = True) -> Map:
    """Read a map from the text (or UTF-8 bytes) of a file."""
    text = _text(data, source)
    try:
        doc = json.loads(
            text, parse_constant=_NotFinite, parse_float=_float, object_pairs_hook=_pairs
        )
    except json.JSONDecodeError as exc:
        raise MapFileError(
            source, f"line {exc.lineno}, column {exc.colno}", f"this is not valid JSON ({exc.msg})"
        ) from None
    except RecursionError:
        raise MapFileError(source, "$", f"the data is nested more than {MAX_DEPTH} levels deep") from None
    except ValueError:  # only Python's limit on digits in an integer is left
        match = _LONG_INT.search(text)
        where = _line_column(text, match.start()) if match else None
        raise MapFileError(source, where, "a number has too many digits") from None
    if _ESCAPED_SURROGATE.search(text):
        _check_strings(doc, source)
    the_map = _Reader(source).read(doc)
    if layout:
        from stakeholder_map.layout import place_missing

        positions = place_missing(the_map)
        if positions:
            the_map.move_nodes(positions)
    return the_map


# -- bytes to text --------------------------------------------------------------------------
def _text(data: str | bytes, source: str) -> str:
    if isinstance(data, str):
        if len(data) > MAX_BYTES:
            raise MapFileError(source, None, _too_big(len(data)))
        try:
            data.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise MapFileError(
                source, _line_column(data, exc.start), "the text holds a character that is not valid Unicode"
            ) from None
        text = data
    elif isinstance(data, (bytes, bytearray, memoryview)):
        if len(data) > MAX_BYTES:
            raise MapFileError(source, None, _too_big(len(data)))
        try:
            text = bytes(data).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise MapFileError(
                source, f"byte {exc.start}", "this is not UTF-8 text, so it is not a map file"
            ) from None
    else:
        raise MapFileError(source, None, f"expected text or bytes, not {type(data).__name__}")
    # Some editors put a byte-order mark at the start of UTF-8 files.
    return text[1:] if text.startswith("\ufeff") else text


def _too_big(size: int) -> str:
    return (f"the file is {size / 1048576:.1f} MB; maps larger than "
            f"{MAX_BYTES // 1048576} MB are not opened")


def _line_column(text: str, offset: int) -> str:
    line = text.count("\n", 0, offset) + 1
    return f"line {line}, column {offset - (text.rfind(chr(10), 0, offset) + 1) + 1}"


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return exc.strerror or type(exc).__name__


# -- paths and checks of free-form values -----------------------------------------------
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def _key(path: str, key: str) -> str:
    if _IDENTIFIER.match(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return f"the number {show(value)}"
    if isinstance(value, _NotFinite):
        return value.text
    if isinstance(value, str):
        return f"the text {show(value)}"
    if isinstance(value, list):
        return "a list"
    return "an object"


def _check_value(value: Any, path: str, depth: int, source: str) -> None:
    """Refuse too-deep nesting, repeated keys and non-finite numbers inside a value."""
    stack = [(value, path, depth)]
    while stack:
        item, where, level = stack.pop()
        kind = type(item)
        if kind is _Object or kind is list:
            if level >= MAX_DEPTH:
                raise MapFileError(source, path, f"the data is nested more than {MAX_DEPTH} levels deep")
            if kind is list:
                stack.extend((v, f"{where}[{i}]", level + 1) for i, v in enumerate(item))
            else:
                if item.repeated is not None:
                    raise MapFileError(source, where, f"the key {show(item.repeated)} appears twice")
                stack.extend((v, _key(where, k), level + 1) for k, v in item.items())
        elif kind is _NotFinite:
            raise MapFileError(source, where, f"{show(item.text)} is not a number a map file may hold")


def _check_strings(doc: Any, source: str) -> None:
    """Refuse lone surrogate escapes such as ``\\ud800``: they cannot be saved as UTF-8."""
    stack = [(doc, "$")]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                raise MapFileError(source, where, "the text holds an invalid character (a lone surrogate)")
        elif isinstance(item, list):
            stack.extend((v, f"{where}[{i}]") for i, v in enumerate(item))
        elif isinstance(item, dict):
            for k, v in item.items():
                if _SURROGATE.search(k):
                    raise MapFileError(source, where, "a key holds an invalid character (a lone surrogate)")
                stack.append((v, _key(where, k)))


def _at(at: tuple[str, str, str], key: str | None = None) -> str:
    """``node 'app' ($.nodes[0].kind)``: the element's id, then the JSON path."""
    what, ident, path = at
    return f"{what} {show(ident)} ({path}.{key})" if key else f"{what} {show(ident)} ({path})"


# -- the document -----------------------------------------------------------------------
class _Reader:
    """Turns a parsed document into a Map, or raises ``MapFileError`` naming the place."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.ids: dict[str, str] = {}  # id -> JSON path of its first use

    def fail(self, where: str, problem: str) -> MapFileError:
        return MapFileError(self.source, where, problem)

    def read(self, doc: Any) -> Map:
        if type(doc) is not _Object:
            raise self.fail("$", f"the top level must be a JSON object, not {_describe(doc)}")
        if doc.repeated is not None:
            raise self.fail("$", f"the key {show(doc.repeated)} appears twice")
        self.check_header(doc)
        title = doc.get("title")
        if title is not None and not isinstance(title, str):
            raise self.fail("$.title", f"the title must be text, not {_describe(title)}")
        raw_nodes = self.required_list(doc, "nodes")
        raw_edges = self.required_list(doc, "edges")
        extra = {k: v for k, v in doc.items() if k not in _TOP_SET}
        for key, value in extra.items():
            _check_value(value, _key("$", key), 1, self.source)
        nodes = [self.node(raw, i) for i, raw in enumerate(raw_nodes)]
        edges = [self.edge(raw, i) for i, raw in enumerate(raw_edges)]
        the_map = Map(title, extra)
        try:
            the_map.add(nodes, edges)
        except ModelError as exc:  # the checks above should leave nothing for the model
            raise self.fail("$", str(exc)) from None
        return the_map

    def check_header(self, doc: _Object) -> None:
        fmt = doc.get("format", _MISSING)
        if fmt is _MISSING:
            raise self.fail("$.format", "there is no \"format\" field, so this is not a Stakeholder Map file")
        if fmt != FORMAT:
            raise self.fail(
                "$.format", f"the format is {_describe(fmt)}, not \"{FORMAT}\", so this is not a Stakeholder Map file"
            )
        version = doc.get("version", _MISSING)
        if version is _MISSING:
            raise self.fail("$.version", "there is no \"version\" field")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise self.fail("$.version", f"the version must be a whole number from 1 up, not {_describe(version)}")
        if version > VERSION:
            raise self.fail(
                "$.version",
                f"this map was made by a newer version of Stakeholder Map (file format {version}); "
                f"this version reads format {VERSION}",
            )

    def required_list(self, doc: _Object, key: str) -> list:
        value = doc.get(key, _MISSING)
        if value is _MISSING:
            raise self.fail(f"$.{key}", f"there is no \"{key}\" list")
        if type(value) is not list:
            raise self.fail(f"$.{key}", f"\"{key}\" must be a list, not {_describe(value)}")
        return value

    def element(self, raw: Any, path: str, what: str) -> str:
        """Check the object and its id; return the id."""
        if type(raw) is not _Object:
            raise self.fail(path, f"each {what} must be a JSON object, not {_describe(raw)}")
        if raw.repeated is not None:
            raise self.fail(path, f"the key {show(raw.repeated)} appears twice")
        ident = raw.get("id", _MISSING)
        if ident is _MISSING:
            raise self.fail(path, f"the {what} has no id")
        if not isinstance(ident, str) or not ident:
            raise self.fail(f"{path}.id", f"an id must be a non-empty text, not {_describe(ident)}")
        first = self.ids.get(ident)
        if first is not None:
            raise self.fail(f"{path}.id", f"the id {show(ident)} is already used at {first}")
        self.ids[ident] = path
        return ident

    def extra(self, raw: _Object, known: frozenset, path: str) -> dict[str, Any]:
        if raw.keys() <= known:
            return {}
        extra = {k: v for k, v in raw.items() if k not in known}
        for key, value in extra.items():
            _check_value(value, _key(path, key), 3, self.source)
        return extra

    def node(self, raw: Any, i: int) -> Node:
        path = f"$.nodes[{i}]"
        ident = self.element(raw, path, "node")
        at = ("node", ident, path)
        kind = self.choice(raw, "kind", _KINDS, at, required=True)
        name = raw.get("name", _MISSING)
        if name is _MISSING:
            raise self.fail(_at(at), "the node has no name")
        if not isinstance(name, str):
            raise self.fail(_at(at, "name"), f"the name must be text, not {_describe(name)}")
        x = self.number(raw, "x", at, coordinate=True)
        y = self.number(raw, "y", at, coordinate=True)
        if (x is None) != (y is None):
            raise self.fail(_at(at), "a node needs both x and y, or neither")
        notes = self.text(raw, "notes", at)
        internal = raw.get("internal")
        if internal is not None and not isinstance(internal, bool):
            raise self.fail(_at(at, "internal"), f"internal must be true or false, not {_describe(internal)}")
        headcount = raw.get("headcount")
        if headcount is not None and (
            isinstance(headcount, bool) or not isinstance(headcount, int) or headcount < 1
        ):
            raise self.fail(
                _at(at, "headcount"), f"the headcount must be a whole number of at least 1, not {_describe(headcount)}"
            )
        return Node(ident, kind, name, x, y, notes, internal, headcount, self.extra(raw, _NODE_SET, path))

    def edge(self, raw: Any, i: int) -> Edge:
        path = f"$.edges[{i}]"
        ident = self.element(raw, path, "edge")
        at = ("edge", ident, path)
        ends = []
        for end in ("source", "target"):
            value = raw.get(end, _MISSING)
            if value is _MISSING:
                raise self.fail(_at(at), f"the edge has no {end}")
            if not isinstance(value, str) or not value:
                raise self.fail(_at(at, end), f"the {end} must be a node id, not {_describe(value)}")
            first = self.ids.get(value)
            if first is None or not first.startswith("$.nodes["):
                raise self.fail(_at(at, end), f"the {end} {show(value)} is not a node in this map")
            ends.append(value)
        relation = self.choice(raw, "relation", _RELATIONS, at, required=True)
        amount = self.number(raw, "amount", at, coordinate=False)
        period = self.choice(raw, "period", _PERIODS, at)
        agreement = self.choice(raw, "agreement", _AGREEMENTS, at)
        notes = self.text(raw, "notes", at)
        return Edge(ident, ends[0], ends[1], relation, amount, period, agreement, notes,
                    self.extra(raw, _EDGE_SET, path))

    def choice(self, raw: _Object, key: str, allowed: dict, at: tuple[str, str, str], required: bool = False) -> Any:
        value = raw.get(key)
        if value is None:
            if required:
                raise self.fail(_at(at), f"there is no {key} (allowed: {', '.join(allowed)})")
            return None
        member = allowed.get(value) if isinstance(value, str) else None
        if member is None:
            shown = show(value) if isinstance(value, str) else _describe(value)
            raise self.fail(_at(at, key), f"unknown {key} {shown} (allowed: {', '.join(allowed)})")
        return member

    def number(self, raw: _Object, key: str, at: tuple[str, str, str], coordinate: bool) -> Any:
        value = raw.get(key)
        if value is None:
            return None
        what = "a finite number" if coordinate else "a number of at least 0"
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(_at(at, key), f"{key} must be {what}, not {_describe(value)}")
        try:
            finite = math.isfinite(value)
        except OverflowError:  # an integer too large for a float
            finite = False
        if not finite or (not coordinate and value < 0):
            raise self.fail(_at(at, key), f"{key} must be {what}, not {_describe(value)}")
        return value

    def text(self, raw: _Object, key: str, at: tuple[str, str, str]) -> str | None:
        value = raw.get(key)
        if value is not None and not isinstance(value, str):
            raise self.fail(_at(at, key), f"{key} must be text, not {_describe(value)}")
        return value

