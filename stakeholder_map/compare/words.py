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
from stakeholder_map.texts import QT_TRANSLATE_NOOP, translate

ARROW = "→"
# Shown through translate("Compare", ...) when a sentence is written, not at import.
_ROLE_WORDS = {
    "user": QT_TRANSLATE_NOOP("Compare", "a user"),
    "client": QT_TRANSLATE_NOOP("Compare", "a client"),
    "customer": QT_TRANSLATE_NOOP("Compare", "a customer"),
    "paying_user": QT_TRANSLATE_NOOP("Compare", "a paying user"),
    "sponsored_user": QT_TRANSLATE_NOOP("Compare", "a sponsored user"),
    "free_user": QT_TRANSLATE_NOOP("Compare", "a free user"),
    "decision_maker": QT_TRANSLATE_NOOP("Compare", "a decision-maker"),
    "influencer": QT_TRANSLATE_NOOP("Compare", "an influencer"),
}
_RELATION_SENTENCES = {
    "pays": QT_TRANSLATE_NOOP("Compare", "{source} pays for {target}"),
    "decides": QT_TRANSLATE_NOOP("Compare", "{source} decides on {target}"),
    "uses": QT_TRANSLATE_NOOP("Compare", "{source} uses {target}"),
    "influences": QT_TRANSLATE_NOOP("Compare", "{source} influences {target}"),
    "member_of": QT_TRANSLATE_NOOP("Compare", "{source} is a member of {target}"),
}
_KIND_WORDS = {
    "product": QT_TRANSLATE_NOOP("Compare", "product"),
    "company": QT_TRANSLATE_NOOP("Compare", "company"),
    "buyer": QT_TRANSLATE_NOOP("Compare", "buyer"),
    "decision_maker": QT_TRANSLATE_NOOP("Compare", "decision maker"),
    "end_user": QT_TRANSLATE_NOOP("Compare", "end user"),
    "person": QT_TRANSLATE_NOOP("Compare", "person"),
}
_SEVERITY_WORDS = {
    "error": QT_TRANSLATE_NOOP("Compare", "error"),
    "warning": QT_TRANSLATE_NOOP("Compare", "warning"),
    "info": QT_TRANSLATE_NOOP("Compare", "info"),
}


def _word(table: dict[str, str], code: object) -> str:
    """A code's words in the user's language; an unknown code as it is (``_`` as spaces)."""
    code = str(code)
    return translate("Compare", table[code]) if code in table else code.replace("_", " ")


def role_words(role: object) -> str:
    """``a paying user``: a role as a sentence names it."""
    return translate("Compare", _ROLE_WORDS[str(role)]) if str(role) in _ROLE_WORDS else str(role)


def value_text(value: Any) -> str:
    """A field's value as a person reads it: text in quotes, numbers as written."""
    if value is ABSENT or value is None:
        return translate("Compare", "(none)")
    if isinstance(value, bool):
        return translate("Compare", "yes") if value else translate("Compare", "no")
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
    return translate("Compare", "nowhere") if spot is None else f"({value_text(spot[0])}, {value_text(spot[1])})"


def node_label(doc: MapDocument, ident: str, fallback: MapDocument | None = None) -> str:
    """``"Web search"``: the node's name (its id when blank or unknown)."""
    node = doc.nodes.get(ident) or (fallback.nodes.get(ident) if fallback else None) or {}
    name = " ".join(str(node.get("name", "")).split())
    return json.dumps(name or ident, ensure_ascii=False)


def edge_sentence(edge: dict[str, Any], doc: MapDocument, fallback: MapDocument | None = None) -> str:
    """``"Advertisers" pays for "Web search"``."""
    relation = str(edge.get("relation"))
    source, target = node_label(doc, edge["source"], fallback), node_label(doc, edge["target"], fallback)
    if relation not in _RELATION_SENTENCES:
        return f"{source} {relation} {target}"
    return translate("Compare", _RELATION_SENTENCES[relation]).format(source=source, target=target)


def _fields(fields: tuple[FieldChange, ...]) -> str:
    return "; ".join(f"{f.field} {value_text(f.old)} {ARROW} {value_text(f.new)}" for f in fields)


def item_text(change: ItemChange, diff: MapDiff) -> str:
    """One change in one sentence."""
    whole = change.status in (ADDED, REMOVED)
    doc = diff.old if change.status == REMOVED else diff.new
    if change.what == "node":
        node = change.new or change.old or {}
        label = node_label(doc, change.id)
        if whole:
            subject = translate("Compare", "node {name} ({id}, {kind})").format(
                name=label, id=change.id, kind=_word(_KIND_WORDS, node.get("kind", "")))
        else:
            subject = translate("Compare", "node {name} ({id})").format(name=label, id=change.id)
    else:
        sentence = edge_sentence(change.new or change.old or {}, doc, diff.old)
        subject = (translate("Compare", "edge {id}: {sentence}") if whole
                   else translate("Compare", "edge {id} ({sentence})")).format(id=change.id, sentence=sentence)
    if change.status == ADDED:
        return translate("Compare", "Added {subject}.").format(subject=subject)
    if change.status == REMOVED:
        return translate("Compare", "Removed {subject}.").format(subject=subject)
    spots = {"old": _spot(change.old), "new": _spot(change.new)}
    if change.status == MOVED:
        return translate("Compare", "Moved {subject} from {old} to {new}.").format(subject=subject, **spots)
    fields = _fields(change.fields)
    if change.moved:
        return translate("Compare", "Changed {subject}: {fields}; moved from {old} to {new}.").format(
            subject=subject, fields=fields, **spots)
    return translate("Compare", "Changed {subject}: {fields}.").format(subject=subject, fields=fields)


def role_sentence(node: str, role: str, doc: MapDocument, fallback: MapDocument, gained: bool) -> str:
    text = translate("Compare", "{name} is now {role}.") if gained else translate("Compare", "{name} is no longer {role}.")
    return text.format(name=node_label(doc, node, fallback), role=role_words(role))


_MAP_FIELD_WORDS = {
    "title": QT_TRANSLATE_NOOP("Compare", "title"),
    "currency": QT_TRANSLATE_NOOP("Compare", "currency"),
    "tag_colours": QT_TRANSLATE_NOOP("Compare", "tag colours"),
    "sticky_notes": QT_TRANSLATE_NOOP("Compare", "sticky notes"),
    "views": QT_TRANSLATE_NOOP("Compare", "saved views"),
}
# The field of an entry that names it, for the map's lists (a note's text, a view's name).
_ENTRY_NAME = {"sticky_notes": "text", "views": "name"}


def map_value_text(field: str, value: Any) -> str:
    """A top-level field's value as a person reads it: a list of notes or views by their words.

    >>> map_value_text("sticky_notes", [{"id": "n1", "text": "Budget freeze", "x": 0, "y": 0}])
    '"Budget freeze"'
    >>> map_value_text("tag_colours", {"pilot": "#ff0000"})
    '"pilot" #ff0000'
    """
    if field in _ENTRY_NAME and isinstance(value, list) and value:
        key = _ENTRY_NAME[field]
        return ", ".join(value_text(str(entry.get(key, ""))) if isinstance(entry, dict) else value_text(entry)
                         for entry in value)
    if field == "tag_colours" and isinstance(value, dict) and value:
        return ", ".join(f"{value_text(str(tag))} {colour}" for tag, colour in value.items())
    if value == [] or value == {}:
        return translate("Compare", "(none)")
    return value_text(value)


def map_field_text(change: FieldChange) -> str:
    """A change of a top-level field in one sentence."""
    known = _MAP_FIELD_WORDS.get(change.field)  # an unknown field by its name in the file
    field = translate("Compare", known) if known else change.field
    return translate("Compare", "Changed the map's {field}: {old} → {new}.").format(
        field=field, old=map_value_text(change.field, change.old), new=map_value_text(change.field, change.new))


def diff_text(diff: MapDiff) -> str:
    """The ``diff`` command's text: one sentence a line."""
    if diff.is_empty:
        return translate("Compare", "The maps are the same.")
    lines = [map_field_text(f) for f in diff.top]
    lines += [item_text(c, diff) for c in diff.nodes + diff.edges]
    for changes, gained in ((diff.roles_gained, True), (diff.roles_lost, False)):
        text = translate("Compare", "Role gained: {sentence}") if gained else translate("Compare", "Role lost: {sentence}")
        lines += [text.format(sentence=role_sentence(r.node, r.role, diff.new, diff.old, gained)) for r in changes]
    for findings, text in ((diff.findings_gained, translate("Compare", "New finding ({severity}): {message}")),
                           (diff.findings_lost, translate("Compare", "Finding gone ({severity}): {message}"))):
        lines += [text.format(severity=_word(_SEVERITY_WORDS, f.severity), message=f.message) for f in findings]
    return "\n".join(lines)


def describe_map(the_map: Map, *, analysis: bool = True) -> str:
    """The map as one fact a line, sorted by id: line diffs of it read as map changes.

    This is what git shows when the map's diff driver turns the file into text.
    """
    doc = MapDocument.of(the_map)
    lines = []
    for key, value in sorted(doc.top.items()):
        if key == CONFLICTS_FIELD and isinstance(value, list):  # one recorded conflict a line
            conflict = translate("Compare", "map: merge conflict: {message}")
            lines += [conflict.format(message=c.get("message", value_text(c)) if isinstance(c, dict) else value_text(c))
                      for c in value]
        else:
            lines.append(translate("Compare", "map: {field} {value}").format(field=key, value=value_text(value)))
    node_fact, edge_fact = translate("Compare", "node {id}: {field} {value}"), translate("Compare", "edge {id}: {field} {value}")
    for ident in sorted(doc.nodes):
        node = doc.nodes[ident]
        lines.append(translate("Compare", "node {id}: {name}, {kind}").format(
            id=ident, name=node_label(doc, ident), kind=_word(_KIND_WORDS, node["kind"])))
        if position(node) is not None:
            lines.append(translate("Compare", "node {id}: at {place}").format(id=ident, place=_spot(node)))
        lines += [node_fact.format(id=ident, field=key, value=value_text(value)) for key, value in node.items()
                  if key not in ("id", "kind", "name", *POSITION)]
    for ident in sorted(doc.edges):
        edge = doc.edges[ident]
        lines.append(translate("Compare", "edge {id}: {sentence}").format(id=ident, sentence=edge_sentence(edge, doc)))
        lines += [edge_fact.format(id=ident, field=key, value=value_text(value)) for key, value in edge.items()
                  if key not in ("id", "source", "target", "relation")]
    if analysis:
        from stakeholder_map.analysis import analyze

        result = analyze(the_map, ranking=False)
        role_fact = translate("Compare", "role: {name} is {role}")
        for actor, roles in sorted(result.roles.items()):
            lines += [role_fact.format(name=node_label(doc, actor), role=role_words(r)) for r in roles]
        finding_fact = translate("Compare", "finding ({severity}): {message}")
        lines += sorted(finding_fact.format(severity=_word(_SEVERITY_WORDS, f.severity), message=f.message)
                        for f in result.findings)
    return "\n".join(lines)
