"""Amounts as people type them, and a refusal shown at the field with the text kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt


def type_amount(qtbot, window, text: str):
    panel = window.docks.properties_panel
    window.scene.select_ids([], ["pay"])
    panel.amount.setFocus()
    qtbot.waitUntil(panel.amount.hasFocus)
    panel.amount.selectAll()
    qtbot.keyClicks(panel.amount, text)
    qtbot.keyClick(panel.amount, Qt.Key.Key_Return)
    return panel


@pytest.mark.parametrize("typed, amount", [("$60,000", 60000), ("60k", 60000), ("1.2M", 1_200_000),
                                           ("60 000", 60000), ("USD 1,250.50", 1250.5)])
def test_amounts_as_people_type_them(qtbot, window, typed, amount):
    panel = type_amount(qtbot, window, typed)
    assert window.map.edge("pay").amount == amount
    assert not panel.amount.note.isVisible()


def test_the_locales_own_separators(qtbot, window):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        type_amount(qtbot, window, "1.250,50 EUR")
        assert window.map.edge("pay").amount == 1250.5
        type_amount(qtbot, window, "2,5")
        assert window.map.edge("pay").amount == 2.5
    finally:
        QLocale.setDefault(before)


def test_text_that_is_no_number_stays_and_the_field_says_why(qtbot, window):
    panel = type_amount(qtbot, window, "about sixty grand")
    assert window.map.edge("pay").amount == 1200  # unchanged
    assert window.editor.undo_stack.count() == 0
    assert panel.amount.text() == "about sixty grand"  # kept, to be corrected
    assert panel.amount.note.isVisible()
    assert "is not an amount" in panel.amount.note.text()
    assert "60k" in panel.amount.note.text()
    assert list(window.scene.selected_edge_ids()) == ["pay"]
    # Another field's edit does not wipe the text being corrected.
    panel.period.setCurrentIndex(panel.period.findData("yearly"))
    assert panel.amount.text() == "about sixty grand"
    # Correcting it clears the refusal.
    panel.amount.setFocus()
    panel.amount.selectAll()
    qtbot.keyClicks(panel.amount, "60k")
    assert not panel.amount.note.isVisible()
    qtbot.keyClick(panel.amount, Qt.Key.Key_Return)
    assert window.map.edge("pay").amount == 60000


def test_a_headcount_that_is_no_whole_number_stays_with_a_reason(qtbot, window):
    panel = window.docks.properties_panel
    window.scene.select_ids(["staff"], [])
    panel.headcount.setFocus()
    panel.headcount.selectAll()
    qtbot.keyClicks(panel.headcount, "12.5")
    qtbot.keyClick(panel.headcount, Qt.Key.Key_Return)
    assert window.map.node("staff").headcount == 400
    assert panel.headcount.text() == "12.5" and "whole number" in panel.headcount.note.text()
    panel.headcount.selectAll()
    qtbot.keyClicks(panel.headcount, "1,500")
    qtbot.keyClick(panel.headcount, Qt.Key.Key_Return)
    assert window.map.node("staff").headcount == 1500


def test_docstring_examples_of_money_parsing():
    import doctest

    import stakeholder_map.model.money as money

    assert doctest.testmod(money).failed == 0
