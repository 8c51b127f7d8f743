"""Nodes and edges: immutable values, so a change is a pair (before, after).

>>> n = Node("p", Kind.PRODUCT, "Web search")
>>> n.with_(name="Search").name
'Search'
>>> Node("", Kind.PRODUCT, "x")
Traceback (most recent call last):
...
stakeholder_map.model.errors.ModelError: a node id must be a non-empty string
"""

from __future__ import annotations

import dataclasses
import operator
import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Mapping

from stakeholder_map.model.errors import ModelError
from stakeholder_map.texts import translate
from stakeholder_map.model.vocabulary import Agreement, Attitude, Kind, Level, Period, Relation

_EMPTY: Mapping[str, Any] = MappingProxyType({})


def _check_id(value: object, what: str) -> None:
    if not isinstance(value, str) or not value:
        raise ModelError(translate("Model", "a node id must be a non-empty string") if what == "node"
                         else translate("Model", "an edge id must be a non-empty string"))


_CURRENCY = re.compile(r"[A-Z]{3}\Z")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}\Z")


def is_colour(value: object) -> bool:
    """A colour as the file writes it: ``#rrggbb``.

    >>> is_colour("#1f77b4"), is_colour("red"), is_colour("#abc")
    (True, False, False)
    """
    return isinstance(value, str) and _COLOUR.match(value) is not None


def is_finite_number(value: object) -> bool:
    """An int, float or Decimal that is finite and within a float's range (what a file may hold).

    >>> is_finite_number(Decimal("1e308")), is_finite_number(Decimal("1e400")), is_finite_number(True)
    (True, False, False)
    """
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return False
    try:
        return math.isfinite(value)
    except (OverflowError, ValueError):  # an int too large for a float; a signalling NaN
        return False


def check_currency(value: object) -> None:
    """An ISO 4217 code: three capital letters such as ``EUR``, or None."""
    if value is not None and not (isinstance(value, str) and _CURRENCY.match(value)):
        raise ModelError(translate("Model", "the currency must be a code of three capital letters such as EUR, not {value}")
                         .format(value=repr(value)))


def exact_amount(value: object, ident: str) -> int | Decimal:
    """An amount as an exact number: ints and Decimals as they are, a float through its text.

    >>> exact_amount(69.99, "e1")
    Decimal('69.99')
    """
    if isinstance(value, float) and is_finite_number(value):
        value = Decimal(repr(value))
    if not is_finite_number(value) or value < 0:
        raise ModelError(translate("Model", "edge {id}: amount must be a number of at least 0")
                         .format(id=repr(ident)))
    return value  # type: ignore[return-value]


def _check_coordinate(value: object, ident: str, axis: str) -> None:
    if value is not None and not is_finite_number(value):
        raise ModelError(translate("Model", "node {id}: {field} must be a finite number")
                         .format(id=repr(ident), field=axis))


def _check_optional_str(value: object, ident: str, name: str) -> None:
    if value is not None and not isinstance(value, str):
        raise ModelError(translate("Model", "{id}: {field} must be text").format(id=repr(ident), field=name))


@dataclass(frozen=True, slots=True)
class Node:
    """A stakeholder or a product. ``x``/``y`` are ``None`` until the map is laid out.

    ``extra`` holds the fields of a file that this program does not know, so they
    are written back unchanged.
    """

    id: str
    kind: Kind
    name: str
    x: float | None = None
    y: float | None = None
    notes: str | None = None
    internal: bool | None = None
    headcount: int | None = None
    tags: tuple[str, ...] = ()
    attitude: Attitude | None = None
    power: Level | None = None
    interest: Level | None = None
    colour: str | None = None
    members_inside: bool | None = None
    collapsed: bool | None = None
    extra: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, hash=False)

    def __post_init__(self) -> None:
        _check_id(self.id, "node")
        if not isinstance(self.kind, Kind):
            try:
                object.__setattr__(self, "kind", Kind(self.kind))
            except ValueError:
                known = ", ".join(k.value for k in Kind)
                raise ModelError(translate("Model", "node {id}: unknown kind {value} (known kinds: {known})")
                                 .format(id=repr(self.id), value=repr(self.kind), known=known)) from None
        if not isinstance(self.name, str):
            raise ModelError(translate("Model", "node {id}: name must be text").format(id=repr(self.id)))
        _check_coordinate(self.x, self.id, "x")
        _check_coordinate(self.y, self.id, "y")
        _check_optional_str(self.notes, self.id, "notes")
        if self.internal is not None and not isinstance(self.internal, bool):
            raise ModelError(translate("Model", "node {id}: internal must be true or false")
                             .format(id=repr(self.id)))
        if self.headcount is not None and (
            isinstance(self.headcount, bool) or not isinstance(self.headcount, int) or self.headcount < 1
        ):
            raise ModelError(translate("Model", "node {id}: headcount must be a whole number of at least 1")
                             .format(id=repr(self.id)))
        if type(self.tags) is not tuple:
            if isinstance(self.tags, str) or not isinstance(self.tags, (list, tuple)):
                raise ModelError(translate("Model", "node {id}: tags must be a list of texts")
                                 .format(id=repr(self.id)))
            object.__setattr__(self, "tags", tuple(self.tags))
        for tag in self.tags:
            if not isinstance(tag, str) or not tag:
                raise ModelError(translate("Model", "node {id}: each tag must be a non-empty text")
                                 .format(id=repr(self.id)))
        for name, enum in (("attitude", Attitude), ("power", Level), ("interest", Level)):
            value = getattr(self, name)
            if value is None:
                continue
            if not isinstance(value, enum):
                try:
                    object.__setattr__(self, name, enum(value))
                except ValueError:
                    known = ", ".join(m.value for m in enum)
                    raise ModelError(translate("Model", "node {id}: unknown {field} {value} (known: {known})")
                                     .format(id=repr(self.id), field=name, value=repr(value), known=known)) from None
            if self.kind is Kind.PRODUCT:
                raise ModelError(translate("Model", "node {id}: a product has no {field}; only stakeholders do")
                                 .format(id=repr(self.id), field=name))
        if self.colour is not None and not is_colour(self.colour):
            raise ModelError(translate("Model", "node {id}: the colour must be written #rrggbb, not {value}")
                             .format(id=repr(self.id), value=repr(self.colour)))
        for name in ("members_inside", "collapsed"):
            value = getattr(self, name)
            if value is not None and not isinstance(value, bool):
                raise ModelError(translate("Model", "node {id}: {field} must be true or false")
                                 .format(id=repr(self.id), field=name))
            if value is not None and self.kind is not Kind.COMPANY:
                raise ModelError(translate("Model", "node {id}: only a company has {field}")
                                 .format(id=repr(self.id), field=name))
        if not isinstance(self.extra, MappingProxyType):
            object.__setattr__(self, "extra", MappingProxyType(dict(self.extra)))

    @property
    def is_box(self) -> bool:
        """A company drawn as a box holding its members (see ``model.boxes``)."""
        return self.members_inside is True

    @property
    def position(self) -> tuple[float, float] | None:
        if self.x is None or self.y is None:
            return None
        return (self.x, self.y)

    def with_(self, **changes: Any) -> Node:
        """A copy with some fields changed (validated like a new node)."""
        return dataclasses.replace(self, **changes)

    def moved_to(self, x: float, y: float) -> Node:
        """A copy at (x, y), checking only the new coordinates: moves are the commonest
        change, and laying out a 20,000-node map validated every field of every node again.

        >>> app = Node("a", "product", "App", notes="Our app")
        >>> moved = app.moved_to(10.0, 20.0)
        >>> moved.position, moved.notes, moved == app.with_(x=10.0, y=20.0)
        ((10.0, 20.0), 'Our app', True)
        >>> Node("a", "product", "App").moved_to(float("nan"), 0.0)
        Traceback (most recent call last):
        ...
        stakeholder_map.model.errors.ModelError: node 'a': x must be a finite number
        """
        _check_coordinate(x, self.id, "x")
        _check_coordinate(y, self.id, "y")
        moved = object.__new__(Node)
        for put, value in zip(_NODE_PUTS, _NODE_VALUES(self)):
            put(moved, value)
        _PUT_X(moved, x)
        _PUT_Y(moved, y)
        return moved


_NODE_FIELDS = tuple(f.name for f in dataclasses.fields(Node))
# a node's fields read in one call and written through their slots (``moved_to``)
_NODE_VALUES = operator.attrgetter(*_NODE_FIELDS)
_NODE_PUTS = tuple(Node.__dict__[name].__set__ for name in _NODE_FIELDS)
_PUT_X, _PUT_Y = Node.__dict__["x"].__set__, Node.__dict__["y"].__set__


@dataclass(frozen=True, slots=True)
class Edge:
    """A directed relation between two nodes. Only ``pays`` edges use amount/period/agreement.

    ``amount`` is exact: an int or a ``Decimal`` (a float is taken by its shortest text, so
    ``69.99`` is ``Decimal('69.99')``), finite and at least 0.
    """

    id: str
    source: str
    target: str
    relation: Relation
    amount: int | Decimal | None = None
    period: Period | None = None
    agreement: Agreement | None = None
    notes: str | None = None
    label: str | None = None
    extra: Mapping[str, Any] = field(default_factory=lambda: _EMPTY, hash=False)

    def __post_init__(self) -> None:
        _check_id(self.id, "edge")
        if not isinstance(self.source, str) or not self.source:
            raise ModelError(translate("Model", "edge {id}: source must be a node id")
                             .format(id=repr(self.id)))
        if not isinstance(self.target, str) or not self.target:
            raise ModelError(translate("Model", "edge {id}: target must be a node id")
                             .format(id=repr(self.id)))
        self._coerce("relation", Relation, "relation")
        if self.amount is not None:
            object.__setattr__(self, "amount", exact_amount(self.amount, self.id))
        if self.period is not None:
            self._coerce("period", Period, "period")
        if self.agreement is not None:
            self._coerce("agreement", Agreement, "agreement")
        _check_optional_str(self.notes, self.id, "notes")
        _check_optional_str(self.label, self.id, "label")
        if not isinstance(self.extra, MappingProxyType):
            object.__setattr__(self, "extra", MappingProxyType(dict(self.extra)))

    def _coerce(self, attr: str, enum: type, what: str) -> None:
        value = getattr(self, attr)
        if isinstance(value, enum):
            return
        try:
            object.__setattr__(self, attr, enum(value))
        except ValueError:
            known = ", ".join(m.value for m in enum)
            raise ModelError(translate("Model", "edge {id}: unknown {field} {value} (known: {known})")
                             .format(id=repr(self.id), field=what, value=repr(value), known=known)) from None

    @property
    def is_self_loop(self) -> bool:
        return self.source == self.target

    @property
    def effective_agreement(self) -> Agreement:
        """Absent means ``none`` (spec section 1)."""
        return self.agreement or Agreement.NONE

    def with_(self, **changes: Any) -> Edge:
        return dataclasses.replace(self, **changes)
