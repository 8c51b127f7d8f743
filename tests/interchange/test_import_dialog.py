"""File > Import Spreadsheet… in the real window: problems listed, the rest imported, laid out."""

from __future__ import annotations

from stakeholder_map.fileio.spreadsheet import connections_path, spreadsheet_bytes
from stakeholder_map.ui.import_dialog import MAX_LISTED, describe_problems, import_with_dialog
from tests.render.window_fixtures import Button, answers, sample_map, window  # noqa: F401


def write(path, text):
    path.write_text(text, encoding="utf-8")


def test_clean_pair_opens_as_a_modified_untitled_map(window, answers, tmp_path):
    m = sample_map()
    elements, connections = spreadsheet_bytes(m)
    (tmp_path / "chat.csv").write_bytes(elements)
    connections_path(tmp_path / "chat.csv").write_bytes(connections)
    answers.open_path = str(tmp_path / "chat.csv")
    assert import_with_dialog(window) is True
    assert window.file_path is None and not window.editor.undo_stack.isClean()
    assert window.map.nodes == m.nodes and window.map.edges == m.edges
    assert window.map.title == "chat"
    assert answers.of("question") == []
    assert window.settings().value("import/folder") == str(tmp_path)


def test_rows_without_positions_are_laid_out(window, answers, tmp_path):
    write(tmp_path / "k.csv", "Label,Type\nApp,Product\nAnn,End user\nBen,Buyer\n")
    write(tmp_path / "k-connections.csv", "From,To,Type\nAnn,App,uses\nBen,App,pays for\n")
    answers.open_path = str(tmp_path / "k.csv")
    assert import_with_dialog(window)
    positions = [n.position for n in window.map.nodes.values()]
    assert all(p is not None for p in positions) and len(set(positions)) == 3
    assert len(window.map.edges) == 2


def test_problems_are_listed_with_line_numbers_and_the_rest_imported_on_yes(window, answers, tmp_path):
    write(tmp_path / "b.csv", "Label,Type\nApp,product\nGhost,wizard\nAnn,end user\n")
    write(tmp_path / "b-connections.csv", "From,To,Type\nAnn,App,uses\nAnn,Nobody,uses\n")
    answers.open_path = str(tmp_path / "b.csv")
    answers.question = Button.Yes
    assert import_with_dialog(window)
    (_, _, text), = answers.of("question")
    assert "b.csv, line 3:" in text and "wizard" in text
    assert "b-connections.csv, line 3:" in text and "Nobody" in text
    assert "Import the rest (2 stakeholders and 1 link)?" in text
    assert sorted(n.name for n in window.map.nodes.values()) == ["Ann", "App"]


def test_no_keeps_the_current_map(window, answers, tmp_path):
    before = window.map
    write(tmp_path / "b.csv", "Label,Type\nApp,product\nGhost,wizard\n")
    answers.open_path = str(tmp_path / "b.csv")
    answers.question = Button.No
    assert import_with_dialog(window) is False
    assert window.map is before


def test_nothing_usable_is_a_warning(window, answers, tmp_path):
    before = window.map
    write(tmp_path / "n.csv", "Label,Type\nGhost,wizard\n")
    answers.open_path = str(tmp_path / "n.csv")
    assert import_with_dialog(window) is False
    (_, title, text), = answers.of("warning")
    assert "line 2" in text and window.map is before


def test_unreadable_file_is_a_warning(window, answers, tmp_path):
    write(tmp_path / "x.csv", "Colour,Size\nred,3\n")
    answers.open_path = str(tmp_path / "x.csv")
    assert import_with_dialog(window) is False
    (_, title, text), = answers.of("warning")
    assert title == "Import failed" and "Label" in text


def test_cancelled_file_dialog_changes_nothing(window, answers):
    before = window.map
    answers.open_path = ""
    assert import_with_dialog(window) is False and window.map is before


def test_unsaved_changes_are_offered_first_and_cancel_stops(window, answers, tmp_path):
    window.editor.rename("chat", "Chat 2")
    assert not window.editor.undo_stack.isClean()
    answers.unsaved = Button.Cancel
    assert import_with_dialog(window) is False
    assert answers.of("open") == []
    assert [c[1] for c in answers.of("warning")] == ["Unsaved changes"]


def test_long_problem_lists_are_cut_but_name_every_line():
    problems = [("f.csv", i, "bad") for i in range(2, 40)] + [("f-connections.csv", 7, "bad"),
                                                               ("f-connections.csv", 9, "bad")]
    text = describe_problems(problems)
    assert text.count("\n") == MAX_LISTED
    assert text.endswith(f"and {len(problems) - MAX_LISTED} more: f.csv, lines {2 + MAX_LISTED}-39; "
                         "f-connections.csv, lines 7, 9")


def test_a_workbook_is_offered_and_imported(window, answers, tmp_path):
    from stakeholder_map.fileio.spreadsheet import write_xlsx

    m = sample_map()
    write_xlsx(m, tmp_path / "deal.xlsx")
    answers.open_path = str(tmp_path / "deal.xlsx")
    assert import_with_dialog(window) is True
    (_, _, _, filters), = answers.of("open")
    assert "*.xlsx" in filters.split(";;")[0] and "*.csv" in filters.split(";;")[0]
    assert window.map.nodes == m.nodes and window.map.edges == m.edges and window.map.title == "deal"


def test_a_fifo_is_refused_with_a_message_and_no_hang(window, answers, tmp_path):
    import os

    import pytest

    if not hasattr(os, "mkfifo"):
        pytest.skip("needs FIFOs")
    before = window.map
    os.mkfifo(tmp_path / "pipe.csv")
    answers.open_path = str(tmp_path / "pipe.csv")
    assert import_with_dialog(window) is False
    (_, title, text), = answers.of("warning")
    assert title == "Import failed" and "not a regular file" in text and window.map is before
