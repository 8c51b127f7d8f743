"""Panels on big maps: thousands of findings as a light list, the top stakeholders picked
without sorting every actor, and both agreeing with the plain way of doing it."""

from __future__ import annotations

import random
from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

import stakeholder_map.ui.findings as findings_module
from stakeholder_map.analysis import Finding, Severity
from stakeholder_map.model import Kind, Map
from stakeholder_map.ui.findings import FindingsList
from stakeholder_map.analysis import Analysis
from stakeholder_map.analysis.ranking import Stake
from stakeholder_map.ui.stakeholders import TOP, KeyStakeholdersList


def many_findings(count: int) -> list[Finding]:
    rng = random.Random(3)
    severities = list(Severity)
    return [Finding("isolated", rng.choice(severities), (f"n{i}",), (), f"Finding number {i}")
            for i in range(count)]


def test_thousands_of_findings_draw_three_icons_and_keep_their_order(qtbot, monkeypatch):
    drawn = []
    real = findings_module.severity_icon
    monkeypatch.setattr(findings_module, "severity_icon", lambda s: (drawn.append(s), real(s))[1])
    listing = FindingsList()
    qtbot.addWidget(listing)
    listing.resize(300, 400)
    listing.show()
    items = many_findings(6000)
    listing.show_findings(items)
    assert listing.count() == 6000
    ranks = [f.severity.rank for f in listing.findings]
    assert ranks == sorted(ranks, reverse=True)
    # the analysis' order is kept within one severity
    assert [f for f in listing.findings if f.severity is Severity.INFO] == [
        f for f in items if f.severity is Severity.INFO]
    for row in (0, 2999, 5999):
        index = listing.model().index(row)
        listing.scrollTo(index)
        qtbot.waitUntil(lambda index=index: listing.visualRect(index).isValid())
        listing.viewport().repaint()
    assert sorted(set(drawn)) == sorted(drawn)  # each severity's icon drawn at most once


def test_keyboard_activation_chooses_the_current_finding(qtbot):
    listing = FindingsList()
    qtbot.addWidget(listing)
    listing.show()
    listing.show_findings(many_findings(5))
    chosen = []
    listing.findingChosen.connect(lambda n, e: chosen.append(n))
    listing.setCurrentIndex(listing.model().index(1))
    qtbot.keyClick(listing, Qt.Key.Key_Return)
    assert chosen == [list(listing.findings[1].nodes)]


def test_a_note_row_chooses_nothing(qtbot):
    listing = FindingsList()
    qtbot.addWidget(listing)
    listing.show()
    listing.show_pending()
    chosen = []
    listing.findingChosen.connect(lambda n, e: chosen.append(n))
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton,
                     pos=listing.visualRect(listing.model().index(0)).center())
    assert chosen == []


@given(st.lists(st.sampled_from([0.0, 0.1, 0.25, 0.5, 1.0]), min_size=0, max_size=80),
       st.randoms(use_true_random=False))
def test_key_stakeholders_match_a_full_sort(scores, rng):
    m = Map()
    names = ["Ann", "bob", "Cy", "dee"]
    ranking = {}
    for i, score in enumerate(scores):
        m.add_node(f"a{i}", Kind.PERSON, rng.choice(names), x=0, y=0)
        ranking[f"a{i}"] = score
    ranking["gone"] = 2.0  # an actor no longer on the map is never listed
    analysis = Analysis({}, (), {actor: Stake(score) for actor, score in ranking.items()})
    tree = KeyStakeholdersList()
    try:
        tree.show_ranking(m, analysis)
        order = list(ranking)
        expected = sorted((a for a in ranking if a in m.nodes and ranking[a] > 0),
                          key=lambda a: (-ranking[a], order.index(a)))[:TOP]
        assert tree.ids() == expected
    finally:
        tree.deleteLater()


def _row_heights(listing, rows) -> list[int]:
    return [listing.visualRect(listing.model().index(r)).height() for r in rows]


LONG_TEXT = "A long finding " + "that goes on and on " * 20


def _shown_with_a_long_one(qtbot, others: int):
    """A panel showing one long finding and ``others`` short ones; the long one's row, and
    a short one's."""
    items = [Finding("isolated", Severity.WARNING, ("n0",), (), LONG_TEXT)] + many_findings(others)
    listing = FindingsList()
    qtbot.addWidget(listing)
    listing.resize(300, 400)
    listing.show()
    listing.show_findings(items)
    long_row = next(r for r in range(listing.count()) if listing.row_text(r).startswith("A long"))
    return listing, long_row, 0 if long_row else 1


def test_a_long_list_shows_every_finding_two_lines_high_with_all_of_it_in_the_tooltip(qtbot):
    listing, long_row, short_row = _shown_with_a_long_one(qtbot, 1200)
    last = listing.count() - 1
    qtbot.waitUntil(lambda: min(_row_heights(listing, [0, last])) > 0)  # laid out in batches
    heights = set(_row_heights(listing, [long_row, short_row, listing.count() - 1]))
    assert len(heights) == 1  # one height for all: nothing is measured row by row
    assert heights.pop() >= 2 * listing.fontMetrics().lineSpacing()
    tip = listing.model().index(long_row).data(Qt.ItemDataRole.ToolTipRole)
    assert " ".join(LONG_TEXT.split()) in " ".join(tip.split())


def test_a_short_list_gives_a_long_finding_the_lines_it_needs(qtbot):
    listing, long_row, short_row = _shown_with_a_long_one(qtbot, 20)
    qtbot.waitUntil(lambda: _row_heights(listing, [long_row])[0] > 0)
    long_height, short_height = _row_heights(listing, [long_row, short_row])
    assert long_height > 2 * short_height
