"""A change of the map's other top-level fields (such as recorded merge conflicts)."""

from stakeholder_map.model import Change, Map


def test_a_change_of_the_top_level_fields_applies_and_inverts():
    m = Map("Demo", {"merge_conflicts": [{"message": "x"}], "owner": "Ann"})
    seen = []
    m.changed.subscribe(seen.append)
    change = Change(extra=(dict(m.extra), {"owner": "Ann"}))
    assert not change.is_empty and not change.only_moves
    m.apply(change)
    assert m.extra == {"owner": "Ann"} and seen == [change]
    m.apply(change.inverted())
    assert m.extra == {"merge_conflicts": [{"message": "x"}], "owner": "Ann"}
    assert Change(extra=({"a": 1}, {"a": 1})).is_empty
