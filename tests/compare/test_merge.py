"""merge_maps: combining two people's changes, conflicts, ids added on both sides."""

from __future__ import annotations

from hypothesis import given, strategies as st

from stakeholder_map.compare import CONFLICTS_FIELD, merge_maps
from stakeholder_map.fileio import dumps_map, loads_map
from stakeholder_map.model import Map
from tests.strategies import maps

from .maps import as_map, base_doc, edge, node


def merged(base, ours, theirs):
    result = merge_maps(as_map(base), as_map(ours), as_map(theirs))
    # Whatever happened, the result is a map the program opens again.
    assert loads_map(dumps_map(result.map)) == result.map
    return result


def test_changes_to_different_items_and_fields_combine():
    base, ours, theirs = base_doc(), base_doc(), base_doc()
    node(ours, "people")["name"] = "Users"
    node(theirs, "people")["headcount"] = 5000
    edge(theirs, "e1")["amount"] = 1500
    theirs["title"] = "Search ads"
    result = merged(base, ours, theirs)
    assert result.conflicts == ()
    people = result.map.node("people")
    assert (people.name, people.headcount) == ("Users", 5000)
    assert result.map.edge("e1").amount == 1500
    assert result.map.title == "Search ads"
    assert CONFLICTS_FIELD not in result.map.extra


def test_positions_combine_silently():
    base, ours, theirs = base_doc(), base_doc(), base_doc()
    node(ours, "search").update(x=10, y=10)
    node(theirs, "search").update(x=99, y=99)
    node(theirs, "ads").update(x=300)
    result = merged(base, ours, theirs)
    assert result.conflicts == ()
    assert result.map.node("search").position == (10, 10)
    assert result.map.node("ads").position == (300, 0)


def test_the_same_field_changed_two_ways_is_a_conflict_keeping_ours():
    base, ours, theirs = base_doc(), base_doc(), base_doc()
    node(ours, "people")["name"] = "Users"
    node(theirs, "people")["name"] = "People"
    result = merged(base, ours, theirs)
    assert result.map.node("people").name == "Users"
    [conflict] = result.conflicts
    assert conflict.message == ('Conflict: node "Users" (people): name is "Users" on ours and "People" '
                                "on theirs; the merge keeps ours.")
    recorded = result.map.extra[CONFLICTS_FIELD]
    assert recorded[0]["id"] == "people" and recorded[0]["theirs"] == "People"


def test_removed_on_one_side_and_changed_on_the_other_is_a_conflict():
    base, ours, theirs = base_doc(), base_doc(), base_doc()
    edge(ours, "e1")["amount"] = 99
    theirs["edges"] = [e for e in theirs["edges"] if e["id"] != "e1"]
    result = merged(base, ours, theirs)
    assert result.map.edge("e1").amount == 99
    assert ('edge e1 ("Advertisers" pays for "Web search") was changed on ours (amount 99) and removed on theirs'
            in result.conflicts[0].message)

    result = merged(base, theirs, ours)  # the other way round: ours removed it
    assert "e1" not in result.map.edges
    assert ('edge e1 ("Advertisers" pays for "Web search") was removed on ours and changed on theirs (amount 99)'
            in result.conflicts[0].message)


def test_removed_on_one_side_and_only_moved_on_the_other_is_removed():
    base, ours, theirs = base_doc(), base_doc(), base_doc()
    node(ours, "people")["x"] = 500
    theirs["nodes"] = [n for n in theirs["nodes"] if n["id"] != "people"]
    theirs["edges"] = [e for e in theirs["edges"] if e["id"] != "e2"]
    result = merged(base, ours, theirs)
    assert result.conflicts == ()
    assert "people" not in result.map.nodes and "e2" not in result.map.edges


def test_an_edge_to_a_node_the_other_side_removed_never_breaks_the_file():
    base, ours, theirs = base_doc(), base_doc(), base_doc()
    ours["nodes"] = [n for n in ours["nodes"] if n["id"] != "people"]
    ours["edges"] = [e for e in ours["edges"] if e["id"] != "e2"]
    theirs["edges"].append({"id": "e9", "source": "people", "target": "search", "relation": "pays"})
    result = merged(base, ours, theirs)
    assert "people" not in result.map.nodes and "e9" not in result.map.edges
    assert "edge e9" in result.conflicts[0].message

    result = merged(base, theirs, ours)  # ours added the edge, theirs removed its node
    assert "people" in result.map.nodes and "e9" in result.map.edges
    assert "node \"Searchers\" (people) was removed on theirs" in result.conflicts[0].message


def test_both_sides_adding_the_same_new_id_keeps_both_and_rewires_edges():
    base, ours, theirs = base_doc(), base_doc(), base_doc()
    ours["nodes"].append({"id": "company3", "kind": "company", "name": "Acme"})
    ours["edges"].append({"id": "e3", "source": "company3", "target": "search", "relation": "pays"})
    theirs["nodes"].append({"id": "company3", "kind": "company", "name": "Globex"})
    theirs["edges"].append({"id": "e3", "source": "company3", "target": "search", "relation": "pays"})
    result = merged(base, ours, theirs)
    assert result.conflicts == ()
    names = {n.id: n.name for n in result.map.nodes.values()}
    assert names["company3"] == "Acme" and names["company4"] == "Globex"
    assert result.map.edge("e3").source == "company3"
    assert result.map.edge("e4").source == "company4"
    assert result.renamed == {"company3": "company4", "e3": "e4"}


def test_the_same_item_added_on_both_sides_is_kept_once():
    base, ours, theirs = base_doc(), base_doc(), base_doc()
    ours["nodes"].append({"id": "boss", "kind": "person", "name": "Boss", "x": 1, "y": 1})
    theirs["nodes"].append({"id": "boss", "kind": "person", "name": "Boss", "x": 5, "y": 5})
    result = merged(base, ours, theirs)
    assert result.renamed == {} and result.conflicts == ()
    assert len(result.map.nodes) == 4 and result.map.node("boss").position == (1, 1)


def test_unknown_fields_merge_like_known_ones():
    base, ours, theirs = base_doc(), base_doc(), base_doc()
    ours["owner"] = "Ann"
    theirs["review"] = {"due": "May"}
    node(ours, "ads")["shade"] = "red"
    node(theirs, "ads")["tags"] = ["key account"]
    edge(theirs, "e2")["weight"] = 3
    node(ours, "people")["shade"] = "red"
    node(theirs, "people")["shade"] = "blue"
    result = merged(base, ours, theirs)
    assert result.map.extra["owner"] == "Ann" and result.map.extra["review"] == {"due": "May"}
    ads = result.map.node("ads")
    assert dict(ads.extra)["shade"] == "red"
    assert "tags" in dumps_map(result.map)
    assert result.map.edge("e2").extra["weight"] == 3
    assert [c.field for c in result.conflicts] == ["shade"]


def test_an_empty_base_merges_two_new_files():
    ours, theirs = base_doc(), base_doc()
    node(theirs, "ads")["notes"] = "big"
    result = merge_maps(None, as_map(ours), as_map(theirs))
    assert result.map.node("ads").notes is None  # both added it, differently: theirs renamed
    assert result.map.node(result.renamed["ads"]).notes == "big"


def _text(result) -> str:
    return dumps_map(result.map)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.text(max_size=8)
    | st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=-10**6, max_value=10**6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)
unknown_fields = st.dictionaries(st.sampled_from(["colour", "owner", "review", "weight"]), json_values, max_size=2)


@st.composite
def rich_maps(draw):
    """A valid map whose top level, nodes and edges may carry fields this program does not
    know, and whose amounts may be exact decimals."""
    plain = draw(maps(max_nodes=6, max_edges=8))
    rich = Map(plain.title, draw(unknown_fields), plain.currency)
    nodes = [n.with_(extra=draw(unknown_fields)) for n in plain.nodes.values()]
    edges = []
    for e in plain.edges.values():
        amount = e.amount
        if amount is not None and draw(st.booleans()):
            amount = draw(st.decimals(min_value=0, max_value=10**9, places=2))
        edges.append(e.with_(amount=amount, extra=draw(unknown_fields)))
    rich.add(nodes, edges)
    return loads_map(dumps_map(rich))  # as a file holds it: merges read maps from files


@given(rich_maps())
def test_merging_a_map_with_itself_changes_nothing(x):
    assert _text(merge_maps(x, x, x)) == dumps_map(x)


@given(rich_maps(), rich_maps(), st.booleans())
def test_a_change_on_one_side_only_is_the_result(base, x, ours_changed):
    result = merge_maps(base, x, base) if ours_changed else merge_maps(base, base, x)
    assert result.conflicts == ()
    assert _text(result) == dumps_map(x)


def test_conflicts_resolved_on_one_side_stay_resolved():
    base, ours, theirs = base_doc(), base_doc(), base_doc()
    recorded = [{"item": "node", "id": "people", "field": "name", "ours": "A", "theirs": "B", "message": "m"}]
    base[CONFLICTS_FIELD] = ours[CONFLICTS_FIELD] = recorded
    node(theirs, "people")["name"] = "A"  # theirs resolved it and removed the list
    assert CONFLICTS_FIELD not in merged(base, ours, theirs).map.extra
    other = [{"item": "edge", "id": "e1", "field": "amount", "ours": 1, "theirs": 2, "message": "n"}]
    theirs[CONFLICTS_FIELD] = other
    ours[CONFLICTS_FIELD] = recorded + [{"item": "map", "message": "o"}]
    assert len(merged(base, ours, theirs).map.extra[CONFLICTS_FIELD]) == 3


@given(maps(max_nodes=6, max_edges=8), st.data())
def test_edits_of_different_fields_always_combine(base, data):
    ours, theirs = base.copy(), base.copy()
    for node_id in base.nodes:
        if data.draw(st.booleans()):
            ours.update_node(node_id, name=data.draw(st.text(max_size=5)))
        if data.draw(st.booleans()):
            theirs.update_node(node_id, notes=data.draw(st.text(max_size=5)))
        if data.draw(st.booleans()):
            theirs.update_node(node_id, x=data.draw(st.integers(-500, 500)), y=0)
    gone = [e for e in base.edges if data.draw(st.booleans())]
    theirs.remove(edge_ids=gone)
    result = merge_maps(base, ours, theirs)
    assert result.conflicts == ()
    # Positions as saved (the writer may round them), on both sides.
    theirs, saved = loads_map(dumps_map(theirs)), loads_map(dumps_map(result.map))
    for node_id, node in saved.nodes.items():
        assert node.name == ours.node(node_id).name
        assert node.notes == theirs.node(node_id).notes
        assert node.position == theirs.node(node_id).position
    assert set(result.map.edges) == set(theirs.edges)


def test_a_combination_that_would_not_load_keeps_ours_and_says_so(monkeypatch):
    import stakeholder_map.fileio as fileio

    def refuse(*args, **kwargs):
        raise fileio.MapFileError("<merge>", "$", "something the checks did not foresee")

    base, ours, theirs = base_doc(), base_doc(), base_doc()
    node(ours, "people")["name"] = "Users"
    node(theirs, "ads")["notes"] = "big"
    monkeypatch.setattr(fileio, "loads_map", refuse)
    result = merge_maps(as_map(base), as_map(ours), as_map(theirs))
    assert result.map.node("people").name == "Users" and result.map.node("ads").notes is None
    [conflict] = result.conflicts
    assert "could not be combined" in conflict.message and "keeps ours" in conflict.message
    assert result.map.extra[CONFLICTS_FIELD][0]["message"] == conflict.message


def test_currency_tags_and_decimal_amounts_merge_exactly():
    base, ours, theirs = base_doc(), base_doc(), base_doc()
    ours["currency"] = "EUR"
    node(theirs, "ads")["tags"] = ["key account", "EMEA"]
    edge(theirs, "e1")["amount"] = 0  # replaced below by an exact decimal
    text = __import__("json").dumps(theirs).replace('"amount": 0', '"amount": 1234.10')
    result = merge_maps(as_map(base), as_map(ours), loads_map(text))
    assert result.conflicts == ()
    written = dumps_map(result.map)
    assert '"currency": "EUR"' in written and '"amount": 1234.10' in written
    assert list(result.map.node("ads").tags) == ["key account", "EMEA"]
    node(ours, "ads")["tags"] = ["VIP"]
    result = merge_maps(as_map(base), as_map(ours), loads_map(text))
    assert [c.field for c in result.conflicts] == ["tags"]
    assert list(result.map.node("ads").tags) == ["VIP"]


def test_an_edge_field_called_x_is_not_a_position():
    base, ours, theirs = base_doc(), base_doc(), base_doc()
    edge(base, "e2")["x"] = 1
    edge(ours, "e2")["x"] = 2
    theirs["edges"] = [e for e in theirs["edges"] if e["id"] != "e2"]
    result = merged(base, ours, theirs)
    assert result.map.edge("e2").extra["x"] == 2  # a change, so removing it is a conflict
    assert [c.id for c in result.conflicts] == ["e2"]


@given(rich_maps(), rich_maps(), rich_maps())
def test_any_three_versions_merge_into_a_map_that_loads(base, ours, theirs):
    result = merge_maps(base, ours, theirs)
    assert loads_map(dumps_map(result.map)) == result.map
    # Nothing either side has is lost without a word: every id of ours is there, or a
    # conflict names it; theirs' ids are there (perhaps renamed), or a conflict names them.
    named = {c.id for c in result.conflicts}
    for group in ("nodes", "edges"):
        kept, before = getattr(result.map, group), getattr(base, group)
        mine, other = getattr(ours, group), getattr(theirs, group)
        for ident in mine:  # ours is kept, unless theirs removed it (and ours left it alone)
            assert ident in kept or (ident in before and ident not in other)
        for ident in other:  # theirs is kept (perhaps renamed), unless ours removed it
            here = result.renamed.get(ident, ident)
            assert here in kept or (ident in before and ident not in mine) or here in named
    assert all(c.message.startswith("Conflict: ") for c in result.conflicts)
    assert not any("could not be combined" in c.message for c in result.conflicts)


def test_our_edge_pointed_by_theirs_at_a_node_ours_removed_stays_ours():
    base, ours, theirs = base_doc(), base_doc(), base_doc()
    base["nodes"].append({"id": "boss", "kind": "person", "name": "Boss"})
    theirs["nodes"].append({"id": "boss", "kind": "person", "name": "Boss"})
    edge(theirs, "e2")["source"] = "boss"  # theirs: the boss uses it, not the searchers
    result = merged(base, ours, theirs)  # ours never had the boss (base had him; ours removed him)
    assert "boss" not in result.map.nodes
    assert result.map.edge("e2").source == "people"
    [conflict] = result.conflicts
    assert conflict.id == "e2" and "pointed on theirs at node \"Boss\" (boss), which ours removed" in conflict.message


def test_ours_pointing_an_edge_at_a_node_theirs_removed_is_told_once_and_the_right_way_round():
    base, ours, theirs = base_doc(), base_doc(), base_doc()
    for doc in (base, ours, theirs):
        doc["nodes"].append({"id": "boss", "kind": "person", "name": "Boss"})
    edge(ours, "e2")["source"] = "boss"  # ours: the boss uses it, not the searchers
    theirs["nodes"] = [n for n in theirs["nodes"] if n["id"] != "boss"]  # theirs: no boss
    result = merged(base, ours, theirs)
    assert "boss" in result.map.nodes and result.map.edge("e2").source == "boss"
    [conflict] = result.conflicts
    assert conflict.message.startswith('Conflict: node "Boss" (boss) was removed on theirs, but ours links edge e2')
    assert "pointed on theirs" not in conflict.message
