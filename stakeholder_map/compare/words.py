"""Diffs and maps in plain sentences: the ``diff`` command's text and git's text view.

>>> from stakeholder_map.model import Kind, Map
>>> from stakeholder_map.compare.diff import diff_maps
>>> old = Map("Demo")
>>> _ = old.add_node("app", Kind.PRODUCT, "App", x=0, y=0)
>>> new = old.copy()
>>> _ = new.update_node("app", name="Web app", x=10)
>>> print(diff_text(diff_maps(old, new, analysis=False)))
Changed node "Web app" (app): name "App" → "Web app"; moved from (0, 0) to (10, 0).
>>> print(describe_map(old, analysis=False))
map: title "Demo"
node app: "App", product
node app: at (0, 0)
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from stakeholder_map.compare.diff import (
    ABSENT, ADDED, MOVED, REMOVED, FieldChange, ItemChange, MapDiff,
)
from stakeholder_map.compare.documents import CONFLICTS_FIELD, POSITION, MapDocument, position
from stakeholder_map.model import Map

ARROW = "→"
_ROLE_WORDS = {
    "user": "a user", "client": "a client", "customer": "a customer",
    "paying_user": "a paying user", "sponsored_user": "a sponsored user",
    "free_user": "a free user", "decision_maker": "a decision-maker",
    "influencer": "an influencer",
}
_RELATION_WORDS = {
    "pays": "pays for", "decides": "decides on", "uses": "uses",
    "influences": "influences", "member_of": "is a member of",
}


def value_text(value: Any) -> str:
    """A field's value as a person reads it: text in quotes, numbers as written."""
    if value is ABSENT or value is None:
        return "(none)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Decimal):
        return str(value).replace("E+", "e").replace("E", "e")
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, str):
        return json.dumps(" ".join(value.split()) if "\n" in value else value, ensure_ascii=False)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "[" + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _spot(item: dict[str, Any] | None) -> str:
    spot = position(item or {})
    return "nowhere" if spot is None else f"({value_text(spot[0])}, {value_text(spot[1])})"


def node_label(doc: MapDocument, ident: str, fallback: MapDocument | None = None) -> str:
    """``"Web search"``: the node's name (its id when blank or unknown)."""
    node = doc.nodes.get(ident) or (fallback.nodes.get(ident) if fallback else None) or {}
    name = " ".join(str(node.get("name", "")).split())
    return json.dumps(name or ident, ensure_ascii=False)


def edge_sentence(edge: dict[str, Any], doc: MapDocument, fallback: MapDocument | None = None) -> str:
    """``"Advertisers" pays for "Web search"``."""
    verb = _RELATION_WORDS.get(str(edge.get("relation")), str(edge.get("relation")))
    return (f"{node_label(doc, edge['source'], fallback)} {verb} "
            f"{node_label(doc, edge['target'], fallback)}")


def _fields(fields: tuple[FieldChange, ...]) -> str:
    return "; ".join(f"{f.field} {value_text(f.old)} {ARROW} {value_text(f.new)}" for f in fields)


def item_text(change: ItemChange, diff: MapDiff) -> str:
    """One change in one sentence."""
    if change.what == "node":
        doc = diff.old if change.status == REMOVED else diff.new
        node = change.new or change.old or {}
        subject = f"node {node_label(doc, change.id)} ({change.id}"
        subject += f", {str(node.get('kind', '')).replace('_', ' ')})" if change.status in (ADDED, REMOVED) else ")"
    else:
        doc = diff.old if change.status == REMOVED else diff.new
        sentence = edge_sentence(change.new or change.old or {}, doc, diff.old)
        subject = f"edge {change.id}: {sentence}" if change.status in (ADDED, REMOVED) else f"edge {change.id} ({sentence})"
    if change.status == ADDED:
        return f"Added {subject}."
    if change.status == REMOVED:
        return f"Removed {subject}."
    if change.status == MOVED:
        return f"Moved {subject} from {_spot(change.old)} to {_spot(change.new)}."
    text = f"Changed {subject}: {_fields(change.fields)}"
    if change.moved:
        text += f"; moved from {_spot(change.old)} to {_spot(change.new)}"
    return text + "."


def role_sentence(node: str, role: str, doc: MapDocument, fallback: MapDocument, gained: bool) -> str:
    words = _ROLE_WORDS.get(role, role)
    state = "is now" if gained else "is no longer"
    return f"{node_label(doc, node, fallback)} {state} {words}."


def map_field_text(change: FieldChange) -> str:
    """A change of a top-level field in one sentence."""
    return f"Changed the map's {change.field}: {value_text(change.old)} {ARROW} {value_text(change.new)}."


def diff_text(diff: MapDiff) -> str:
    """The ``diff`` command's text: one sentence a line."""
    if diff.is_empty:
        return "The maps are the same."
    lines = [map_field_text(f) for f in diff.top]
    lines += [item_text(c, diff) for c in diff.nodes + diff.edges]
    for changes, gained in ((diff.roles_gained, True), (diff.roles_lost, False)):
        lines += ["Role " + ("gained: " if gained else "lost: ") +
                  role_sentence(r.node, r.role, diff.new, diff.old, gained) for r in changes]
    lines += [f"New finding ({f.severity}): {f.message}" for f in diff.findings_gained]
    lines += [f"Finding gone ({f.severity}): {f.message}" for f in diff.findings_lost]
    return "\n".join(lines)


def describe_map(the_map: Map, *, analysis: bool = True) -> str:
    """The map as one fact a line, sorted by id: line diffs of it read as map changes.

    This is what git shows when the map's diff driver turns the file into text.
    """
    doc = MapDocument.of(the_map)
    lines = []
    for key, value in sorted(doc.top.items()):
        if key == CONFLICTS_FIELD and isinstance(value, list):  # one recorded conflict a line
            lines += [f"map: merge conflict: {c.get('message', value_text(c)) if isinstance(c, dict) else value_text(c)}"
                      for c in value]
        else:
            lines.append(f"map: {key} {value_text(value)}")
    for ident in sorted(doc.nodes):
        node = doc.nodes[ident]
        lines.append(f"node {ident}: {node_label(doc, ident)}, {str(node['kind']).replace('_', ' ')}")
        if position(node) is not None:
            lines.append(f"node {ident}: at {_spot(node)}")
        lines += [f"node {ident}: {key} {value_text(value)}" for key, value in node.items()
                  if key not in ("id", "kind", "name", *POSITION)]
    for ident in sorted(doc.edges):
        edge = doc.edges[ident]
        lines.append(f"edge {ident}: {edge_sentence(edge, doc)}")
        lines += [f"edge {ident}: {key} {value_text(value)}" for key, value in edge.items()
                  if key not in ("id", "source", "target", "relation")]
    if analysis:
        from stakeholder_map.analysis import analyze

        result = analyze(the_map, ranking=False)
        for actor, roles in sorted(result.roles.items()):
            lines += [f"role: {node_label(doc, actor)} is {_ROLE_WORDS.get(str(r), str(r))}" for r in roles]
        lines += sorted(f"finding ({f.severity}): {f.message}" for f in result.findings)
    return "\n".join(lines)
