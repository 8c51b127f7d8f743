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


def test_a_rename_rewords_only_the_findings_about_the_node():
    m = _sample()
    session = Session(m)
    m.changed.subscribe(session.take)
    before = session.analysis()
    m.update_node("cy", name="Cyrus")
    after = session.analysis()
    assert session.last_effect is Effect.WORDS
    assert after == analyze(m)
    assert after.roles is before.roles and after.ranking is before.ranking
    for old, new in zip(before.findings, after.findings):
        assert (new is old) == ("cy" not in old.nodes)
    assert any("Cyrus" in f.message for f in after.findings)


def test_notes_and_moves_change_nothing_and_cost_nothing():
    m = _sample()
    session = Session(m)
    m.changed.subscribe(session.take)
    before = session.analysis()
    m.update_node("bob", notes="likes it", headcount=12)
    m.move_nodes({"bob": (5, 5)})
    m.update_edge("e1", notes="annual deal")
    assert session.analysis() is before
    assert session.last_effect is Effect.NONE


def test_additions_grow_the_index_and_removals_make_a_new_one():
    m = _sample()
    session = Session(m)
    m.changed.subscribe(session.take)
    session.analysis()
    index = session._index
    m.add_node("dee", Kind.END_USER, "Dee")
    m.connect("dee", "app", Relation.USES)
    assert session.analysis() == analyze(m)
    assert session.last_effect is Effect.GROWTH and session._index is index
    m.remove(["dee"], [])
    assert session.analysis() == analyze(m)
    assert session.last_effect is Effect.REINDEX and session._index is not index
    m.update_node("bob", kind=Kind.PERSON)
    assert session.analysis() == analyze(m)
    assert session.last_effect is Effect.REBUILD


@pytest.mark.parametrize("edit, expected", [
    (Change(title=("a", "b")), Effect.NONE),
    (lambda m: m.moving({"bob": (1, 1)}), Effect.NONE),
    (lambda m: Change(nodes_changed=((m.node("bob"), m.node("bob").with_(name="B")),)), Effect.WORDS),
    (lambda m: Change(nodes_changed=((m.node("bob"), m.node("bob").with_(kind=Kind.PERSON)),)),
     Effect.REBUILD),
    (lambda m: Change(edges_changed=((m.edge("e1"), m.edge("e1").with_(amount=11)),)), Effect.REINDEX),
    (lambda m: Change(edges_changed=((m.edge("e1"), m.edge("e1").with_(notes="n")),)), Effect.NONE),
    (lambda m: m.removal([], ["e1"]), Effect.REINDEX),
    (lambda m: m.removal(["bob"], []), Effect.REINDEX),
])
def test_effect_of_each_kind_of_change(edit, expected):
    m = _sample()
    change = edit(m) if callable(edit) else edit
    assert effect(change) is expected


def test_a_failure_midway_rebuilds_next_time(monkeypatch):
    m = _sample()
    session = Session(m)
    m.changed.subscribe(session.take)
    session.analysis()
    m.connect("x", "ann", Relation.INFLUENCES)
    real = session_module.MapIndex.extend

    def broken(self, nodes, edges):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(session_module.MapIndex, "extend", broken)
    with pytest.raises(RuntimeError):
        session.analysis()
    monkeypatch.setattr(session_module.MapIndex, "extend", real)
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
    assert result == analyze(m) and session.last_effect is Effect.GROWTH


def test_a_second_priced_payment_can_concentrate_revenue():
    m = make_map({"app": ("product", "App"), "a": ("buyer", "A"), "b": ("buyer", "B")},
                 [("a", "pays", "app", {"amount": 900})])
    session = _follow(m)
    m.connect("b", "app", Relation.PAYS, amount=100)
    result = session.analysis()
    assert [f.nodes for f in result.findings if f.code == "revenue_concentration"] == [("a", "app")]
    assert result == analyze(m)


def test_a_new_influence_leaves_payment_and_decision_findings_alone():
    m = _sample()
    session = _follow(m)
    before = {f.code: f for f in session.analysis().findings}
    m.connect("x", "cy", Relation.INFLUENCES)
    after = session.analysis()
    assert after == analyze(m)
    assert session.redone == {"isolated", "unheard_users", "users_not_customers"}
    kept = {f.code: f for f in after.findings if f.code == "decision_maker_not_user"}
    assert kept and all(kept[c] is before[c] for c in kept)  # the very same objects


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


def test_removing_an_influence_redoes_only_what_reads_influences():
    m = _sample()
    m.connect("x", "cy", Relation.INFLUENCES, edge_id="sway")
    session = _follow(m)
    before = session.analysis()
    m.remove([], ["sway"])
    after = session.analysis()
    assert after == analyze(m) and session.last_effect is Effect.REINDEX
    assert session.redone == {"isolated", "unheard_users", "users_not_customers"}
    kept = [f for f in after.findings if f.code == "decision_maker_not_user"]
    assert kept and all(any(f is g for g in before.findings) for f in kept)


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
