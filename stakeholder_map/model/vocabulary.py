"""The spec's words: node kinds, relations and the data a ``pays`` edge carries.

>>> Kind.PRODUCT.is_actor
False
>>> allowed_relations(Kind.BUYER, Kind.PRODUCT)
(<Relation.PAYS: 'pays'>, <Relation.DECIDES: 'decides'>, <Relation.USES: 'uses'>)
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """What a node stands for (spec section 1)."""

    PRODUCT = "product"
    COMPANY = "company"
    BUYER = "buyer"
    DECISION_MAKER = "decision_maker"
    END_USER = "end_user"
    PERSON = "person"

    @property
    def is_actor(self) -> bool:
        return self is not Kind.PRODUCT

    @property
    def label(self) -> str:
        """The word a product manager reads in the window."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    Kind.PRODUCT: "Product",
    Kind.COMPANY: "Company",
    Kind.BUYER: "Buyer",
    Kind.DECISION_MAKER: "Decision-maker",
    Kind.END_USER: "End user",
    Kind.PERSON: "Person",
}


class Relation(StrEnum):
    """A directed edge's meaning, source -> target (spec section 1)."""

    PAYS = "pays"
    DECIDES = "decides"
    USES = "uses"
    INFLUENCES = "influences"
    MEMBER_OF = "member_of"

    @property
    def label(self) -> str:
        return _RELATION_LABELS[self]


_RELATION_LABELS = {
    Relation.PAYS: "pays for",
    Relation.DECIDES: "decides on",
    Relation.USES: "uses",
    Relation.INFLUENCES: "influences",
    Relation.MEMBER_OF: "is a member of",
}


class Period(StrEnum):
    ONE_TIME = "one_time"
    MONTHLY = "monthly"
    YEARLY = "yearly"

    @property
    def times_per_year(self) -> int:
        return 12 if self is Period.MONTHLY else 1


class Agreement(StrEnum):
    NONE = "none"
    SUBSCRIPTION = "subscription"
    CONTRACT = "contract"


class Attitude(StrEnum):
    """How an actor feels about the product (account planning: champions and blockers)."""

    CHAMPION = "champion"
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    SCEPTIC = "sceptic"
    BLOCKER = "blocker"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Level(StrEnum):
    """An actor's power or interest on Mendelow's grid."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def label(self) -> str:
        return self.value.capitalize()


def _target_ok(relation: Relation, target: Kind) -> bool:
    if relation in (Relation.PAYS, Relation.DECIDES, Relation.USES):
        return target is Kind.PRODUCT
    if relation is Relation.INFLUENCES:
        return target.is_actor
    return target is Kind.COMPANY  # member_of


def is_allowed(relation: Relation, source: Kind, target: Kind) -> bool:
    """True when the spec's table allows ``source -relation-> target`` (self-loops aside)."""
    return source.is_actor and _target_ok(relation, target)


def allowed_relations(source: Kind, target: Kind) -> tuple[Relation, ...]:
    """The relations a person may draw from a ``source`` node to a ``target`` node."""
    return tuple(r for r in Relation if is_allowed(r, source, target))


def refusal(relation: Relation | None, source: Kind, target: Kind) -> str:
    """Why ``source -relation-> target`` cannot be drawn (``relation`` None: no relation can),
    and what can be drawn instead, in one or two plain sentences.

    >>> refusal(Relation.MEMBER_OF, Kind.PERSON, Kind.PRODUCT)
    'Only a company can have members. From a person to a product you can draw: pays for, decides on, uses.'
    >>> refusal(Relation.USES, Kind.END_USER, Kind.COMPANY)
    'Only a product can be used. From an end user to a company you can draw: influences, is a member of.'
    """
    if not source.is_actor:
        reason = "A product cannot start a link: draw links from people and organisations to it."
    elif relation is None:
        reason = f"Nothing links {_a(source)} to {_a(target)}."
    elif relation is Relation.MEMBER_OF:
        reason = "Only a company can have members."
    elif relation is Relation.INFLUENCES:
        reason = ("A product cannot be influenced: influence goes to a person or an "
                  "organisation (for example whoever decides on the product).")
    else:
        reason = f"Only a product can be {_PASSIVE[relation]}."
    choices = allowed_relations(source, target)
    if relation is not None and choices:
        names = ", ".join(r.label for r in choices)
        reason += f" From {_a(source)} to {_a(target)} you can draw: {names}."
    return reason


def _a(kind: Kind) -> str:
    """ "a product", "an end user"."""
    word = kind.label.lower()
    return f"{'an' if word[0] in 'aeiou' else 'a'} {word}"


_PASSIVE = {Relation.PAYS: "paid for", Relation.DECIDES: "decided on", Relation.USES: "used"}


ACTOR_KINDS: tuple[Kind, ...] = tuple(k for k in Kind if k.is_actor)
