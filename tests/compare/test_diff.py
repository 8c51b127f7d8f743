"""diff_maps: items and fields added, removed, changed and moved; roles and findings."""

from __future__ import annotations

import json

from stakeholder_map.compare import diff_maps
from stakeholder_map.fileio import loads_map
from stakeholder_map.compare.words import describe_map, diff_text

from .maps import as_map, base_doc, edge, node


def test_the_same_map_written_differently_is_no_change():
    doc = base_doc()
    shuffled = base_doc()
    shuffled["nodes"].reverse()
    shuffled["nodes"][0] = dict(reversed(list(shuffled["nodes"][0].items())))
    assert diff_maps(as_map(doc), as_map(shuffled)).is_empty


def test_a_move_is_told_apart_from_an_edit():
    old, new = base_doc(), base_doc()
    node(new, "search")["x"] = 50
    node(new, "people")["name"] = "Users"
    diff = diff_maps(as_map(old), as_map(new))
    status = {c.id: c.status for c in diff.nodes}
    assert status == {"search": "moved", "people": "changed"}
    people = diff.item("people")
    assert [(f.field, f.old, f.new) for f in people.fields] == [("name", "Searchers", "Users")]
    text = diff_text(diff)
    assert 'Moved node "Web search" (search) from (0, 0) to (50, 0).' in text
    assert 'Changed node "Users" (people): name "Searchers" → "Users".' in text


def test_an_edit_with_a_move_lists_both():
    old, new = base_doc(), base_doc()
    node(new, "people").update(headcount=2000, y=300)
    change = diff_maps(as_map(old), as_map(new)).item("people")
    assert change.status == "changed" and change.moved
    assert change.to_json()["moved"] == {"from": [0, 200], "to": [0, 300]}


def test_added_and_removed_items_and_edge_fields():
    old, new = base_doc(), base_doc()
    new["nodes"].append({"id": "boss", "kind": "decision_maker", "name": "Boss", "tags": ["vip"]})
    new["edges"].append({"id": "e3", "source": "boss", "target": "search", "relation": "decides"})
    new["edges"] = [e for e in new["edges"] if e["id"] != "e2"]
    edge(new, "e1")["amount"] = 1500
    diff = diff_maps(as_map(old), as_map(new))
    assert {(c.id, c.status) for c in diff.nodes + diff.edges} == {
        ("boss", "added"), ("e3", "added"), ("e2", "removed"), ("e1", "changed")}
    text = diff_text(diff).splitlines()
    assert 'Added node "Boss" (boss, decision maker).' in text
    assert 'Removed edge e2: "Searchers" uses "Web search".' in text
    assert 'Changed edge e1 ("Advertisers" pays for "Web search"): amount 1200 → 1500.' in text


def test_roles_and_findings_gained_and_lost():
    old, new = base_doc(), base_doc()
    new["nodes"].append({"id": "boss", "kind": "decision_maker", "name": "Boss"})
    new["edges"].append({"id": "e3", "source": "boss", "target": "search", "relation": "decides"})
    new["edges"] = [e for e in new["edges"] if e["id"] != "e2"]
    diff = diff_maps(as_map(old), as_map(new))
    assert ("boss", "decision_maker") in {(r.node, r.role) for r in diff.roles_gained}
    assert ("people", "user") in {(r.node, r.role) for r in diff.roles_lost}
    assert "decision_maker_not_user" in {f.code for f in diff.findings_gained}
    assert "users_not_customers" in {f.code for f in diff.findings_lost}
    text = diff_text(diff)
    assert 'Role gained: "Boss" is now a decision-maker.' in text
    assert 'Role lost: "Searchers" is no longer a user.' in text


def test_unknown_fields_and_tags_are_fields_like_any_other():
    old, new = base_doc(), base_doc()
    old["owner"] = "Ann"
    new["owner"] = "Bo"
    node(new, "ads")["tags"] = ["key account"]
    edge(new, "e2")["style"] = {"dash": True}
    diff = diff_maps(as_map(old), as_map(new))
    assert [(f.field, f.old, f.new) for f in diff.top] == [("owner", "Ann", "Bo")]
    assert diff.item("ads").fields[0].field == "tags"
    assert diff.item("e2").fields[0].field == "style"
    assert "Changed the map's owner: \"Ann\" → \"Bo\"." in diff_text(diff)


def test_the_maps_own_lists_read_as_words_and_unknown_fields_keep_their_names():
    old, new = base_doc(), base_doc()
    new["sticky_notes"] = [{"id": "n1", "text": "Budget freeze in Q3", "x": 0, "y": 0}]
    old["account_owner"] = "Ann"
    new["account_owner"] = "Bo"
    text = diff_text(diff_maps(as_map(old), as_map(new)))
    assert "Changed the map's sticky notes: (none) → \"Budget freeze in Q3\"." in text
    assert "Changed the map's account_owner: \"Ann\" → \"Bo\"." in text


def test_true_is_not_one_but_one_is_one_point_zero():
    old, new = base_doc(), base_doc()
    node(old, "ads")["flag"] = 1
    node(new, "ads")["flag"] = True
    assert not diff_maps(as_map(old), as_map(new)).is_empty
    node(new, "ads")["flag"] = 1.0
    assert diff_maps(as_map(old), as_map(new)).is_empty


def test_describe_map_has_one_fact_a_line():
    text = describe_map(as_map(base_doc())).splitlines()
    assert 'node people: headcount 1000' in text
    assert 'edge e1: "Advertisers" pays for "Web search"' in text
    assert 'role: "Advertisers" is a client' in text


def test_amounts_compare_exactly_and_currency_and_tags_are_fields():
    old, new = base_doc(), base_doc()
    old_text = json.dumps(old).replace('"amount": 1200', '"amount": 0.1')
    new_text = json.dumps(new).replace('"amount": 1200', '"amount": 0.10000000000000001')
    # As floats these two are the same number; as the decimals the file holds they are not.
    diff = diff_maps(loads_map(old_text), loads_map(new_text))
    assert [(f.field, str(f.old), str(f.new)) for f in diff.item("e1").fields] == [
        ("amount", "0.1", "0.10000000000000001")]
    assert diff_maps(loads_map(old_text), loads_map(old_text.replace("0.1", "0.10"))).is_empty
    new["currency"] = "EUR"
    node(new, "ads")["tags"] = ["key account"]
    diff = diff_maps(as_map(old), as_map(new))
    assert [(f.field, f.new) for f in diff.top] == [("currency", "EUR")]
    assert 'Changed node "Advertisers" (ads): tags (none) → ["key account"].' in diff_text(diff)


def test_an_edge_field_called_x_is_a_change_not_a_move():
    old, new = base_doc(), base_doc()
    edge(new, "e2")["x"] = 5
    change = diff_maps(as_map(old), as_map(new)).item("e2")
    assert change.status == "changed" and not change.moved
    assert "moved" not in change.to_json()


def test_describe_map_lists_recorded_conflicts_one_a_line():
    doc = base_doc()
    doc["merge_conflicts"] = [{"item": "node", "id": "people", "message": "Conflict: one."},
                              {"item": "map", "message": "Conflict: two."}]
    lines = describe_map(as_map(doc), analysis=False).splitlines()
    assert lines[:2] == ["map: merge conflict: Conflict: one.", "map: merge conflict: Conflict: two."]
