"""The plain-text report the command line prints."""

from stakeholder_map.analysis import analyze
from stakeholder_map.analysis.report import text_report
from stakeholder_map.model import Map

from tests.analysis.builders import make_map

ENTERPRISE = make_map(
    {"crm": ("product", "CRM"), "corp": ("company", "Client Corp"), "cto": ("decision_maker", "CTO"),
     "staff": ("end_user", "Employees"), "lead": ("person", "Team lead"), "x": ("person", "")},
    [("corp", "pays", "crm"), ("cto", "member_of", "corp"), ("cto", "decides", "crm"),
     ("staff", "member_of", "corp"), ("staff", "uses", "crm"), ("lead", "influences", "cto")],
    title="Enterprise  CRM\n",
)


def test_report_lists_stakeholders_with_roles_in_plain_words():
    text = text_report(ENTERPRISE, analyze(ENTERPRISE))
    lines = text.splitlines()
    assert lines[0] == "Stakeholder map: Enterprise CRM"
    assert "1 product, 5 stakeholders, 6 links" in lines
    assert "  Client Corp (company): Client" in lines
    assert "  Employees (end user): Sponsored user, User" in lines
    assert "  Team lead (person): Influencer" in lines
    assert "  x (person): no role" in lines
    assert "{" not in text


def test_report_groups_findings_by_severity_with_counts():
    text = text_report(ENTERPRISE, analyze(ENTERPRISE))
    assert "Findings: 2 warnings, 1 info" in text
    warnings, info = text.index("Warnings (2)"), text.index("Info (1)")
    assert warnings < info
    assert text.index('"Employees" use "CRM"') > warnings
    assert text.index('"CTO" decides on "CRM" but does not use it.') > info
    assert text.index('"x" is not connected to anything.') < info


def test_report_names_key_stakeholders_with_score_and_why_but_not_those_with_no_stake():
    text = text_report(ENTERPRISE, analyze(ENTERPRISE))
    block = text.split("Key stakeholders (most influential first)\n")[1].split("\n\n")[0]
    assert block.splitlines() == [
        '  1. CTO (score 5): decides on "CRM"; 1 stakeholder sways them',
        '  2. Client Corp (score 2): pays for "CRM"',
        '  3. Team lead (score 2): sways who decides on "CRM"',
        '  4. Employees (score 0.5): use "CRM"',
    ]


def test_report_of_an_empty_map():
    text = text_report(Map(), analyze(Map()))
    assert text.splitlines()[0] == "Stakeholder map: (untitled)"
    assert "  (none)" in text
    assert text.endswith("Findings: none. No gaps found.")


def test_report_without_ranking():
    assert "Key stakeholders" not in text_report(ENTERPRISE, analyze(ENTERPRISE), key_stakeholders=False)
