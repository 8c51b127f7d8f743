"""The panels on their own: properties (every field, multi-edit, follows undo), findings,
key stakeholders and the analysis runner."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt

from stakeholder_map.analysis import analyze
from stakeholder_map.editing import Editor
from stakeholder_map.model import Agreement, Kind, Map, Period, Relation
from stakeholder_map.ui.analysis_runner import AnalysisRunner
from stakeholder_map.ui.findings import FindingsList
from stakeholder_map.ui.properties import PropertiesPanel
from stakeholder_map.ui.stakeholders import KeyStakeholdersList
from tests.ui.conftest import sample_map


@pytest.fixture
def panel(qtbot):
    editor = Editor(sample_map())
    panel = PropertiesPanel(editor)
    qtbot.addWidget(panel)
    panel.show()
    editor.map.changed.subscribe(lambda _c: panel.refresh())
    return panel


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_nothing_selected_shows_and_edits_the_title(panel, qtbot):
    assert panel.pages.currentWidget() is panel.map_page
    assert panel.map_title.text() == "Team chat"
    type_into(qtbot, panel.map_title, "Chat for teams")
    assert panel.editor.map.title == "Chat for teams"
    assert panel.editor.undo_stack.undoText() == "Change map title"


def test_node_fields_each_one_undo_step(panel, qtbot):
    editor = panel.editor
    panel.show_selection(["acme"], [])
    assert panel.pages.currentWidget() is panel.node_page
    assert panel.node_name.text() == "Acme Corp" and panel.internal.isVisibleTo(panel)
    type_into(qtbot, panel.node_name, "Acme Inc")
    assert editor.map.node("acme").name == "Acme Inc"
    panel.internal.setChecked(True)
    assert editor.map.node("acme").internal is True
    type_into(qtbot, panel.headcount, "250")
    assert editor.map.node("acme").headcount == 250
    panel.node_notes.setFocus()
    qtbot.keyClicks(panel.node_notes, "Pays yearly")
    panel.map_title.setFocus()  # leaving the notes commits them
    assert editor.map.node("acme").notes == "Pays yearly"
    panel.node_kind.setCurrentIndex(panel.node_kind.findData(Kind.PERSON.value))
    node = editor.map.node("acme")
    assert node.kind is Kind.PERSON and node.internal is None
    assert not panel.internal.isVisibleTo(panel)
    assert editor.undo_stack.count() == 5
    editor.undo_stack.undo()  # the panel follows undo
    assert panel.node_kind.currentData() == Kind.COMPANY.value
    assert panel.internal.isChecked()
    type_into(qtbot, panel.headcount, "")
    assert editor.map.node("acme").headcount is None


def test_bad_headcount_is_refused_with_a_message(panel, qtbot):
    messages = []
    panel.message.connect(messages.append)
    panel.show_selection(["staff"], [])
    panel.headcount.setText("0")
    panel.headcount.editingFinished.emit()
    assert messages and "headcount" in messages[-1]
    assert panel.editor.map.node("staff").headcount == 400
    assert panel.headcount.text() == "400"
    assert panel.editor.undo_stack.count() == 0


def test_edge_fields_and_only_allowed_relations(panel, qtbot):
    editor = panel.editor
    panel.show_selection([], ["pay"])
    assert panel.pages.currentWidget() is panel.edge_page
    offered = [panel.relation.itemData(i) for i in range(panel.relation.count())]
    assert offered == ["pays", "decides", "uses"]  # company -> product
    assert panel.amount.text() == "1200" and panel.amount.isEnabled()
    type_into(qtbot, panel.amount, "99.5")
    assert editor.map.edge("pay").amount == 99.5
    panel.period.setCurrentIndex(panel.period.findData(Period.YEARLY.value))
    panel.agreement.setCurrentIndex(panel.agreement.findData(Agreement.SUBSCRIPTION.value))
    edge = editor.map.edge("pay")
    assert (edge.period, edge.agreement) == (Period.YEARLY, Agreement.SUBSCRIPTION)
    panel.edge_notes.setFocus()
    qtbot.keyClicks(panel.edge_notes, "renewal in May")
    panel.relation.setFocus()
    assert editor.map.edge("pay").notes == "renewal in May"
    panel.relation.setCurrentIndex(panel.relation.findData(Relation.USES.value))
    edge = editor.map.edge("pay")
    assert edge.relation is Relation.USES and edge.amount is None and edge.period is None
    assert not panel.amount.isEnabled() and panel.amount.text() == ""
    assert editor.undo_stack.count() == 5
    panel.show_selection([], ["mem"])  # actor -> company: influences or member_of
    offered = [panel.relation.itemData(i) for i in range(panel.relation.count())]
    assert offered == ["influences", "member_of"]


def test_a_relation_breaking_the_table_is_shown_marked(panel):
    panel.editor.map.connect("chat", "staff", Relation.PAYS, edge_id="bad")
    panel.show_selection([], ["bad"])
    assert panel.relation.currentText() == "pays for (not allowed here)"


def test_multi_selection_edits_kind_and_relation_for_all(panel):
    editor = panel.editor
    panel.show_selection(["cto", "staff", "advisor"], ["dec", "use"])
    assert panel.pages.currentWidget() is panel.multi_page
    assert panel.multi_heading.text() == "3 nodes and 2 links selected"
    assert panel.multi_kind.currentIndex() == -1  # mixed
    panel.multi_kind.setCurrentIndex(panel.multi_kind.findData(Kind.BUYER.value))
    assert {editor.map.node(n).kind for n in ("cto", "staff", "advisor")} == {Kind.BUYER}
    assert editor.undo_stack.undoText() == "Change kind of 3 nodes"
    panel.multi_relation.setCurrentIndex(panel.multi_relation.findData(Relation.PAYS.value))
    assert {editor.map.edge(e).relation for e in ("dec", "use")} == {Relation.PAYS}
    assert editor.undo_stack.count() == 2
    editor.undo_stack.undo()
    editor.undo_stack.undo()
    assert editor.map == sample_map()


def test_panel_falls_back_when_the_shown_node_is_deleted(panel):
    panel.show_selection(["advisor"], [])
    panel.editor.delete(["advisor"])
    assert panel.pages.currentWidget() is panel.map_page
    panel.editor.undo_stack.undo()
    assert panel.pages.currentWidget() is panel.map_page


def test_findings_list_worst_first_and_click_reports_nodes(qtbot):
    m = sample_map()
    m.add_node("lonely", Kind.BUYER, "Lonely buyer", x=0, y=400)
    result = analyze(m)
    listing = FindingsList()
    qtbot.addWidget(listing)
    counts = []
    listing.countChanged.connect(counts.append)
    listing.show_findings(result.findings)
    assert counts == [len(result.findings)] and listing.count() == len(result.findings)
    ranks = [{"error": 3, "warning": 2, "info": 1}[str(f.severity)] for f in listing.findings]
    assert ranks == sorted(ranks, reverse=True)
    isolated = next(i for i, row in enumerate(listing.rows)
                    if row.findings[0].code == "isolated" and tuple(row.findings[0].nodes) == ("lonely",))
    chosen = []
    listing.findingChosen.connect(lambda n, e: chosen.append((n, e)))
    listing.show()
    index = listing.model().index(isolated)
    listing.scrollTo(index)
    qtbot.waitUntil(lambda: listing.visualRect(index).isValid())  # rows are laid out in batches
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualRect(index).center())
    assert chosen == [(["lonely"], [])]
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert shown_text(index.data(Qt.ItemDataRole.ToolTipRole)).startswith(("Error: ", "Warning: ", "Info: "))


def test_a_nodes_own_findings_share_one_row_with_one_thing_to_do(qtbot):
    m = sample_map()
    m.add_node("new", Kind.PRODUCT, "Dev suite", x=0, y=400)
    m.add_node("kids", Kind.END_USER, "Kids", x=0, y=500)
    result = analyze(m)
    listing = FindingsList()
    qtbot.addWidget(listing)
    counts = []
    listing.countChanged.connect(counts.append)
    listing.show_findings(result.findings, m.nodes)
    assert counts == [len(result.findings)]  # the dock still counts every finding
    texts = [listing.row_text(i) for i in range(listing.count())]
    product = '"Dev suite" is not linked to anything yet: draw who pays for it and who uses it.'
    assert product in texts and '"Kids" are not linked to anything yet: draw what they use.' in texts
    assert not any("Nobody pays for \"Dev suite\"" in t for t in texts)
    row = texts.index(product)
    assert {str(f.code) for f in listing.rows[row].findings} == {"isolated", "no_paying_customer", "no_users"}
    assert str(listing.rows[row].severity) == "error"  # the worst of its findings
    index = listing.model().index(row)
    assert index.data(Qt.ItemDataRole.UserRole) == (["new"], [])
    tip = shown_text(index.data(Qt.ItemDataRole.ToolTipRole))
    assert 'Nobody pays for "Dev suite"' in tip and 'Nobody uses "Dev suite".' in tip
    assert len(listing.findings) == len(result.findings) and listing.count() < len(result.findings)


def test_findings_list_says_when_there_are_none(qtbot):
    listing = FindingsList()
    qtbot.addWidget(listing)
    listing.show_findings(())
    assert listing.count() == 1 and listing.row_text(0) == "No gaps found."
    assert listing.model().flags(listing.model().index(0)) == Qt.ItemFlag.NoItemFlags
    assert listing.findings == []


def test_key_stakeholders_ranked_with_score_and_why(qtbot):
    m = sample_map()
    result = analyze(m)
    tree = KeyStakeholdersList()
    qtbot.addWidget(tree)
    tree.show_ranking(m, result)
    expected = result.key_stakeholders(10)
    assert tree.ids() == expected and expected
    first = tree.topLevelItem(0)
    assert first.text(0) == "1"
    assert first.text(1) == f"{result.ranking[expected[0]]:g}"
    name, why = first.text(2).split("\n", 1)
    assert name == m.node(expected[0]).name
    assert why.startswith(("decides on", "pays for", "sways", "use"))
    roles = ", ".join(r.label for r in result.roles[expected[0]]) or "No role yet"
    assert roles in first.toolTip(2)
    staff_row = tree.ids().index("staff")
    assert "use" in tree.topLevelItem(staff_row).text(2).split("\n")[1]
    chosen = []
    tree.nodeChosen.connect(chosen.append)
    tree.itemClicked.emit(tree.topLevelItem(staff_row), 1)
    assert chosen == ["staff"]


def test_key_stakeholders_say_who_sways_the_payer_ranks_above_who_only_uses(qtbot):
    m = Map()
    m.add_node("toy", Kind.PRODUCT, "Robot kit", x=0, y=0)
    m.add_node("mum", Kind.BUYER, "Mum", x=0, y=0)
    m.add_node("kid", Kind.END_USER, "Kid", x=0, y=0)
    m.add_node("pal", Kind.END_USER, "Pal", x=0, y=0)
    m.connect("mum", "toy", Relation.PAYS)
    m.connect("kid", "mum", Relation.INFLUENCES)
    m.connect("kid", "toy", Relation.USES)
    m.connect("pal", "toy", Relation.USES)
    tree = KeyStakeholdersList()
    qtbot.addWidget(tree)
    tree.show_ranking(m, analyze(m))
    rows = [[tree.topLevelItem(i).text(c) for c in range(3)] for i in range(tree.topLevelItemCount())]
    assert rows == [
        ["1", "5", 'Mum\ndecides on "Robot kit" by paying for it\n1 stakeholder sways them'],
        ["2", "2.5", 'Kid\nsways who decides on "Robot kit"\nuses "Robot kit"'],
        ["3", "0.5", 'Pal\nuses "Robot kit"'],
    ]


def test_key_stakeholders_shows_at_most_ten(qtbot):
    m = Map()
    m.add_node("p", Kind.PRODUCT, "P", x=0, y=0)
    for i in range(14):
        m.add_node(f"u{i}", Kind.END_USER, f"User {i}", x=i, y=0)
        m.connect(f"u{i}", "p", Relation.USES)
    tree = KeyStakeholdersList()
    qtbot.addWidget(tree)
    tree.show_ranking(m, analyze(m))
    assert tree.topLevelItemCount() == 10


def test_runner_debounces_and_keeps_only_the_newest_result(qtbot):
    runner = AnalysisRunner(delay_ms=30)
    m = sample_map()
    results = []
    runner.finished.connect(results.append)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        for i in range(5):  # five changes within the delay: one analysis
            m.add_node(f"extra{i}", Kind.PERSON, f"Extra {i}", x=i, y=i)
            runner.schedule(m)
    qtbot.wait(100)
    assert len(results) == 1
    assert {f.nodes[0] for f in results[0].findings if f.code == "isolated"} >= {
        f"extra{i}" for i in range(5)}
    runner.shutdown()


def test_runner_discards_stale_results(qtbot, monkeypatch):
    import threading

    from stakeholder_map.analysis import Session

    real, release, started = Session.analysis, threading.Event(), threading.Event()

    def slow_first(session):
        if "late" not in session.map.nodes:  # the first, soon stale, snapshot
            started.set()
            release.wait(5)
        return real(session)

    monkeypatch.setattr(Session, "analysis", slow_first)
    runner = AnalysisRunner(delay_ms=0)
    m = sample_map()
    results = []
    runner.finished.connect(results.append)
    runner.schedule(m)
    qtbot.waitUntil(started.is_set, timeout=5000)
    m.add_node("late", Kind.BUYER, "Late buyer", x=1, y=1)
    runner.schedule(m)
    release.set()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    qtbot.wait(50)
    assert len(results) == 1  # the stale result was dropped
    assert any("late" in f.nodes for f in results[0].findings)
    runner.shutdown()


def test_runner_reports_a_failing_analysis(qtbot, monkeypatch):
    from stakeholder_map.analysis import Session

    def broken(_session):
        raise RuntimeError("boom")

    monkeypatch.setattr(Session, "analysis", broken)
    runner = AnalysisRunner(delay_ms=0)
    with qtbot.waitSignal(runner.failed, timeout=5000) as blocker:
        runner.schedule(sample_map())
    assert blocker.args == ["RuntimeError: boom"]
    runner.shutdown()


def test_findings_list_says_analysis_is_pending(qtbot):
    listing = FindingsList()
    qtbot.addWidget(listing)
    listing.show_findings(analyze(sample_map()).findings)
    listing.show_pending()
    assert listing.count() == 1 and listing.row_text(0) == "Analysing the map…"
    assert listing.findings == []


def test_long_titles_and_names_show_their_beginning(make_window):
    from tests.ui.conftest import sample_map

    m = sample_map()
    m.set_title("Professional services: clients, corporate and internal departments of the firm")
    window = make_window(m)
    panel = window.docks.properties_panel
    assert panel.map_title.cursorPosition() == 0
    window.map.update_node("cto", name="Chief technology officer of the whole holding company group")
    window.scene.select_ids(["cto"], [])
    assert panel.node_name.text().startswith("Chief technology officer")
    assert panel.node_name.cursorPosition() == 0


def test_a_findings_tooltip_says_what_it_means_and_what_to_do(window, qtbot):
    from PySide6.QtCore import Qt

    from stakeholder_map.analysis import FINDING_HELP

    findings = window.docks.findings_list
    qtbot.waitUntil(lambda: len(findings.findings) > 0)
    for number, row in enumerate(findings.rows):
        tip = shown_text(findings.model().index(number).data(Qt.ItemDataRole.ToolTipRole))
        for finding in row.findings:
            assert finding.message in tip
        if len(row.findings) == 1:
            assert FINDING_HELP[str(row.findings[0].code)].action in tip
            assert "What to do:" in tip


def shown_text(tooltip: str) -> str:
    """What a tooltip shows a person: Qt renders rich text, so read it back as plain text."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def test_a_new_window_shows_the_findings_tab_first(window, qtbot):
    """The findings are what a new user reads first: no later panel (filter, compare,
    conflicts) takes the front of their tab group."""
    qtbot.waitUntil(lambda: window.docks.findings_list.isVisible())
    assert not window.docks.findings.visibleRegion().isEmpty()
    assert window.docks.filter.visibleRegion().isEmpty()


def test_the_window_fits_a_small_laptop_screen(window):
    """Panels scroll rather than setting the window's minimum size: 1024 x 600 is enough."""
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 600, hint
