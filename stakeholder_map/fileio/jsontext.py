"""JSON text to Python values, refusing what a map file may not hold, with the place named.

``parse`` reads the text: a syntax error names the line and column; a number with a
fraction or an exponent becomes a ``Decimal`` holding exactly what the file says (integers
stay ``int``; the reader checks each number's range where it knows the field); ``NaN`` and
``Infinity`` become ``NotFinite`` markers, and objects remember a
key that appears twice, so the checks that follow can name the JSON path. ``free_value``
checks and copies a value of a field this program does not know.

>>> doc = parse('{"a": [1, NaN]}', "<string>")
>>> free_value(doc["a"], "$.a", 1, "<string>")
Traceback (most recent call last):
...
stakeholder_map.fileio.errors.MapFileError: <string>: $.a[1]: 'NaN' is not a number a map file may hold
"""

from __future__ import annotations

import json
import math
import re
from decimal import Decimal
from typing import Any

from stakeholder_map.fileio.errors import MapFileError, show
from stakeholder_map.texts import translate

MAX_DEPTH = 100

_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_LONG_INT = re.compile(r"\d{4300,}")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


class NotFinite:
    """What ``NaN``, ``Infinity`` and too-large numbers parse to, so a check can say where."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


class JsonObject(dict):
    """A parsed JSON object; ``repeated`` names a key that appeared twice in it (or is None)."""

    __slots__ = ("repeated",)


def _pairs(pairs: list[tuple[str, Any]]) -> JsonObject:
    obj = JsonObject(pairs)
    obj.repeated = None
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                obj.repeated = key
                break
            seen.add(key)
    return obj


def parse(text: str, source: str) -> Any:
    """The value of a JSON text, or ``MapFileError`` saying where the text is broken."""
    try:
        doc = json.loads(text, parse_constant=NotFinite, parse_float=Decimal, object_pairs_hook=_pairs)
    except json.JSONDecodeError as exc:
        raise MapFileError(
            source, translate("Files", "line {line}, column {column}").format(line=exc.lineno, column=exc.colno),
            translate("Files", "this is not valid JSON ({reason})").format(reason=exc.msg)
        ) from None
    except RecursionError:
        raise MapFileError(source, "$", _too_deep()) from None
    except ValueError:  # only Python's limit on the digits of an integer is left
        match = _LONG_INT.search(text)
        raise MapFileError(
            source, line_column(text, match.start()) if match else None,
            translate("Files", "a number has too many digits")
        ) from None
    if _ESCAPED_SURROGATE.search(text):
        _check_strings(doc, source)
    return doc


def line_column(text: str, offset: int) -> str:
    """``line L, column C`` of a character offset, both counted from 1."""
    line = text.count("\n", 0, offset) + 1
    column = offset - text.rfind(chr(10), 0, offset)
    return translate("Files", "line {line}, column {column}").format(line=line, column=column)


def key_path(path: str, key: str) -> str:
    """The JSON path of a key: ``$.nodes`` or ``$["odd key"]``."""
    if _IDENTIFIER.match(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def describe(value: Any) -> str:
    """A value from the file in words: ``null``, ``the number 3``, ``the text 'x'``, ``a list``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Decimal):
        text = number_text(value)
        return translate("Files", "the number {number}").format(number=text if len(text) <= 40 else text[:37] + "...")
    if isinstance(value, (int, float)):
        return translate("Files", "the number {number}").format(number=show(value))
    if isinstance(value, NotFinite):
        return value.text
    if isinstance(value, str):
        return translate("Files", "the text {text}").format(text=show(value))
    if isinstance(value, list):
        return translate("Files", "a list")
    return translate("Files", "an object")


def number_text(value: Decimal) -> str:
    """A decimal as a file would spell it: ``0.10``, ``1e308``, ``2.5e-7``."""
    return str(value).replace("E+", "e").replace("E", "e")


class _TooDeep(Exception):
    pass


def free_value(value: Any, path: str, depth: int, source: str) -> Any:
    """A plain copy of a free-form value, refusing deep nesting, repeated keys and NaN.

    Its decimals become floats, as other fields' numbers are (only amounts are money).
    ``depth`` is how deep ``value`` already sits in the document.
    """
    try:
        return _copy(value, path, depth, source)
    except _TooDeep:
        raise MapFileError(source, path, _too_deep()) from None


def _too_deep() -> str:
    return translate("Files", "the data is nested more than {depth} levels deep").format(depth=MAX_DEPTH)


def _not_a_number(text: str) -> str:
    return translate("Files", "{number} is not a number a map file may hold").format(number=show(text))


def _copy(value: Any, path: str, depth: int, source: str) -> Any:
    # Recursion is bounded by MAX_DEPTH, far below Python's limit.
    kind = type(value)
    if kind is JsonObject:
        if depth >= MAX_DEPTH:
            raise _TooDeep
        if value.repeated is not None:
            raise MapFileError(source, path, translate("Files", "the key {key} appears twice").format(
                key=show(value.repeated)))
        return {k: _copy(v, key_path(path, k), depth + 1, source) for k, v in value.items()}
    if kind is list:
        if depth >= MAX_DEPTH:
            raise _TooDeep
        return [_copy(v, f"{path}[{i}]", depth + 1, source) for i, v in enumerate(value)]
    if kind is Decimal:
        number = float(value)
        if not math.isfinite(number):
            raise MapFileError(source, path, _not_a_number(number_text(value)))
        return number
    if kind is NotFinite:
        raise MapFileError(source, path, _not_a_number(value.text))
    return value


def _check_strings(doc: Any, source: str) -> None:
    """Refuse lone surrogate escapes such as ``\\ud800``: they cannot be saved as UTF-8."""
    stack = [(doc, "$")]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item):
                raise MapFileError(source, where, translate(
                    "Files", "the text holds an invalid character (a lone surrogate)"))
        elif isinstance(item, list):
            stack.extend((v, f"{where}[{i}]") for i, v in enumerate(item))
        elif isinstance(item, dict):
            for k, v in item.items():
                if _SURROGATE.search(k):
                    raise MapFileError(source, where, translate(
                        "Files", "a key holds an invalid character (a lone surrogate)"))
                stack.append((v, key_path(where, k)))
