"""The seed articles' examples, drawn as maps, with the roles and findings a reader expects."""

from tests.analysis.builders import codes, make_map, only, roles_of, run
from stakeholder_map.analysis import analyze


def test_search_ads_users_are_not_customers():
    result = run({"search": ("product", "Web search"), "ads": ("company", "Advertisers"),
                  "ceo": ("decision_maker", "Marketing director"), "people": ("end_user", "Searchers")},
                 [("ads", "pays", "search", {"amount": 1200, "period": "monthly", "agreement": "contract"}),
                  ("ceo", "member_of", "ads"), ("ceo", "decides", "search"), ("people", "uses", "search")])
    assert roles_of(result, "ads") == ["client"]
    assert roles_of(result, "people") == ["free_user", "user"]
    assert "users_not_customers" in codes(result)
    assert "no_paying_customer" not in codes(result)


def test_freemium_music_free_and_paying_users():
    result = run({"music": ("product", "Music streaming"), "free": ("end_user", "Free listeners"),
                  "premium": ("end_user", "Premium listeners")},
                 [("free", "uses", "music"), ("premium", "uses", "music"),
                  ("premium", "pays", "music", {"amount": 9.99, "period": "monthly", "agreement": "subscription"})])
    assert roles_of(result, "free") == ["free_user", "user"]
    assert roles_of(result, "premium") == ["customer", "paying_user", "user"]
    assert "users_not_customers" not in codes(result)  # some users pay
    # Free listeners do not sway the paying ones, who decide for themselves.
    assert only(result, "unheard_users")[0].nodes == ("music", "free")


HOTEL_NODES = {"chickens": ("product", "Chickens"), "hotel": ("company", "Hotel X"),
               "manager": ("decision_maker", "Hotel manager"), "guests": ("end_user", "Hotel guests")}
HOTEL_EDGES = [("hotel", "pays", "chickens", {"agreement": "contract"}), ("manager", "member_of", "hotel"),
               ("manager", "decides", "chickens"), ("guests", "uses", "chickens")]


def test_hotel_buying_chickens():
    result = run(HOTEL_NODES, HOTEL_EDGES)
    assert roles_of(result, "hotel") == ["client"]
    assert roles_of(result, "manager") == ["decision_maker"]
    assert roles_of(result, "guests") == ["free_user", "user"]
    assert "company_without_decision_maker" not in codes(result)
    assert only(result, "decision_maker_not_user")[0].nodes == ("manager", "chickens")


def test_hotel_without_its_manager_has_no_decision_maker():
    m = make_map(HOTEL_NODES, HOTEL_EDGES)
    m.remove(["manager"])
    result = analyze(m)
    assert only(result, "company_without_decision_maker")[0].nodes == ("hotel", "chickens")


def test_parent_pays_child_uses_and_sways():
    result = run({"toy": ("product", "Toy"), "parent": ("buyer", "Parent"), "child": ("end_user", "Child")},
                 [("parent", "pays", "toy", {"amount": 30, "period": "one_time"}), ("child", "uses", "toy"),
                  ("child", "influences", "parent")])
    assert roles_of(result, "parent") == ["customer"]
    assert roles_of(result, "child") == ["influencer", "sponsored_user", "user"]
    assert "unheard_users" not in codes(result)  # the child is heard through the parent
    assert "users_not_customers" not in codes(result)  # the child is sponsored


ENTERPRISE_NODES = {"crm": ("product", "CRM suite"), "client": ("company", "Client Corp"),
                    "cto": ("decision_maker", "CTO"), "staff": ("end_user", "Employees"),
                    "champion": ("person", "Team lead")}
ENTERPRISE_EDGES = [("client", "pays", "crm", {"amount": 50000, "period": "yearly", "agreement": "contract"}),
                    ("cto", "member_of", "client"), ("cto", "decides", "crm"),
                    ("staff", "member_of", "client"), ("staff", "uses", "crm"),
                    ("staff", "influences", "champion"), ("champion", "influences", "cto")]


def test_enterprise_purchase():
    result = run(ENTERPRISE_NODES, ENTERPRISE_EDGES)
    assert roles_of(result, "client") == ["client"]
    assert roles_of(result, "cto") == ["decision_maker"]
    assert roles_of(result, "staff") == ["influencer", "sponsored_user", "user"]
    assert roles_of(result, "champion") == ["influencer"]
    assert only(result, "decision_maker_not_user")[0].nodes == ("cto", "crm")
    assert "unheard_users" not in codes(result)


def test_enterprise_users_unheard_when_nobody_sways_the_cto():
    edges = [e for e in ENTERPRISE_EDGES if e[1] != "influences"]
    result = run(ENTERPRISE_NODES, edges)
    assert only(result, "unheard_users")[0].nodes == ("crm", "staff")
    assert roles_of(result, "staff") == ["sponsored_user", "user"]


def test_lawyer_and_client():
    result = run({"defence": ("product", "Legal defence"), "person": ("person", "Defendant")},
                 [("person", "pays", "defence", {"amount": 5000, "period": "one_time", "agreement": "contract"}),
                  ("person", "uses", "defence"), ("person", "decides", "defence")])
    assert roles_of(result, "person") == ["client", "decision_maker", "paying_user", "user"]
    assert "customer" not in roles_of(result, "person")


def test_internal_department_is_a_client():
    m = make_map({"payroll": ("product", "Payroll service"), "hr": ("company", "HR department")},
                 [("hr", "pays", "payroll"), ("hr", "uses", "payroll"), ("hr", "decides", "payroll")])
    m.update_node("hr", internal=True)
    result = analyze(m)
    assert roles_of(result, "hr") == ["client", "decision_maker", "paying_user", "user"]
