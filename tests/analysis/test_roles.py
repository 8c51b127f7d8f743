"""Every role of spec section 2, where it holds and where it does not."""

from stakeholder_map.analysis import Role

from tests.analysis.builders import codes, roles_of, run

APP = {"app": ("product", "App")}
TWO = {"app": ("product", "App"), "web": ("product", "Web")}


def test_products_hold_no_roles_and_every_actor_has_an_entry():
    result = run({**APP, "ann": ("person", "Ann"), "bob": ("buyer", "Bob")}, [("ann", "uses", "app")])
    assert list(result.roles) == ["ann", "bob"]
    assert result.roles["bob"] == ()


def test_user_needs_a_uses_edge():
    result = run({**APP, "ann": ("end_user", "Ann"), "bob": ("end_user", "Bob")},
                 [("ann", "uses", "app"), ("bob", "decides", "app")])
    assert "user" in roles_of(result, "ann")
    assert "user" not in roles_of(result, "bob")


def test_company_payer_is_a_client_not_a_customer():
    result = run({**APP, "acme": ("company", "Acme")}, [("acme", "pays", "app")])
    assert roles_of(result, "acme") == ["client"]


def test_person_paying_under_contract_is_a_client():
    result = run({**APP, "ann": ("person", "Ann")}, [("ann", "pays", "app", {"agreement": "contract"})])
    assert roles_of(result, "ann") == ["client"]


def test_person_paying_without_contract_is_a_customer():
    for agreement in (None, "none", "subscription"):
        result = run({**APP, "ann": ("buyer", "Ann")}, [("ann", "pays", "app", {"agreement": agreement})])
        assert roles_of(result, "ann") == ["customer"], agreement


def test_client_of_one_product_and_customer_of_another():
    result = run({**TWO, "ann": ("buyer", "Ann")},
                 [("ann", "pays", "app", {"agreement": "contract"}), ("ann", "pays", "web")])
    assert roles_of(result, "ann") == ["client", "customer"]


def test_paying_user_pays_for_what_it_uses():
    result = run({**APP, "ann": ("end_user", "Ann")}, [("ann", "uses", "app"), ("ann", "pays", "app")])
    assert roles_of(result, "ann") == ["customer", "paying_user", "user"]


def test_paying_for_another_product_than_the_one_used_is_not_paying_user():
    result = run({**TWO, "ann": ("end_user", "Ann")}, [("ann", "uses", "app"), ("ann", "pays", "web")])
    assert roles_of(result, "ann") == ["customer", "free_user", "user"]


def test_sponsored_by_the_company_it_is_member_of():
    result = run({**APP, "acme": ("company", "Acme"), "ann": ("end_user", "Ann")},
                 [("acme", "pays", "app"), ("ann", "member_of", "acme"), ("ann", "uses", "app")])
    assert roles_of(result, "ann") == ["sponsored_user", "user"]


def test_membership_follows_departments():
    """Spec 1.1: Ann belongs to Team and, through it, to Group, which pays on her behalf."""
    result = run({**APP, "group": ("company", "Group"), "team": ("company", "Team"), "ann": ("end_user", "Ann")},
                 [("group", "pays", "app"), ("team", "member_of", "group"), ("ann", "member_of", "team"),
                  ("ann", "uses", "app")])
    assert roles_of(result, "ann") == ["sponsored_user", "user"]
    assert "users_not_customers" not in codes(result)


def test_membership_through_two_levels_and_a_cycle():
    nodes = {**APP, "corp": ("company", "Corp"), "it": ("company", "IT department"),
             "ops": ("company", "IT operations"), "ann": ("end_user", "Ann")}
    edges = [("corp", "pays", "app"), ("ann", "member_of", "ops"), ("ops", "member_of", "it"),
             ("it", "member_of", "corp"), ("corp", "member_of", "ops"), ("ann", "uses", "app")]
    result = run(nodes, edges)  # the cycle corp -> ops -> it -> corp must not loop
    assert roles_of(result, "ann") == ["sponsored_user", "user"]


def test_an_invalid_membership_carries_nothing():
    result = run({**APP, "boss": ("buyer", "Boss"), "ann": ("end_user", "Ann")},
                 [("boss", "pays", "app"), ("ann", "member_of", "boss"), ("ann", "uses", "app")])
    assert roles_of(result, "ann") == ["free_user", "user"]


def test_sponsored_through_influence_in_either_direction():
    nodes = {**APP, "mum": ("buyer", "Mum"), "kid": ("end_user", "Kid")}
    kid_sways = run(nodes, [("mum", "pays", "app"), ("kid", "uses", "app"), ("kid", "influences", "mum")])
    mum_sways = run(nodes, [("mum", "pays", "app"), ("kid", "uses", "app"), ("mum", "influences", "kid")])
    assert "sponsored_user" in roles_of(kid_sways, "kid")
    assert "sponsored_user" in roles_of(mum_sways, "kid")


def test_influence_two_steps_away_does_not_sponsor():
    result = run({**APP, "mum": ("buyer", "Mum"), "gran": ("person", "Gran"), "kid": ("end_user", "Kid")},
                 [("mum", "pays", "app"), ("kid", "uses", "app"), ("kid", "influences", "gran"),
                  ("gran", "influences", "mum")])
    assert roles_of(result, "kid") == ["free_user", "influencer", "user"]


def test_sponsor_must_pay_for_the_same_product():
    result = run({**TWO, "acme": ("company", "Acme"), "ann": ("end_user", "Ann")},
                 [("acme", "pays", "web"), ("ann", "member_of", "acme"), ("ann", "uses", "app")])
    assert roles_of(result, "ann") == ["free_user", "user"]


def test_free_user_of_a_product_nobody_pays_for():
    result = run({**APP, "ann": ("end_user", "Ann")}, [("ann", "uses", "app")])
    assert roles_of(result, "ann") == ["free_user", "user"]


def test_free_user_of_one_product_and_sponsored_user_of_another():
    result = run({**TWO, "acme": ("company", "Acme"), "ann": ("end_user", "Ann")},
                 [("acme", "pays", "web"), ("ann", "member_of", "acme"), ("ann", "uses", "app"),
                  ("ann", "uses", "web")])
    assert roles_of(result, "ann") == ["free_user", "sponsored_user", "user"]


def test_paying_user_is_neither_free_nor_sponsored_for_that_product():
    result = run({**APP, "acme": ("company", "Acme"), "ann": ("end_user", "Ann")},
                 [("acme", "pays", "app"), ("ann", "member_of", "acme"), ("ann", "uses", "app"),
                  ("ann", "pays", "app")])
    assert roles_of(result, "ann") == ["customer", "paying_user", "user"]


def test_decision_maker_needs_a_decides_edge():
    result = run({**APP, "cto": ("person", "CTO"), "dm": ("decision_maker", "DM")},
                 [("cto", "decides", "app"), ("dm", "uses", "app")])
    assert "decision_maker" in roles_of(result, "cto")
    assert "decision_maker" not in roles_of(result, "dm")


def test_influencer_reaches_a_payer_or_decider_in_one_or_more_steps():
    nodes = {**APP, "a": ("person", "A"), "b": ("person", "B"), "c": ("person", "C"),
             "d": ("decision_maker", "D")}
    result = run(nodes, [("d", "decides", "app"), ("a", "influences", "b"), ("b", "influences", "d"),
                         ("d", "influences", "c")])
    assert "influencer" in roles_of(result, "a")
    assert "influencer" in roles_of(result, "b")
    assert "influencer" not in roles_of(result, "d")  # it only sways c, who neither pays nor decides
    assert "influencer" not in roles_of(result, "c")


def test_being_influenced_does_not_make_an_influencer():
    result = run({**APP, "a": ("person", "A"), "d": ("buyer", "D")},
                 [("d", "pays", "app"), ("d", "influences", "a")])
    assert roles_of(result, "d") == ["customer"]
    assert roles_of(result, "a") == []


def test_deciders_who_sway_each_other_are_influencers():
    result = run({**APP, "a": ("decision_maker", "A"), "b": ("decision_maker", "B")},
                 [("a", "decides", "app"), ("b", "decides", "app"), ("a", "influences", "b"),
                  ("b", "influences", "a")])
    assert roles_of(result, "a") == ["decision_maker", "influencer"]


def test_invalid_edges_give_no_role():
    result = run({**APP, "ann": ("person", "Ann"), "bob": ("person", "Bob")},
                 [("app", "uses", "ann"), ("ann", "pays", "bob"), ("ann", "influences", "ann"),
                  ("bob", "decides", "bob"), ("ann", "member_of", "bob")])
    assert roles_of(result, "ann") == []
    assert roles_of(result, "bob") == []


def test_roles_are_sorted_role_values():
    result = run({**APP, "ann": ("end_user", "Ann"), "d": ("decision_maker", "D")},
                 [("ann", "uses", "app"), ("ann", "pays", "app"), ("ann", "decides", "app"),
                  ("ann", "influences", "d"), ("d", "decides", "app")])
    roles = result.roles["ann"]
    assert all(isinstance(r, Role) for r in roles)
    assert list(roles) == sorted(roles)
    assert roles_of(result, "ann") == ["customer", "decision_maker", "influencer", "paying_user", "user"]
