"""The plain data an analysis returns, its words, and the key-stakeholder ranking."""

import json

import pytest

from stakeholder_map.analysis import FINDING_HELP, Analysis, Finding, FindingCode, Role, Severity, analyze
from stakeholder_map.model import Map

from tests.analysis.builders import make_map, run


def test_role_labels_and_descriptions_are_plain_words():
    assert Role.PAYING_USER.label == "Paying user"
    assert Role.SPONSORED_USER.label == "Sponsored user"
    assert Role.DECISION_MAKER.label == "Decision-maker"
    for role in Role:
        assert role.label and "_" not in role.label
        assert role.description.endswith(".") and len(role.description) > 15


def test_severity_rank_and_label():
    assert [s.rank for s in Severity] == [3, 2, 1]
    assert [s.label for s in Severity] == ["Error", "Warning", "Info"]


def test_every_finding_code_has_help():
    assert set(FINDING_HELP) == {str(c) for c in FindingCode}
    for code, help_ in FINDING_HELP.items():
        assert help_.title and help_.meaning.endswith(".") and help_.action.endswith(".")
        assert str(help_) == f"{help_.meaning} {help_.action}"
        assert FindingCode(code).label == help_.title
    assert FINDING_HELP["unheard_users"] is FINDING_HELP[FindingCode.UNHEARD_USERS]


def test_to_json_has_the_spec_shape():
    result = run({"search": ("product", "Web search"), "ads": ("company", "Advertisers"),
                  "people": ("end_user", "Searchers")},
                 [("ads", "pays", "search"), ("people", "uses", "search")])
    doc = json.loads(json.dumps(result.to_json()))
    assert set(doc) == {"version", "roles", "findings"} and doc["version"] == 1
    assert doc["roles"] == {"ads": ["client"], "people": ["free_user", "user"]}
    for finding in doc["findings"]:
        assert set(finding) == {"code", "severity", "nodes", "edges", "message"}
    assert doc["findings"][-1] == {
        "code": "users_not_customers", "severity": "info", "nodes": ["search"], "edges": [],
        "message": 'Nobody who uses "Web search" pays for it: its users and its customers are different people.',
    }


def test_findings_for_a_node_or_an_edge():
    result = run({"app": ("product", "App"), "p": ("person", "P")}, [("p", "uses", "p")])
    assert [f.code for f in result.findings_for("p")] == ["invalid_relation"]
    assert [f.code for f in result.findings_for("e1")] == ["invalid_relation"]
    assert [f.code for f in result.findings_for("app")] == ["no_paying_customer", "isolated", "no_users"]
    assert result.findings_for("nothing") == ()


def test_counts_and_worst():
    result = run({"app": ("product", "App")})
    assert result.counts() == {Severity.ERROR: 1, Severity.WARNING: 2, Severity.INFO: 0}
    assert result.worst() is Severity.ERROR
    assert analyze(Map()).worst() is None
    assert analyze(Map()).counts() == {Severity.ERROR: 0, Severity.WARNING: 0, Severity.INFO: 0}


def test_finding_label_falls_back_to_its_code():
    assert Finding("no_users", Severity.WARNING, ("a",)).label == "No users"
    assert Finding("custom_check", Severity.INFO, ("a",)).label == "custom_check"


def test_empty_map():
    result = analyze(Map())
    assert result == Analysis({}, (), {})
    assert result.to_json() == {"version": 1, "roles": {}, "findings": []}


def test_analysis_does_not_change_the_map():
    m = make_map({"app": ("product", "App"), "p": ("person", "P")}, [("p", "uses", "app"), ("p", "pays", "p")])
    before = m.copy()
    analyze(m)
    assert m == before


def test_analysis_leaves_the_garbage_collector_as_it_was():
    import gc

    assert gc.isenabled()
    analyze(make_map({"app": ("product", "App")}))
    assert gc.isenabled()
    gc.disable()
    try:
        analyze(make_map({"app": ("product", "App")}))
        assert not gc.isenabled()
    finally:
        gc.enable()


# -- ranking ----------------------------------------------------------------------------------------
def test_the_decider_ranks_first_and_says_why():
    nodes = {"app": ("product", "Dev suite"), "cto": ("decision_maker", "CTO"), "a": ("person", "A"),
             "b": ("person", "B"), "c": ("end_user", "C")}
    m = make_map(nodes, [("cto", "decides", "app"), ("a", "influences", "cto"), ("b", "influences", "cto"),
                         ("c", "uses", "app")])
    result = analyze(m)
    assert set(result.ranking) == {"cto", "a", "b", "c"}  # actors only
    assert result.key_stakeholders() == ["cto", "a", "b", "c"]
    assert result.ranking == {"cto": 6.0, "a": 2.0, "b": 2.0, "c": 0.5}
    top = result.to_json(m.nodes)["key_stakeholders"]
    assert top[0] == {"id": "cto", "score": 6.0, "why": 'decides on "Dev suite"; 2 stakeholders sway them'}
    assert top[1]["why"] == 'sways who decides on "Dev suite"'


def test_who_sways_the_payer_ranks_above_who_only_uses():
    nodes = {"toy": ("product", "Toy"), "mum": ("buyer", "Mum"), "kid": ("end_user", "Kid"),
             "pal": ("end_user", "Pal")}
    result = run(nodes, [("mum", "pays", "toy"), ("kid", "influences", "mum"), ("kid", "uses", "toy"),
                         ("pal", "uses", "toy")])
    assert result.key_stakeholders() == ["mum", "kid", "pal"]
    assert result.ranking["kid"] > result.ranking["pal"] > 0


def test_a_paying_company_ranks_and_its_members_only_by_what_they_do():
    nodes = {"app": ("product", "App"), "co": ("company", "Co"), "x": ("person", "X"), "y": ("person", "Y")}
    result = run(nodes, [("co", "pays", "app"), ("x", "member_of", "co"), ("y", "member_of", "co")])
    assert result.key_stakeholders() == ["co"]
    assert result.ranking == {"co": 2.0, "x": 0.0, "y": 0.0}


def test_invalid_edges_do_not_count_in_the_ranking():
    nodes = {"a": ("person", "A"), "b": ("person", "B")}
    result = run(nodes, [("a", "member_of", "b"), ("a", "decides", "b")])
    assert result.ranking == {"a": 0.0, "b": 0.0} and result.key_stakeholders() == []


def test_ranking_without_edges_is_zero_and_deterministic():
    m = make_map({"app": ("product", "App"), "a": ("person", "A"), "b": ("person", "B")})
    assert analyze(m).ranking == {"a": 0.0, "b": 0.0}
    assert analyze(Map()).ranking == {}
    assert analyze(make_map({"app": ("product", "App")})).ranking == {}


def test_ties_keep_the_map_order():
    nodes = {"app": ("product", "App"), **{f"p{i}": ("person", f"P{i}") for i in range(8)}}
    edges = [(f"p{i}", "influences", f"p{(i * 3 + 1) % 8}") for i in range(8)] + [("p0", "decides", "app")]
    first, second = run(nodes, edges), run(nodes, edges)
    assert first.ranking == second.ranking
    assert first.key_stakeholders() == second.key_stakeholders()
    assert first.key_stakeholders(3) == first.key_stakeholders()[:3]
    scores = [first.ranking[a] for a in first.key_stakeholders()]
    assert scores == sorted(scores, reverse=True)


def test_results_do_not_depend_on_the_hash_seed():
    """Sets iterate differently from one process to the next; the results must not."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "from stakeholder_map.model import Edge, Kind, Map, Node, Relation\n"
        "from stakeholder_map.analysis import analyze\n"
        "m = Map()\n"
        "people = [Node(f'p{i}', Kind.PERSON, f'P{i}') for i in range(60)]\n"
        "m.add([Node('app', Kind.PRODUCT, 'App'), Node('co', Kind.COMPANY, 'Co')] + people,\n"
        "      [Edge(f'i{i}-{j}', f'p{i}', f'p{(i * j + 1) % 60}', Relation.INFLUENCES)\n"
        "       for i in range(60) for j in (2, 3, 7) if (i * j + 1) % 60 != i]\n"
        "      + [Edge(f'm{i}', f'p{i}', 'co', Relation.MEMBER_OF) for i in range(0, 60, 3)]\n"
        "      + [Edge(f'd{i}', f'p{i}', 'app', Relation.DECIDES) for i in range(0, 60, 7)])\n"
        "r = analyze(m)\n"
        "print(repr(list(r.ranking.items())), r.to_json())\n"
    )
    root = Path(__file__).resolve().parents[2]
    outputs = {
        subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(outputs) == 1
