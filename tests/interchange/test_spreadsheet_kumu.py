"""Spreadsheets as product managers keep them: Kumu's and Google Sheets' CSV pairs, .xlsx
workbooks, multi-value cells, and one list of everything that does not come in."""

from __future__ import annotations

import openpyxl
import pytest

from stakeholder_map.fileio.spreadsheet import import_spreadsheet, sheet_rows, write_xlsx
from stakeholder_map.fileio.spreadsheet_files import SpreadsheetError, find_pair
from stakeholder_map.model import Kind, Map, Relation
from tests.interchange.test_spreadsheet_csv import comparable, sample_map

KUMU_ELEMENTS = (
    "Label,Type,Description,Tags\n"
    "Expense app,Product,Files expenses,core\n"
    "Acme Corp,Organization,,customer|enterprise\n"
    "Cara CIO,Decision Maker,Signs the deal,exec | budget\n"
    "Field staff,End user,,\n"
    "Finance team,decision-maker,,\n"
)
KUMU_CONNECTIONS = (
    "From,To,Type,Direction,Label\n"
    "Acme Corp,Expense app,Pays for,directed,\n"
    "Cara CIO|Finance team,Expense app,Decides on,directed,\n"
    "Field staff,Expense app,uses,,files weekly\n"
    "Cara CIO,Acme Corp,Member Of,,\n"
    "Field staff,Finance team,Influences,mutual,\n"
)


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def summary(m: Map) -> tuple[dict[str, Kind], list[tuple[str, str, str]]]:
    names = {n.id: n.name for n in m.nodes.values()}
    return ({n.name: n.kind for n in m.nodes.values()},
            sorted((names[e.source], e.relation.value, names[e.target]) for e in m.edges.values()))


EXPECTED_KINDS = {"Expense app": Kind.PRODUCT, "Acme Corp": Kind.COMPANY, "Cara CIO": Kind.DECISION_MAKER,
                  "Field staff": Kind.END_USER, "Finance team": Kind.DECISION_MAKER}
EXPECTED_TAGS = {"Expense app": ("core",), "Acme Corp": ("customer", "enterprise"),
                 "Cara CIO": ("exec", "budget"), "Field staff": (), "Finance team": ()}


def tags_of(m: Map) -> dict[str, tuple[str, ...]]:
    return {n.name: n.tags for n in m.nodes.values()}


EXPECTED_LINKS = sorted([
    ("Acme Corp", "pays", "Expense app"), ("Cara CIO", "decides", "Expense app"),
    ("Finance team", "decides", "Expense app"), ("Field staff", "uses", "Expense app"),
    ("Cara CIO", "member_of", "Acme Corp"), ("Field staff", "influences", "Finance team"),
    ("Finance team", "influences", "Field staff"),
])


@pytest.mark.parametrize("elements,connections,pick", [
    ("Elements.csv", "Connections.csv", "Elements.csv"),
    ("Elements.csv", "Connections.csv", "Connections.csv"),
    ("Expenses - Elements.csv", "Expenses - Connections.csv", "Expenses - Elements.csv"),
    ("Expenses - Elements.csv", "Expenses - Connections.csv", "Expenses - Connections.csv"),
    ("expenses.csv", "expenses-connections.csv", "expenses-connections.csv"),
    ("elements.CSV", "connections.CSV", "connections.CSV"),
])
def test_kumu_and_google_sheets_pairs_import_with_nodes_links_and_tags(tmp_path, elements, connections, pick):
    write(tmp_path / elements, KUMU_ELEMENTS)
    write(tmp_path / connections, KUMU_CONNECTIONS)
    m, problems = import_spreadsheet(tmp_path / pick)
    assert problems == []
    kinds, links = summary(m)
    assert kinds == EXPECTED_KINDS and links == EXPECTED_LINKS
    assert tags_of(m) == EXPECTED_TAGS
    uses = next(e for e in m.edges.values() if e.relation is Relation.USES)
    assert uses.label == "files weekly" and uses.notes is None  # Kumu's connection label is the link's label
    assert m.title == ("Expenses" if "Expenses" in elements else "expenses" if "expenses" in elements else None)


def test_a_google_sheets_workbook_download_is_read_as_is(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Elements"
    for line in KUMU_ELEMENTS.splitlines():
        book.active.append(line.split(","))
    sheet = book.create_sheet("Connections")
    for line in KUMU_CONNECTIONS.splitlines():
        sheet.append(line.split(","))
    notes = book.create_sheet("Notes")
    notes.append(["kept for the team"])
    book.save(tmp_path / "Expenses.xlsx")
    m, problems = import_spreadsheet(tmp_path / "Expenses.xlsx")
    kinds, links = summary(m)
    assert kinds == EXPECTED_KINDS and links == EXPECTED_LINKS and m.title == "Expenses"
    assert tags_of(m) == EXPECTED_TAGS
    assert problems == [("Expenses.xlsx, sheet Notes", 1,
                         "this sheet is not imported (only Elements and Connections are)")]


def test_workbook_round_trip_keeps_everything_but_the_title(tmp_path):
    m = sample_map()
    write_xlsx(m, tmp_path / "deal.xlsx")
    book = openpyxl.load_workbook(tmp_path / "deal.xlsx")
    assert book.sheetnames == ["Elements", "Connections"]
    header = [c.value for c in book["Elements"][1]]
    assert header[:4] == ["Label", "Type", "Description", "Tags"]
    assert [c.value for c in book["Connections"][1]][:5] == ["From", "To", "Type", "Direction", "Label"]
    # a formula-like name is stored as text, never as a formula
    cmo = next(r for r in book["Elements"].iter_rows(min_row=2) if r[4].value == "cmo")
    assert cmo[0].value == '=HYPERLINK("http://x")' and cmo[0].data_type == "s"
    ads = next(r for r in book["Elements"].iter_rows(min_row=2) if r[4].value == "ads")
    assert ads[5].value == -200.5 and ads[5].data_type == "n"  # numbers stay numbers
    back, problems = import_spreadsheet(tmp_path / "deal.xlsx")
    assert problems == [] and back == comparable(m, "deal")


def test_type_words_any_case_and_separator(tmp_path):
    words = ["Decision Maker", "decision-maker", "DECISION_MAKER", "End user", "end-users", "Companies",
             "organisation", "Product"]
    rows = "".join(f"N{i},{w}\n" for i, w in enumerate(words))
    write(tmp_path / "w.csv", "Label,Type\n" + rows)
    write(tmp_path / "w-connections.csv", "From,To,Type\nN0,N5,Member Of\nN3,N7,USES\nN1,N7,decides_on\n")
    m, problems = import_spreadsheet(tmp_path / "w.csv")
    assert problems == []
    assert [n.kind for n in m.nodes.values()] == [Kind.DECISION_MAKER] * 3 + [Kind.END_USER] * 2 + [
        Kind.COMPANY] * 2 + [Kind.PRODUCT]
    assert sorted(e.relation.value for e in m.edges.values()) == ["decides", "member_of", "uses"]


def test_everything_that_does_not_come_in_is_listed_with_its_line(tmp_path):
    write(tmp_path / "Elements.csv", "Label,Type,Image,Colour,Tags\nApp,product,app.png,,\n"
          "Ghost,wizard,,red,\nAnn,End user,,,\n,,,,\nBen,buyer,,,\n")
    write(tmp_path / "Connections.csv", "From,To,Type,Direction,Weight\nAnn,App,uses,,3\n"
          "Ben,App,pays,mutual,\nAnn,Nobody,uses,,\nAnn|Ben,App,hugs,,\nBen,App,uses,sideways,\n")
    m, problems = import_spreadsheet(tmp_path / "Elements.csv")
    assert [(p.file, p.line) for p in problems] == [
        ("Elements.csv", 1), ("Elements.csv", 3),
        ("Connections.csv", 1), ("Connections.csv", 3), ("Connections.csv", 4), ("Connections.csv", 5),
        ("Connections.csv", 6),
    ]
    messages = [p.message for p in problems]
    assert "'Image', 'Colour'" in messages[0] and "not imported" in messages[0]
    assert "wizard" in messages[1]
    assert "'Weight'" in messages[2]
    assert "mutual" in messages[3] and "one way" in messages[3]
    assert "'Nobody'" in messages[4] and "'hugs'" in messages[5] and "'sideways'" in messages[6]
    assert sorted(n.name for n in m.nodes.values()) == ["Ann", "App", "Ben"]
    assert len(m.edges) == 2  # Ann uses App; Ben pays for App (one way)


def test_an_empty_unknown_column_loses_nothing_and_is_not_listed(tmp_path):
    write(tmp_path / "e.csv", "Label,Type,Image\nApp,product,\n")
    assert import_spreadsheet(tmp_path / "e.csv")[1] == []


def test_connection_type_may_come_from_kumus_label(tmp_path):
    write(tmp_path / "l.csv", "Label,Type\nApp,product\nAnn,person\n")
    write(tmp_path / "l-connections.csv", "From,To,Type,Label\nAnn,App,,pays for\n")
    m, problems = import_spreadsheet(tmp_path / "l.csv")
    assert problems == [] and [e.relation for e in m.edges.values()] == [Relation.PAYS]


def test_a_label_with_a_bar_is_one_element_not_a_list(tmp_path):
    write(tmp_path / "b.csv", "Label,Type\nApp,product\nR&D | Ops,company\nAnn,person\n")
    write(tmp_path / "b-connections.csv", "From,To,Type\nAnn,R&D | Ops,member of\n")
    m, problems = import_spreadsheet(tmp_path / "b.csv")
    assert problems == [] and len(m.edges) == 1


@pytest.mark.parametrize("name,partner", [
    ("map.csv", "map-connections.csv"), ("map-connections.csv", "map.csv"),
    ("Elements.csv", "Connections.csv"), ("Connections.csv", "Elements.csv"),
    ("Q3 plan - Elements.csv", "Q3 plan - Connections.csv"),
    ("Q3 plan - Connections.csv", "Q3 plan - Elements.csv"),
])
def test_either_file_finds_its_partner(tmp_path, name, partner):
    (tmp_path / name).write_text("x")
    (tmp_path / partner).write_text("x")
    elements, connections, _ = find_pair(tmp_path / name)
    assert {elements.name, connections.name} == {name, partner}
    assert "onnections" in connections.name


def test_a_kumu_connections_file_alone_names_its_elements_file(tmp_path):
    write(tmp_path / "Connections.csv", KUMU_CONNECTIONS)
    with pytest.raises(SpreadsheetError) as err:
        import_spreadsheet(tmp_path / "Connections.csv")
    assert "holds connections" in str(err.value) and "Elements.csv" in str(err.value)


def test_export_names_links_by_label_when_unambiguous():
    m = sample_map()
    m.add_node("dup1", Kind.PERSON, "Sam")
    m.add_node("dup2", Kind.PERSON, "Sam")
    m.connect("dup1", "dup2", Relation.INFLUENCES)
    _, connections = sheet_rows(m)
    rows = list(connections)[1:]
    assert [r[:2] for r in rows] == [["Advertisers", "Web search"], ["Searchers", "Web search"],
                                     ["cmo", "Advertisers"], ["dup1", "dup2"]]


def test_from_and_to_match_a_label_in_another_case_when_only_one_fits(tmp_path):
    write(tmp_path / "c.csv", "Label,Type\nExpense App,product\nAnn,person\nSam,person\nSAM,buyer\n")
    write(tmp_path / "c-connections.csv", "From,To,Type\nann ,expense app,uses\nSam,Expense App,uses\n")
    m, problems = import_spreadsheet(tmp_path / "c.csv")
    assert len(m.edges) == 2 and problems == []  # "Sam" is Sam exactly; "ann " is Ann
    write(tmp_path / "c-connections.csv", "From,To,Type\nsAm,Expense App,uses\n")
    m, problems = import_spreadsheet(tmp_path / "c.csv")
    assert not m.edges and "2 elements" in problems[0].message
