"""Hostile input for the spreadsheet import: thousands of arbitrary files, only its own error.

Each case writes a pair of files (elements and connections) with arbitrary bytes, or with a
valid header followed by arbitrary text, and imports them. The import must either return a
valid map with line-numbered problems, or refuse with one ``SpreadsheetError`` line.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stakeholder_map.fileio.spreadsheet import SpreadsheetError, import_spreadsheet

FUZZ = settings(max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))
_FOLDER = Path(tempfile.mkdtemp(prefix="csv-fuzz-"))

ELEMENTS_HEADER = b"Label,Type,Description,ID,X,Y\n"
CONNECTIONS_HEADER = b"From,To,Type,Amount,Period,Agreement\n"


def _import(elements: bytes, connections: bytes):
    (_FOLDER / "f.csv").write_bytes(elements)
    (_FOLDER / "f-connections.csv").write_bytes(connections)
    try:
        m, problems = import_spreadsheet(_FOLDER / "f.csv")
    except SpreadsheetError as err:
        assert str(err) and "\n" not in str(err)
        return None
    for _file, line, message in problems:
        assert isinstance(line, int) and line >= 1 and message
    for edge in m.edges.values():
        assert edge.source in m.nodes and edge.target in m.nodes
    return m


@FUZZ
@given(st.binary(max_size=300), st.binary(max_size=300))
def test_arbitrary_bytes_only_raise_the_import_error(elements, connections):
    _import(elements, connections)


@FUZZ
@given(st.text(max_size=300), st.text(max_size=300))
def test_arbitrary_rows_under_valid_headers_only_raise_the_import_error(elements, connections):
    _import(ELEMENTS_HEADER + elements.encode("utf-8", "surrogatepass"),
            CONNECTIONS_HEADER + connections.encode("utf-8", "surrogatepass"))
