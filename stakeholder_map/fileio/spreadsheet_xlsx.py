"""The map as an Excel workbook (``.xlsx``): an *Elements* and a *Connections* sheet.

openpyxl is imported only when a workbook is read or written, so the command line's
``analyze`` stays light. A workbook is read with the same care as a map file: at most
``MAX_BYTES`` on disk and ``MAX_UNPACKED`` once unpacked (a zip bomb is refused before it
is opened), and a damaged or old-format (``.xls``) file is one ``SpreadsheetError`` line.
"""

from __future__ import annotations

import datetime
import io
import os
import re
import zipfile
from pathlib import Path
from typing import IO, Any, Iterable

from stakeholder_map.fileio.atomic import write_file
from stakeholder_map.fileio.spreadsheet_cells import word
from stakeholder_map.texts import format_number, translate
from stakeholder_map.fileio.spreadsheet_files import (
    MAX_BYTES,
    OLD_EXCEL_MAGIC,
    Problem,
    SpreadsheetError,
    Table,
    read_bytes,
)

MAX_UNPACKED = 4 * MAX_BYTES
ELEMENT_SHEETS = {"elements", "element", "nodes", "stakeholders", "people"}
CONNECTION_SHEETS = {"connections", "connection", "links", "edges", "relations", "relationships"}
# What an XML 1.0 document (and so an .xlsx) cannot hold.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _text(value: Any) -> str:
    """A cell's value as the text the CSV import reads."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)
    if isinstance(value, (datetime.datetime, datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def _check_archive(data: bytes, path: Path) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            # Any zip (an .ods, a .docx, an archive renamed) opens; a workbook has this part.
            is_workbook = "[Content_Types].xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise SpreadsheetError(_not_a_workbook(path)) from None
    if unpacked > MAX_UNPACKED:
        raise SpreadsheetError(translate(
            "Spreadsheets",
            "{path}: the workbook unpacks to {size} MB; workbooks larger than {limit} MB unpacked are not imported",
        ).format(path=path, size=format_number(unpacked / 1048576), limit=MAX_UNPACKED // 1048576))
    if not is_workbook:
        raise SpreadsheetError(_not_a_workbook(path))


def _not_a_workbook(path: Path) -> str:
    return translate("Spreadsheets", "{path}: this is not an Excel workbook (.xlsx), or it is damaged").format(
        path=path)


def _sheet_table(sheet, where: str) -> Table:
    table = Table(where, [], neutralised=False)
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        row = [_text(v) for v in values]
        if number == 1:
            table.header = [c.strip() for c in row]
        elif any(cell.strip() for cell in row):
            table.rows.append((number, row))
    return table


def read_workbook(path: Path, data: bytes | None = None) -> tuple[Table | None, Table | None, list[Problem]]:
    """``(elements, connections, problems)`` of a workbook (``data``: its bytes, when already
    read); the problems name the sheets that are not imported. ``elements`` is None when no
    sheet looks like one."""
    if data is None:
        data = read_bytes(path)
    if data.startswith(OLD_EXCEL_MAGIC):
        raise SpreadsheetError(translate(
            "Spreadsheets", "{path}: this is an old Excel file (.xls); save it as .xlsx or CSV first").format(path=path))
    _check_archive(data, path)
    try:
        import openpyxl
    except ImportError:  # pragma: no cover - a dependency of the package
        raise SpreadsheetError(translate(
            "Spreadsheets", "reading .xlsx needs the openpyxl package; install it first")) from None
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            return _tables(book, path.name)
        finally:
            book.close()
    except SpreadsheetError:
        raise
    except Exception as err:  # openpyxl raises many kinds on a damaged file
        raise SpreadsheetError(translate("Spreadsheets", "{path}: this workbook cannot be read ({reason})").format(
            path=path, reason=f"{type(err).__name__}: {err}")) from None


def _tables(book, name: str) -> tuple[Table | None, Table | None, list[Problem]]:
    sheets = list(book.worksheets)
    for sheet in sheets:
        # A sheet states its own size (A1:XFD1048576 is allowed); trusting it would pad every
        # row to 16,384 cells. Only the cells the sheet really holds are read.
        sheet.reset_dimensions()
    by_word = {word(s.title): s for s in reversed(sheets)}
    elements = next((by_word[w] for w in ELEMENT_SHEETS if w in by_word), None)
    connections = next((by_word[w] for w in CONNECTION_SHEETS if w in by_word), None)
    if elements is None and sheets and sheets[0] is not connections:
        elements = sheets[0]
    problems: list[Problem] = []
    for sheet in sheets:
        if sheet is elements or sheet is connections:
            continue
        if any(v is not None for row in sheet.iter_rows(values_only=True) for v in row):
            problems.append(Problem(_sheet_name(name, sheet.title), 1, translate(
                "Spreadsheets", "this sheet is not imported (only Elements and Connections are)")))
    found = [None if s is None else _sheet_table(s, _sheet_name(name, s.title))
             for s in (elements, connections)]
    return found[0], found[1], problems


def _sheet_name(book: str, sheet: str) -> str:
    return translate("Spreadsheets", "{book}, sheet {sheet}").format(book=book, sheet=sheet)


# -- writing ----------------------------------------------------------------------------------
MAX_CELL = 32_767  # characters in one cell: Excel's limit (a longer text is cut off when written)


class CellTooLongError(ValueError):
    """A text longer than a workbook cell holds: refused rather than cut off without a word."""


def _check_lengths(sheets: list[tuple[str, list[list[Any]]]]) -> None:
    for title, rows in sheets:
        for number, row in enumerate(rows, start=1):
            longest = max((len(v) for v in row if isinstance(v, str)), default=0)
            if longest > MAX_CELL:
                raise CellTooLongError(translate(
                    "Spreadsheets", "row {row} of the {sheet} sheet holds a text of {length} characters, and a "
                    "spreadsheet cell holds at most {limit}; export CSV or JSON to keep all of it").format(
                    row=number, sheet=title, length=format_number(longest), limit=format_number(MAX_CELL)))


def _cell_value(value: Any) -> Any:
    if isinstance(value, str):
        return _ILLEGAL.sub("", value)
    return value


def write_workbook(sheets: Iterable[tuple[str, Iterable[list[Any]]]],
                   destination: str | os.PathLike[str] | IO[bytes]) -> None:
    """Write one sheet per ``(title, rows)``; the first row of each is its bold header.

    Text is always stored as text, never as a formula, so a name such as ``=SUM(A1)``
    shows as written and runs nothing. A text longer than a cell holds raises
    ``CellTooLongError`` (nothing is written).
    """
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    sheets = [(title, [list(row) for row in rows]) for title, rows in sheets]
    _check_lengths(sheets)  # before openpyxl starts: it would cut such a text off
    book = openpyxl.Workbook(write_only=True)
    bold = Font(bold=True)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        sheet.freeze_panes = "A2"
        for number, row in enumerate(rows):
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=_cell_value(value))
                if isinstance(value, str):
                    cell.data_type = "s"  # "=..." would otherwise become a formula
                if number == 0:
                    cell.font = bold
                cells.append(cell)
            sheet.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    if isinstance(destination, (str, os.PathLike)):
        write_file(Path(destination), buffer.getvalue())
    else:
        destination.write(buffer.getvalue())
