"""The map as a pair of CSV files, laid out like stakeholder-mapping tools (Kumu) expect.

Naming of the pair: exporting to ``map.csv`` writes the **elements** to ``map.csv`` and the
**connections** to ``map-connections.csv`` next to it. Importing ``map.csv`` reads its sibling
``map-connections.csv`` when it exists (a map may have no connections); picking
``map-connections.csv`` itself imports the pair too.

Elements columns: ``Label, Type, Description, ID, X, Y, Internal, Headcount``.
Connections columns: ``From, To, Type, Amount, Period, Agreement, Description, ID``.
Only ``Label`` (or ``ID``) and ``Type`` are needed on import, and ``From``, ``To`` and
``Type`` for connections; column names are matched case-insensitively, in any order.

- ``Type`` takes the spec's words (``decision_maker``, ``member_of``) and friendly ones
  (``Decision-maker``, ``End user``, ``pays for``, ``works for``), in any case.
- ``From``/``To`` name an element by its ID, else by its Label (which must then be unique).
- A cell a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab
  or carriage return) is written with a leading ``'``; import removes it again, so the round
  trip is exact. A text that itself starts with ``'`` followed by one of those characters (or
  another ``'``) also gets one, so every text comes back unchanged.
- Export writes UTF-8 with a byte-order mark (Excel needs it); import accepts UTF-8 with or
  without it (falling back to Windows-1252) and ``,`` or ``;`` between cells.

What the pair does not keep: the map's title (an imported map is titled after the elements
file's name), fields this program does not know (``extra``), and the difference between no
notes and empty notes (an empty Description means no notes). Everything else, ids and
positions included, comes back equal.

Import never stops at a bad row: it returns ``(map, problems)`` where ``problems`` lists
``(file, line_number, message)`` for every row it could not use; the other rows are imported.
"""

from __future__ import annotations

import csv
import io
import math
import os
import re
from pathlib import Path
from typing import Iterable, Iterator

from stakeholder_map.model import Agreement, Edge, Kind, Map, ModelError, Node, Period, Relation

ELEMENT_COLUMNS = ("Label", "Type", "Description", "ID", "X", "Y", "Internal", "Headcount")
CONNECTION_COLUMNS = ("From", "To", "Type", "Amount", "Period", "Agreement", "Description", "ID")
CONNECTIONS_SUFFIX = "-connections"

Problem = tuple[str, int, str]


class SpreadsheetError(ValueError):
    """The elements file cannot be read at all; ``str(err)`` is one line."""


# -- naming of the pair ----------------------------------------------------------------------
def connections_path(elements_path: str | os.PathLike[str]) -> Path:
    """``map.csv`` -> ``map-connections.csv`` (same folder, same suffix)."""
    p = Path(elements_path)
    return p.with_name(p.stem + CONNECTIONS_SUFFIX + p.suffix)


def elements_path_for(picked: str | os.PathLike[str]) -> Path:
    """The elements file of the pair ``picked`` belongs to (``picked`` may be either file)."""
    p = Path(picked)
    if p.stem.lower().endswith(CONNECTIONS_SUFFIX):
        sibling = p.with_name(p.stem[: -len(CONNECTIONS_SUFFIX)] + p.suffix)
        if sibling.exists():
            return sibling
    return p


# -- formula neutralising ----------------------------------------------------------------------
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Prefix ``'`` to a text a spreadsheet would run as a formula (reversed by ``restore``).

    >>> neutralise("=SUM(A1)"), neutralise("Ann"), restore(neutralise("'=x"))
    ("'=SUM(A1)", 'Ann', "'=x")
    """
    if text.startswith(_FORMULA_START) or (
        text.startswith("'") and text[1:2] in (*_FORMULA_START, "'") and len(text) > 1
    ):
        return "'" + text
    return text


def restore(text: str) -> str:
    """Undo ``neutralise``: drop the ``'`` it added, keep any other text unchanged."""
    if text.startswith("'") and len(text) > 1 and text[1] in (*_FORMULA_START, "'"):
        return text[1:]
    return text


# -- words accepted in Type, Period and Agreement ----------------------------------------------
def _word(text: str) -> str:
    """Lower case without spaces, dashes or underscores: "End-user" -> "enduser"."""
    return re.sub(r"[\s_\-]+", "", text.strip().lower())


_KIND_WORDS: dict[str, Kind] = {}
for _k in Kind:
    _KIND_WORDS[_word(_k.value)] = _k
    _KIND_WORDS[_word(_k.label)] = _k
_KIND_WORDS.update({
    "service": Kind.PRODUCT, "app": Kind.PRODUCT,
    "organisation": Kind.COMPANY, "organization": Kind.COMPANY, "business": Kind.COMPANY,
    "department": Kind.COMPANY, "team": Kind.COMPANY,
    "purchaser": Kind.BUYER, "decider": Kind.DECISION_MAKER, "user": Kind.END_USER,
    "users": Kind.END_USER, "stakeholder": Kind.PERSON,
})

_RELATION_WORDS: dict[str, Relation] = {}
for _r in Relation:
    _RELATION_WORDS[_word(_r.value)] = _r
    _RELATION_WORDS[_word(_r.label)] = _r
_RELATION_WORDS.update({
    "pay": Relation.PAYS, "paysto": Relation.PAYS, "buys": Relation.PAYS,
    "decide": Relation.DECIDES, "decideson": Relation.DECIDES, "decidesabout": Relation.DECIDES,
    "use": Relation.USES, "influence": Relation.INFLUENCES, "sways": Relation.INFLUENCES,
    "memberof": Relation.MEMBER_OF, "belongsto": Relation.MEMBER_OF, "worksfor": Relation.MEMBER_OF,
    "worksin": Relation.MEMBER_OF, "partof": Relation.MEMBER_OF, "departmentof": Relation.MEMBER_OF,
})

_PERIOD_WORDS = {_word(p.value): p for p in Period}
_PERIOD_WORDS.update({
    "once": Period.ONE_TIME, "onetime": Period.ONE_TIME, "oneoff": Period.ONE_TIME,
    "month": Period.MONTHLY, "permonth": Period.MONTHLY, "amonth": Period.MONTHLY,
    "year": Period.YEARLY, "peryear": Period.YEARLY, "annual": Period.YEARLY,
    "annually": Period.YEARLY, "ayear": Period.YEARLY,
})
_AGREEMENT_WORDS = {_word(a.value): a for a in Agreement}
_TRUE_WORDS = {"yes", "y", "true", "1", "internal"}
_FALSE_WORDS = {"no", "n", "false", "0", "external"}


def _known(words: Iterable[str]) -> str:
    return ", ".join(words)


# -- export ------------------------------------------------------------------------------------
def _number(value: float | int | None) -> str:
    if value is None:
        return ""
    # repr keeps every digit, so a float comes back identical.
    return str(value) if isinstance(value, int) else repr(float(value))


def _text(value: str | None) -> str:
    return "" if value is None else neutralise(value)


def element_rows(map_: Map) -> Iterator[list[str]]:
    yield list(ELEMENT_COLUMNS)
    for n in map_.nodes.values():
        placed = n.x is not None and n.y is not None
        yield [
            _text(n.name), n.kind.label, _text(n.notes), _text(n.id),
            _number(n.x) if placed else "", _number(n.y) if placed else "",
            "" if n.internal is None else ("yes" if n.internal else "no"),
            _number(n.headcount),
        ]


def connection_rows(map_: Map) -> Iterator[list[str]]:
    yield list(CONNECTION_COLUMNS)
    for e in map_.edges.values():
        yield [
            _text(e.source), _text(e.target), e.relation.label, _number(e.amount),
            e.period.value if e.period else "", e.agreement.value if e.agreement else "",
            _text(e.notes), _text(e.id),
        ]


def _csv_bytes(rows: Iterable[list[str]]) -> bytes:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def spreadsheet_bytes(map_: Map) -> tuple[bytes, bytes]:
    """The contents of the elements file and of the connections file."""
    return _csv_bytes(element_rows(map_)), _csv_bytes(connection_rows(map_))


# -- import ------------------------------------------------------------------------------------
def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the ANSI code page.
        return data.decode("cp1252", errors="replace")


def _reader(text: str) -> csv.reader:
    header = text.split("\n", 1)[0]
    try:
        dialect = csv.Sniffer().sniff(header, delimiters=",;")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ";" if header.count(";") > header.count(",") else ","
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)


def _rows(text: str) -> tuple[dict[str, int], Iterator[tuple[int, list[str]]]]:
    """The header's column positions (by lower-case name) and the numbered data rows."""
    reader = _reader(text)
    try:
        header = next(reader)
    except StopIteration:
        header = []
    columns: dict[str, int] = {}
    for i, name in enumerate(header):
        columns.setdefault(name.strip().lower(), i)

    def numbered() -> Iterator[tuple[int, list[str]]]:
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                return
            if any(cell.strip() for cell in row):
                yield line, row

    return columns, numbered()


class _RowError(ValueError):
    pass


def _cell(row: list[str], columns: dict[str, int], name: str) -> str:
    i = columns.get(name.lower())
    return row[i] if i is not None and i < len(row) else ""


def _parse_number(text: str, what: str) -> float | int | None:
    s = re.sub(r"[\s$€£¥_]", "", restore(text.strip()))
    if not s:
        return None
    if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", s):
        s = s.replace(",", "")
    elif re.fullmatch(r"[+-]?\d+,\d+", s):
        s = s.replace(",", ".")  # a decimal comma
    try:
        return int(s)
    except ValueError:
        pass
    try:
        value = float(s)
    except ValueError:
        raise _RowError(f"{what} {text.strip()!r} is not a number") from None
    if not math.isfinite(value):
        raise _RowError(f"{what} {text.strip()!r} is not a finite number")
    return value


def _parse_kind(text: str) -> Kind:
    if not text.strip():
        raise _RowError("the Type is empty (say what it is: " + _known(k.label for k in Kind) + ")")
    kind = _KIND_WORDS.get(_word(text))
    if kind is None:
        raise _RowError(f"unknown Type {text.strip()!r} (known: {_known(k.label for k in Kind)})")
    return kind


def _node_from_row(row, columns, taken: set[str], new_id) -> Node:
    label = restore(_cell(row, columns, "Label"))
    ident = restore(_cell(row, columns, "ID"))
    if not label.strip() and not ident.strip():
        raise _RowError("the row has neither a Label nor an ID")
    kind = _parse_kind(_cell(row, columns, "Type"))
    if ident and ident in taken:
        raise _RowError(f"the ID {ident!r} is used twice")
    x = _parse_number(_cell(row, columns, "X"), "X")
    y = _parse_number(_cell(row, columns, "Y"), "Y")
    if (x is None) != (y is None):
        raise _RowError("give both X and Y, or neither")
    internal_text = _word(_cell(row, columns, "Internal"))
    internal = None
    if internal_text in _TRUE_WORDS:
        internal = True
    elif internal_text in _FALSE_WORDS:
        internal = False
    elif internal_text:
        raise _RowError(f"Internal must be yes or no, not {_cell(row, columns, 'Internal').strip()!r}")
    headcount = _parse_number(_cell(row, columns, "Headcount"), "Headcount")
    if headcount is not None and (not float(headcount).is_integer() or headcount < 1):
        raise _RowError("Headcount must be a whole number of at least 1")
    notes = restore(_cell(row, columns, "Description")) or None
    try:
        return Node(
            ident or new_id(kind.value), kind, label, x=x, y=y, notes=notes, internal=internal,
            headcount=None if headcount is None else int(headcount),
        )
    except ModelError as err:
        raise _RowError(str(err)) from None


def _endpoint(text: str, by_id: dict[str, Node], by_label: dict[str, list[str]], side: str) -> str:
    value = restore(text)
    if value in by_id:
        return value
    ids = by_label.get(value, [])
    if len(ids) == 1:
        return ids[0]
    if len(ids) > 1:
        raise _RowError(f"{side} {value!r} names {len(ids)} elements; use an ID")
    if not value.strip():
        raise _RowError(f"{side} is empty")
    raise _RowError(f"{side} {value!r} is not the ID or Label of any element")


def _edge_from_row(row, columns, by_id, by_label, taken: set[str], new_id) -> Edge:
    source = _endpoint(_cell(row, columns, "From"), by_id, by_label, "From")
    target = _endpoint(_cell(row, columns, "To"), by_id, by_label, "To")
    type_text = _cell(row, columns, "Type")
    relation = _RELATION_WORDS.get(_word(type_text))
    if relation is None:
        known = _known(r.label for r in Relation)
        what = "the Type is empty" if not type_text.strip() else f"unknown Type {type_text.strip()!r}"
        raise _RowError(f"{what} (known: {known})")
    amount = _parse_number(_cell(row, columns, "Amount"), "Amount")
    if amount is not None and amount < 0:
        raise _RowError("Amount must be at least 0")
    period_text = _cell(row, columns, "Period")
    period = _PERIOD_WORDS.get(_word(period_text)) if period_text.strip() else None
    if period_text.strip() and period is None:
        raise _RowError(f"unknown Period {period_text.strip()!r} (known: one_time, monthly, yearly)")
    agreement_text = _cell(row, columns, "Agreement")
    agreement = _AGREEMENT_WORDS.get(_word(agreement_text)) if agreement_text.strip() else None
    if agreement_text.strip() and agreement is None:
        raise _RowError(
            f"unknown Agreement {agreement_text.strip()!r} (known: none, subscription, contract)"
        )
    ident = restore(_cell(row, columns, "ID"))
    if ident and ident in taken:
        raise _RowError(f"the ID {ident!r} is already used")
    notes = restore(_cell(row, columns, "Description")) or None
    return Edge(ident or new_id("e"), source, target, relation, amount=amount, period=period,
                agreement=agreement, notes=notes)


def _read_text(path: Path) -> str:
    try:
        return _decode(path.read_bytes())
    except OSError as err:
        raise SpreadsheetError(f"cannot read {path}: {err.strerror or err}") from None


def import_spreadsheet(path: str | os.PathLike[str]) -> tuple[Map, list[Problem]]:
    """Read an elements CSV (and its ``-connections`` sibling) into a new map.

    Returns ``(map, problems)``. Raises ``SpreadsheetError`` only when the elements file
    cannot be read or has neither a ``Label`` nor an ``ID`` column.
    """
    elements = elements_path_for(path)
    text = _read_text(elements)
    columns, rows = _rows(text)
    if "label" not in columns and "id" not in columns:
        raise SpreadsheetError(
            f"{elements}: the first line must name the columns, with at least Label and Type"
        )
    problems: list[Problem] = []
    nodes: dict[str, Node] = {}
    taken: set[str] = set()
    pending = list(rows)
    # IDs written in the file win over generated ones, so a generated id never takes one.
    reserved = {restore(_cell(r, columns, "ID")) for _, r in pending} - {""}

    def new_id(prefix: str) -> str:
        i = 1
        while f"{prefix}{i}" in taken or f"{prefix}{i}" in reserved:
            i += 1
        return f"{prefix}{i}"

    for line, row in pending:
        try:
            node = _node_from_row(row, columns, taken, new_id)
        except _RowError as err:
            problems.append((str(elements), line, str(err)))
            continue
        nodes[node.id] = node
        taken.add(node.id)

    edges: list[Edge] = []
    conn = connections_path(elements)
    if conn.exists():
        edges = _import_connections(conn, nodes, taken, reserved, problems)
    result = Map(elements.stem or None)
    result.add(nodes.values(), edges)
    return result, problems


def _import_connections(
    conn: Path, nodes: dict[str, Node], taken: set[str], reserved: set[str],
    problems: list[Problem],
) -> list[Edge]:
    text = _read_text(conn)
    columns, rows = _rows(text)
    missing = [c for c in ("From", "To", "Type") if c.lower() not in columns]
    if missing:
        problems.append((str(conn), 1, "the first line must name the columns From, To and Type"))
        return []
    by_label: dict[str, list[str]] = {}
    for node in nodes.values():
        by_label.setdefault(node.name, []).append(node.id)
    pending = list(rows)
    edge_reserved = {restore(_cell(r, columns, "ID")) for _, r in pending} - {""}

    def new_id(prefix: str) -> str:
        i = 1
        while any(f"{prefix}{i}" in s for s in (taken, reserved, edge_reserved)):
            i += 1
        return f"{prefix}{i}"

    edges: list[Edge] = []
    for line, row in pending:
        try:
            edge = _edge_from_row(row, columns, nodes, by_label, taken, new_id)
        except (_RowError, ModelError) as err:
            problems.append((str(conn), line, str(err)))
            continue
        taken.add(edge.id)
        edges.append(edge)
    return edges
