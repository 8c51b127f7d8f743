"""Any valid map: the analysis never fails, keeps its invariants, and agrees with a naive
reading of the spec written here one search per question."""

from hypothesis import given
from hypothesis import strategies as st

from stakeholder_map.analysis import FindingCode, Role, analyze
from stakeholder_map.model import ACTOR_KINDS, Agreement, Edge, Kind, Map, Node, Relation, is_allowed

from tests.strategies import maps


@st.composite
def business_maps(draw) -> Map:
    """Few products, several actors, and only edges the table allows: dense in roles and findings."""
    products = [Node(f"p{i}", Kind.PRODUCT, f"P{i}") for i in range(draw(st.integers(1, 3)))]
    actors = [Node(f"a{i}", draw(st.sampled_from(ACTOR_KINDS)), f"A{i}") for i in range(draw(st.integers(1, 8)))]
    companies = [a for a in actors if a.kind is Kind.COMPANY]
    edges = []
    for i in range(draw(st.integers(0, 25))):
        relation = draw(st.sampled_from(list(Relation)))
        source = draw(st.sampled_from(actors))
        if relation is Relation.INFLUENCES:
            target = draw(st.sampled_from(actors))
        elif relation is Relation.MEMBER_OF:
            if not companies:
                continue
            target = draw(st.sampled_from(companies))
        else:
            target = draw(st.sampled_from(products))
        if source.id == target.id:
            continue
        agreement = draw(st.sampled_from(list(Agreement))) if relation is Relation.PAYS else None
        edges.append(Edge(f"e{i}", source.id, target.id, relation, agreement=agreement))
    m = Map()
    m.add(products + actors, edges)
    return m


def _valid(m: Map):
    return [e for e in m.edges.values()
            if e.source != e.target and is_allowed(e.relation, m.node(e.source).kind, m.node(e.target).kind)]


def _reaches(m: Map, start: str, goal) -> bool:
    """Whether one or more ``influences`` steps lead from ``start`` to a node where ``goal`` holds."""
    influences = [(e.source, e.target) for e in _valid(m) if e.relation is Relation.INFLUENCES]
    seen, todo = set(), [start]
    while todo:
        node = todo.pop()
        for source, target in influences:
            if source == node and target not in seen:
                if goal(target):
                    return True
                seen.add(target)
                todo.append(target)
    return False


def _naive_unheard(m: Map) -> dict[str, list[str]]:
    valid = _valid(m)
    result = {}
    for product in (n.id for n in m.nodes.values() if n.kind is Kind.PRODUCT):
        side = {e.source for e in valid if e.target == product and (
            e.relation is Relation.DECIDES
            or (e.relation is Relation.PAYS and m.node(e.source).kind is not Kind.COMPANY))}
        if not side:
            continue
        users = list(dict.fromkeys(e.source for e in valid if e.relation is Relation.USES and e.target == product))
        unheard = [u for u in users if u not in side and not _reaches(m, u, side.__contains__)]
        if unheard:
            result[product] = unheard
    return result


def _belongs_to(valid, actor: str) -> set[str]:
    """The companies a chain of one or more ``member_of`` edges leads to from ``actor``
    (spec 1.1: membership follows departments)."""
    seen, todo = set(), [actor]
    while todo:
        node = todo.pop()
        for e in valid:
            if e.relation is Relation.MEMBER_OF and e.source == node and e.target not in seen:
                seen.add(e.target)
                todo.append(e.target)
    return seen


def _naive_roles(m: Map) -> dict[str, set[str]]:
    valid = _valid(m)
    roles = {n.id: set() for n in m.nodes.values() if n.kind.is_actor}

    def pays(a, p):
        return any(e.relation is Relation.PAYS and e.source == a and e.target == p for e in valid)

    def linked(a, b):
        return any(e.relation is Relation.INFLUENCES and {e.source, e.target} == {a, b} for e in valid)

    payers_or_deciders = {e.source for e in valid if e.relation in (Relation.PAYS, Relation.DECIDES)}
    for e in valid:
        a = e.source
        if e.relation is Relation.USES:
            roles[a].add("user")
            p = e.target
            if pays(a, p):
                roles[a].add("paying_user")
            else:
                companies = _belongs_to(valid, a)
                payers = {x.source for x in valid if x.relation is Relation.PAYS and x.target == p}
                sponsored = bool(companies & payers) or any(linked(a, b) for b in payers)
                roles[a].add("sponsored_user" if sponsored else "free_user")
        elif e.relation is Relation.PAYS:
            client = m.node(a).kind is Kind.COMPANY or e.effective_agreement == "contract"
            roles[a].add("client" if client else "customer")
        elif e.relation is Relation.DECIDES:
            roles[a].add("decision_maker")
        elif e.relation is Relation.INFLUENCES and _reaches(m, a, payers_or_deciders.__contains__):
            roles[a].add("influencer")
    return roles


@given(maps(max_nodes=10, max_edges=30))
def test_analyze_any_map_keeps_its_invariants(m):
    result = analyze(m)
    actors = [n.id for n in m.nodes.values() if n.kind.is_actor]
    assert list(result.roles) == actors
    assert set(result.ranking) == set(actors)
    for roles in result.roles.values():
        assert list(roles) == sorted(roles) and len(set(roles)) == len(roles)
        assert all(isinstance(r, Role) for r in roles)
    order = {node_id: i for i, node_id in enumerate(m.nodes)}
    keys = []
    for f in result.findings:
        assert f.code in set(FindingCode)
        assert f.severity is FindingCode(f.code).severity
        assert f.nodes and all(n in m.nodes for n in f.nodes)
        assert all(e in m.edges for e in f.edges)
        assert f.message and "\n" not in f.message
        keys.append((-f.severity.rank, f.code, [order[n] for n in f.nodes]))
    assert keys == sorted(keys)
    doc = result.to_json()
    assert list(doc["roles"]) == actors and len(doc["findings"]) == len(result.findings)


@given(maps(max_nodes=10, max_edges=30, only_allowed=True) | business_maps())
def test_roles_agree_with_a_naive_reading_of_the_spec(m):
    result = analyze(m)
    expected = _naive_roles(m)
    assert {a: {str(r) for r in roles} for a, roles in result.roles.items()} == expected


def test_a_user_in_a_department_of_a_paying_company_is_sponsored_in_both_readings():
    # found by the property above: the naive reading once looked at direct membership only
    m = Map()
    m.add_node("p0", Kind.PRODUCT, "P0")
    for company in ("a0", "a1", "a2"):
        m.add_node(company, Kind.COMPANY, company.upper())
    m.connect("a2", "a0", Relation.MEMBER_OF)
    m.connect("a0", "a1", Relation.MEMBER_OF)
    m.connect("a1", "p0", Relation.PAYS)
    m.connect("a2", "p0", Relation.USES)
    expected = _naive_roles(m)
    assert expected["a2"] == {"user", "sponsored_user"}
    assert {a: {str(r) for r in roles} for a, roles in analyze(m).roles.items()} == expected


@given(maps(max_nodes=12, max_edges=40, only_allowed=True) | business_maps())
def test_unheard_users_agree_with_one_search_per_product(m):
    result = analyze(m)
    found = {f.nodes[0]: list(f.nodes[1:]) for f in result.findings if f.code == "unheard_users"}
    assert found == _naive_unheard(m)


@given(maps(max_nodes=10, max_edges=30))
def test_invalid_edges_are_reported_and_touch_nothing_else(m):
    result = analyze(m)
    invalid = {e.id for e in m.edges.values() if e not in _valid(m)}
    reported = {f.edges[0] for f in result.findings if f.code == "invalid_relation"}
    assert reported == invalid
    for f in result.findings:
        if f.code != "invalid_relation":
            assert not set(f.edges) & invalid
    clean = m.copy()
    clean.remove(edge_ids=invalid)
    again = analyze(clean)
    assert again.roles == result.roles
    def facts(findings):  # a role mismatch may say that the expected link is invalid
        return [(f.code, f.nodes, f.edges, f.message if f.code != "role_mismatch" else "")
                for f in findings if f.code not in ("invalid_relation", "isolated")]

    assert facts(result.findings) == facts(again.findings)


@given(maps(max_nodes=10, max_edges=20))
def test_isolated_means_no_edge_at_all(m):
    result = analyze(m)
    lonely = {f.nodes[0] for f in result.findings if f.code == "isolated"}
    assert lonely == {n for n in m.nodes if not m.edges_of(n)}
