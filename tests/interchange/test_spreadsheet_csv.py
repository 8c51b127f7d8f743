"""The CSV pair: round trip, friendly words, formula neutralising and line-numbered problems."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stakeholder_map.fileio.spreadsheet import (
    SpreadsheetError,
    connections_path,
    import_spreadsheet,
    neutralise,
    restore,
    spreadsheet_bytes,
)
from stakeholder_map.fileio.spreadsheet_cells import split_values
from stakeholder_map.model import Agreement, Kind, Map, Period, Relation
from tests.strategies import maps


def write_pair(folder, m: Map, stem: str = "map"):
    elements, connections = spreadsheet_bytes(m)
    path = folder / f"{stem}.csv"
    path.write_bytes(elements)
    connections_path(path).write_bytes(connections)
    return path


def comparable(m: Map, title: str) -> Map:
    """What the pair keeps: no title (the file name instead), no currency, no extra, empty
    notes = none, tags as a ``|`` list (trimmed, without repeats)."""
    out = Map(title)
    out.add(
        [n.with_(notes=n.notes or None, tags=tuple(split_values("|".join(n.tags))), extra={})
         for n in m.nodes.values()],
        [e.with_(notes=e.notes or None, extra={}) for e in m.edges.values()],
    )
    return out


def sample_map() -> Map:
    m = Map("Search")
    m.add_node("search", Kind.PRODUCT, "Web search", x=0, y=0)
    m.add_node("ads", Kind.COMPANY, "Advertisers", x=-200.5, y=30, notes="pay per click", internal=False,
               tags=("enterprise", "EMEA"))
    m.add_node("people", Kind.END_USER, "Searchers", x=200, y=0, headcount=1_000_000)
    m.add_node("cmo", Kind.DECISION_MAKER, "=HYPERLINK(\"http://x\")", x=-300, y=100)
    m.connect("ads", "search", Relation.PAYS, amount=1200, period="monthly", agreement="contract")
    m.connect("people", "search", Relation.USES, notes="+daily")
    m.connect("cmo", "ads", Relation.MEMBER_OF)
    return m


def test_round_trip_keeps_everything_but_the_title(tmp_path):
    m = sample_map()
    path = write_pair(tmp_path, m)
    back, problems = import_spreadsheet(path)
    assert problems == []
    assert back == comparable(m, "map")


def test_picking_the_connections_file_imports_the_pair(tmp_path):
    m = sample_map()
    path = write_pair(tmp_path, m, "deal")
    back, problems = import_spreadsheet(tmp_path / "deal-connections.csv")
    assert problems == [] and back == comparable(m, "deal")


def test_elements_without_connections_file(tmp_path):
    m = Map()
    m.add_node("a", Kind.PERSON, "Alone")
    path = tmp_path / "solo.csv"
    path.write_bytes(spreadsheet_bytes(m)[0])
    back, problems = import_spreadsheet(path)
    assert problems == [] and list(back.nodes) == ["a"] and not back.edges


def test_export_is_utf8_with_bom_and_has_the_kumu_columns():
    elements, connections = spreadsheet_bytes(sample_map())
    assert elements.startswith(b"\xef\xbb\xbf") and connections.startswith(b"\xef\xbb\xbf")
    head = next(csv.reader(io.StringIO(elements.decode("utf-8-sig"))))
    assert head[:4] == ["Label", "Type", "Description", "Tags"]
    assert {"ID", "X", "Y", "Headcount", "Internal"} <= set(head)
    head = next(csv.reader(io.StringIO(connections.decode("utf-8-sig"))))
    assert head[:5] == ["From", "To", "Type", "Direction", "Label"]
    assert {"Amount", "Period", "Agreement", "Description", "ID"} <= set(head)


def by_column(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_formula_cells_are_neutralised_in_the_file():
    elements, connections = spreadsheet_bytes(sample_map())
    cmo = next(r for r in by_column(elements) if r["ID"] == "cmo")
    assert cmo["Label"] == "'=HYPERLINK(\"http://x\")"
    assert any(r["Description"] == "'+daily" for r in by_column(connections))
    # a formula-like label is named by its ID in From/To, never as text a spreadsheet runs
    assert {r["From"] for r in by_column(connections)} == {"Advertisers", "Searchers", "cmo"}
    # numbers stay numbers: a negative coordinate is not text
    ads = next(r for r in by_column(elements) if r["ID"] == "ads")
    assert ads["X"] == "-200.5"
    for cell in (c for r in rows_of(elements)[1:] for c in r if c):
        assert cell[0] not in "=+@\t\r" and not (cell[0] == "-" and not _is_number(cell))


def rows_of(data: bytes):
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


@pytest.mark.parametrize("text", ["=1+1", "+x", "-x", "@SUM", "\tx", "\rx", "'=x", "''", "'", "'a", "a", ""])
def test_neutralise_restore_is_exact(text):
    assert restore(neutralise(text)) == text
    assert neutralise(text)[:1] not in ("=", "+", "-", "@", "\t", "\r")


@settings(max_examples=60)
@given(maps(max_nodes=8, max_edges=12))
def test_round_trip_of_any_map(tmp_path_factory, m):
    folder = tmp_path_factory.mktemp("rt")
    back, problems = import_spreadsheet(write_pair(folder, m))
    assert problems == []
    assert back == comparable(m, "map")


def write_text(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))


def test_friendly_words_semicolons_no_bom_and_labels_as_endpoints(tmp_path):
    write_text(tmp_path / "kumu.csv", "label;type;description\nApp;PRODUCT;\nAnn;End user;likes it\n"
               "Boss;Decision-maker;\nAcme;Organisation;\n")
    write_text(tmp_path / "kumu-connections.csv", "From;To;Type;Amount;Period\n"
               "Ann;App;Uses;;\nAcme;App;Pays for;1,200.50;per month\nBoss;App;decides on;;\n"
               "Boss;Acme;works for;;\nAnn;Boss;influence;;\n")
    m, problems = import_spreadsheet(tmp_path / "kumu.csv")
    assert problems == []
    kinds = {n.name: n.kind for n in m.nodes.values()}
    assert kinds == {"App": Kind.PRODUCT, "Ann": Kind.END_USER, "Boss": Kind.DECISION_MAKER,
                     "Acme": Kind.COMPANY}
    rel = sorted(e.relation.value for e in m.edges.values())
    assert rel == ["decides", "influences", "member_of", "pays", "uses"]
    pays = next(e for e in m.edges.values() if e.relation is Relation.PAYS)
    assert pays.amount == 1200.5 and pays.period is Period.MONTHLY
    assert all(n.position is None for n in m.nodes.values())
    assert len({*m.nodes, *m.edges}) == len(m.nodes) + len(m.edges)


def test_windows_1252_file_is_read(tmp_path):
    write_text(tmp_path / "w.csv", "Label,Type\nCaf\u00e9,person\n", "cp1252")
    m, problems = import_spreadsheet(tmp_path / "w.csv")
    assert problems == [] and [n.name for n in m.nodes.values()] == ["Caf\u00e9"]


def test_bad_rows_are_reported_with_line_numbers_and_the_rest_imported(tmp_path):
    write_text(tmp_path / "m.csv", "Label,Type,ID,X,Y,Headcount\n"
               "App,product,app,0,0,\n"           # line 2 ok
               "Ghost,wizard,g,,,\n"              # line 3 unknown type
               ",,,,,\n"                          # line 4 blank: skipped silently
               "\"Two\nlines\",person,p,,,\n"     # lines 5-6 ok (quoted newline)
               "Dup,person,p,,,\n"                # line 7 duplicate id
               "Pos,person,q,abc,1,\n"            # line 8 bad X
               "Half,person,h,1,,\n"              # line 9 only X
               "Crowd,end_user,c,,,0\n"           # line 10 bad headcount
               ",person,,,,\n")                   # line 11 neither label nor id
    write_text(tmp_path / "m-connections.csv", "From,To,Type,Amount,Agreement\n"
               "p,app,uses,,\n"                   # line 2 ok
               "nobody,app,uses,,\n"              # line 3 unknown endpoint
               "p,app,hugs,,\n"                   # line 4 unknown relation
               "p,app,pays,-5,\n"                 # line 5 negative amount
               "p,app,pays,ten,\n"                # line 6 not a number
               "p,app,pays,5,handshake\n"         # line 7 unknown agreement
               "p,app,,,\n")                      # line 8 empty type
    m, problems = import_spreadsheet(tmp_path / "m.csv")
    assert sorted(m.nodes) == ["app", "p"]
    assert [(e.source, e.target, e.relation.value) for e in m.edges.values()] == [("p", "app", "uses")]
    lines = [(p[0].endswith("m.csv"), p[1]) for p in problems]
    assert lines == [(True, 3), (True, 7), (True, 8), (True, 9), (True, 10), (True, 11),
                     (False, 3), (False, 4), (False, 5), (False, 6), (False, 7), (False, 8)]
    messages = [p[2] for p in problems]
    assert "wizard" in messages[0] and "Decision-maker" in messages[0]
    assert "'p'" in messages[1] and "twice" in messages[1]
    assert "'nobody'" in messages[6]
    assert "'hugs'" in messages[7]


def test_ambiguous_label_is_a_problem(tmp_path):
    write_text(tmp_path / "a.csv", "Label,Type\nApp,product\nSam,person\nSam,buyer\n")
    write_text(tmp_path / "a-connections.csv", "From,To,Type\nSam,App,uses\n")
    m, problems = import_spreadsheet(tmp_path / "a.csv")
    assert len(m.nodes) == 3 and not m.edges
    assert problems and problems[0][1] == 2 and "2 elements" in problems[0][2]


def test_generated_ids_never_take_an_id_given_later_in_the_file(tmp_path):
    write_text(tmp_path / "g.csv", "Label,Type,ID\nA,person,\nB,person,person1\n")
    write_text(tmp_path / "g-connections.csv", "From,To,Type,ID\nA,B,influences,\nB,A,influences,e1\n")
    m, problems = import_spreadsheet(tmp_path / "g.csv")
    assert problems == []
    assert m.node("person1").name == "B" and m.node("person2").name == "A"
    assert m.edge("e1").source == "person1" and m.edge("e2").source == "person2"


def test_unusable_elements_file_raises_one_line(tmp_path):
    write_text(tmp_path / "x.csv", "Colour,Size\nred,3\n")
    with pytest.raises(SpreadsheetError) as err:
        import_spreadsheet(tmp_path / "x.csv")
    assert "\n" not in str(err.value) and "Label" in str(err.value)
    with pytest.raises(SpreadsheetError):
        import_spreadsheet(tmp_path / "missing.csv")


def test_a_cell_over_the_csv_modules_limit_and_the_rows_after_it_come_in(tmp_path):
    huge = "x" * (csv.field_size_limit() + 10)
    write_text(tmp_path / "h.csv", f"Label,Type,Description\nApp,product,\n{huge},person,\nAnn,person,{huge}\n"
               "Ben,person,\n")
    write_text(tmp_path / "h-connections.csv", f"From,To,Type,Description\nAnn,App,uses,{huge}\nBen,App,uses,\n")
    m, problems = import_spreadsheet(tmp_path / "h.csv")
    assert problems == []
    assert [len(n.name) for n in m.nodes.values()] == [3, len(huge), 3, 3]
    assert m.node("person2").notes == huge and len(m.edges) == 2
    assert csv.field_size_limit() == 131072  # the module's limit is left as it was


def test_a_line_the_csv_module_cannot_read_is_listed_and_reading_goes_on(tmp_path, monkeypatch):
    import stakeholder_map.fileio.spreadsheet_files as files

    monkeypatch.setattr(files, "MAX_CELL", 100)
    write_text(tmp_path / "h.csv", "Label,Type\nApp,product\n" + "x" * 150 + ",person\nAnn,person\n")
    m, problems = import_spreadsheet(tmp_path / "h.csv")
    assert [n.name for n in m.nodes.values()] == ["App", "Ann"]
    assert [(p.file, p.line) for p in problems] == [("h.csv", 3)] and "cannot be read" in problems[0].message


def test_a_connections_file_alone_says_which_file_to_pick(tmp_path):
    write_text(tmp_path / "deal-connections.csv", "From,To,Type\nA,B,uses\n")
    with pytest.raises(SpreadsheetError) as err:
        import_spreadsheet(tmp_path / "deal-connections.csv")
    assert "holds connections" in str(err.value) and "deal.csv" in str(err.value)


def test_connections_without_columns_is_a_problem_not_a_crash(tmp_path):
    write_text(tmp_path / "c.csv", "Label,Type\nA,person\n")
    write_text(tmp_path / "c-connections.csv", "Source,Target\nA,A\n")
    m, problems = import_spreadsheet(tmp_path / "c.csv")
    assert len(m.nodes) == 1 and problems[0][1] == 1 and "From" in problems[0][2]


@pytest.mark.parametrize("word,kind", [("decision maker", Kind.DECISION_MAKER), ("END_USER", Kind.END_USER),
                                       ("Buyer", Kind.BUYER), ("company", Kind.COMPANY)])
def test_kind_words(tmp_path, word, kind):
    write_text(tmp_path / "k.csv", f"Label,Type\nX,{word}\n")
    m, _ = import_spreadsheet(tmp_path / "k.csv")
    assert next(iter(m.nodes.values())).kind is kind


def test_agreement_and_period_words(tmp_path):
    write_text(tmp_path / "p.csv", "Label,Type,ID\nApp,product,a\nAnn,buyer,b\n")
    write_text(tmp_path / "p-connections.csv",
               "From,To,Type,Amount,Period,Agreement\nb,a,pays,99,Annually,Subscription\n")
    m, problems = import_spreadsheet(tmp_path / "p.csv")
    e = next(iter(m.edges.values()))
    assert problems == [] and e.period is Period.YEARLY and e.agreement is Agreement.SUBSCRIPTION
    assert e.amount == 99


cell_text = st.text(alphabet=list("ab;,\"'\n\r=-1.5 xXyY"), max_size=12) | st.sampled_from(
    ["product", "End user", "uses", "pays", "a", "b", "yes", "monthly", "contract", "7"])


@settings(max_examples=80)
@given(st.lists(st.lists(cell_text, max_size=6), max_size=6), st.lists(st.lists(cell_text, max_size=6),
                                                                       max_size=6),
       st.sampled_from([",", ";"]), st.binary(max_size=40))
def test_any_csv_imports_or_says_why_never_crashes(tmp_path_factory, elements, connections, sep, junk):
    folder = tmp_path_factory.mktemp("fuzz")
    header = sep.join(["Label", "Type", "ID", "X", "Y", "Headcount", "Internal"])
    rows = [header] + [sep.join(r) for r in elements]
    (folder / "f.csv").write_text("\n".join(rows), encoding="utf-8")
    conn = [sep.join(["From", "To", "Type", "Amount", "Period", "Agreement", "ID"])]
    conn += [sep.join(r) for r in connections]
    (folder / "f-connections.csv").write_bytes("\n".join(conn).encode("utf-8") + junk)
    try:
        m, problems = import_spreadsheet(folder / "f.csv")
    except SpreadsheetError as err:
        assert "\n" not in str(err)
        return
    assert all(isinstance(line, int) and line >= 1 and msg for _, line, msg in problems)
    for edge in m.edges.values():
        assert edge.source in m.nodes and edge.target in m.nodes


def test_exact_decimal_amounts_survive_the_spreadsheet_round_trip(tmp_path):
    from decimal import Decimal

    from stakeholder_map.fileio.spreadsheet_cells import format_number

    assert format_number(Decimal("69.99")) == "69.99"
    assert format_number(Decimal("0.123456789012345678901")) == "0.123456789012345678901"
    m = sample_map()
    m.update_edge("e1", amount=Decimal("0.123456789012345678901"))
    back, problems = import_spreadsheet(write_pair(tmp_path, m))
    assert problems == [] and back.edge("e1").amount == Decimal("0.123456789012345678901")
