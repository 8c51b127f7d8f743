"""A map names its currency in its properties; amounts show with its sign on the canvas, in
tooltips and in exports, and as plain numbers when it names none (never an assumed dollar)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from stakeholder_map.canvas.style import edge_label


def set_currency(qtbot, window, text: str):
    panel = window.docks.properties_panel
    window.scene.select_ids([], [])
    box = panel.currency
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)
    return panel


def test_without_a_currency_amounts_are_plain_numbers(window):
    item = window.scene.edge_item("pay")
    assert item.label == "1,200 / mo · contract"
    assert "$" not in item.tooltip_text() and "1,200 / mo" in item.tooltip_text()


def test_the_maps_currency_shows_on_the_canvas_and_in_tooltips(window, qtbot):
    set_currency(qtbot, window, "eur")
    assert window.map.currency == "EUR"
    item = window.scene.edge_item("pay")
    assert item.label == "€1,200 / mo · contract"
    assert "€1,200 / mo" in item.tooltip_text()
    window.commands.undo.trigger()
    assert window.map.currency is None
    assert window.scene.edge_item("pay").label == "1,200 / mo · contract"
    set_currency(qtbot, window, "CHF")
    # a code without a sign of its own goes where the report puts it too
    assert window.scene.edge_item("pay").label == "CHF 1,200 / mo · contract"


def test_a_new_link_follows_the_maps_currency(window, qtbot):
    from stakeholder_map.model import Relation

    set_currency(qtbot, window, "GBP")
    edge_id = window.editor.connect("advisor", "chat", Relation.PAYS, amount=60000)
    assert window.scene.edge_item(edge_id).label == "£60,000"


def test_a_code_that_is_no_currency_stays_with_a_reason(window, qtbot):
    panel = set_currency(qtbot, window, "euros")
    assert window.map.currency is None
    assert panel.currency.currentText() == "euros"
    assert panel.currency.note.isVisible() and "three letters" in panel.currency.note.text()


def test_exports_use_the_currency(window, qtbot, tmp_path):
    from stakeholder_map.render.export import export_map

    set_currency(qtbot, window, "EUR")
    out = tmp_path / "map.svg"
    export_map(window.map, out)
    svg = out.read_text(encoding="utf-8")
    assert "€1,200" in svg or "&#8364;1,200" in svg
    window.editor.set_currency(None)
    export_map(window.map, out)
    assert "$" not in out.read_text(encoding="utf-8").replace("$.", "")


def test_edge_label_examples():
    import doctest

    import stakeholder_map.canvas.style as style

    assert doctest.testmod(style).failed == 0
    assert edge_label.__doc__


def test_the_amount_field_names_the_currency(window, qtbot):
    panel = window.docks.properties_panel
    window.scene.select_ids([], ["pay"])
    assert panel.amount_label.text() == "&Amount"
    set_currency(qtbot, window, "EUR")
    window.scene.select_ids([], ["pay"])
    assert panel.amount_label.text() == "&Amount (EUR)"
