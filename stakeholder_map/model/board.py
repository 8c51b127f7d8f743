"""What a map holds besides its stakeholders: sticky notes, saved views and tag colours.

None of it is a stakeholder, so the analysis never reads it; like nodes, each value is
immutable and a map replaces the whole collection in one ``Change``.

>>> StickyNote("note1", "Ask about the budget", 10, 20).with_(text="Budget?").text
'Budget?'
>>> View("Champions", ViewFilter(attitudes=("champion",))).filter.attitudes
(<Attitude.CHAMPION: 'champion'>,)
>>> check_tag_colours({"pilot": "red"})
Traceback (most recent call last):
...
stakeholder_map.model.errors.ModelError: tag 'pilot': the colour must be written #rrggbb, not 'red'
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from stakeholder_map.model.elements import is_colour, is_finite_number
from stakeholder_map.model.errors import ModelError
from stakeholder_map.texts import translate
from stakeholder_map.model.vocabulary import Attitude, Kind


_EMPTY: Mapping[str, Any] = MappingProxyType({})


def _freeze_extra(value: Any) -> None:
    """``extra`` holds a file's fields this program does not know, written back unchanged."""
    if not isinstance(value.extra, MappingProxyType):
        object.__setattr__(value, "extra", MappingProxyType(dict(value.extra)))


@dataclass(frozen=True, slots=True)
class StickyNote:
    """Free text on the canvas at ``x``, ``y`` (its centre): not a stakeholder."""

    id: str
    text: str
    x: float = 0.0
    y: float = 0.0
    extra: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, hash=False)

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id:
            raise ModelError(translate("Model", "a sticky note id must be a non-empty string"))
        if not isinstance(self.text, str):
            raise ModelError(translate("Model", "sticky note {id}: the text must be text")
                             .format(id=repr(self.id)))
        for axis in ("x", "y"):
            if not is_finite_number(getattr(self, axis)):
                raise ModelError(translate("Model", "sticky note {id}: {field} must be a finite number")
                                 .format(id=repr(self.id), field=axis))
        _freeze_extra(self)

    def with_(self, **changes: Any) -> StickyNote:
        return dataclasses.replace(self, **changes)


def _texts(value: Iterable[Any], what: str) -> tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, (list, tuple)):
        raise ModelError(translate("Model", "the {field} of a view must be a list of texts")
                         .format(field=what))
    for item in value:
        if not isinstance(item, str) or not item:
            raise ModelError(translate("Model", "each of a view's {field} must be a non-empty text")
                             .format(field=what))
    return tuple(value)


@dataclass(frozen=True, slots=True)
class ViewFilter:
    """Which nodes a view shows: each non-empty list narrows it (a node shows when it matches
    one entry of every non-empty list). ``roles`` and ``findings`` hold the analysis's words
    (``client``, ``unheard_users``); the model keeps them as text."""

    kinds: tuple[Kind, ...] = ()
    roles: tuple[str, ...] = ()
    findings: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    attitudes: tuple[Attitude, ...] = ()

    def __post_init__(self) -> None:
        for name in ("roles", "findings", "tags"):
            object.__setattr__(self, name, _texts(getattr(self, name), name))
        for name, enum in (("kinds", Kind), ("attitudes", Attitude)):
            values = _texts(getattr(self, name), name)
            try:
                object.__setattr__(self, name, tuple(enum(v) for v in values))
            except ValueError as exc:
                raise ModelError(translate("Model", "a view's {field}: {reason}")
                                 .format(field=name, reason=exc)) from None

    @property
    def is_empty(self) -> bool:
        return not (self.kinds or self.roles or self.findings or self.tags or self.attitudes)


@dataclass(frozen=True, slots=True)
class Viewport:
    """The scene point at the centre of the window and the zoom (1 is 100%)."""

    x: float
    y: float
    zoom: float = 1.0

    def __post_init__(self) -> None:
        for name in ("x", "y", "zoom"):
            if not is_finite_number(getattr(self, name)):
                raise ModelError(translate("Model", "a view's {field} must be a finite number")
                                 .format(field=name))
        if self.zoom <= 0:
            raise ModelError(translate("Model", "a view's zoom must be more than 0"))


@dataclass(frozen=True, slots=True)
class View:
    """A saved way of looking at the map: a name, a filter and where the window looked."""

    name: str
    filter: ViewFilter = ViewFilter()
    viewport: Viewport | None = None
    extra: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, hash=False)

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ModelError(translate("Model", "a view needs a name"))
        if not isinstance(self.filter, ViewFilter):
            raise ModelError(translate("Model", "view {name}: the filter must be a ViewFilter")
                             .format(name=repr(self.name)))
        if self.viewport is not None and not isinstance(self.viewport, Viewport):
            raise ModelError(translate("Model", "view {name}: the viewport must be a Viewport")
                             .format(name=repr(self.name)))
        _freeze_extra(self)

    def with_(self, **changes: Any) -> View:
        return dataclasses.replace(self, **changes)


def check_tag_colours(colours: Mapping[str, str]) -> None:
    """Tags are non-empty texts and colours ``#rrggbb``."""
    for tag, colour in colours.items():
        if not isinstance(tag, str) or not tag:
            raise ModelError(translate("Model", "a coloured tag must be a non-empty text"))
        if not is_colour(colour):
            raise ModelError(translate("Model", "tag {tag}: the colour must be written #rrggbb, not {value}")
                             .format(tag=repr(tag), value=repr(colour)))


def check_sticky_notes(notes: tuple[StickyNote, ...]) -> None:
    seen: set[str] = set()
    for note in notes:
        if not isinstance(note, StickyNote):
            raise ModelError(translate("Model", "a sticky note must be a StickyNote"))
        if note.id in seen:
            raise ModelError(translate("Model", "the sticky note id {id} is used twice")
                             .format(id=repr(note.id)))
        seen.add(note.id)


def check_views(views: tuple[View, ...]) -> None:
    seen: set[str] = set()
    for view in views:
        if not isinstance(view, View):
            raise ModelError(translate("Model", "a view must be a View"))
        if view.name in seen:
            raise ModelError(translate("Model", "there are two views named {name}")
                             .format(name=repr(view.name)))
        seen.add(view.name)
