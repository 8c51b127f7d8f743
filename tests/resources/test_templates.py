"""The map templates: well-formed, neatly laid out, and each shows what it is meant to show."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from stakeholder_map.analysis import analyze
from stakeholder_map.fileio import dumps_map, load_map
from stakeholder_map.fileio.v1 import EDGE_KEYS, NODE_KEYS, TOP_KEYS
from stakeholder_map.model import Kind, Map, Relation, is_allowed
from stakeholder_map.resources import template_paths, template_title

# The codes of spec section 3; an analysis may add more kinds of finding (the spec allows it).
SPEC_CODES = {
    "no_paying_customer", "no_users", "company_without_decision_maker", "unheard_users",
    "decision_maker_not_user", "users_not_customers", "role_mismatch", "isolated",
    "invalid_relation", "revenue_concentration",
}

# For each template: every actor's roles, and every (spec) finding as (code, its nodes).
EXPECTED = {
    "account-planning": {
        "roles": {
            "globex": {"client"},
            "finance": set(),
            "it": set(),
            "cfo": {"decision_maker"},
            "controller": {"client"},
            "head_data": {"influencer", "sponsored_user", "user"},
            "analysts": {"influencer", "sponsored_user", "user"},
            "partner": {"influencer"},
            "industry": {"influencer"},
        },
        "findings": {("decision_maker_not_user", frozenset({"cfo", "insight"}))},
    },
    "search-advertising": {
        "roles": {
            "advertiser": {"client"},
            "marketing_director": {"decision_maker"},
            "agency": {"influencer"},
            "local_shops": {"customer"},
            "searchers": {"free_user", "user"},
        },
        "findings": {
            ("users_not_customers", frozenset({"search"})),
            ("decision_maker_not_user", frozenset({"marketing_director", "search"})),
            ("unheard_users", frozenset({"search", "searchers"})),
        },
    },
    "freemium-music": {
        "roles": {
            "artist": {"influencer"},
            "premium": {"customer", "paying_user", "user"},
            "family_payer": {"customer", "paying_user", "user"},
            "free_listeners": {"free_user", "user"},
            "family_members": {"influencer", "sponsored_user", "user"},
        },
        "findings": {("unheard_users", frozenset({"music", "free_listeners"}))},
    },
    "enterprise-software": {
        "roles": {
            "acme": {"client"},
            "cio": {"decision_maker"},
            "procurement": {"client"},
            "team_lead": {"influencer", "sponsored_user", "user"},
            "office_staff": {"influencer", "sponsored_user", "user"},
            "field_reps": {"sponsored_user", "user"},
        },
        "findings": {
            ("decision_maker_not_user", frozenset({"cio", "expenses"})),
            ("unheard_users", frozenset({"expenses", "field_reps"})),
        },
    },
    "family-toy": {
        "roles": {
            "reviewer": {"influencer"},
            "parent": {"customer", "decision_maker"},
            "grandparent": {"customer"},
            "child": {"influencer", "sponsored_user", "user"},
            "classmates": {"influencer"},
        },
        "findings": {("decision_maker_not_user", frozenset({"parent", "toy"}))},
    },
    "professional-services": {
        "roles": {
            "henry": {"client", "decision_maker", "paying_user", "user"},
            "northwind": {"client"},
            "counsel": {"decision_maker", "sponsored_user", "user"},
            "hr": {"client"},
            "head_hr": {"decision_maker", "sponsored_user", "user"},
            "hr_staff": {"influencer", "sponsored_user", "user"},
        },
        "findings": {("revenue_concentration", frozenset({"northwind", "defence"}))},
    },
    "hotel-chickens": {
        "roles": {
            "hotel": {"client"},
            "purchasing": {"decision_maker"},
            "chef": {"influencer"},
            "family_cook": {"customer", "paying_user", "user"},
            "guests": {"influencer", "sponsored_user", "user"},
        },
        "findings": {
            ("decision_maker_not_user", frozenset({"purchasing", "chickens"})),
            ("unheard_users", frozenset({"chickens", "guests"})),
        },
    },
}

NODE_W, NODE_H, MIN_GAP = 160, 56, 40


def _stem(path: Path) -> str:
    return path.name.removesuffix(".stakemap.json")


def _by_stem() -> dict[str, Path]:
    return {_stem(p): p for p in template_paths()}


def _doc(name: str) -> dict:
    return json.loads(_by_stem()[name].read_text(encoding="utf-8"))


def _load(name: str) -> Map:
    return load_map(_by_stem()[name])


def test_every_expected_template_ships_and_nothing_else():
    assert sorted(_by_stem()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_template_text_is_deterministic(name):
    path = _by_stem()[name]
    text = path.read_text(encoding="utf-8")
    doc = json.loads(text)
    assert text == json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    assert list(doc) == [k for k in TOP_KEYS if k in doc] and "title" in doc and "currency" in doc
    assert doc["format"] == "stakeholder-map" and doc["version"] == 1
    for node in doc["nodes"]:
        assert list(node) == [k for k in NODE_KEYS if k in node], node["id"]
    for edge in doc["edges"]:
        assert list(edge) == [k for k in EDGE_KEYS if k in edge], edge["id"]
    # saving the template again changes nothing: it is written exactly as the app writes maps
    assert dumps_map(load_map(path)) == text


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_template_is_valid_and_explained(name):
    doc = _doc(name)
    ids = [n["id"] for n in doc["nodes"]] + [e["id"] for e in doc["edges"]]
    assert len(ids) == len(set(ids))
    kinds = {n["id"]: Kind(n["kind"]) for n in doc["nodes"]}
    for edge in doc["edges"]:
        relation = Relation(edge["relation"])
        assert edge["source"] != edge["target"]
        assert is_allowed(relation, kinds[edge["source"]], kinds[edge["target"]]), edge["id"]
    for node in doc["nodes"]:
        # every node explains itself in a product manager's words
        assert len(node.get("notes", "")) > 30, node["id"]
    assert all(n["internal"] is True for n in doc["nodes"] if "internal" in n)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_template_layout_is_roomy(name):
    nodes = _doc(name)["nodes"]
    assert all(isinstance(n.get("x"), int) and isinstance(n.get("y"), int) for n in nodes)
    for a, b in itertools.combinations(nodes, 2):
        apart_x = abs(a["x"] - b["x"]) >= NODE_W + MIN_GAP
        apart_y = abs(a["y"] - b["y"]) >= NODE_H + MIN_GAP
        assert apart_x or apart_y, f"{a['id']} and {b['id']} overlap"
    by_kind = {}
    for n in nodes:
        by_kind.setdefault(n["kind"], []).append(n["x"])
    # products sit in the middle column
    assert set(by_kind["product"]) == {0}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_template_analysis_shows_its_point(name):
    analysis = analyze(_load(name))
    roles = {actor: {str(r) for r in held} for actor, held in analysis.roles.items()}
    assert roles == EXPECTED[name]["roles"]
    findings = {(str(f.code), frozenset(f.nodes)) for f in analysis.findings if f.code in SPEC_CODES}
    assert findings == EXPECTED[name]["findings"]


def test_the_account_plan_shows_company_boxes_tags_and_attitudes():
    """A template shows what the map can say beyond who pays and uses: a company drawn as a
    box of its departments (a box in a box), tags with colours and attitudes."""
    from stakeholder_map.model.boxes import box_parents

    template = _load("account-planning")
    assert box_parents(template) == {"finance": "globex", "it": "globex", "cfo": "finance",
                                     "controller": "finance", "head_data": "it", "analysts": "it"}
    assert template.tag_colours and any(n.tags for n in template.nodes.values())
    attitudes = {str(n.attitude) for n in template.nodes.values() if n.attitude}
    assert {"champion", "blocker"} <= attitudes


def test_template_titles_come_from_the_files():
    titles = {_stem(p): template_title(p) for p in template_paths()}
    assert titles["hotel-chickens"] == "Chickens for hotels: who pays, who decides, who eats"
    assert len(set(titles.values())) == len(titles)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_template_with_amounts_names_its_currency(name):
    """Amounts in an example read as money ("$120,000 / yr"), never as bare numbers."""
    template = _load(name)
    if any(edge.amount is not None for edge in template.edges.values()):
        assert template.currency == "USD"
