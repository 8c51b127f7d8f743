"""The v1 file's optional top-level extensions: ``tag_colours``, ``sticky_notes``, ``views``.

Read with the same care as nodes: a refusal names the JSON path and what is wrong; fields
this program does not know inside a note or a view are kept.

>>> from stakeholder_map.model import Map, StickyNote
>>> board_documents(Map(sticky_notes=[StickyNote("note1", "Budget?", 10.04, 20)]))
{'sticky_notes': [{'id': 'note1', 'text': 'Budget?', 'x': 10.0, 'y': 20}]}
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any, Callable

from stakeholder_map.fileio.errors import MapFileError, show
from stakeholder_map.fileio.jsontext import JsonObject, describe, free_value, key_path
from stakeholder_map.model import Attitude, Kind, Map, StickyNote, View, ViewFilter, Viewport
from stakeholder_map.model.elements import is_colour
from stakeholder_map.texts import translate

BOARD_KEYS = ("tag_colours", "sticky_notes", "views")
NOTE_KEYS = ("id", "text", "x", "y")
VIEW_KEYS = ("name", "filter", "viewport")
FILTER_KEYS = ("kinds", "roles", "findings", "tags", "attitudes")
VIEWPORT_KEYS = ("x", "y", "zoom")

Fail = Callable[[str, str], MapFileError]


class BoardReader:
    """Reads the three fields of a parsed document; ``ids`` are the node and edge ids."""

    def __init__(self, source: str, fail: Fail, ids: dict[str, int]) -> None:
        self.source = source
        self.fail = fail
        self.ids = ids

    def tag_colours(self, doc: JsonObject) -> dict[str, str]:
        value = doc.get("tag_colours")
        if value is None:
            return {}
        if type(value) is not JsonObject:
            raise self.fail("$.tag_colours", translate(
                "Files", "tag_colours must be an object of tag: colour, not {value}").format(value=describe(value)))
        if value.repeated is not None:
            raise self.fail("$.tag_colours", translate("Files", "the tag {tag} appears twice").format(
                tag=show(value.repeated)))
        for tag, colour in value.items():
            if not tag:
                raise self.fail("$.tag_colours", translate("Files", "a coloured tag must be a non-empty text"))
            if not is_colour(colour):
                raise self.fail(key_path("$.tag_colours", tag), translate(
                    "Files", "a colour must be written #rrggbb, such as #1f77b4, not {value}").format(
                    value=describe(colour)))
        return dict(value)

    def sticky_notes(self, doc: JsonObject) -> list[StickyNote]:
        notes: list[StickyNote] = []
        seen: dict[str, str] = {}
        for path, raw in self.objects(doc, "sticky_notes"):
            ident = raw.get("id")
            if type(ident) is not str or not ident:
                raise self.fail(f"{path}.id", translate(
                    "Files", "a sticky note needs an id: a non-empty text, not {value}").format(value=describe(ident)))
            if ident in self.ids or ident in seen:
                where = seen.get(ident) or translate("Files", "a node or an edge")
                raise self.fail(f"{path}.id", translate("Files", "the id {id} is already used by {where}").format(
                    id=show(ident), where=where))
            seen[ident] = path
            text = raw.get("text")
            if type(text) is not str:
                raise self.fail(f"{path}.text", translate(
                    "Files", "a sticky note's text must be text, not {value}").format(value=describe(text)))
            x = self.number(raw, "x", path, required=True)
            y = self.number(raw, "y", path, required=True)
            notes.append(StickyNote(ident, text, x, y, self.extra(raw, NOTE_KEYS, path)))
        return notes

    def views(self, doc: JsonObject) -> list[View]:
        views: list[View] = []
        names: dict[str, str] = {}
        for path, raw in self.objects(doc, "views"):
            name = raw.get("name")
            if type(name) is not str or not name.strip():
                raise self.fail(f"{path}.name", translate("Files", "a view needs a name, not {value}").format(
                    value=describe(name)))
            if name in names:
                raise self.fail(f"{path}.name", translate(
                    "Files", "the view name {name} is already used at {path}").format(name=show(name), path=names[name]))
            names[name] = path
            views.append(View(name, self.view_filter(raw.get("filter"), f"{path}.filter"),
                              self.viewport(raw.get("viewport"), f"{path}.viewport"),
                              self.extra(raw, VIEW_KEYS, path)))
        return views

    # -- parts ------------------------------------------------------------------------------
    def objects(self, doc: JsonObject, key: str):
        value = doc.get(key)
        if value is None:
            return
        if type(value) is not list:
            raise self.fail(f"$.{key}", translate("Files", "{field} must be a list, not {value}").format(
                field=key, value=describe(value)))
        for i, raw in enumerate(value):
            path = f"$.{key}[{i}]"
            if type(raw) is not JsonObject:
                raise self.fail(path, translate("Files", "each entry must be a JSON object, not {value}").format(
                    value=describe(raw)))
            if raw.repeated is not None:
                raise self.fail(path, translate("Files", "the key {key} appears twice").format(key=show(raw.repeated)))
            yield path, raw

    def view_filter(self, raw: Any, path: str) -> ViewFilter:
        if raw is None:
            return ViewFilter()
        if type(raw) is not JsonObject:
            raise self.fail(path, translate("Files", "a view's filter must be an object, not {value}").format(
                value=describe(raw)))
        lists: dict[str, list[str]] = {}
        for key in FILTER_KEYS:
            value = raw.get(key)
            if value is None:
                continue
            if type(value) is not list:
                raise self.fail(f"{path}.{key}", translate("Files", "{field} must be a list of texts, not {value}").format(
                    field=key, value=describe(value)))
            allowed = {"kinds": [k.value for k in Kind], "attitudes": [a.value for a in Attitude]}.get(key)
            for i, item in enumerate(value):
                if type(item) is not str or not item:
                    raise self.fail(f"{path}.{key}[{i}]", translate(
                        "Files", "each entry must be a non-empty text, not {value}").format(value=describe(item)))
                if allowed is not None and item not in allowed:
                    raise self.fail(f"{path}.{key}[{i}]", translate(
                        "Files", "unknown {field} {value} (allowed: {allowed})").format(
                        field=key[:-1], value=show(item), allowed=", ".join(allowed)))
            lists[key] = value
        unknown = sorted(set(raw) - set(FILTER_KEYS))
        if unknown:
            raise self.fail(key_path(path, unknown[0]), translate(
                "Files", "a view can filter by {fields}; not by {field}").format(
                fields=", ".join(FILTER_KEYS), field=show(unknown[0])))
        return ViewFilter(**lists)

    def viewport(self, raw: Any, path: str) -> Viewport | None:
        if raw is None:
            return None
        if type(raw) is not JsonObject:
            raise self.fail(path, translate("Files", "a viewport must be an object with x, y and zoom, not {value}").format(
                value=describe(raw)))
        x = self.number(raw, "x", path, required=True)
        y = self.number(raw, "y", path, required=True)
        zoom = self.number(raw, "zoom", path, required=False)
        if zoom is not None and zoom <= 0:
            raise self.fail(f"{path}.zoom", translate("Files", "the zoom must be more than 0, not {value}").format(
                value=describe(raw.get("zoom"))))
        return Viewport(x, y, 1.0 if zoom is None else zoom)

    def number(self, raw: JsonObject, key: str, path: str, required: bool) -> float | int | None:
        value = raw.get(key)
        if value is None:
            if required:
                raise self.fail(f"{path}.{key}", translate("Files", "there is no {field}: a number is needed").format(
                    field=key))
            return None
        kind = type(value)
        try:
            number = float(value) if kind is Decimal or kind is int else None
        except OverflowError:
            number = None
        if number is None or not math.isfinite(number):
            raise self.fail(f"{path}.{key}", translate("Files", "{field} must be a finite number, not {value}").format(
                field=key, value=describe(value)))
        return number if kind is Decimal else value

    def extra(self, raw: JsonObject, known: tuple[str, ...], path: str) -> dict[str, Any]:
        return {k: free_value(v, key_path(path, k), 3, self.source) for k, v in raw.items() if k not in known}


# -- writing ---------------------------------------------------------------------------------
def _rounded(value: float) -> float:
    return value if isinstance(value, int) else round(value, 1) + 0.0


def _note_document(note: StickyNote) -> dict[str, Any]:
    doc: dict[str, Any] = {"id": note.id, "text": note.text, "x": _rounded(note.x), "y": _rounded(note.y)}
    for key in sorted(note.extra):
        doc[key] = note.extra[key]
    return doc


def _view_document(view: View) -> dict[str, Any]:
    doc: dict[str, Any] = {"name": view.name}
    lists = {key: [str(v) for v in getattr(view.filter, key)] for key in FILTER_KEYS}
    lists = {k: v for k, v in lists.items() if v}
    if lists:
        doc["filter"] = lists
    if view.viewport is not None:
        port = view.viewport
        zoom = port.zoom if isinstance(port.zoom, int) else round(port.zoom, 4)
        doc["viewport"] = {"x": _rounded(port.x), "y": _rounded(port.y), "zoom": zoom}
    for key in sorted(view.extra):
        doc[key] = view.extra[key]
    return doc


def board_documents(the_map: Map) -> dict[str, Any]:
    """The three fields as JSON-ready data, each left out when empty."""
    doc: dict[str, Any] = {}
    if the_map.tag_colours:
        doc["tag_colours"] = dict(the_map.tag_colours)
    if the_map.sticky_notes:
        doc["sticky_notes"] = [_note_document(n) for n in the_map.sticky_notes]
    if the_map.views:
        doc["views"] = [_view_document(v) for v in the_map.views]
    return doc
