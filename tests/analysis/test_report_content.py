"""The report's words, without Qt: links in words, money with the map's currency, findings
with what to do, key stakeholders."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from stakeholder_map.analysis import FINDING_HELP, analyze
from stakeholder_map.analysis.links import money, outgoing
from stakeholder_map.analysis.report_content import report_content
from stakeholder_map.fileio import load_map

from tests.report.deal import NASTY, write_deal


def _content(tmp_path, **kwargs):
    m = load_map(write_deal(tmp_path / "deal.stakemap.json", **kwargs))
    return report_content(m, analyze(m), date(2026, 12, 1))


def _entry(content, name):
    return next(e for e in content.stakeholders + content.products if e.name == name)


def test_links_in_words_with_the_maps_currency(tmp_path):
    content = _content(tmp_path)
    assert content.currency == "USD"
    assert "pays Dev suite $120,000 a year under contract" in _entry(content, "Acme").links
    cio = _entry(content, "Dana the CIO")
    assert cio.links[:2] == ("decides on Dev suite", "is a member of Acme")
    assert "paid for by Acme: $120,000 a year under contract" in _entry(content, "Dev suite").links
    assert "its members are Dana the CIO and Developers" in _entry(content, "Acme").links


def test_plain_numbers_when_the_map_has_no_currency(tmp_path):
    content = _content(tmp_path, currency=None)
    assert content.currency is None
    assert "pays Dev suite 120,000 a year under contract" in _entry(content, "Acme").links


def test_money_keeps_exact_decimals():
    assert money(Decimal("69.99") * 12, "EUR") == "€839.88"
    assert money(Decimal("0.1"), None) == "0.10"
    assert money(1500, "SEK") == "SEK 1,500"


def test_every_stakeholder_with_kind_roles_headcount_tags_attitude_notes(tmp_path):
    content = _content(tmp_path)
    assert [e.name for e in content.stakeholders] == ["Acme", "Dana the CIO", "Developers", NASTY]
    assert [e.name for e in content.products] == ["Dev suite"]
    cio = _entry(content, "Dana the CIO")
    assert (cio.kind, cio.roles, cio.tags, cio.attitude) == (
        "decision-maker", ("Decision-maker",), ("exec", "sponsor"), "Champion")
    devs = _entry(content, "Developers")
    assert devs.headcount == 250 and devs.roles == ("Sponsored user", "User")
    assert devs.notes == "Use it every day.\nWant faster builds."
    assert content.title == "Acme account plan" and content.date_text == "1 December 2026"


def test_findings_grouped_by_severity_with_what_to_do(tmp_path):
    content = _content(tmp_path)
    headings = [g.heading for g in content.finding_groups]
    assert headings == ["Warnings (2)", "Info (1)"]
    topics = {t.code: t for g in content.finding_groups for t in g.topics}
    assert set(topics) == {"isolated", "unheard_users", "decision_maker_not_user"}
    for code, topic in topics.items():
        assert topic.action == FINDING_HELP[code].action and topic.title == FINDING_HELP[code].title
    assert any(NASTY in m for m in topics["isolated"].messages)
    assert content.findings_summary == "2 warnings, 1 info"


def test_key_stakeholders_with_score_and_why_as_the_panel_tells_them(tmp_path):
    from stakeholder_map.analysis.ranking import why

    m = load_map(write_deal(tmp_path / "deal.stakemap.json"))
    analysis = analyze(m)
    content = report_content(m, analysis, date(2026, 12, 1))
    top = analysis.key_stakeholders(5)
    assert [k.name for k in content.key_stakeholders] == [m.nodes[a].name for a in top]
    assert content.key_stakeholders[0].name == "Dana the CIO"  # decides: ranks first
    for k, actor in zip(content.key_stakeholders, top):
        assert k.score == analysis.stakes[actor].score > 0
        assert k.why == why(m.nodes, actor, analysis.stakes[actor])
    assert 'decides on "Dev suite"' in content.key_stakeholders[0].why


def test_outgoing_words_for_every_relation(tmp_path):
    m = load_map(write_deal(tmp_path / "d.stakemap.json"))
    words = {e.id: outgoing(m, e, None) for e in m.edges.values()}
    assert words["e2"] == "decides on Dev suite"
    assert words["e4"] == "uses Dev suite"
    assert words["e5"] == "is a member of Acme"
