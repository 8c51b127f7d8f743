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
import os
from pathlib import Path
from typing import Iterable, Iterator

from stakeholder_map.fileio.spreadsheet_cells import (
    CellError,
    format_number,
    format_text,
    neutralise,
    parse_agreement,
    parse_flag,
    parse_kind,
    parse_number,
    parse_period,
    parse_relation,
    restore,
)
from stakeholder_map.model import Edge, Map, ModelError, Node

__all__ = [
    "CONNECTION_COLUMNS", "ELEMENT_COLUMNS", "Problem", "SpreadsheetError", "connections_path",
    "elements_path_for", "import_spreadsheet", "neutralise", "restore", "spreadsheet_bytes",
]

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


# -- export ------------------------------------------------------------------------------------
def element_rows(map_: Map) -> Iterator[list[str]]:
    yield list(ELEMENT_COLUMNS)
    for n in map_.nodes.values():
        placed = n.x is not None and n.y is not None
        yield [
            format_text(n.name), n.kind.label, format_text(n.notes), format_text(n.id),
            format_number(n.x) if placed else "", format_number(n.y) if placed else "",
            "" if n.internal is None else ("yes" if n.internal else "no"),
            format_number(n.headcount),
        ]


def connection_rows(map_: Map) -> Iterator[list[str]]:
    yield list(CONNECTION_COLUMNS)
    for e in map_.edges.values():
        yield [
            format_text(e.source), format_text(e.target), e.relation.label, format_number(e.amount),
            e.period.value if e.period else "", e.agreement.value if e.agreement else "",
            format_text(e.notes), format_text(e.id),
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


def _rows(text: str) -> tuple[dict[str, int], list[tuple[int, list[str]]], list[tuple[int, str]]]:
    """The header's column positions (by lower-case name), the numbered non-blank data rows,
    and the lines the csv module could not read (reading stops at the first of those)."""
    reader = _reader(text)
    columns: dict[str, int] = {}
    rows: list[tuple[int, list[str]]] = []
    unreadable: list[tuple[int, str]] = []
    try:
        header = next(reader, [])
        for i, name in enumerate(header):
            columns.setdefault(name.strip().lower(), i)
        while True:
            line = reader.line_num + 1
            row = next(reader, None)
            if row is None:
                break
            if any(cell.strip() for cell in row):
                rows.append((line, row))
    except csv.Error as err:
        unreadable.append((reader.line_num or 1, f"this line cannot be read as CSV ({err})"))
    return columns, rows, unreadable


def _cell(row: list[str], columns: dict[str, int], name: str) -> str:
    i = columns.get(name.lower())
    return row[i] if i is not None and i < len(row) else ""


def _node_from_row(row, columns, taken: set[str], new_id) -> Node:
    label = restore(_cell(row, columns, "Label"))
    ident = restore(_cell(row, columns, "ID"))
    if not label.strip() and not ident.strip():
        raise CellError("the row has neither a Label nor an ID")
    kind = parse_kind(_cell(row, columns, "Type"))
    if ident and ident in taken:
        raise CellError(f"the ID {ident!r} is used twice")
    x = parse_number(_cell(row, columns, "X"), "X")
    y = parse_number(_cell(row, columns, "Y"), "Y")
    if (x is None) != (y is None):
        raise CellError("give both X and Y, or neither")
    internal = parse_flag(_cell(row, columns, "Internal"), "Internal")
    headcount = parse_number(_cell(row, columns, "Headcount"), "Headcount")
    if headcount is not None and (not float(headcount).is_integer() or headcount < 1):
        raise CellError("Headcount must be a whole number of at least 1")
    notes = restore(_cell(row, columns, "Description")) or None
    try:
        return Node(
            ident or new_id(kind.value), kind, label, x=x, y=y, notes=notes, internal=internal,
            headcount=None if headcount is None else int(headcount),
        )
    except ModelError as err:
        raise CellError(str(err)) from None


def _endpoint(text: str, by_id: dict[str, Node], by_label: dict[str, list[str]], side: str) -> str:
    value = restore(text)
    if value in by_id:
        return value
    ids = by_label.get(value, [])
    if len(ids) == 1:
        return ids[0]
    if len(ids) > 1:
        raise CellError(f"{side} {value!r} names {len(ids)} elements; use an ID")
    if not value.strip():
        raise CellError(f"{side} is empty")
    raise CellError(f"{side} {value!r} is not the ID or Label of any element")


def _edge_from_row(row, columns, by_id, by_label, taken: set[str], new_id) -> Edge:
    source = _endpoint(_cell(row, columns, "From"), by_id, by_label, "From")
    target = _endpoint(_cell(row, columns, "To"), by_id, by_label, "To")
    relation = parse_relation(_cell(row, columns, "Type"))
    amount = parse_number(_cell(row, columns, "Amount"), "Amount", exact=True)
    if amount is not None and amount < 0:
        raise CellError("Amount must be at least 0")
    period = parse_period(_cell(row, columns, "Period"))
    agreement = parse_agreement(_cell(row, columns, "Agreement"))
    ident = restore(_cell(row, columns, "ID"))
    if ident and ident in taken:
        raise CellError(f"the ID {ident!r} is already used")
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
    columns, pending, unreadable = _rows(text)
    if "label" not in columns and "id" not in columns:
        if "from" in columns and "to" in columns:
            raise SpreadsheetError(
                f"{elements.name} holds connections; import the elements file next to it "
                f"(for example {elements.stem.removesuffix(CONNECTIONS_SUFFIX)}{elements.suffix})"
            )
        raise SpreadsheetError(
            f"{elements}: the first line must name the columns, with at least Label and Type"
        )
    problems: list[Problem] = []
    nodes: dict[str, Node] = {}
    taken: set[str] = set()
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
        except CellError as err:
            problems.append((str(elements), line, str(err)))
            continue
        nodes[node.id] = node
        taken.add(node.id)
    problems.extend((str(elements), n, msg) for n, msg in unreadable)

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
    columns, pending, unreadable = _rows(text)
    missing = [c for c in ("From", "To", "Type") if c.lower() not in columns]
    if missing:
        problems.append((str(conn), 1, "the first line must name the columns From, To and Type"))
        return []
    by_label: dict[str, list[str]] = {}
    for node in nodes.values():
        by_label.setdefault(node.name, []).append(node.id)
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
        except (CellError, ModelError) as err:
            problems.append((str(conn), line, str(err)))
            continue
        taken.add(edge.id)
        edges.append(edge)
    problems.extend((str(conn), n, msg) for n, msg in unreadable)
    return edges
