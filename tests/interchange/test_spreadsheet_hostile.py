"""Hostile spreadsheets get the same discipline as map files: size, file type, one-line errors."""

from __future__ import annotations

import os
import threading
import zipfile

import pytest

import stakeholder_map.fileio.spreadsheet_files as files
import stakeholder_map.fileio.spreadsheet_xlsx as workbooks
from stakeholder_map.fileio.spreadsheet import import_spreadsheet
from stakeholder_map.fileio.spreadsheet_files import SpreadsheetError


def one_line_refusal(path, *words):
    with pytest.raises(SpreadsheetError) as err:
        import_spreadsheet(path)
    text = str(err.value)
    assert "\n" not in text
    for word in words:
        assert word in text, text
    return text


def test_a_401_digit_headcount_is_listed_not_a_crash(tmp_path):
    (tmp_path / "h.csv").write_text("Label,Type,Headcount\nApp,product,\nCrowd,end user," + "9" * 401
                                    + "\nAnn,end user,12\n")
    m, problems = import_spreadsheet(tmp_path / "h.csv")
    assert [n.name for n in m.nodes.values()] == ["App", "Ann"]
    assert [(p.line, "Headcount" in p.message) for p in problems] == [(3, True)]


@pytest.mark.parametrize("cell", ["1e400", "-1e999", "12345678901234567890", "nan", "inf"])
def test_huge_or_not_finite_numbers_are_listed(tmp_path, cell):
    (tmp_path / "n.csv").write_text(f"Label,Type,X,Y\nA,person,{cell},1\nB,person,1,1\n")
    m, problems = import_spreadsheet(tmp_path / "n.csv")
    assert [n.name for n in m.nodes.values()] == ["B"] and [p.line for p in problems] == [2]


def test_a_fractional_headcount_is_listed(tmp_path):
    (tmp_path / "f.csv").write_text("Label,Type,Headcount\nA,person,2.5\nB,person,3.0\n")
    m, problems = import_spreadsheet(tmp_path / "f.csv")
    assert [n.headcount for n in m.nodes.values()] == [3] and [p.line for p in problems] == [2]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    done = threading.Event()
    result = {}

    def run():
        try:
            import_spreadsheet(fifo)
        except SpreadsheetError as err:
            result["error"] = str(err)
        done.set()

    threading.Thread(target=run, daemon=True).start()
    assert done.wait(5), "importing a FIFO hung"
    assert "not a regular file" in result["error"]


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_dev_zero_is_refused_at_once():
    one_line_refusal("/dev/zero", "not a regular file")


def test_a_folder_a_missing_file_and_a_too_large_file_are_refused(tmp_path, monkeypatch):
    one_line_refusal(tmp_path, "folder")
    one_line_refusal(tmp_path / "missing.csv", "no such file")
    (tmp_path / "big.csv").write_text("Label,Type\n" + "A,person\n" * 20)
    monkeypatch.setattr(files, "MAX_BYTES", 100)
    one_line_refusal(tmp_path / "big.csv", "MB", "not imported")


def test_a_too_large_connections_file_is_refused_too(tmp_path, monkeypatch):
    (tmp_path / "m.csv").write_text("Label,Type\nA,person\n")
    (tmp_path / "m-connections.csv").write_text("From,To,Type\n" + "A,A,influences\n" * 20)
    monkeypatch.setattr(files, "MAX_BYTES", 100)
    one_line_refusal(tmp_path / "m.csv", "m-connections.csv")


def test_damaged_and_old_workbooks_are_refused_in_one_line(tmp_path):
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    one_line_refusal(tmp_path / "broken.xlsx", "broken.xlsx")
    (tmp_path / "notes.xlsx").write_bytes(zipfile.ZipFile.__doc__.encode()[:10] + b"plain text")
    one_line_refusal(tmp_path / "notes.xlsx", "not an Excel workbook")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\0" * 100)
    one_line_refusal(tmp_path / "old.xls", ".xls", "save it as .xlsx")
    (tmp_path / "zipped.xlsx").write_bytes(_zip({"hello.txt": b"hi"}))
    one_line_refusal(tmp_path / "zipped.xlsx", "zipped.xlsx")


def test_a_workbook_that_unpacks_too_large_is_refused_before_it_is_opened(tmp_path, monkeypatch):
    monkeypatch.setattr(workbooks, "MAX_UNPACKED", 1000)
    (tmp_path / "bomb.xlsx").write_bytes(_zip({"xl/worksheets/sheet1.xml": b"<a/>" + b" " * 100_000}))
    one_line_refusal(tmp_path / "bomb.xlsx", "unpacks", "not imported")


def test_a_workbook_saved_as_csv_is_named_for_what_it_is(tmp_path):
    from stakeholder_map.fileio.spreadsheet import write_xlsx
    from tests.interchange.test_spreadsheet_csv import sample_map

    write_xlsx(sample_map(), tmp_path / "deal.xlsx")
    os.rename(tmp_path / "deal.xlsx", tmp_path / "deal.csv")
    m, problems = import_spreadsheet(tmp_path / "deal.csv")  # read as the workbook it is
    assert problems == [] and len(m.nodes) == 4


def _zip(entries: dict[str, bytes]) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_workbook_that_claims_the_largest_sheet_is_read_by_its_real_cells(tmp_path):
    """A sheet may state its size as A1:XFD1048576; padding every row to 16,384 cells hung."""
    import re

    import openpyxl

    from stakeholder_map.fileio.spreadsheet_xlsx import read_workbook

    book = openpyxl.Workbook()
    book.active.title = "Elements"
    for row in (["Label", "Type"], ["App", "product"], ["Ann", "person"]):
        book.active.append(row)
    book.save(tmp_path / "plain.xlsx")
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as plain:
        parts = {n: plain.read(n) for n in plain.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', parts[sheet])
    (tmp_path / "forged.xlsx").write_bytes(_zip(parts))
    elements, _, problems = read_workbook(tmp_path / "forged.xlsx")
    assert [len(cells) for _, cells in elements.rows] == [2, 2] and problems == []
    m, problems = import_spreadsheet(tmp_path / "forged.xlsx")
    assert [n.name for n in m.nodes.values()] == ["App", "Ann"] and problems == []


@pytest.mark.parametrize("inside", ["hello.txt", "mimetype"])
def test_a_zip_that_is_not_a_workbook_is_named_so_without_a_python_error(tmp_path, inside):
    """An archive renamed .xlsx (or an OpenDocument sheet): the plain reason, not 'KeyError'."""
    with zipfile.ZipFile(tmp_path / "s.xlsx", "w") as archive:
        archive.writestr(inside, "application/vnd.oasis.opendocument.spreadsheet")
    text = one_line_refusal(tmp_path / "s.xlsx", "not an Excel workbook")
    assert "Error" not in text and "[Content_Types]" not in text


def test_a_second_column_of_the_same_name_is_listed_as_such(tmp_path):
    (tmp_path / "d.csv").write_text("Label,Type,Label\nApp,product,Other name\n")
    m, problems = import_spreadsheet(tmp_path / "d.csv")
    assert [n.name for n in m.nodes.values()] == ["App"]
    assert [p.line for p in problems] == [1]
    assert "second column named 'Label'" in problems[0].message
    assert "not a column this program knows" not in problems[0].message
