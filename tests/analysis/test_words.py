"""Every sentence the analysis says, read aloud as the product manager it is for, and pinned:
each template's findings and key stakeholders, and the cases that used to read wrong."""

from __future__ import annotations

from decimal import Decimal

import pytest

from stakeholder_map.analysis import analyze
from stakeholder_map.analysis.ranking import why
from stakeholder_map.fileio import load_map
from stakeholder_map.resources import template_paths

from tests.analysis.builders import make_map

TEMPLATE_SENTENCES = {
    'account-planning': (
        [
            '"Chief financial officer" decides on "Insight analytics platform" but does not use it.',
        ],
        [
            ('Chief financial officer', 6.0, 'decides on "Insight analytics platform"; 2 stakeholders sway them'),
            ('Data lead', 4.5, 'sways who decides on "Insight analytics platform"; 2 stakeholders sway them; uses "Insight analytics platform"'),
            ('Financial controller', 4.0, 'decides on "Insight analytics platform" by paying for it'),
            ('Business analysts', 2.5, 'sway who decides on "Insight analytics platform"; use "Insight analytics platform"'),
            ('Globex Corp', 2.0, 'pays for "Insight analytics platform"'),
            ('Implementation partner', 2.0, 'sways who decides on "Insight analytics platform"'),
            ('Industry analyst', 2.0, 'sways who decides on "Insight analytics platform"'),
        ],
    ),
    'enterprise-software': (
        [
            '"Field sales reps" use "Expense reporting app", but no chain of influence reaches anyone who decides on it ("Chief information officer", who decides on it; "Procurement buyer", who pays for it).',
            '"Chief information officer" decides on "Expense reporting app" but does not use it.',
        ],
        [
            ('Chief information officer', 5.0, 'decides on "Expense reporting app"; 1 stakeholder sways them'),
            ('Procurement buyer', 4.0, 'decides on "Expense reporting app" by paying for it'),
            ('Finance team lead', 3.5, 'sways who decides on "Expense reporting app"; 1 stakeholder sways them; uses "Expense reporting app"'),
            ('Office employees', 2.5, 'sway who decides on "Expense reporting app"; use "Expense reporting app"'),
            ('Acme Corp', 2.0, 'pays for "Expense reporting app"'),
            ('Field sales reps', 0.5, 'use "Expense reporting app"'),
        ],
    ),
    'family-toy': (
        [
            '"Parent" decides on "Robot building kit" but does not use it.',
        ],
        [
            ('Parent', 6.0, 'decides on "Robot building kit"; 2 stakeholders sway them'),
            ('Grandparent', 4.0, 'decides on "Robot building kit" by paying for it'),
            ('Child', 3.5, 'sways who decides on "Robot building kit"; 1 stakeholder sways them; uses "Robot building kit"'),
            ('Toy reviewer', 2.0, 'sways who decides on "Robot building kit"'),
            ('Classmates', 2.0, 'sway who decides on "Robot building kit"'),
        ],
    ),
    'freemium-music': (
        [
            '"Free listeners" use "Music streaming app", but no chain of influence reaches anyone who decides on it ("Premium subscribers" and "Family plan holder", who pay for it).',
        ],
        [
            ('Premium subscribers', 5.5, 'decide on "Music streaming app" by paying for it; 1 stakeholder sways them; use "Music streaming app"'),
            ('Family plan holder', 5.5, 'decides on "Music streaming app" by paying for it; 1 stakeholder sways them; uses "Music streaming app"'),
            ('Family members', 2.5, 'sway who decides on "Music streaming app"; use "Music streaming app"'),
            ('Artist and label', 2.0, 'sways who decides on "Music streaming app"'),
            ('Free listeners', 0.5, 'use "Music streaming app"'),
        ],
    ),
    'hotel-chickens': (
        [
            '"Hotel guests" use "Free-range chickens", but no chain of influence reaches anyone who decides on it ("Purchasing manager", who decides on it; "Family cook", who pays for it).',
            '"Purchasing manager" decides on "Free-range chickens" but does not use it.',
        ],
        [
            ('Purchasing manager', 5.0, 'decides on "Free-range chickens"; 1 stakeholder sways them'),
            ('Family cook', 4.5, 'decides on "Free-range chickens" by paying for it; uses "Free-range chickens"'),
            ('Grand Hotel', 3.0, 'pays for "Free-range chickens"; 1 stakeholder sways it'),
            ('Head chef', 2.0, 'sways who decides on "Free-range chickens"'),
            ('Hotel guests', 0.5, 'use "Free-range chickens"'),
        ],
    ),
    'professional-services': (
        [
            '89% of the yearly revenue of "Legal defence" comes from "Northwind Ltd".',
        ],
        [
            ('Head of HR', 5.5, 'decides on "IT helpdesk"; 1 stakeholder sways them; uses "IT helpdesk"'),
            ('Henry (client)', 4.5, 'decides on "Legal defence"; uses "Legal defence"'),
            ('Northwind general counsel', 4.5, 'decides on "Legal defence"; uses "Legal defence"'),
            ('HR staff', 2.5, 'sway who decides on "IT helpdesk"; use "IT helpdesk"'),
            ('Northwind Ltd', 2.0, 'pays for "Legal defence"'),
            ('HR department', 2.0, 'pays for "IT helpdesk"'),
        ],
    ),
    'search-advertising': (
        [
            '"Searchers" use "Web search", but no chain of influence reaches anyone who decides on it ("Marketing director", who decides on it; "Local shops", who pay for it).',
            '"Marketing director" decides on "Web search" but does not use it.',
            'Nobody who uses "Web search" pays for it: its users and its customers are different people.',
        ],
        [
            ('Marketing director', 5.0, 'decides on "Web search"; 1 stakeholder sways them'),
            ('Local shops', 4.0, 'decide on "Web search" by paying for it'),
            ('Trailhead Shoes', 2.0, 'pays for "Web search"'),
            ('Media agency', 2.0, 'sways who decides on "Web search"'),
            ('Searchers', 0.5, 'use "Web search"'),
        ],
    ),
}


@pytest.mark.parametrize("path", template_paths(), ids=lambda p: p.name.split(".")[0])
def test_every_sentence_of_every_template(path):
    m = load_map(path)
    result = analyze(m)
    findings, key = TEMPLATE_SENTENCES[path.name.split(".")[0]]
    assert [f.message for f in result.findings] == findings
    assert [(m.node(a).name, result.ranking[a], why(m.nodes, a, result.stakes[a]))
            for a in result.key_stakeholders(10)] == key


def messages(nodes, edges):
    return [f.message for f in analyze(make_map(nodes, edges)).findings]


def test_verbs_agree_with_group_names():
    said = messages(
        {"app": ("product", "Ride app"), "riders": ("end_user", "Riders"), "ops": ("company", "Ops"),
         "boss": ("decision_maker", "Fleet boss"), "clerks": ("end_user", "Court clerks")},
        [("riders", "pays", "app", {"amount": 990}), ("ops", "pays", "app", {"amount": 10}),
         ("boss", "decides", "app"), ("riders", "uses", "app"), ("clerks", "uses", "app")],
    )
    assert '99% of the yearly revenue of "Ride app" comes from "Riders".' in said
    assert ('"Court clerks" use "Ride app", but no chain of influence reaches anyone who decides on it '
            '("Fleet boss", who decides on it; "Riders", who pay for it).') in said
    assert '"Fleet boss" decides on "Ride app" but does not use it.' in said


def test_a_firm_with_a_plural_word_in_its_name_is_one_firm():
    said = messages({"app": ("product", "Web search"), "shoes": ("company", "Trailhead Shoes"),
                     "ads": ("company", "Advertisers")},
                    [("shoes", "pays", "app"), ("ads", "pays", "app")])
    assert '"Trailhead Shoes" pays for "Web search", but nobody in it decides on buying it.' in said
    assert '"Advertisers" pay for "Web search", but nobody in them decides on buying it.' in said


def test_the_head_noun_before_of_decides_the_verb():
    said = messages({"app": ("product", "App"), "head": ("decision_maker", "Head of data"),
                     "sales": ("decision_maker", "Heads of sales"), "berlin": ("end_user", "Users in Berlin")},
                    [("head", "decides", "app"), ("sales", "decides", "app"), ("berlin", "uses", "app")])
    assert '"Head of data" decides on "App" but does not use it.' in said
    assert '"Heads of sales" decide on "App" but do not use it.' in said
    assert any(m.startswith('"Users in Berlin" use "App"') for m in said)


def test_invalid_relation_says_what_to_draw_instead():
    said = messages(
        {"app": ("product", "App"), "ceo": ("decision_maker", "CEO"),
         "startup": ("company", "Nordlicht Startup"), "staff": ("end_user", "Office staff"),
         "manager": ("buyer", "Office manager")},
        [("ceo", "decides", "startup"), ("staff", "member_of", "manager"), ("app", "influences", "ceo"),
         ("ceo", "influences", "app"), ("manager", "pays", "manager")],
    )
    assert ('"CEO" (decision-maker) cannot decide on "Nordlicht Startup" (company): '
            '\u201cdecides on\u201d must point at a product.') in said
    assert ('"Office staff" (end user) cannot be a member of "Office manager" (buyer): '
            'only a company has members.') in said
    assert '"App" (product) cannot influence "CEO" (decision-maker): only stakeholders influence each other.' in said
    assert '"CEO" (decision-maker) cannot influence "App" (product): only stakeholders influence each other.' in said
    assert ('A link cannot join "Office manager" to itself ("Office manager" pays for "Office manager"): '
            'point it at another node.') in said


def test_role_mismatch_does_not_contradict_an_invalid_line():
    said = messages({"app": ("product", "App"), "manager": ("buyer", "Office manager"),
                     "corp": ("company", "Corp"), "kids": ("end_user", "Kids")},
                    [("manager", "pays", "corp"), ("corp", "pays", "app")])
    assert ('"Office manager" is a buyer, but their only \u201cpays for\u201d link is invalid: '
            'point it at a product.') in said
    assert '"Kids" are end users but use nothing.' in said
    assert '"Office manager" is a buyer but pays for nothing.' not in said


def test_unheard_users_names_who_decides():
    said = messages({"toy": ("product", "Toy"), "papa": ("buyer", "Papa"), "kid": ("end_user", "Kid")},
                    [("papa", "pays", "toy"), ("kid", "uses", "toy")])
    assert ('"Kid" uses "Toy", but no chain of influence reaches anyone who decides on it '
            '("Papa", who pays for it).') in said


def test_a_share_over_half_never_reads_as_half_and_huge_amounts_read_plainly():
    said = messages({"app": ("product", "App"), "a": ("company", "A"), "b": ("company", "B")},
                    [("a", "pays", "app", {"amount": Decimal("1e308"), "period": "monthly"}),
                     ("b", "pays", "app", {"amount": Decimal("1e308")})])
    assert '92% of the yearly revenue of "App" comes from "A".' in said
