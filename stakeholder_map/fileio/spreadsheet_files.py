"""Finding and reading the files of a spreadsheet import: a CSV pair or one workbook.

A pair goes by the names people have, and either file may be picked:

- ``map.csv`` + ``map-connections.csv`` (what this program exports);
- Kumu's ``Elements.csv`` + ``Connections.csv``;
- Google Sheets' downloads ``Deal - Elements.csv`` + ``Deal - Connections.csv``.

Every file is read with the same care as a map file: only regular files (a folder, a FIFO or
a device such as ``/dev/zero`` is refused before it is opened), at most ``MAX_BYTES``, and
any reading failure becomes one ``SpreadsheetError`` line. A CSV cell may be as long as the
file; a line the csv module still cannot read is listed, and the lines after it are read.

>>> base_and_role("Deal - Elements")
('Deal', 'elements')
>>> base_and_role("map-connections"), base_and_role("map")
(('map', 'connections'), ('map', None))
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, NamedTuple

from stakeholder_map.fileio.spreadsheet_cells import word
from stakeholder_map.texts import format_number, translate

MAX_BYTES = 50 * 1024 * 1024  # like a map file
MAX_CELL = MAX_BYTES  # a cell may be as long as the file
CONNECTIONS_SUFFIX = "-connections"
_ROLE = re.compile(r"^(?:(?P<base>.*?)(?P<sep>[\s_\-]+))?(?P<role>elements|connections)$", re.IGNORECASE)
WORKBOOK_MAGIC = b"PK\x03\x04"
OLD_EXCEL_MAGIC = b"\xd0\xcf\x11\xe0"


class SpreadsheetError(ValueError):
    """The spreadsheet cannot be imported at all; ``str(err)`` is one line."""


class Problem(NamedTuple):
    """Something that will not come in: the file (or ``book.xlsx, sheet Elements``), the line
    (the sheet's row number in a workbook; 1 is the header) and what is wrong."""

    file: str
    line: int
    message: str


@dataclass
class Table:
    """One sheet of cells: the header's columns by normalised name, then numbered rows."""

    where: str
    header: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    neutralised: bool = True  # CSV cells may carry the leading ' that export adds

    @property
    def columns(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for i, name in enumerate(self.header):
            found.setdefault(word(name), i)
        return found


# -- naming of the pair ----------------------------------------------------------------------
def base_and_role(stem: str) -> tuple[str, str | None]:
    """A file stem split into the pair's base name and ``elements``/``connections`` (or None)."""
    if stem.lower().endswith(CONNECTIONS_SUFFIX):
        return stem[: -len(CONNECTIONS_SUFFIX)], "connections"
    match = _ROLE.match(stem)
    if match:
        return match.group("base") or "", match.group("role").lower()
    return stem, None


def _sibling(folder: Path, stems: list[str], suffix: str) -> Path | None:
    """The first existing file of ``folder`` named ``stem + suffix``, compared ignoring case."""
    wanted = [(s + suffix).lower() for s in stems]
    try:
        names = {p.name.lower(): p for p in folder.iterdir()}
    except OSError:
        return None
    for name in wanted:
        if name in names:
            return names[name]
    return None


def _swap(stem: str, role: str) -> str:
    """``Deal - Elements`` -> ``Deal - Connections`` keeping the separator and the case."""
    match = _ROLE.match(stem)
    other = "connections" if role == "elements" else "elements"
    written = match.group("role")
    if written.isupper():
        other = other.upper()
    elif written[:1].isupper():
        other = other.capitalize()
    return (match.group("base") or "") + (match.group("sep") or "") + other


def connections_path(elements_path: str | os.PathLike[str]) -> Path:
    """The connections file this program writes next to ``map.csv``: ``map-connections.csv``."""
    p = Path(elements_path)
    return p.with_name(p.stem + CONNECTIONS_SUFFIX + p.suffix)


def find_pair(picked: str | os.PathLike[str]) -> tuple[Path, Path | None, str | None]:
    """``(elements, connections or None, role of the picked file)`` for either file picked.

    The role is ``"connections"`` when the picked file is named as a connections file; when
    its elements partner is missing, ``elements`` is the picked file itself.
    """
    p = Path(picked)
    folder, suffix = p.parent, p.suffix
    base, role = base_and_role(p.stem)
    if role == "connections":
        stems = [base] if p.stem.lower().endswith(CONNECTIONS_SUFFIX) else [_swap(p.stem, role)]
        partner = _sibling(folder, stems, suffix)
        return (partner, p, role) if partner is not None else (p, None, role)
    if role == "elements":
        return p, _sibling(folder, [_swap(p.stem, role)], suffix), role
    stems = [p.stem + CONNECTIONS_SUFFIX, p.stem + " - Connections", p.stem + "_connections"]
    return p, _sibling(folder, stems, suffix), None


def elements_name_for(connections: Path) -> str:
    """The file name the elements partner of a connections file would have.

    >>> elements_name_for(Path("Deal - Connections.csv")), elements_name_for(Path("map-connections.csv"))
    ('Deal - Elements.csv', 'map.csv')
    """
    if connections.stem.lower().endswith(CONNECTIONS_SUFFIX):
        return connections.stem[: -len(CONNECTIONS_SUFFIX)] + connections.suffix
    return _swap(connections.stem, "connections") + connections.suffix


def title_for(path: Path) -> str | None:
    """The map title a pair or workbook gives: its base name (``Deal - Elements`` -> ``Deal``)."""
    base, _ = base_and_role(path.stem)
    base = base.strip(" -_")
    return base or None


# -- reading ------------------------------------------------------------------------------------
def read_bytes(path: Path) -> bytes:
    """The file's bytes; refuses folders, FIFOs, devices and files over ``MAX_BYTES``."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise SpreadsheetError(translate("Spreadsheets", "{path}: there is no such file").format(path=path)) from None
    except OSError as err:
        raise SpreadsheetError(_unreadable(path, err)) from None
    if stat.S_ISDIR(info.st_mode):
        raise SpreadsheetError(translate("Spreadsheets", "{path}: this is a folder, not a spreadsheet").format(path=path))
    if not stat.S_ISREG(info.st_mode):
        raise SpreadsheetError(translate(
            "Spreadsheets", "{path}: this is not a regular file, so it is not imported").format(path=path))
    if info.st_size > MAX_BYTES:
        raise SpreadsheetError(translate(
            "Spreadsheets", "{path}: the file is {size} MB; spreadsheets larger than {limit} MB are not imported"
        ).format(path=path, size=format_number(info.st_size / 1048576, 1), limit=MAX_BYTES // 1048576))
    try:
        # O_NONBLOCK: should the file have turned into a FIFO since the check, never wait on it
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as err:
        raise SpreadsheetError(_unreadable(path, err)) from None
    if len(data) > MAX_BYTES:
        raise SpreadsheetError(translate("Spreadsheets", "{path}: the file grew past {limit} MB while it was read").format(
            path=path, limit=MAX_BYTES // 1048576))
    return data


def _unreadable(path: Path, err: OSError) -> str:
    return translate("Spreadsheets", "{path}: the file cannot be read ({reason})").format(
        path=path, reason=err.strerror or err)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel on Windows saves "CSV" in the ANSI code page.
        return data.decode("cp1252", errors="replace")


@contextlib.contextmanager
def _long_cells() -> Iterator[None]:
    """Let a cell be as long as the file (the csv module stops at 131,072 characters)."""
    before = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL)
    try:
        yield
    finally:
        csv.field_size_limit(before)


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(header, delimiters=",;\t").delimiter
    except csv.Error:
        return ";" if header.count(";") > header.count(",") else ","


def csv_table(text: str, where: str) -> Table:
    """The rows of a CSV text, each with the line it starts on; blank rows are skipped.

    A row the csv module cannot read becomes a problem and reading goes on after it.
    """
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    table = Table(where, [])
    first = True
    with _long_cells():
        while True:
            line = reader.line_num + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as err:
                table.problems.append(Problem(where, line, translate(
                    "Spreadsheets", "this line cannot be read as CSV ({reason})").format(reason=err)))
                continue
            if first:
                table.header, first = [c.strip() for c in row], False
            elif any(cell.strip() for cell in row):
                table.rows.append((line, row))
    return table


def read_csv(path: Path, data: bytes | None = None) -> Table:
    """The table of a CSV file (``data``: its bytes, when already read with ``read_bytes``)."""
    if data is None:
        data = read_bytes(path)
    if data.startswith(WORKBOOK_MAGIC) or data.startswith(OLD_EXCEL_MAGIC):
        raise SpreadsheetError(translate(
            "Spreadsheets", "{path}: this is an Excel workbook, not CSV text; name it .xlsx").format(path=path))
    return csv_table(_decode(data), path.name)
