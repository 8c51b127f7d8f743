"""A three-way merge of maps: two people's changes to a common base, combined.

Changes to different nodes, edges and fields combine; a node's position is one unit and
never conflicts (when both moved it, ours wins quietly). The same field changed two ways,
or an item removed on one side and changed on the other, is a ``Conflict``: the result
keeps ours and lists the conflict in its ``merge_conflicts`` field, so it still loads.
Both sides adding different items under the same new id keeps both: theirs is renamed
and its edges follow it.

>>> from stakeholder_map.model import Kind, Map
>>> base = Map("Demo")
>>> _ = base.add_node("app", Kind.PRODUCT, "App", x=0, y=0)
>>> ours, theirs = base.copy(), base.copy()
>>> _ = ours.update_node("app", name="Web app")
>>> _ = theirs.update_node("app", notes="launch in May")
>>> result = merge_maps(base, ours, theirs)
>>> node = result.map.node("app")
>>> node.name, node.notes, result.conflicts
('Web app', 'launch in May', ())
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from stakeholder_map.compare.diff import ABSENT
from stakeholder_map.compare.documents import (
    CONFLICTS_FIELD, POSITION, MapDocument, exact, same, without_position,
)
from stakeholder_map.compare.words import edge_sentence, node_label, value_text
from stakeholder_map.model import Map
from stakeholder_map.texts import translate

_UNIT = "position"


@dataclass(frozen=True)
class Conflict:
    """One thing both sides changed differently: ``field`` is None for removed-vs-changed."""

    what: str  # "node", "edge" or "map"
    id: str | None
    field: str | None
    ours: Any
    theirs: Any
    message: str

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"item": self.what}
        if self.id is not None:
            doc["id"] = self.id
        if self.field is not None:
            doc["field"] = self.field
        for side in ("ours", "theirs"):
            value = getattr(self, side)
            if value is not ABSENT:
                doc[side] = value
        doc["message"] = self.message
        return doc


@dataclass
class MergeResult:
    map: Map
    conflicts: tuple[Conflict, ...] = ()
    renamed: dict[str, str] = field(default_factory=dict)  # theirs' id -> its id in the result


def merge_maps(base: Map | None, ours: Map, theirs: Map) -> MergeResult:
    """Merge ``theirs`` into ``ours`` relative to ``base`` (``None``: both sides started empty)."""
    from stakeholder_map.fileio import MapFileError, loads_map
    from stakeholder_map.fileio.writer import dumps_json

    merger = _Merger(MapDocument.empty() if base is None else MapDocument.of(base),
                     MapDocument.of(ours), MapDocument.of(theirs))
    doc = merger.merge()
    try:
        merged = loads_map(dumps_json(doc.to_json()))
    except (MapFileError, ValueError, TypeError) as exc:  # a combination the checks above missed: keep ours
        note = Conflict("map", None, None, ABSENT, ABSENT, translate(
            "Merge", "Conflict: the two versions could not be combined ({reason}); the merge keeps ours."
        ).format(reason=exc))
        kept = ours.copy()
        kept.extra[CONFLICTS_FIELD] = [*kept.extra.get(CONFLICTS_FIELD, []), note.to_json()]
        return MergeResult(kept, (note,))
    return MergeResult(merged, tuple(merger.conflicts), merger.renamed)


class _Merger:
    def __init__(self, base: MapDocument, ours: MapDocument, theirs: MapDocument) -> None:
        self.base, self.ours = base, ours
        self.conflicts: list[Conflict] = []
        self.renamed: dict[str, str] = {}
        self.theirs = self._separate_new_ids(theirs)

    # -- ids both sides added ---------------------------------------------------------------
    def _separate_new_ids(self, theirs: MapDocument) -> MapDocument:
        base_ids, ours_ids = self.base.ids(), self.ours.ids()
        taken = base_ids | ours_ids | theirs.ids()
        for group in ("nodes", "edges"):  # nodes first: their new ids rewire theirs' edges
            for ident in list(getattr(theirs, group)):
                if ident in base_ids or ident not in ours_ids:
                    continue
                mine = getattr(self.ours, group).get(ident)
                other = getattr(theirs, group)[ident]
                if mine is not None and same(_content(group, mine), _content(group, other)):
                    continue  # the same item added twice: keep one
                fresh = _fresh_id(ident, taken)
                taken.add(fresh)
                self.renamed[ident] = fresh
                theirs = _renamed(theirs, group, ident, fresh)
        return theirs

    # -- the merge -------------------------------------------------------------------------
    def merge(self) -> MapDocument:
        top = self._fields("map", None, self.base.top, self.ours.top, self.theirs.top, skip=(CONFLICTS_FIELD,))
        nodes = self._items("node", self.base.nodes, self.ours.nodes, self.theirs.nodes)
        edges = self._items("edge", self.base.edges, self.ours.edges, self.theirs.edges)
        self._mend_edges(nodes, edges)
        recorded = self._recorded() + [c.to_json() for c in self.conflicts]
        if recorded:
            top[CONFLICTS_FIELD] = recorded
        return MapDocument(top, nodes, edges)

    def _recorded(self) -> list:
        """Conflicts recorded by earlier merges: one side resolving them clears them; when
        both sides changed the list, the merge keeps the conflicts of either."""
        b, o, t = (list(_as_list(side.top.get(CONFLICTS_FIELD, []))) for side in (self.base, self.ours, self.theirs))
        if exact(o, b):
            return t
        if exact(t, b):
            return o
        return o + [c for c in t if not any(same(c, r) for r in o)]

    def _items(self, what: str, base: dict, ours: dict, theirs: dict) -> dict[str, dict]:
        merged: dict[str, dict] = {}
        kept_order = [i for i in ours if i in base] == [i for i in base if i in ours]
        first, second = (theirs, ours) if kept_order else (ours, theirs)  # keep a reordering
        for ident in dict.fromkeys([*first, *second, *base]):
            b, o, t = base.get(ident), ours.get(ident), theirs.get(ident)
            if b is None:
                chosen = o if t is None else t if o is None else (
                    self._fields(what, ident, {}, o, t, quiet=True))
            elif o is None and t is None:
                chosen = None
            elif o is None or t is None:
                chosen = self._removed_on_one_side(what, ident, b, o, t)
            else:
                chosen = self._fields(what, ident, b, o, t)
            if chosen is not None:
                merged[ident] = chosen
        return merged

    def _removed_on_one_side(self, what: str, ident: str, b: dict, o: dict | None, t: dict | None) -> dict | None:
        kept = o if o is not None else t
        if same(_content(what, kept), _content(what, b)):
            return None  # removed on one side, at most moved on the other
        kept_fields, base_fields = _content(what, kept), _content(what, b)
        changed = ", ".join(f"{k} {value_text(kept_fields.get(k, ABSENT))}"
                            for k in dict.fromkeys([*kept_fields, *base_fields])
                            if not same(kept_fields.get(k, ABSENT), base_fields.get(k, ABSENT)))
        label = self._label(what, ident)
        if o is None:
            message = translate("Merge", "Conflict: {item} was removed on ours and changed on theirs ({changes}); "
                                "the merge keeps it removed.").format(item=label, changes=changed)
        else:
            message = translate("Merge", "Conflict: {item} was changed on ours ({changes}) and removed on theirs; "
                                "the merge keeps ours.").format(item=label, changes=changed)
        self.conflicts.append(Conflict(what, ident, None, ABSENT if o is None else o, ABSENT if t is None else t, message))
        return o

    def _fields(self, what: str, ident: str | None, b: dict, o: dict, t: dict,
                skip: tuple[str, ...] = (), quiet: bool = False) -> dict:
        units: list[str] = list(dict.fromkeys([*o, *t, *b]))
        if what == "node":
            units = [_UNIT if u in POSITION else u for u in units]
            units = list(dict.fromkeys(units))
        merged: dict[str, Any] = {}
        for unit in units:
            if unit in skip:
                continue
            bv, ov, tv = (_get(side, unit) for side in (b, o, t))
            # "Unchanged" means written the same way, so a side that wrote 1.0 for 1 wins.
            if exact(ov, bv):
                value = tv
            elif exact(tv, bv) or same(ov, tv):
                value = ov
            else:
                value = ov
                if unit != _UNIT and not quiet:
                    self._conflict(what, ident, unit, ov, tv)
            _put(merged, unit, value)
        return merged

    def _conflict(self, what: str, ident: str | None, key: str, ours: Any, theirs: Any) -> None:
        values = {"field": key, "ours": value_text(ours), "theirs": value_text(theirs)}
        if what == "map":
            message = translate("Merge", "Conflict: the map's {field} is {ours} on ours and {theirs} on theirs; "
                                "the merge keeps ours.").format(**values)
        else:
            message = translate("Merge", "Conflict: {item}: {field} is {ours} on ours and {theirs} on theirs; "
                                "the merge keeps ours.").format(item=self._label(what, ident), **values)
        self.conflicts.append(Conflict(what, ident, key, ours, theirs, message))

    def _label(self, what: str, ident: str) -> str:
        if what == "node":
            return translate("Merge", "node {name} ({id})").format(name=node_label(self.ours, ident, self.theirs), id=ident)
        edge = self.ours.edges.get(ident) or self.theirs.edges.get(ident) or self.base.edges.get(ident)
        if edge is None:
            return translate("Merge", "edge {id}").format(id=ident)
        return translate("Merge", "edge {id} ({sentence})").format(
            id=ident, sentence=edge_sentence(edge, self.ours, self.base))

    # -- edges whose node is gone -------------------------------------------------------------
    def _mend_edges(self, nodes: dict[str, dict], edges: dict[str, dict]) -> None:
        """Every edge ends at nodes of the result: one side's edge to a node the other side
        removed keeps ours (our edge, our node) or, for an edge only theirs has, is left out."""
        for ident, edge in list(edges.items()):
            missing = [end for end in (edge["source"], edge["target"]) if end not in nodes]
            if not missing:
                continue
            ours_ends = () if ident not in self.ours.edges else (
                self.ours.edges[ident]["source"], self.ours.edges[ident]["target"])
            if ours_ends and any(end not in ours_ends for end in missing):
                # theirs pointed our edge at a node ours removed: keep our edge as it is
                edges[ident] = self.ours.edges[ident]
                message = translate(
                    "Merge", "Conflict: {item} was pointed on theirs at node {name} ({id}), which ours removed; "
                    "the merge keeps our edge.").format(
                    item=self._label("edge", ident), name=node_label(self.theirs, missing[0], self.base), id=missing[0])
                self.conflicts.append(Conflict("edge", ident, None, self.ours.edges[ident], edge, message))
                edge = edges[ident]
                missing = [end for end in (edge["source"], edge["target"]) if end not in nodes]
            if all(end in self.ours.nodes for end in missing):  # theirs removed a node ours links to
                for end in missing:
                    nodes[end] = self.ours.nodes[end]
                    message = translate(
                        "Merge", "Conflict: node {name} ({id}) was removed on theirs, but ours links edge {edge} "
                        "to it; the merge keeps the node.").format(name=node_label(self.ours, end), id=end, edge=ident)
                    self.conflicts.append(Conflict("node", end, None, self.ours.nodes[end], ABSENT, message))
            else:  # ours removed a node that theirs links a new or changed edge to
                del edges[ident]
                gone = next(end for end in missing if end not in self.ours.nodes)
                message = translate(
                    "Merge", "Conflict: edge {edge} was added or changed on theirs, but its node {name} ({id}) "
                    "was removed on ours; the merge leaves the edge out.").format(
                    edge=ident, name=node_label(self.theirs, gone, self.base), id=gone)
                self.conflicts.append(Conflict("edge", ident, None, ABSENT, edge, message))


def _content(what: str, item: dict) -> dict:
    """What an item says, apart from where a node is drawn."""
    return without_position(item) if what in ("node", "nodes") else item


def _as_list(value: Any) -> list:
    return value if isinstance(value, list) else [value]


def _get(item: dict, unit: str) -> Any:
    if unit == _UNIT:
        return tuple(item.get(k, ABSENT) for k in POSITION)
    return item.get(unit, ABSENT)


def _put(item: dict, unit: str, value: Any) -> None:
    pairs = zip(POSITION, value) if unit == _UNIT else ((unit, value),)
    for key, v in pairs:
        if v is not ABSENT:
            item[key] = v


def _fresh_id(ident: str, taken: set[str]) -> str:
    """``company3`` -> ``company4``; ``acme`` -> ``acme2``: the next number not in use."""
    match = re.fullmatch(r"(.*?)(\d+)", ident)
    prefix, number = (match.group(1), int(match.group(2)) + 1) if match else (ident, 2)
    while f"{prefix}{number}" in taken:
        number += 1
    return f"{prefix}{number}"


def _renamed(doc: MapDocument, group: str, old: str, new: str) -> MapDocument:
    def rename(items: dict[str, dict]) -> dict[str, dict]:
        return {new if k == old else k: {**v, "id": new} if k == old else v for k, v in items.items()}

    if group == "edges":
        return MapDocument(doc.top, doc.nodes, rename(doc.edges))
    edges = {k: {**e, **{end: new for end in ("source", "target") if e[end] == old}} for k, e in doc.edges.items()}
    return MapDocument(doc.top, rename(doc.nodes), edges)
