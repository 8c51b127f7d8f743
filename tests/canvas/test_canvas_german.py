"""The canvas, the undo steps and the exports in German: with German chosen, what a person
reads on the map (legend, tooltips, badges, the power/interest grid, undo names, export
pictures, the report, export errors) is German, numbers are written the German way, and
choosing English again brings every English word back."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from stakeholder_map.canvas.power_interest import region_of
from stakeholder_map.editing import Editor
from stakeholder_map.model import Kind, Level, Map, Relation
from stakeholder_map.model.money import with_currency
from stakeholder_map.render import ExportError, export_map
from stakeholder_map.render.language import install_language

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def german(qapp):
    """German chosen, as the window and the command line choose it; English again afterwards."""
    install_language("de")
    yield
    install_language("en")


def svg_words(path) -> str:
    root = ET.parse(path).getroot()
    return " ".join(t.strip() for el in root.iter(SVG + "text") for t in el.itertext() if t.strip())


def small_map() -> Map:
    m = Map("Suche", currency="USD")
    m.add_node("search", Kind.PRODUCT, "Web search", x=0, y=0)
    m.add_node("ads", Kind.COMPANY, "Advertisers", x=-300, y=0)
    m.add_node("people", Kind.END_USER, "Searchers", x=300, y=0, headcount=12000)
    m.connect("ads", "search", Relation.PAYS, amount=1200, period="monthly")
    m.connect("people", "search", Relation.USES)
    return m


def test_the_legend_of_an_svg_export_is_german(german, tmp_path):
    out = tmp_path / "karte.svg"
    export_map(small_map(), out, legend=True)
    words = svg_words(out)
    for german_word in ("Stakeholder", "Beziehungen", "Haltung", "Fehler", "Warnung", "Hinweis"):
        assert german_word in words
    for english_word in ("Relations", "Attitude", "Warning", "Note"):
        assert english_word not in words
    # the rows name kinds, relations and attitudes in the model's German words, and the box
    for german_word in ("Einkäufer", "Entscheider", "zahlt für", "gehört zu", "Fürsprecher", "Unternehmensrahmen"):
        assert german_word in words
    for english_word in ("Buyer", "pays for", "Champion", "Company box"):
        assert english_word not in words
    assert "12.000 Personen" in words  # the headcount badge, German digits
    assert with_currency("1.200", "USD") + " / Monat" in words  # the amount on the link, placed as in German


def test_choosing_english_again_brings_the_english_legend_back(german, qapp, tmp_path):
    install_language("en")
    out = tmp_path / "map.svg"
    export_map(small_map(), out, legend=True)
    words = svg_words(out)
    assert "Relations" in words and "Attitude" in words and "Beziehungen" not in words
    assert "12,000 people" in words and "$1,200 / mo" in words


def test_undo_steps_are_named_in_german(german):
    editor = Editor(Map())
    app = editor.add_node(Kind.PRODUCT, (0, 0))
    assert editor.undo_stack.undoText() == "Produkt hinzufügen"
    assert editor.map.node(app).name == "Neues Produkt"
    buyer = editor.add_node(Kind.BUYER, (200, 0))
    assert editor.map.node(buyer).name == "Neuer Einkäufer"
    editor.connect(buyer, app, Relation.PAYS)
    assert editor.undo_stack.undoText() == "Verbindung: Neuer Einkäufer zahlt für Neues Produkt"
    editor.move({app: (10, 10), buyer: (220, 10)})
    assert editor.undo_stack.undoText() == "2 Elemente verschieben"
    editor.set_node_fields([app, buyer], notes="wichtig")
    assert editor.undo_stack.undoText() == "Notizen von 2 Elementen ändern"
    editor.delete([buyer])
    assert editor.undo_stack.undoText() == "1 Objekt löschen"
    editor.undo_stack.undo()
    assert editor.undo_stack.redoText() == "1 Objekt löschen"


def test_canvas_tooltips_and_names_are_german(german, qtbot):
    from stakeholder_map.canvas import MapScene

    m = small_map()
    m.add_node("anon", Kind.BUYER, "", x=0, y=300, power=Level.HIGH)
    scene = MapScene(m)
    try:
        link = next(scene.edge_item(e.id) for e in m.edges.values() if e.relation is Relation.PAYS)
        tip = link.tooltip_text()
        assert "zahlt für" in tip and with_currency("1.200", "USD") + " / Monat" in tip
        node_tip = scene.node_item("people").tooltip_text()
        assert "12.000 Personen" in node_tip and "people" not in node_tip
        anon_tip = scene.node_item("anon").tooltip_text()
        assert "Unbenannt" in anon_tip and "Macht: hoch" in anon_tip
    finally:
        scene.detach()


def test_the_power_interest_grid_names_its_regions_in_german(german):
    assert region_of(Level.HIGH, Level.HIGH) == "Eng einbinden"
    assert region_of(Level.LOW, Level.LOW) == "Beobachten"


def test_an_export_error_is_german(german, tmp_path):
    with pytest.raises(ExportError) as caught:
        export_map(small_map(), tmp_path / "karte.bmp")
    assert str(caught.value).startswith(f"Export nach {tmp_path / 'karte.bmp'} nicht möglich: „.bmp“ ist kein Format")


def test_the_html_report_has_german_headings(german, tmp_path):
    from stakeholder_map.render.report import write_report

    out = tmp_path / "bericht.html"
    write_report(small_map(), out)
    page = out.read_text("utf-8")
    assert '<html lang="de">' in page
    for heading in ("<h2>Schlüssel-Stakeholder</h2>", "<h2>Befunde</h2>", "<h2>Produkte</h2>",
                    "Karte von Suche", "Suche: Stakeholder-Bericht"):
        assert heading in page
    assert "Key stakeholders" not in page


def pdf_text(path) -> str:
    import shutil
    import subprocess

    if shutil.which("pdftotext") is None:
        pytest.skip("needs pdftotext (poppler-utils)")
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_printed_sheets_and_the_pdf_report_speak_german(german, tmp_path):
    from PySide6.QtGui import QPdfWriter

    from stakeholder_map.render.printing import print_pages
    from stakeholder_map.render.report import write_report
    from stakeholder_map.render.scene import prepare

    sheets = tmp_path / "blätter.pdf"
    writer = QPdfWriter(str(sheets))
    pages = print_pages(prepare(small_map()), writer, across=2)
    del writer  # finishes the file
    text = pdf_text(sheets)
    assert f"Zeile 1, Spalte 1 von {pages // 2} × 2" in text
    assert "wo das benachbarte Blatt beginnt" in text and "Row 1" not in text

    report = tmp_path / "bericht.pdf"
    write_report(small_map(), report)
    text = pdf_text(report)
    assert "Seite 1 von" in text and "Schlüssel-Stakeholder" in text and "Stakeholder-Bericht" in text
    assert "Page 1 of" not in text


def test_a_link_amount_is_written_in_the_language_chosen_each_time(qapp):
    """Amount labels are kept per amount (a big map repeats them): a language chosen later
    writes them its own way, and English again brings the English ones back."""
    from stakeholder_map.canvas.style import edge_label
    from stakeholder_map.model import Edge

    pays = Edge("e1", "ads", "search", Relation.PAYS, amount=1200, period="monthly")
    assert edge_label(pays, "USD") == "$1,200 / mo"
    install_language("de")
    try:
        assert edge_label(pays, "USD") == with_currency("1.200", "USD") + " / Monat"
    finally:
        install_language("en")
    assert edge_label(pays, "USD") == "$1,200 / mo"
    assert edge_label(pays, "EUR") == "€1,200 / mo"


def test_an_unnamed_company_drawn_as_a_box_is_named_in_german(german, tmp_path):
    m = Map("Boxen")
    m.add_node("firm", Kind.COMPANY, "", x=0, y=0, members_inside=True)
    for i, x in enumerate((-250, 0, 250)):  # a wide box: the name is not cut short
        m.add_node(f"p{i}", Kind.PERSON, f"Person {i}", x=x, y=80)
        m.connect(f"p{i}", "firm", Relation.MEMBER_OF)
    out = tmp_path / "karte.svg"
    export_map(m, out)
    words = svg_words(out)
    assert "Unbenanntes Unternehmen" in words and "Unnamed" not in words
