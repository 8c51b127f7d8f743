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

import math
import os
import stat
from decimal import Decimal
from typing import Any

from stakeholder_map import heap
from stakeholder_map.fileio.errors import MapFileError, show
from stakeholder_map.fileio.jsontext import (
    JsonObject, describe, free_value, key_path, line_column, parse,
)
from stakeholder_map.fileio.v1_board import BoardReader
from stakeholder_map.model import (
    Agreement, Attitude, Edge, Kind, Level, Map, ModelError, Node, Period, Relation,
)
from stakeholder_map.model.elements import check_currency, is_colour
from stakeholder_map.texts import format_number, translate

FORMAT = "stakeholder-map"
VERSION = 1
MAX_BYTES = 50 * 1024 * 1024

TOP_KEYS = ("format", "version", "title", "currency", "tag_colours", "nodes", "edges",
            "sticky_notes", "views")
NODE_KEYS = ("id", "kind", "name", "x", "y", "notes", "internal", "headcount", "tags",
             "attitude", "power", "interest", "colour", "members_inside", "collapsed")
EDGE_KEYS = ("id", "source", "target", "relation", "amount", "period", "agreement", "notes", "label")
_TOP_SET, _NODE_SET, _EDGE_SET = frozenset(TOP_KEYS), frozenset(NODE_KEYS), frozenset(EDGE_KEYS)

_KINDS = {k.value: k for k in Kind}
_RELATIONS = {r.value: r for r in Relation}
_PERIODS = {p.value: p for p in Period}
_AGREEMENTS = {a.value: a for a in Agreement}
_ATTITUDES = {a.value: a for a in Attitude}
_LEVELS = {v.value: v for v in Level}
_MISSING = object()


# -- public -------------------------------------------------------------------------------
def load_map(path: str | os.PathLike[str]) -> Map:
    """Read a map file as it is: nodes without a position keep none (the caller may lay
    them out with ``layout.place_missing``)."""
    source = os.fspath(path)
    try:
        info = os.stat(source)
    except FileNotFoundError:
        raise MapFileError(source, None, translate("Files", "there is no such file")) from None
    except OSError as exc:
        raise MapFileError(source, None, _unreadable(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise MapFileError(source, None, translate("Files", "this is a folder, not a map file"))
    if not stat.S_ISREG(info.st_mode):
        raise MapFileError(source, None, translate("Files", "this is not a regular file"))
    if info.st_size > MAX_BYTES:
        raise MapFileError(source, None, _too_big(info.st_size))
    try:
        with open(source, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise MapFileError(source, None, _unreadable(exc)) from None
    return loads_map(data, source)


def loads_map(data: str | bytes, source: str = "<string>") -> Map:
    """Read a map from the text (or UTF-8 bytes) of a file."""
    text = _text(data, source)
    with heap.paused():
        doc = parse(text, source)
        the_map = _Reader(source).read(doc)
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
                source, line_column(data, exc.start),
                translate("Files", "the text holds a character that is not valid Unicode")
            ) from None
        text = data
    elif isinstance(data, (bytes, bytearray, memoryview)):
        if len(data) > MAX_BYTES:
            raise MapFileError(source, None, _too_big(len(data)))
        try:
            text = bytes(data).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise MapFileError(
                source, translate("Files", "byte {offset}").format(offset=exc.start),
                translate("Files", "this is not UTF-8 text, so it is not a map file")
            ) from None
    else:
        raise MapFileError(source, None, translate("Files", "expected text or bytes, not {type}").format(
            type=type(data).__name__))
    # Some editors put a byte-order mark at the start of UTF-8 files.
    return text[1:] if text.startswith("\ufeff") else text


def _written_finite(value: Any) -> bool:
    """True for a number written with digits (``1e400``, 400 nines), not ``Infinity``."""
    return type(value) is int or (type(value) is Decimal and value.is_finite())


def _too_big(size: int) -> str:
    return translate("Files", "the file is {size} MB; maps larger than {limit} MB are not opened").format(
        size=format_number(size / 1048576, 1), limit=MAX_BYTES // 1048576)


def _unreadable(exc: OSError) -> str:
    return translate("Files", "the file cannot be read ({reason})").format(reason=_reason(exc))


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return translate("Files", "permission denied")
    return exc.strerror or type(exc).__name__


def _path(code: int) -> str:
    """The JSON path of an element from its code: ``i`` for node i, ``-1 - j`` for edge j."""
    return f"$.nodes[{code}]" if code >= 0 else f"$.edges[{-1 - code}]"


def _at(at: tuple[str, str, int], key: str | None = None) -> str:
    """``node 'app' ($.nodes[0].kind)``: the element's id, then the JSON path."""
    what, ident, code = at
    path = f"{_path(code)}.{key}" if key else _path(code)
    if what == "node":
        return translate("Files", "node {id} ({path})").format(id=show(ident), path=path)
    return translate("Files", "edge {id} ({path})").format(id=show(ident), path=path)


# -- the document -----------------------------------------------------------------------
class _Reader:
    """Turns a parsed document into a Map, or raises ``MapFileError`` naming the place."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.ids: dict[str, int] = {}  # id -> code of its first use (see _path)

    def fail(self, where: str, problem: str) -> MapFileError:
        return MapFileError(self.source, where, problem)

    def read(self, doc: Any) -> Map:
        if type(doc) is not JsonObject:
            raise self.fail("$", translate("Files", "the top level must be a JSON object, not {value}").format(
                value=describe(doc)))
        if doc.repeated is not None:
            raise self.fail("$", _twice(doc.repeated))
        self.check_header(doc)
        title = doc.get("title")
        if title is not None and not isinstance(title, str):
            raise self.fail("$.title", translate("Files", "the title must be text, not {value}").format(
                value=describe(title)))
        currency = doc.get("currency")
        try:
            check_currency(currency)
        except ModelError:
            raise self.fail("$.currency", translate(
                "Files", "the currency must be a code of three capital letters such as EUR, not {value}"
            ).format(value=describe(currency))) from None
        raw_nodes = self.required_list(doc, "nodes")
        raw_edges = self.required_list(doc, "edges")
        extra = {k: free_value(v, key_path("$", k), 1, self.source)
                 for k, v in doc.items() if k not in _TOP_SET}
        nodes = [self.node(raw, i) for i, raw in enumerate(raw_nodes)]
        edges = [self.edge(raw, i) for i, raw in enumerate(raw_edges)]
        board = BoardReader(self.source, self.fail, self.ids)
        the_map = Map(title, extra, currency, tag_colours=board.tag_colours(doc),
                      sticky_notes=board.sticky_notes(doc), views=board.views(doc))
        try:
            the_map.add(nodes, edges)
        except ModelError as exc:  # the checks above should leave nothing for the model
            raise self.fail("$", str(exc)) from None
        return the_map

    def check_header(self, doc: JsonObject) -> None:
        fmt = doc.get("format", _MISSING)
        if fmt is _MISSING:
            raise self.fail("$.format", translate(
                "Files", "there is no \"format\" field, so this is not a Stakeholder Map file"))
        if fmt != FORMAT:
            raise self.fail(
                "$.format", translate(
                    "Files", "the format is {value}, not \"{format}\", so this is not a Stakeholder Map file"
                ).format(value=describe(fmt), format=FORMAT)
            )
        version = doc.get("version", _MISSING)
        if version is _MISSING:
            raise self.fail("$.version", translate("Files", "there is no \"version\" field"))
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            raise self.fail("$.version", translate(
                "Files", "the version must be a whole number from 1 up, not {value}").format(value=describe(version)))
        if version > VERSION:
            raise self.fail(
                "$.version",
                translate("Files", "this map was made by a newer version of Stakeholder Map "
                          "(file format {format}); this version reads format {version}").format(
                    format=show(version, 12), version=VERSION),
            )

    def required_list(self, doc: JsonObject, key: str) -> list:
        value = doc.get(key, _MISSING)
        if value is _MISSING:
            raise self.fail(f"$.{key}", translate("Files", "there is no \"{key}\" list").format(key=key))
        if type(value) is not list:
            raise self.fail(f"$.{key}", translate("Files", "\"{key}\" must be a list, not {value}").format(
                key=key, value=describe(value)))
        return value

    def element(self, raw: Any, code: int, what: str) -> str:
        """Check the object and its id, and claim the id; return the id."""
        if type(raw) is not JsonObject:
            text = (translate("Files", "each node must be a JSON object, not {value}") if what == "node"
                    else translate("Files", "each edge must be a JSON object, not {value}"))
            raise self.fail(_path(code), text.format(value=describe(raw)))
        if raw.repeated is not None:
            raise self.fail(_path(code), _twice(raw.repeated))
        ident = raw.get("id", _MISSING)
        if type(ident) is not str or not ident:
            if ident is _MISSING:
                raise self.fail(_path(code), translate("Files", "the node has no id") if what == "node"
                                else translate("Files", "the edge has no id"))
            raise self.fail(f"{_path(code)}.id", translate(
                "Files", "an id must be a non-empty text, not {value}").format(value=describe(ident)))
        first = self.ids.setdefault(ident, code)
        if first != code:
            raise self.fail(f"{_path(code)}.id", translate("Files", "the id {id} is already used at {path}").format(
                id=show(ident), path=_path(first)))
        return ident

    def extra(self, raw: JsonObject, known: frozenset, code: int) -> dict[str, Any]:
        if raw.keys() <= known:
            return {}
        path = _path(code)
        return {k: free_value(v, key_path(path, k), 3, self.source) for k, v in raw.items() if k not in known}

    def node(self, raw: Any, i: int) -> Node:
        ident = self.element(raw, i, "node")
        at = ("node", ident, i)
        get = raw.get
        kind = get("kind")
        kind = _KINDS.get(kind) if type(kind) is str else None
        if kind is None:
            self.choice(raw, "kind", _KINDS, at, required=True)  # raises the right message
        name = get("name", _MISSING)
        if type(name) is not str:
            if name is _MISSING:
                raise self.fail(_at(at), translate("Files", "the node has no name"))
            raise self.fail(_at(at, "name"), translate("Files", "the name must be text, not {value}").format(
                value=describe(name)))
        if len(raw) == 3:  # only the required fields: the common case of a sketch
            return Node(ident, kind, name)
        x = self.number(raw, "x", at, coordinate=True)
        y = self.number(raw, "y", at, coordinate=True)
        if (x is None) != (y is None):
            raise self.fail(_at(at), translate("Files", "a node needs both x and y, or neither"))
        notes = self.text(raw, "notes", at)
        internal = get("internal")
        if internal is not None and type(internal) is not bool:
            raise self.fail(_at(at, "internal"), translate(
                "Files", "internal must be true or false, not {value}").format(value=describe(internal)))
        headcount = get("headcount")
        if headcount is not None and (type(headcount) is not int or headcount < 1):
            raise self.fail(
                _at(at, "headcount"), translate(
                    "Files", "the headcount must be a whole number of at least 1, not {value}"
                ).format(value=describe(headcount))
            )
        attitude = self.choice(raw, "attitude", _ATTITUDES, at)
        power = self.choice(raw, "power", _LEVELS, at)
        interest = self.choice(raw, "interest", _LEVELS, at)
        if kind is Kind.PRODUCT:
            for key in ("attitude", "power", "interest"):
                if get(key) is not None:
                    raise self.fail(_at(at, key), translate(
                        "Files", "a product has no {field}; only stakeholders do").format(field=key))
        colour = get("colour")
        if colour is not None and not is_colour(colour):
            raise self.fail(_at(at, "colour"), translate(
                "Files", "a colour must be written #rrggbb, such as #1f77b4, not {value}").format(value=describe(colour)))
        boxed = {}
        for key in ("members_inside", "collapsed"):
            value = get(key)
            if value is None:
                continue
            if type(value) is not bool:
                raise self.fail(_at(at, key), translate(
                    "Files", "{field} must be true or false, not {value}").format(field=key, value=describe(value)))
            if kind is not Kind.COMPANY:
                raise self.fail(_at(at, key), translate(
                    "Files", "only a company has {field} (it draws the company as a box)").format(field=key))
            boxed[key] = value
        return Node(ident, kind, name, x, y, notes, internal, headcount, self.tags(raw, at),
                    attitude, power, interest, colour, extra=self.extra(raw, _NODE_SET, i), **boxed)

    def edge(self, raw: Any, j: int) -> Edge:
        code = -1 - j
        ident = self.element(raw, code, "edge")
        at = ("edge", ident, code)
        get = raw.get
        ids = self.ids
        source, target = get("source"), get("target")
        if (type(source) is not str or ids.get(source, -1) < 0
                or type(target) is not str or ids.get(target, -1) < 0):
            self.check_ends(raw, at)  # raises the right message
        relation = get("relation")
        relation = _RELATIONS.get(relation) if type(relation) is str else None
        if relation is None:
            self.choice(raw, "relation", _RELATIONS, at, required=True)  # raises the right message
        if len(raw) == 4:  # only the required fields
            return Edge(ident, source, target, relation)
        amount = self.number(raw, "amount", at, coordinate=False)
        period = self.choice(raw, "period", _PERIODS, at)
        agreement = self.choice(raw, "agreement", _AGREEMENTS, at)
        notes = self.text(raw, "notes", at)
        label = self.text(raw, "label", at)
        return Edge(ident, source, target, relation, amount, period, agreement, notes, label,
                    self.extra(raw, _EDGE_SET, code))

    def check_ends(self, raw: JsonObject, at: tuple[str, str, int]) -> None:
        for end in ("source", "target"):
            value = raw.get(end, _MISSING)
            if value is _MISSING:
                raise self.fail(_at(at), translate("Files", "the edge has no {field}").format(field=end))
            if not isinstance(value, str) or not value:
                raise self.fail(_at(at, end), translate("Files", "the {field} must be a node id, not {value}").format(
                    field=end, value=describe(value)))
            if self.ids.get(value, -1) < 0:
                raise self.fail(_at(at, end), translate("Files", "the {field} {id} is not a node in this map").format(
                    field=end, id=show(value)))

    def choice(self, raw: JsonObject, key: str, allowed: dict, at: tuple[str, str, int], required: bool = False) -> Any:
        value = raw.get(key)
        if value is None:
            if required:
                raise self.fail(_at(at), translate("Files", "there is no {field} (allowed: {allowed})").format(
                    field=key, allowed=", ".join(allowed)))
            return None
        member = allowed.get(value) if isinstance(value, str) else None
        if member is None:
            shown = show(value) if isinstance(value, str) else describe(value)
            raise self.fail(_at(at, key), translate("Files", "unknown {field} {value} (allowed: {allowed})").format(
                field=key, value=shown, allowed=", ".join(allowed)))
        return member

    def number(self, raw: JsonObject, key: str, at: tuple[str, str, int], coordinate: bool) -> Any:
        value = raw.get(key)
        if value is None:
            return None
        kind = type(value)
        try:
            number = float(value) if kind is Decimal or kind is int else None
        except OverflowError:  # an integer too large for a float
            number = math.inf
        if number is not None and math.isinf(number) and _written_finite(value) and (coordinate or value > 0):
            raise self.fail(_at(at, key), translate(
                "Files", "{field} is too large (at most about 1.8e308), not {value}").format(
                field=key, value=describe(value)))
        if number is None or not math.isfinite(number) or (not coordinate and value < 0):
            text = (translate("Files", "{field} must be a finite number, not {value}") if coordinate
                    else translate("Files", "{field} must be a number of at least 0, not {value}"))
            raise self.fail(_at(at, key), text.format(field=key, value=describe(value)))
        # Amounts stay exact decimals (money); coordinates are floats like every position.
        return number if coordinate and kind is Decimal else value

    def tags(self, raw: JsonObject, at: tuple[str, str, int]) -> tuple[str, ...]:
        value = raw.get("tags")
        if value is None:
            return ()
        if type(value) is not list:
            raise self.fail(_at(at, "tags"), translate("Files", "tags must be a list of texts, not {value}").format(
                value=describe(value)))
        for i, tag in enumerate(value):
            if type(tag) is not str or not tag:
                raise self.fail(_at(at, f"tags[{i}]"), translate(
                    "Files", "a tag must be a non-empty text, not {value}").format(value=describe(tag)))
        return tuple(value)

    def text(self, raw: JsonObject, key: str, at: tuple[str, str, int]) -> str | None:
        value = raw.get(key)
        if value is not None and not isinstance(value, str):
            raise self.fail(_at(at, key), translate("Files", "{field} must be text, not {value}").format(
                field=key, value=describe(value)))
        return value


def _twice(key: str) -> str:
    return translate("Files", "the key {key} appears twice").format(key=show(key))

