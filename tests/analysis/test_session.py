"""A session kept up to date change by change always equals a fresh ``analyze(map)``, and it
does the least work a change needs (nothing for notes, new sentences for a rename)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stakeholder_map.analysis import Effect, Session, analyze, effect
from stakeholder_map.analysis import session as session_module
from stakeholder_map.model import Agreement, Change, Kind, Map, ModelError, Relation, is_allowed

from tests.analysis.builders import make_map
from tests.analysis.test_properties import business_maps
from tests.strategies import maps

NAMES = st.sampled_from(["", "Ann", "Ann Lee", '"Quoted"', "Bob", "X" * 30, "  spaced\n out "])


def _step(draw, m: Map) -> None:
    """One random edit of ``m`` through its public API (some of them are refused)."""
    nodes, edges = list(m.nodes), list(m.edges)
    what = draw(st.sampled_from(
        ["rename", "notes", "add_node", "connect", "connect", "connect", "connect", "remove_node",
         "remove_edge",
         "kind", "edge_relation", "edge_notes", "move", "title", "paste"]))
    try:
        if what == "rename" and nodes:
            m.update_node(draw(st.sampled_from(nodes)), name=draw(NAMES))
        elif what == "notes" and nodes:
            m.update_node(draw(st.sampled_from(nodes)), notes=draw(NAMES), headcount=3)
        elif what == "add_node":
            m.add_node(m.new_id("n"), draw(st.sampled_from(list(Kind))), draw(NAMES))
        elif what == "connect" and nodes:
            relation = draw(st.sampled_from(list(Relation)))
            pairs = [(a, b) for a in nodes for b in nodes if a != b
                     and is_allowed(relation, m.node(a).kind, m.node(b).kind)]
            # mostly links the table allows (they make roles and findings), a few it does not
            if pairs and draw(st.integers(0, 5)):
                source, target = draw(st.sampled_from(pairs))
            else:
                source, target = draw(st.sampled_from(nodes)), draw(st.sampled_from(nodes))
            amount = draw(st.none() | st.integers(0, 1000)) if relation is Relation.PAYS else None
            m.connect(source, target, relation, amount=amount)
        elif what == "remove_node" and nodes:
            m.remove([draw(st.sampled_from(nodes))], [])
        elif what == "remove_edge" and edges:
            m.remove([], [draw(st.sampled_from(edges))])
        elif what == "kind" and nodes:
            m.update_node(draw(st.sampled_from(nodes)), kind=draw(st.sampled_from(list(Kind))))
        elif what == "edge_relation" and edges:
            m.update_edge(draw(st.sampled_from(edges)), relation=draw(st.sampled_from(list(Relation))))
        elif what == "edge_notes" and edges:
            m.update_edge(draw(st.sampled_from(edges)), notes="why")
        elif what == "move" and nodes:
            m.move_nodes({draw(st.sampled_from(nodes)): (1.0, 2.0)})
        elif what == "title":
            m.set_title(draw(NAMES))
        elif what == "paste" and nodes:
            new = m.new_id("n")
            from stakeholder_map.model import Edge, Node

            m.add([Node(new, draw(st.sampled_from(list(Kind))), draw(NAMES))],
                  [Edge(m.new_id("e"), new, draw(st.sampled_from(nodes)),
                        draw(st.sampled_from(list(Relation))), agreement=Agreement.CONTRACT
                        if draw(st.booleans()) else None)])
    except (ModelError, ValueError, TypeError):
        pass  # an edit the model refuses changes nothing


@settings(max_examples=200, deadline=None)
@given(business_maps() | maps(max_nodes=8, max_edges=12), st.data())
def test_a_session_always_equals_a_fresh_analysis(m, data):
    session = Session(m)
    m.changed.subscribe(session.take)
    assert session.analysis() == analyze(m)
    for _ in range(data.draw(st.integers(1, 10))):
        for _ in range(data.draw(st.integers(1, 3))):  # several changes between two results
            _step(data.draw, m)
        assert session.analysis() == analyze(m)


def _sample() -> Map:
    return make_map(
        {"app": ("product", "App"), "ann": ("buyer", "Ann"), "bob": ("end_user", "Bob"),
         "cy": ("decision_maker", "Cy"), "x": ("person", "X")},
        [("ann", "pays", "app", {"amount": 10}), ("x", "pays", "app", {"amount": 1}),
         ("bob", "uses", "app"), ("cy", "decides", "app"), ("app", "pays", "bob")],
    )


def test_a_rename_rewords_only_the_findings_about_the_node_and_its_neighbours():
    m = _sample()
    m.add_node("far", Kind.PRODUCT, "Far away")
    session = _follow(m)
    before = session.analysis()
    m.update_node("cy", name="Cyrus")
    after = session.analysis()
    assert session.last_effect is Effect.WORDS
    assert after == analyze(m)
    assert after.roles == before.roles and after.ranking == before.ranking
    kept = [f for f in after.findings if "far" in f.nodes]
    assert kept and all(any(f is g for g in before.findings) for f in kept)  # the very same objects
    assert any("Cyrus" in f.message for f in after.findings)


def test_notes_headcount_moves_and_currency_change_nothing_and_cost_nothing():
    m = _sample()
    session = _follow(m)
    before = session.analysis()
    m.update_node("bob", notes="likes it", headcount=12)
    m.move_nodes({"bob": (5, 5)})
    m.update_edge("e1", notes="annual deal")
    m.set_currency("EUR")
    assert session.analysis() is before
    assert session.last_effect is Effect.NONE


@pytest.mark.parametrize("edit, expected", [
    (Change(title=("a", "b")), Effect.NONE),
    (Change(currency=(None, "EUR")), Effect.NONE),
    (lambda m: m.moving({"bob": (1, 1)}), Effect.NONE),
    (lambda m: Change(nodes_changed=((m.node("bob"), m.node("bob").with_(name="B")),)), Effect.WORDS),
    (lambda m: Change(nodes_changed=((m.node("bob"), m.node("bob").with_(kind=Kind.PERSON)),)),
     Effect.LINKS),
    (lambda m: Change(edges_changed=((m.edge("e1"), m.edge("e1").with_(amount=11)),)), Effect.LINKS),
    (lambda m: Change(edges_changed=((m.edge("e1"), m.edge("e1").with_(notes="n")),)), Effect.NONE),
    (lambda m: m.removal([], ["e1"]), Effect.LINKS),
    (lambda m: m.removal(["bob"], []), Effect.LINKS),
])
def test_effect_of_each_kind_of_change(edit, expected):
    m = _sample()
    change = edit(m) if callable(edit) else edit
    assert effect(change) is expected


def test_a_failure_midway_rebuilds_next_time(monkeypatch):
    m = _sample()
    session = _follow(m)
    m.connect("x", "ann", Relation.INFLUENCES)

    def broken(*args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(session_module, "roles_of", broken)
    with pytest.raises(RuntimeError):
        session.analysis()
    monkeypatch.undo()
    assert session.analysis() == analyze(m)
    assert session.last_effect is Effect.REBUILD


def _follow(m: Map) -> Session:
    session = Session(m)
    m.changed.subscribe(session.take)
    session.analysis()
    return session


def test_a_new_influence_can_make_a_user_sponsored():
    m = make_map({"app": ("product", "App"), "mum": ("buyer", "Mum"), "kid": ("end_user", "Kid")},
                 [("mum", "pays", "app"), ("kid", "uses", "app")])
    session = _follow(m)
    m.connect("kid", "mum", Relation.INFLUENCES)
    result = session.analysis()
    assert "sponsored_user" in [str(r) for r in result.roles["kid"]]
    assert result == analyze(m) and session.last_effect is Effect.LINKS


def test_a_second_priced_payment_can_concentrate_revenue():
    m = make_map({"app": ("product", "App"), "a": ("buyer", "A"), "b": ("buyer", "B")},
                 [("a", "pays", "app", {"amount": 900})])
    session = _follow(m)
    m.connect("b", "app", Relation.PAYS, amount=100)
    result = session.analysis()
    assert [f.nodes for f in result.findings if f.code == "revenue_concentration"] == [("a", "app")]
    assert result == analyze(m)


def test_a_new_influence_leaves_what_it_cannot_reach_alone():
    m = _sample()
    m.add_node("co", Kind.COMPANY, "Co")
    m.connect("co", "app", Relation.PAYS)
    session = _follow(m)
    before = session.analysis()
    m.connect("x", "cy", Relation.INFLUENCES)
    after = session.analysis()
    assert after == analyze(m)
    kept = [f for f in after.findings if f.code == "company_without_decision_maker"]
    assert kept and all(any(f is g for g in before.findings) for f in kept)  # the very same objects


def test_joining_a_paying_company_makes_a_user_sponsored():
    m = make_map({"app": ("product", "App"), "acme": ("company", "Acme"), "eve": ("end_user", "Eve"),
                  "bob": ("end_user", "Bob")},
                 [("acme", "pays", "app"), ("eve", "uses", "app"), ("bob", "uses", "app")])
    session = _follow(m)
    m.connect("eve", "acme", Relation.MEMBER_OF)
    result = session.analysis()
    assert "sponsored_user" in [str(r) for r in result.roles["eve"]]
    assert "free_user" in [str(r) for r in result.roles["bob"]]
    assert result == analyze(m)


def test_joining_a_department_of_a_paying_company_reaches_its_staff():
    m = make_map({"app": ("product", "App"), "corp": ("company", "Corp"), "it": ("company", "IT"),
                  "head": ("decision_maker", "Head of IT"), "staff": ("end_user", "IT staff")},
                 [("corp", "pays", "app"), ("staff", "uses", "app"), ("head", "decides", "app"),
                  ("staff", "member_of", "it"), ("head", "member_of", "it")])
    session = _follow(m)
    assert [f.code for f in session.analysis().findings if f.code == "company_without_decision_maker"]
    m.connect("it", "corp", Relation.MEMBER_OF)
    result = session.analysis()
    assert result == analyze(m)
    assert "sponsored_user" in [str(r) for r in result.roles["staff"]]
    assert not [f for f in result.findings if f.code == "company_without_decision_maker"]


def test_a_new_amount_and_an_undone_link_match_a_fresh_analysis():
    m = _sample()
    session = _follow(m)
    m.update_edge("e2", amount=50)  # now X brings most of the revenue
    assert session.analysis() == analyze(m)
    added = m.connect("bob", "ann", Relation.INFLUENCES)
    session.analysis()
    m.remove([], [added.id])
    assert session.analysis() == analyze(m)


def test_losing_the_influence_of_a_payer_makes_a_user_free():
    m = make_map({"app": ("product", "App"), "mum": ("buyer", "Mum"), "kid": ("end_user", "Kid")},
                 [("mum", "pays", "app"), ("kid", "uses", "app"), ("mum", "influences", "kid")])
    session = _follow(m)
    assert "sponsored_user" in [str(r) for r in session.analysis().roles["kid"]]
    m.remove([], ["e3"])
    result = session.analysis()
    assert "free_user" in [str(r) for r in result.roles["kid"]]
    assert result == analyze(m)


def test_the_session_never_writes_into_its_index():
    """The rules read an index that stays as it was built (no cached hearing in it)."""
    m = _sample()
    session = _follow(m)
    from stakeholder_map.analysis.graph import MapIndex

    index = MapIndex.of(m)
    before = dict(vars(index))
    analyze(m)
    from stakeholder_map.analysis.session import fresh

    fresh(m)
    assert vars(index) == before and set(vars(index)) == set(before)
    m.connect("bob", "cy", Relation.INFLUENCES)
    assert session.analysis() == analyze(m)
