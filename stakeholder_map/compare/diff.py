"""What changed between two versions of a map: items, fields, moves, roles and findings.

>>> from stakeholder_map.model import Kind, Map
>>> old = Map("Demo")
>>> _ = old.add_node("app", Kind.PRODUCT, "App", x=0, y=0)
>>> new = old.copy()
>>> _ = new.update_node("app", x=10)
>>> d = diff_maps(old, new)
>>> [(c.id, c.status) for c in d.nodes]
[('app', 'moved')]
>>> diff_maps(old, old.copy()).is_empty
True
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from stakeholder_map.compare.documents import POSITION, MapDocument, position, same
from stakeholder_map.model import Map

ADDED, REMOVED, CHANGED, MOVED = "added", "removed", "changed", "moved"


class _Absent:
    """A field a version does not have (distinct from any JSON value)."""

    def __repr__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"field": self.field}
        if self.old is not ABSENT:
            doc["old"] = self.old
        if self.new is not ABSENT:
            doc["new"] = self.new
        return doc


@dataclass(frozen=True)
class ItemChange:
    """One node or edge added, removed, changed or only moved.

    ``fields`` lists the changed fields other than the position; ``old``/``new`` are the
    item's documents in each version (``None`` where it does not exist).
    """

    what: str  # "node" or "edge"
    id: str
    status: str
    fields: tuple[FieldChange, ...] = ()
    old: dict[str, Any] | None = None
    new: dict[str, Any] | None = None

    @property
    def moved(self) -> bool:
        return (self.what == "node" and self.status in (CHANGED, MOVED) and self.old is not None
                and self.new is not None
                and not same(position(self.old), position(self.new)))

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"id": self.id, "status": self.status}
        if self.status == ADDED:
            doc["new"] = self.new
        if self.status == REMOVED:
            doc["old"] = self.old
        if self.fields:
            doc["fields"] = [f.to_json() for f in self.fields]
        if self.moved:
            doc["moved"] = {"from": _xy(self.old), "to": _xy(self.new)}
        return doc


def _xy(item: dict[str, Any] | None) -> list[Any] | None:
    spot = position(item or {})
    return None if spot is None else list(spot)


@dataclass(frozen=True)
class RoleChange:
    node: str
    role: str


@dataclass(frozen=True)
class FindingChange:
    code: str
    severity: str
    nodes: tuple[str, ...]
    edges: tuple[str, ...]
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, "nodes": list(self.nodes),
                "edges": list(self.edges), "message": self.message}


@dataclass(frozen=True)
class MapDiff:
    """Everything that differs from ``old`` to ``new``; empty when the maps are the same."""

    old: MapDocument
    new: MapDocument
    top: tuple[FieldChange, ...] = ()
    nodes: tuple[ItemChange, ...] = ()
    edges: tuple[ItemChange, ...] = ()
    roles_gained: tuple[RoleChange, ...] = ()
    roles_lost: tuple[RoleChange, ...] = ()
    findings_gained: tuple[FindingChange, ...] = ()
    findings_lost: tuple[FindingChange, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.top or self.nodes or self.edges)

    def item(self, ident: str) -> ItemChange | None:
        for change in self.nodes + self.edges:
            if change.id == ident:
                return change
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "equal": self.is_empty,
            "fields": [f.to_json() for f in self.top],
            "nodes": [c.to_json() for c in self.nodes],
            "edges": [c.to_json() for c in self.edges],
            "roles": {"gained": [vars(r) for r in self.roles_gained],
                      "lost": [vars(r) for r in self.roles_lost]},
            "findings": {"gained": [f.to_json() for f in self.findings_gained],
                         "lost": [f.to_json() for f in self.findings_lost]},
        }


def field_changes(old: dict[str, Any], new: dict[str, Any], skip: tuple[str, ...] = ()) -> tuple[FieldChange, ...]:
    """The fields whose values differ, in the order they first appear."""
    changes = []
    for key in dict.fromkeys([*old, *new]):
        if key in skip:
            continue
        a, b = old.get(key, ABSENT), new.get(key, ABSENT)
        if a is ABSENT or b is ABSENT or not same(a, b):
            changes.append(FieldChange(key, a, b))
    return tuple(changes)


def _items(what: str, old: dict[str, dict], new: dict[str, dict], skip: tuple[str, ...]) -> tuple[ItemChange, ...]:
    changes = []
    for ident in dict.fromkeys([*new, *old]):  # the new version's order, then what went away
        before, after = old.get(ident), new.get(ident)
        if before is None:
            changes.append(ItemChange(what, ident, ADDED, new=after))
        elif after is None:
            changes.append(ItemChange(what, ident, REMOVED, old=before))
        else:
            fields = field_changes(before, after, skip)
            moved = bool(skip) and not same(position(before), position(after))
            if fields:
                changes.append(ItemChange(what, ident, CHANGED, fields, before, after))
            elif moved:
                changes.append(ItemChange(what, ident, MOVED, (), before, after))
    return tuple(changes)


def diff_documents(old: MapDocument, new: MapDocument) -> MapDiff:
    """The item and field changes alone (no analysis)."""
    return MapDiff(
        old, new,
        top=field_changes(old.top, new.top),
        nodes=_items("node", old.nodes, new.nodes, POSITION),
        edges=_items("edge", old.edges, new.edges, ()),
    )


def diff_maps(old: Map, new: Map, *, analysis: bool = True) -> MapDiff:
    """What changed from ``old`` to ``new``; with ``analysis`` also the roles and findings."""
    base = diff_documents(MapDocument.of(old), MapDocument.of(new))
    if not analysis:
        return base
    from stakeholder_map.analysis import analyze

    return with_analyses(base, analyze(old, ranking=False), analyze(new, ranking=False))


def with_analyses(diff: MapDiff, before, after) -> MapDiff:
    """``diff`` with the roles and findings gained and lost between two ``Analysis`` results
    (the window passes the ones it already has)."""
    gained, lost = [], []
    for actor in dict.fromkeys([*after.roles, *before.roles]):
        was, now = set(before.roles.get(actor, ())), set(after.roles.get(actor, ()))
        gained += [RoleChange(actor, str(r)) for r in sorted(now - was)]
        lost += [RoleChange(actor, str(r)) for r in sorted(was - now)]
    old_findings = {_key(f): f for f in before.findings}
    new_findings = {_key(f): f for f in after.findings}
    return replace(
        diff,
        roles_gained=tuple(gained), roles_lost=tuple(lost),
        findings_gained=tuple(_finding(f) for k, f in new_findings.items() if k not in old_findings),
        findings_lost=tuple(_finding(f) for k, f in old_findings.items() if k not in new_findings),
    )


def _key(finding) -> tuple:
    return (str(finding.code), finding.nodes, finding.edges)


def _finding(finding) -> FindingChange:
    return FindingChange(str(finding.code), str(finding.severity), finding.nodes, finding.edges, finding.message)
