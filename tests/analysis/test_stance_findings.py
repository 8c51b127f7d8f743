"""The findings from attitude, power and interest: each fires where it should and only there,
and an analysis kept up to date by a session agrees with a fresh one after stance edits."""

from __future__ import annotations

from stakeholder_map.analysis import analyze
from stakeholder_map.analysis.session import Session
from stakeholder_map.model import Map, Relation


def deal() -> Map:
    m = Map("Deal")
    m.add_node("app", "product", "App")
    m.add_node("cfo", "decision_maker", "CFO")
    m.add_node("lead", "end_user", "Team lead")
    m.add_node("board", "person", "Board")
    m.connect("cfo", "app", Relation.DECIDES, edge_id="d1")
    m.connect("lead", "app", Relation.USES, edge_id="u1")
    m.connect("board", "cfo", Relation.INFLUENCES, edge_id="i1")
    return m


def found(m: Map, code: str) -> list:
    return [f for f in analyze(m).findings if f.code == code]


def test_a_map_without_attitudes_gets_none_of_them():
    m = deal()
    for code in ("blocker_without_champion", "key_stakeholder_not_linked", "no_champion"):
        assert found(m, code) == []


def test_a_blocking_decision_maker_with_no_champion_is_flagged_until_a_champion_influences_them():
    m = deal()
    m.update_node("cfo", attitude="blocker")
    (finding,) = found(m, "blocker_without_champion")
    assert finding.severity == "warning" and finding.nodes == ("cfo", "app") and finding.edges == ("d1",)
    assert finding.message == '"CFO" decides on "App" and is a blocker, but no champion influences them.'
    m.update_node("board", attitude="supporter")  # a supporter is not enough
    assert found(m, "blocker_without_champion")
    m.update_node("board", attitude="champion")
    assert found(m, "blocker_without_champion") == []


def test_a_blocker_who_decides_nothing_is_not_flagged():
    m = deal()
    m.update_node("lead", attitude="blocker")
    assert found(m, "blocker_without_champion") == []


def test_a_key_stakeholder_with_no_link_to_a_product_is_flagged():
    m = deal()
    m.update_node("board", power="high", interest="high")
    (finding,) = found(m, "key_stakeholder_not_linked")
    assert finding.nodes == ("board",)
    assert finding.message == '"Board" has high power and high interest, but no link to any product.'
    m.update_node("board", interest="medium")
    assert found(m, "key_stakeholder_not_linked") == []
    m.update_node("cfo", power="high", interest="high")  # linked: decides on the app
    assert found(m, "key_stakeholder_not_linked") == []


def test_a_product_whose_stakeholders_have_attitudes_but_no_champion_is_flagged():
    m = deal()
    m.update_node("lead", attitude="supporter")
    (finding,) = found(m, "no_champion")
    assert finding.severity == "info" and finding.nodes == ("app",)
    assert finding.message == ('"App" has no champion: nobody who pays for it, decides on it or uses it '
                               "is marked as one.")
    m.update_node("lead", attitude="champion")
    assert found(m, "no_champion") == []


def test_a_session_follows_stance_edits_like_a_fresh_analysis():
    m = deal()
    session = Session(m)
    session.analysis()
    m.changed.subscribe(session.take)
    edits = [("cfo", {"attitude": "blocker"}), ("board", {"attitude": "champion"}),
             ("lead", {"attitude": "sceptic"}), ("board", {"power": "high", "interest": "high"}),
             ("board", {"attitude": None}), ("lead", {"attitude": "champion"}), ("cfo", {"attitude": None})]
    for node_id, fields in edits:
        m.update_node(node_id, **fields)
        assert session.analysis().findings == analyze(m).findings, (node_id, fields)
