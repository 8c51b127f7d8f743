"""Role badges, finding marks and tooltips after ``set_analysis``."""

from __future__ import annotations

from stakeholder_map.analysis import Analysis, Finding, Role, Severity, analyze


def finding(code: str, severity: str, nodes: tuple, edges: tuple, message: str) -> Finding:
    return Finding(code, Severity(severity), tuple(nodes), tuple(edges), message)


def analysis_with(roles: dict | None = None, findings: tuple = ()) -> Analysis:
    return Analysis({k: tuple(Role(r) for r in v) for k, v in (roles or {}).items()}, tuple(findings))


def test_no_marks_before_analysis(scene):
    item = scene.node_item("people")
    assert item.badge_labels() == [] and item.severity is None


def test_badges_and_tooltips_from_the_real_analysis(scene, the_map):
    scene.set_analysis(analyze(the_map))
    people = scene.node_item("people")
    # "Free user" implies "User": the canvas shows the specific one, the tooltip both.
    assert "Free user" in people.badge_labels() and "User" not in people.badge_labels()
    assert "<b>User</b>" in people.tooltip_text()
    assert "Client" in scene.node_item("ads").badge_labels()
    assert scene.node_item("search").badge_labels() == []  # products hold no roles
    tip = people.tooltip_text()
    assert "Searchers" in tip and "End user" in tip and "Free user" in tip
    from stakeholder_map.analysis import Role

    assert Role.FREE_USER.description in tip  # each role with its one-line meaning


def test_finding_marks_node_and_edge_by_worst_severity(scene):
    analysis = analysis_with(
        roles={"ads": ("client",)},
        findings=(
            finding("x", "info", ("search",), (), "A note about Web search."),
            finding("y", "error", ("search", "people"), ("e2",), "Searchers <break> the table."),
        ),
    )
    scene.set_analysis(analysis)
    assert scene.node_item("search").severity == "error"
    assert scene.node_item("people").severity == "error"
    assert scene.node_item("ads").severity is None
    assert scene.node_item("ads").badge_labels() == ["Client"]
    assert len(scene.edge_item("e2").findings) == 1
    tip = scene.node_item("search").tooltip_text()
    assert "A note about Web search." in tip and "&lt;break&gt;" in tip
    assert "&lt;break&gt;" in scene.edge_item("e2").tooltip_text()
    scene.set_analysis(None)
    assert scene.node_item("search").severity is None
    assert scene.node_item("ads").badge_labels() == []


def test_role_description_shows_in_tooltip(scene):
    scene.set_analysis(analysis_with(roles={"people": ("decision_maker",)}))
    assert Role.DECISION_MAKER.description in scene.node_item("people").tooltip_text()


def test_badges_grow_the_item_and_survive_a_rename(scene, the_map):
    item = scene.node_item("people")
    plain = item.boundingRect().height()
    scene.set_analysis(analysis_with(roles={"people": ("user", "free_user", "influencer")}))
    assert item.boundingRect().height() > plain
    the_map.update_node("people", name="Everyone searching")
    assert item.badge_labels() == ["Free user", "Influencer"]  # "User" is implied


def test_map_rect_grows_with_the_badges_an_analysis_adds(qtbot):
    # Exports crop to map_rect: a rect cached before the badges arrived cut them off.
    from stakeholder_map.analysis import analyze
    from stakeholder_map.canvas import MapScene
    from stakeholder_map.model import Kind, Map, Relation

    m = Map()
    m.add_node("app", Kind.PRODUCT, "App", x=0, y=0)
    m.add_node("kid", Kind.END_USER, "Kid", x=0, y=300)
    m.add_node("mum", Kind.BUYER, "Mum", x=-300, y=0)
    m.connect("kid", "app", Relation.USES)
    m.connect("mum", "app", Relation.PAYS)
    m.connect("kid", "mum", Relation.INFLUENCES)
    scene = MapScene(m)
    before = scene.map_rect()
    scene.set_analysis(analyze(m))
    scene.marks.finish()
    after = scene.map_rect()
    badges = scene.node_item("kid").sceneBoundingRect()
    assert after.bottom() > before.bottom()
    assert after.contains(badges)
    scene.detach()
