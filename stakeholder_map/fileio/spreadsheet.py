"""The map as spreadsheets laid out like Kumu's: a CSV pair or an ``.xlsx`` workbook.

Elements: ``Label, Type, Description, Tags`` (Kumu's columns), then this program's own
``ID, X, Y, Headcount, Internal, Attitude, Power, Interest, Fill`` (the node's fill colour,
``#rrggbb``), ``Members Inside, Collapsed`` (a company drawn as a box, yes or no). Connections: ``From, To, Type, Direction, Label`` (the link's own label, or the
relation when it has none), then
``Amount, Period, Agreement, Description, ID``. A workbook holds them as the sheets
*Elements* and *Connections*; a CSV export writes ``map.csv`` and ``map-connections.csv``.
Import also takes Kumu's ``Elements.csv`` + ``Connections.csv`` and Google Sheets'
``Deal - Elements.csv`` + ``Deal - Connections.csv``, either file picked (see
``spreadsheet_files``).

- Column names are matched ignoring case, spaces, dashes and underscores, in any order
  (``Name`` for Label, ``Notes`` for Description, ``Source``/``Target`` for From/To also
  work). Only ``Label`` (or ``ID``) and ``Type`` are needed, and ``From``, ``To`` and
  ``Type`` for connections.
- ``Type`` takes the spec's words and friendly ones in any case and with any separator
  (``Decision Maker``, ``decision-maker``, ``End user``, ``Member Of``, ``pays for``).
- ``From``, ``To`` and ``Tags`` take Kumu's ``|``-separated lists: ``Ann|Ben`` -> ``App``
  is two links. ``From``/``To`` name an element by its ID, else by its Label (which must
  then be unique; a different case still matches when only one Label fits). A ``mutual`` Direction on *influences* makes a link each way.
- A CSV cell a spreadsheet would run as a formula is written with a leading ``'``, which
  import removes again; a workbook stores such text as text.

Tags (spec 1.1) are written ``|``-separated; a tag that itself holds ``|`` comes back split.

Import never stops at a bad row: it returns ``(map, problems)`` where ``problems`` lists
everything that will not come in (rows, unknown columns and sheets, a direction that cannot
be kept) as ``Problem(file, line, message)``. What the files do not keep: the map's title
(an imported map is named after the file), its currency, and fields this program does not know.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO, Any, Callable, Iterator

from stakeholder_map.fileio.spreadsheet_cells import (
    CellError,
    format_number,
    format_text,
    neutralise,
    parse_agreement,
    parse_direction,
    parse_flag,
    parse_kind,
    parse_number,
    parse_period,
    parse_relation,
    relation_word,
    restore,
    split_values,
    word,
)
from stakeholder_map.fileio.spreadsheet_files import (
    WORKBOOK_MAGIC,
    Problem,
    SpreadsheetError,
    Table,
    connections_path,
    elements_name_for,
    find_pair,
    read_bytes,
    read_csv,
    title_for,
)
from stakeholder_map.model import Edge, Kind, Map, ModelError, Node, Relation
from stakeholder_map.model.ids import IdAllocator
from stakeholder_map.texts import translate

__all__ = [
    "CONNECTION_COLUMNS", "ELEMENT_COLUMNS", "Problem", "SpreadsheetError", "connections_path",
    "import_spreadsheet", "neutralise", "restore", "sheet_rows", "spreadsheet_bytes",
    "write_xlsx",
]

ELEMENT_COLUMNS = ("Label", "Type", "Description", "Tags", "ID", "X", "Y", "Headcount", "Internal",
                   "Attitude", "Power", "Interest", "Fill", "Members Inside", "Collapsed")
CONNECTION_COLUMNS = ("From", "To", "Type", "Direction", "Label", "Amount", "Period", "Agreement",
                      "Description", "ID")
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")
# Each field and the column names (normalised by ``word``) it is read from, first one wins.
ELEMENT_FIELDS = {
    "label": ("label", "name"), "type": ("type", "kind"), "notes": ("description", "notes"),
    "tags": ("tags", "tag"), "id": ("id",), "x": ("x",), "y": ("y",),
    "headcount": ("headcount",), "internal": ("internal",), "attitude": ("attitude",),
    "power": ("power",), "interest": ("interest",), "colour": ("fill",),  # not Kumu's Colour column, which holds colour names
    "members_inside": ("membersinside",), "collapsed": ("collapsed",),  # a company drawn as a box
}
CONNECTION_FIELDS = {
    "from": ("from", "source"), "to": ("to", "target"), "type": ("type", "relation"),
    "direction": ("direction",), "label": ("label",), "amount": ("amount",), "period": ("period",),
    "agreement": ("agreement",), "notes": ("description", "notes"), "id": ("id",),
}
MAX_LINKS_PER_ROW = 10_000  # a From list times a To list


# -- export ------------------------------------------------------------------------------------
def _endpoint_names(map_: Map) -> dict[str, str]:
    """How From/To name each node: its Label when that is unambiguous, else its ID."""
    counts: dict[str, int] = {}
    for n in map_.nodes.values():
        counts[n.name.strip()] = counts.get(n.name.strip(), 0) + 1
    return {
        n.id: n.name if counts[n.name.strip()] == 1 and n.name.strip() == n.name and n.name
        and "|" not in n.name and neutralise(n.name) == n.name
        and (n.name == n.id or n.name not in map_.nodes) else n.id
        for n in map_.nodes.values()
    }


def sheet_rows(map_: Map) -> tuple[Iterator[list[Any]], Iterator[list[Any]]]:
    """The elements and the connections as rows of plain values (None for an empty cell)."""
    def elements() -> Iterator[list[Any]]:
        yield list(ELEMENT_COLUMNS)
        for n in map_.nodes.values():
            placed = n.x is not None and n.y is not None
            yield [n.name, n.kind.label, n.notes, "|".join(n.tags) or None, n.id,
                   n.x if placed else None, n.y if placed else None, n.headcount,
                   None if n.internal is None else ("yes" if n.internal else "no"),
                   *(None if v is None else v.value for v in (n.attitude, n.power, n.interest)),
                   n.colour, *(None if v is None else ("yes" if v else "no") for v in (n.members_inside, n.collapsed))]

    def connections() -> Iterator[list[Any]]:
        names = _endpoint_names(map_)
        yield list(CONNECTION_COLUMNS)
        for e in map_.edges.values():
            yield [names[e.source], names[e.target], e.relation.label, "directed", e.label or e.relation.label,
                   e.amount, e.period.value if e.period else None,
                   e.agreement.value if e.agreement else None, e.notes, e.id]

    return elements(), connections()


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return format_text(value)
    return format_number(value)


def _csv_bytes(rows: Iterator[list[Any]]) -> bytes:
    import csv
    import io

    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows([_csv_cell(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def spreadsheet_bytes(map_: Map) -> tuple[bytes, bytes]:
    """The contents of the elements CSV and of the connections CSV (UTF-8 with a BOM)."""
    elements, connections = sheet_rows(map_)
    return _csv_bytes(elements), _csv_bytes(connections)


def write_xlsx(map_: Map, destination: str | os.PathLike[str] | IO[bytes]) -> None:
    """Write the map as a workbook with the sheets *Elements* and *Connections*."""
    from stakeholder_map.fileio.spreadsheet_xlsx import write_workbook

    elements, connections = sheet_rows(map_)
    write_workbook([("Elements", elements), ("Connections", connections)], destination)


# -- import ------------------------------------------------------------------------------------
class _Row:
    """The cells of one row by field name (empty text for a missing cell)."""

    def __init__(self, table: Table, fields: dict[str, int], cells: list[str]) -> None:
        self.fields, self.cells, self.neutralised = fields, cells, table.neutralised

    def __getitem__(self, name: str) -> str:
        i = self.fields.get(name)
        text = self.cells[i] if i is not None and i < len(self.cells) else ""
        return restore(text) if self.neutralised else text


def _fields(table: Table, wanted: dict[str, tuple[str, ...]]) -> dict[str, int]:
    columns = table.columns
    found = {}
    for name, aliases in wanted.items():
        i = next((columns[a] for a in aliases if a in columns), None)
        if i is not None:
            found[name] = i
    return found


def _unknown_columns(table: Table, fields: dict[str, int]) -> list[Problem]:
    """One problem naming the columns that hold data but are not imported."""
    used = set(fields.values())
    columns = table.columns
    width = max([len(table.header)] + [len(cells) for _, cells in table.rows])
    unknown, repeated = [], []
    for i in range(width):
        if i in used or not any(i < len(c) and c[i].strip() for _, c in table.rows):
            continue
        name = table.header[i] if i < len(table.header) and table.header[i] else None
        if name and columns.get(word(name)) in used:
            repeated.append(repr(name))  # a second column of a name already imported
        else:
            unknown.append(repr(name) if name else translate("Spreadsheets", "column {letter} (no name)").format(
                letter=_column_letter(i)))
    problems = []
    if unknown:
        text = (translate("Spreadsheets", "the column {columns} is not imported (not a column this program knows)")
                if len(unknown) == 1 else
                translate("Spreadsheets", "the columns {columns} are not imported (not a column this program knows)"))
        problems.append(Problem(table.where, 1, text.format(columns=", ".join(unknown))))
    if repeated:
        problems.append(Problem(table.where, 1, translate(
            "Spreadsheets",
            "the second column named {columns} is not imported (only the first column of a name is read)",
        ).format(columns=", ".join(repeated))))
    return problems


def _column_letter(i: int) -> str:
    letters = ""
    i += 1
    while i:
        i, rest = divmod(i - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _id_maker(*taken_sets: set[str]) -> Callable[[str], str]:
    """Fresh ids unused by any of ``taken_sets`` (the program's one allocator: constant time
    per id, where counting up from 1 for each took 47 s on 20,000 rows without ids)."""
    return IdAllocator(lambda ident: any(ident in s for s in taken_sets)).new_id


def _whole_at_least_one(value: float | int, what: str) -> int:
    if (isinstance(value, float) and not value.is_integer()) or value < 1:
        raise CellError(translate("Spreadsheets", "{column} must be a whole number of at least 1").format(column=what))
    if isinstance(value, float):
        value = int(value)
    return value


def _node(row: _Row, taken: set[str], new_id: Callable[[str], str]) -> Node:
    label, ident = row["label"], row["id"].strip()
    if not label.strip() and not ident:
        raise CellError(translate("Spreadsheets", "the row has neither a Label nor an ID"))
    kind = parse_kind(row["type"])
    if ident and ident in taken:
        raise CellError(translate("Spreadsheets", "the ID {id} is used twice").format(id=repr(ident)))
    x, y = parse_number(row["x"], "X"), parse_number(row["y"], "Y")
    if (x is None) != (y is None):
        raise CellError(translate("Spreadsheets", "give both X and Y, or neither"))
    internal = parse_flag(row["internal"], "Internal")
    boxed = {name: parse_flag(row[name], label) for name, label in
             (("members_inside", "Members Inside"), ("collapsed", "Collapsed"))}
    if kind is not Kind.COMPANY and any(v is not None for v in boxed.values()):
        raise CellError("only a company is drawn as a box of its members (Members Inside, Collapsed)")
    headcount = parse_number(row["headcount"], "Headcount")
    if headcount is not None:
        headcount = _whole_at_least_one(headcount, "Headcount")
    words = {name: row[name].strip().lower() or None for name in ("attitude", "power", "interest")}
    return Node(ident or new_id(kind.value), kind, label, x=x, y=y, notes=row["notes"] or None,
                internal=internal, headcount=headcount, tags=tuple(split_values(row["tags"])),
                colour=row["colour"].strip() or None, **words, **boxed)


def _nodes(table: Table, problems: list[Problem]) -> tuple[dict[str, Node], set[str]]:
    fields = _fields(table, ELEMENT_FIELDS)
    rows = [(line, _Row(table, fields, cells)) for line, cells in table.rows]
    reserved = {r["id"].strip() for _, r in rows} - {""}
    nodes: dict[str, Node] = {}
    taken: set[str] = set()
    new_id = _id_maker(taken, reserved)
    for line, row in rows:
        try:
            node = _node(row, taken, new_id)
        except (CellError, ModelError, ValueError, ArithmeticError) as err:
            problems.append(Problem(table.where, line, str(err)))
            continue
        nodes[node.id] = node
        taken.add(node.id)
    return nodes, reserved


class _Endpoints:
    """Resolves From/To cells to node ids: a whole cell first, else its ``|`` list."""

    def __init__(self, nodes: dict[str, Node]) -> None:
        self.nodes = nodes
        self.by_label: dict[str, list[str]] = {}
        self.by_folded: dict[str, list[str]] = {}  # "acme corp" for "Acme Corp", when unique
        for node in nodes.values():
            self.by_label.setdefault(node.name.strip(), []).append(node.id)
            self.by_folded.setdefault(node.name.strip().casefold(), []).append(node.id)

    def one(self, value: str, side: str) -> str:
        value = value.strip()
        if value in self.nodes:
            return value
        ids = self.by_label.get(value) or self.by_folded.get(value.casefold(), [])
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            raise CellError(translate("Spreadsheets", "{column} {value} names {count} elements; use an ID").format(
                column=side, value=repr(value), count=len(ids)))
        if not value:
            raise CellError(translate("Spreadsheets", "{column} is empty").format(column=side))
        raise CellError(translate("Spreadsheets", "{column} {value} is not the ID or Label of any element").format(
            column=side, value=repr(value)))

    def ids(self, text: str, side: str) -> list[str]:
        whole = text.strip()
        if whole in self.nodes or whole in self.by_label or "|" not in whole:
            return [self.one(whole, side)]
        return [self.one(part, side) for part in split_values(whole)] or [self.one("", side)]


def _edges_of_row(row: _Row, ends: _Endpoints, taken: set[str], new_id, where: str, line: int,
                  problems: list[Problem]) -> list[Edge]:
    sources, targets = ends.ids(row["from"], "From"), ends.ids(row["to"], "To")
    label = row["label"].strip()
    type_text = row["type"] if row["type"].strip() or relation_word(label) is None else label
    relation = parse_relation(type_text)
    amount = parse_number(row["amount"], "Amount", exact=True)
    if amount is not None and amount < 0:
        raise CellError(translate("Spreadsheets", "Amount must be at least 0"))
    period, agreement = parse_period(row["period"]), parse_agreement(row["agreement"])
    ident = row["id"].strip()
    if ident and ident in taken:
        raise CellError(translate("Spreadsheets", "the ID {id} is already used").format(id=repr(ident)))
    notes = row["notes"]
    label = label if relation_word(label) is None else ""  # Kumu's label: the link's own
    pairs = [(s, t) for s in sources for t in targets]
    if len(pairs) > MAX_LINKS_PER_ROW:
        raise CellError(translate(
            "Spreadsheets", "the row makes {count} links; at most {limit} are imported from one row").format(
            count=len(pairs), limit=MAX_LINKS_PER_ROW))
    if parse_direction(row["direction"]) == "mutual":
        if relation is Relation.INFLUENCES:
            pairs += [(t, s) for s, t in pairs if (t, s) not in pairs]
        else:
            problems.append(Problem(where, line, translate(
                "Spreadsheets", "the Direction {value} is not kept: '{relation}' goes one way, so it is imported From -> To"
            ).format(value=repr(row["direction"].strip()), relation=relation.label)))
    edges = []
    for source, target in pairs:
        edge_id = ident if ident and not edges else new_id("e")
        edges.append(Edge(edge_id, source, target, relation, amount=amount, period=period,
                          agreement=agreement, notes=notes or None, label=label or None))
        taken.add(edge_id)
    return edges


def _edges(table: Table, nodes: dict[str, Node], reserved: set[str], problems: list[Problem]) -> list[Edge]:
    fields = _fields(table, CONNECTION_FIELDS)
    if not {"from", "to"} <= fields.keys() or ("type" not in fields and "label" not in fields):
        problems.append(Problem(table.where, 1, translate(
            "Spreadsheets", "the first line must name the columns From, To and Type, so no connection is imported")))
        return []
    problems.extend(_unknown_columns(table, fields))
    rows = [(line, _Row(table, fields, cells)) for line, cells in table.rows]
    edge_reserved = {r["id"].strip() for _, r in rows} - {""}
    taken = set(nodes)
    new_id = _id_maker(taken, reserved, edge_reserved)
    ends = _Endpoints(nodes)
    edges: list[Edge] = []
    for line, row in rows:
        try:
            edges.extend(_edges_of_row(row, ends, taken, new_id, table.where, line, problems))
        except (CellError, ModelError, ValueError, ArithmeticError) as err:
            problems.append(Problem(table.where, line, str(err)))
    return edges


def _read(picked: Path) -> tuple[Table, Table | None, list[Problem], str | None]:
    """The elements and connections tables of what was picked, with the sheets left out."""
    if picked.suffix.lower() == ".xls":
        raise SpreadsheetError(translate(
            "Spreadsheets", "{path}: this is an old Excel file (.xls); save it as .xlsx or CSV first").format(path=picked))
    data = read_bytes(picked)
    if picked.suffix.lower() in WORKBOOK_SUFFIXES or data.startswith(WORKBOOK_MAGIC):
        from stakeholder_map.fileio.spreadsheet_xlsx import read_workbook

        elements, connections, problems = read_workbook(picked, data)
        if elements is None:
            raise SpreadsheetError(translate("Spreadsheets", "{path}: the workbook has no Elements sheet").format(
                path=picked))
        return elements, connections, problems, title_for(picked)
    elements_path, connections_file, role = find_pair(picked)
    if role == "connections" and connections_file is None:
        raise SpreadsheetError(translate(
            "Spreadsheets", "{name} holds connections; import the elements file next to it "
            "({elements}), which is not in the same folder").format(name=picked.name, elements=elements_name_for(picked)))
    elements = read_csv(elements_path, data if elements_path == picked else None)
    connections = read_csv(connections_file) if connections_file is not None else None
    return elements, connections, [], title_for(elements_path)


def import_spreadsheet(path: str | os.PathLike[str]) -> tuple[Map, list[Problem]]:
    """Read a CSV pair (either file picked) or an ``.xlsx`` workbook into a new map.

    Returns ``(map, problems)``: everything that will not come in, with its line. Raises
    ``SpreadsheetError`` (one line) when nothing can be read: no such file, not a regular
    file, too large, damaged, or no ``Label``/``ID`` column.
    """
    picked = Path(path)
    elements, connections, problems, title = _read(picked)
    fields = _fields(elements, ELEMENT_FIELDS)
    if "label" not in fields and "id" not in fields:
        columns = elements.columns
        if ("from" in columns or "source" in columns) and ("to" in columns or "target" in columns):
            raise SpreadsheetError(translate(
                "Spreadsheets", "{name} holds connections; import the elements file "
                "(or the workbook's Elements sheet) instead").format(name=elements.where))
        raise SpreadsheetError(translate(
            "Spreadsheets", "{name}: the first line must name the columns, with at least Label and Type").format(
            name=elements.where))
    problems.extend(elements.problems)
    problems.extend(_unknown_columns(elements, fields))
    nodes, reserved = _nodes(elements, problems)
    edges: list[Edge] = []
    if connections is not None:
        problems.extend(connections.problems)
        edges = _edges(connections, nodes, reserved, problems)
    result = Map(title)
    result.add(nodes.values(), edges)
    order = {name: i for i, name in enumerate(dict.fromkeys(p.file for p in problems))}
    problems.sort(key=lambda p: (order[p.file], p.line))
    return result, problems
