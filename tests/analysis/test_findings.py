"""Every finding of spec section 3: raised where it should be, and only there."""

import pytest

from stakeholder_map.analysis import FindingCode, Severity

from tests.analysis.builders import codes, only, run

APP = {"app": ("product", "App")}


def one(result, code):
    found = only(result, code)
    assert len(found) == 1, [f.message for f in result.findings]
    return found[0]


# -- no_paying_customer, no_users ------------------------------------------------------------
def test_no_paying_customer_for_a_product_nobody_pays_for():
    result = run({**APP, "ann": ("end_user", "Ann")}, [("ann", "uses", "app")])
    f = one(result, "no_paying_customer")
    assert (f.severity, f.nodes, f.edges) == (Severity.ERROR, ("app",), ())
    assert f.message == 'Nobody pays for "App": no customer, no business.'


def test_no_paying_customer_not_raised_when_someone_pays():
    result = run({**APP, "ann": ("buyer", "Ann")}, [("ann", "pays", "app")])
    assert not only(result, "no_paying_customer")


def test_no_users_for_a_product_nobody_uses():
    result = run({**APP, "ann": ("buyer", "Ann")}, [("ann", "pays", "app")])
    f = one(result, "no_users")
    assert (f.severity, f.nodes) == (Severity.WARNING, ("app",))
    assert f.message == 'Nobody uses "App".'


def test_no_users_not_raised_when_someone_uses():
    result = run({**APP, "ann": ("end_user", "Ann")}, [("ann", "uses", "app")])
    assert not only(result, "no_users")


# -- company_without_decision_maker -----------------------------------------------------------
HOTEL = {"chicken": ("product", "Chickens"), "hotel": ("company", "Hotel X"),
         "manager": ("decision_maker", "Manager")}


def test_company_paying_without_anyone_deciding():
    result = run(HOTEL, [("hotel", "pays", "chicken"), ("manager", "member_of", "hotel")])
    f = one(result, "company_without_decision_maker")
    assert (f.severity, f.nodes, f.edges) == (Severity.WARNING, ("hotel", "chicken"), ("e1",))
    assert '"Hotel X"' in f.message and '"Chickens"' in f.message


def test_member_deciding_satisfies_the_company():
    result = run(HOTEL, [("hotel", "pays", "chicken"), ("manager", "member_of", "hotel"),
                         ("manager", "decides", "chicken")])
    assert not only(result, "company_without_decision_maker")


def test_company_deciding_itself_satisfies_it():
    result = run(HOTEL, [("hotel", "pays", "chicken"), ("hotel", "decides", "chicken")])
    assert not only(result, "company_without_decision_maker")


def test_decider_outside_the_company_does_not_count():
    result = run(HOTEL, [("hotel", "pays", "chicken"), ("manager", "decides", "chicken")])
    assert only(result, "company_without_decision_maker")


def test_member_deciding_on_another_product_does_not_count():
    nodes = {**HOTEL, "eggs": ("product", "Eggs")}
    result = run(nodes, [("hotel", "pays", "chicken"), ("hotel", "pays", "eggs"),
                         ("manager", "member_of", "hotel"), ("manager", "decides", "eggs")])
    assert [f.nodes for f in only(result, "company_without_decision_maker")] == [("hotel", "chicken")]


def test_person_paying_needs_no_decider():
    result = run({**APP, "ann": ("buyer", "Ann")}, [("ann", "pays", "app")])
    assert not only(result, "company_without_decision_maker")


# -- unheard_users -----------------------------------------------------------------------------
ENTERPRISE = {"crm": ("product", "CRM"), "cto": ("decision_maker", "CTO"),
              "sales": ("end_user", "Sales team"), "ops": ("end_user", "Ops team")}


def test_users_with_no_path_to_the_deciding_side_are_unheard():
    result = run(ENTERPRISE, [("cto", "decides", "crm"), ("sales", "uses", "crm"), ("ops", "uses", "crm")])
    f = one(result, "unheard_users")
    assert (f.severity, f.nodes, f.edges) == (Severity.WARNING, ("crm", "sales", "ops"), ("e2", "e3"))
    assert f.message.startswith('"Sales team" and "Ops team" use "CRM"')


def test_users_heard_through_a_chain_of_influence():
    nodes = {**ENTERPRISE, "lead": ("person", "Team lead")}
    result = run(nodes, [("cto", "decides", "crm"), ("sales", "uses", "crm"), ("ops", "uses", "crm"),
                         ("sales", "influences", "lead"), ("lead", "influences", "cto"),
                         ("ops", "influences", "cto")])
    assert not only(result, "unheard_users")


def test_only_the_unheard_users_are_listed():
    result = run(ENTERPRISE, [("cto", "decides", "crm"), ("sales", "uses", "crm"), ("ops", "uses", "crm"),
                              ("ops", "influences", "cto")])
    assert one(result, "unheard_users").nodes == ("crm", "sales")


def test_influence_towards_the_user_does_not_make_it_heard():
    result = run(ENTERPRISE, [("cto", "decides", "crm"), ("sales", "uses", "crm"),
                              ("cto", "influences", "sales")])
    assert one(result, "unheard_users").nodes == ("crm", "sales")


def test_a_user_on_the_deciding_side_is_heard():
    result = run({**APP, "ann": ("end_user", "Ann")}, [("ann", "uses", "app"), ("ann", "pays", "app")])
    assert not only(result, "unheard_users")


def test_a_decider_of_another_product_does_not_hear():
    nodes = {**ENTERPRISE, "erp": ("product", "ERP"), "cfo": ("decision_maker", "CFO")}
    result = run(nodes, [("cto", "decides", "crm"), ("cfo", "decides", "erp"), ("sales", "uses", "crm"),
                         ("sales", "influences", "cfo")])
    assert one(result, "unheard_users").nodes == ("crm", "sales")


def test_paying_person_is_on_the_deciding_side_but_paying_company_is_not():
    nodes = {**APP, "mum": ("buyer", "Mum"), "acme": ("company", "Acme"), "kid": ("end_user", "Kid")}
    person = run(nodes, [("mum", "pays", "app"), ("kid", "uses", "app")])
    company = run(nodes, [("acme", "pays", "app"), ("kid", "uses", "app"), ("kid", "influences", "acme")])
    assert one(person, "unheard_users").nodes == ("app", "kid")
    assert not only(company, "unheard_users")  # the deciding side is empty


def test_a_cycle_of_influence_reaching_the_decider_hears_everyone_in_it():
    nodes = {**ENTERPRISE, "a": ("person", "A")}
    result = run(nodes, [("cto", "decides", "crm"), ("sales", "uses", "crm"), ("ops", "uses", "crm"),
                         ("sales", "influences", "ops"), ("ops", "influences", "sales"),
                         ("ops", "influences", "a"), ("a", "influences", "cto")])
    assert not only(result, "unheard_users")


def test_many_unheard_users_are_counted_not_all_named():
    nodes = {**APP, "d": ("decision_maker", "Boss")}
    nodes.update({f"u{i}": ("end_user", f"User {i}") for i in range(6)})
    edges = [("d", "decides", "app")] + [(f"u{i}", "uses", "app") for i in range(6)]
    f = one(run(nodes, edges), "unheard_users")
    assert len(f.nodes) == 7
    assert f.message.startswith('"User 0", "User 1", "User 2" and 3 others use "App"')


# -- decision_maker_not_user ---------------------------------------------------------------------
def test_decider_who_does_not_use():
    result = run(ENTERPRISE, [("cto", "decides", "crm")])
    f = one(result, "decision_maker_not_user")
    assert (f.severity, f.nodes, f.edges) == (Severity.INFO, ("cto", "crm"), ("e1",))
    assert f.message == '"CTO" decides on "CRM" but does not use it.'


def test_decider_who_uses_is_fine():
    result = run(ENTERPRISE, [("cto", "decides", "crm"), ("cto", "uses", "crm")])
    assert not only(result, "decision_maker_not_user")


# -- users_not_customers ---------------------------------------------------------------------------
SEARCH = {"search": ("product", "Web search"), "ads": ("company", "Advertisers"),
          "people": ("end_user", "Searchers")}


def test_users_not_customers_when_someone_else_pays():
    result = run(SEARCH, [("ads", "pays", "search"), ("people", "uses", "search")])
    f = one(result, "users_not_customers")
    assert (f.severity, f.nodes, f.edges) == (Severity.INFO, ("search",), ())
    assert f.message == ('Nobody who uses "Web search" pays for it: its users and its customers '
                         "are different people.")


def test_not_raised_when_a_user_pays():
    nodes = {**SEARCH, "pro": ("end_user", "Pro")}
    result = run(nodes, [("ads", "pays", "search"), ("people", "uses", "search"), ("pro", "uses", "search"),
                         ("pro", "pays", "search")])
    assert not only(result, "users_not_customers")


def test_not_raised_when_a_user_is_sponsored():
    result = run(SEARCH, [("ads", "pays", "search"), ("people", "uses", "search"),
                          ("people", "member_of", "ads")])
    assert not only(result, "users_not_customers")


def test_not_raised_without_payers_or_without_users():
    assert not only(run(SEARCH, [("people", "uses", "search")]), "users_not_customers")
    assert not only(run(SEARCH, [("ads", "pays", "search")]), "users_not_customers")


# -- role_mismatch -------------------------------------------------------------------------------------
@pytest.mark.parametrize("kind, relation, text", [
    ("buyer", "pays", '"Pat" is a buyer but pays for nothing.'),
    ("decision_maker", "decides", '"Pat" is a decision-maker but decides on nothing.'),
    ("end_user", "uses", '"Pat" is an end user but uses nothing.'),
])
def test_role_mismatch(kind, relation, text):
    other = {"pays": "uses", "decides": "pays", "uses": "decides"}[relation]
    wrong = run({**APP, "pat": (kind, "Pat")}, [("pat", other, "app")])
    right = run({**APP, "pat": (kind, "Pat")}, [("pat", relation, "app")])
    f = one(wrong, "role_mismatch")
    assert (f.severity, f.nodes, f.message) == (Severity.WARNING, ("pat",), text)
    assert not only(right, "role_mismatch")


def test_no_role_mismatch_for_people_and_companies():
    result = run({**APP, "p": ("person", "P"), "c": ("company", "C")}, [("p", "member_of", "c")])
    assert not only(result, "role_mismatch")


def test_an_invalid_edge_does_not_satisfy_the_kind():
    result = run({**APP, "pat": ("buyer", "Pat"), "c": ("company", "C")}, [("pat", "pays", "c")])
    assert one(result, "role_mismatch").nodes == ("pat",)


# -- isolated --------------------------------------------------------------------------------------------
def test_isolated_nodes_of_any_kind():
    result = run({**APP, "p": ("person", "")})
    assert [f.nodes for f in only(result, "isolated")] == [("app",), ("p",)]
    assert only(result, "isolated")[1].message == '"p" is not connected to anything.'


def test_a_node_touched_only_by_an_invalid_edge_is_not_isolated():
    result = run({**APP, "p": ("person", "P")}, [("p", "uses", "p")])
    assert [f.nodes for f in only(result, "isolated")] == [("app",)]


# -- invalid_relation --------------------------------------------------------------------------------------
def test_invalid_relation_for_an_edge_breaking_the_table():
    result = run({**APP, "ann": ("buyer", "Ann")}, [("app", "pays", "ann")])
    f = one(result, "invalid_relation")
    assert (f.severity, f.nodes, f.edges) == (Severity.ERROR, ("app", "ann"), ("e1",))
    assert f.message == '"App" (product) cannot pay for "Ann" (buyer): only a stakeholder pays for a product.'


def test_invalid_relation_for_a_self_loop():
    result = run({"a": ("person", "Ann"), "b": ("person", "Bob")},
                 [("a", "influences", "a"), ("a", "influences", "b")])
    f = one(result, "invalid_relation")
    assert (f.nodes, f.edges) == (("a",), ("e1",))
    assert "itself" in f.message


@pytest.mark.parametrize("source_kind, relation, target_kind", [
    ("person", "uses", "person"), ("person", "member_of", "buyer"), ("person", "influences", "product"),
    ("product", "member_of", "company"), ("company", "decides", "company"),
])
def test_every_table_breach_is_invalid(source_kind, relation, target_kind):
    result = run({"s": (source_kind, "S"), "t": (target_kind, "T")}, [("s", relation, "t")])
    assert one(result, "invalid_relation").edges == ("e1",)


def test_valid_edges_are_not_invalid():
    result = run({**APP, "c": ("company", "C"), "p": ("person", "P")},
                 [("p", "uses", "app"), ("p", "member_of", "c"), ("c", "influences", "p"), ("c", "pays", "app")])
    assert not only(result, "invalid_relation")


def test_an_invalid_edge_takes_part_in_no_other_finding():
    # Alone, "Ann uses App" would clear no_users; "App pays Ann" is not a payment.
    result = run({**APP, "ann": ("person", "Ann")}, [("ann", "uses", "ann"), ("app", "pays", "ann")])
    assert sorted(codes(result)) == ["invalid_relation", "invalid_relation", "no_paying_customer", "no_users"]


# -- revenue_concentration ----------------------------------------------------------------------------------
PAYERS = {**APP, "big": ("company", "BigCo"), "small": ("buyer", "Small")}


def test_one_payer_over_half_of_the_yearly_revenue():
    result = run(PAYERS, [("big", "pays", "app", {"amount": 100, "period": "monthly"}),
                          ("small", "pays", "app", {"amount": 1000, "period": "yearly"})])
    f = one(result, "revenue_concentration")
    assert (f.severity, f.nodes, f.edges) == (Severity.WARNING, ("big", "app"), ("e1",))
    assert f.message == '55% of the yearly revenue of "App" comes from "BigCo".'


def test_monthly_amounts_count_twelve_times():
    # 100 a month is 1,200 a year: less than the 1,300 once, so Small has the larger share.
    result = run(PAYERS, [("big", "pays", "app", {"amount": 100, "period": "monthly"}),
                          ("small", "pays", "app", {"amount": 1300, "period": "one_time"})])
    assert one(result, "revenue_concentration").nodes == ("small", "app")


def test_exactly_half_is_not_concentration():
    result = run(PAYERS, [("big", "pays", "app", {"amount": 50}), ("small", "pays", "app", {"amount": 50})])
    assert not only(result, "revenue_concentration")


def test_needs_two_payments_with_an_amount():
    result = run(PAYERS, [("big", "pays", "app", {"amount": 50}), ("small", "pays", "app")])
    assert not only(result, "revenue_concentration")


def test_zero_revenue_is_no_concentration():
    result = run(PAYERS, [("big", "pays", "app", {"amount": 0}), ("small", "pays", "app", {"amount": 0})])
    assert not only(result, "revenue_concentration")


def test_several_payments_of_one_payer_add_up():
    nodes = {**PAYERS, "mid": ("buyer", "Mid")}
    result = run(nodes, [("big", "pays", "app", {"amount": 40}), ("big", "pays", "app", {"amount": 40}),
                         ("small", "pays", "app", {"amount": 30}), ("mid", "pays", "app", {"amount": 40})])
    assert one(result, "revenue_concentration").edges == ("e1", "e2")


# -- order ---------------------------------------------------------------------------------------------------
def test_findings_sorted_by_severity_then_code_then_map_order():
    result = run({"b": ("product", "B"), "a": ("product", "A"), "x": ("person", "X"),
                  "d": ("decision_maker", "D")}, [("x", "uses", "x"), ("d", "decides", "a")])
    ranks = [f.severity.rank for f in result.findings]
    assert ranks == sorted(ranks, reverse=True)
    assert codes(result) == [
        "invalid_relation", "no_paying_customer", "no_paying_customer",
        "isolated", "no_users", "no_users", "decision_maker_not_user",
    ]
    assert [f.nodes for f in only(result, "no_paying_customer")] == [("b",), ("a",)]


def test_every_code_has_its_spec_severity():
    expected = {
        "no_paying_customer": "error", "no_users": "warning", "company_without_decision_maker": "warning",
        "unheard_users": "warning", "decision_maker_not_user": "info", "users_not_customers": "info",
        "role_mismatch": "warning", "isolated": "warning", "invalid_relation": "error",
        "revenue_concentration": "warning",
        # beyond the spec's list, from attitude, power and interest
        "blocker_without_champion": "warning", "key_stakeholder_not_linked": "warning", "no_champion": "info",
    }
    assert {str(c): str(c.severity) for c in FindingCode} == expected


# -- spec 1.1 ------------------------------------------------------------------------------------
def test_the_head_of_a_department_decides_for_the_whole_company():
    """Head of IT -> IT department -> Corp: Corp has someone who decides (spec 1.1)."""
    nodes = {**APP, "corp": ("company", "Corp"), "it": ("company", "IT department"),
             "head": ("decision_maker", "Head of IT"), "staff": ("end_user", "IT staff")}
    edges = [("corp", "pays", "app"), ("head", "decides", "app"), ("head", "member_of", "it"),
             ("it", "member_of", "corp"), ("staff", "member_of", "it"), ("staff", "uses", "app")]
    result = run(nodes, edges)
    assert "company_without_decision_maker" not in codes(result)
    assert "users_not_customers" not in codes(result)
    assert [str(r) for r in result.roles["staff"]] == ["sponsored_user", "user"]


def test_a_company_in_a_cycle_of_departments_without_a_decider_is_still_flagged():
    nodes = {**APP, "corp": ("company", "Corp"), "it": ("company", "IT")}
    result = run(nodes, [("corp", "pays", "app"), ("it", "member_of", "corp"), ("corp", "member_of", "it")])
    assert one(result, "company_without_decision_maker").nodes == ("corp", "app")


@pytest.mark.parametrize("monthly, yearly", [
    ("69.99", "839.88"), ("0.99", "11.88"), ("64.49", "773.88"), ("78.49", "941.88"),
])
def test_exactly_half_of_the_revenue_is_not_over_half(monthly, yearly):
    """Spec 1.1: 69.99 a month is exactly 839.88 a year, so both payers hold 50%."""
    from decimal import Decimal

    result = run(PAYERS, [("big", "pays", "app", {"amount": Decimal(monthly), "period": "monthly"}),
                          ("small", "pays", "app", {"amount": Decimal(yearly), "period": "yearly"})])
    assert "revenue_concentration" not in codes(result)
    from_floats = run(PAYERS, [("big", "pays", "app", {"amount": float(monthly), "period": "monthly"}),
                               ("small", "pays", "app", {"amount": float(yearly), "period": "yearly"})])
    assert "revenue_concentration" not in codes(from_floats)


def test_a_hair_over_half_is_flagged_and_never_reads_as_50_percent():
    from decimal import Decimal

    result = run(PAYERS, [("big", "pays", "app", {"amount": Decimal("839.89")}),
                          ("small", "pays", "app", {"amount": Decimal("839.88")})])
    f = one(result, "revenue_concentration")
    assert f.nodes == ("big", "app")
    assert f.message == '50.0003% of the yearly revenue of "App" comes from "BigCo".'


def test_huge_amounts_still_count():
    """A 1e308 monthly amount is 1.2e309 a year: beyond a float, exact in decimals."""
    from decimal import Decimal

    result = run(PAYERS, [("big", "pays", "app", {"amount": Decimal("1e308"), "period": "monthly"}),
                          ("small", "pays", "app", {"amount": Decimal("1e308"), "period": "yearly"})])
    f = one(result, "revenue_concentration")
    assert f.nodes == ("big", "app") and f.message.startswith("92% of the yearly revenue")
    even = run(PAYERS, [("big", "pays", "app", {"amount": Decimal("1e308")}),
                        ("small", "pays", "app", {"amount": Decimal("1e308")})])
    assert "revenue_concentration" not in codes(even)


def test_an_invalid_edge_counts_as_an_edge_for_isolated():
    result = run({**APP, "ann": ("buyer", "Ann")}, [("app", "pays", "ann")])
    assert "isolated" not in codes(result)
    assert one(result, "invalid_relation").nodes == ("app", "ann")
