"""The spec's words: node kinds, relations and the data a ``pays`` edge carries.

>>> Kind.PRODUCT.is_actor
False
>>> allowed_relations(Kind.BUYER, Kind.PRODUCT)
(<Relation.PAYS: 'pays'>, <Relation.DECIDES: 'decides'>, <Relation.USES: 'uses'>)
"""

from __future__ import annotations

from enum import StrEnum

from stakeholder_map.texts import QT_TRANSLATE_NOOP, translate


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
        """The word a product manager reads in the window, in the user's language."""
        return translate("Kinds", _KIND_LABELS[self])


_KIND_LABELS = {
    Kind.PRODUCT: QT_TRANSLATE_NOOP("Kinds", "Product"),
    Kind.COMPANY: QT_TRANSLATE_NOOP("Kinds", "Company"),
    Kind.BUYER: QT_TRANSLATE_NOOP("Kinds", "Buyer"),
    Kind.DECISION_MAKER: QT_TRANSLATE_NOOP("Kinds", "Decision-maker"),
    Kind.END_USER: QT_TRANSLATE_NOOP("Kinds", "End user"),
    Kind.PERSON: QT_TRANSLATE_NOOP("Kinds", "Person"),
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
        """"pays for", "decides on"...: the link as a verb, in the user's language."""
        return translate("Relations", _RELATION_LABELS[self])


_RELATION_LABELS = {
    Relation.PAYS: QT_TRANSLATE_NOOP("Relations", "pays for"),
    Relation.DECIDES: QT_TRANSLATE_NOOP("Relations", "decides on"),
    Relation.USES: QT_TRANSLATE_NOOP("Relations", "uses"),
    Relation.INFLUENCES: QT_TRANSLATE_NOOP("Relations", "influences"),
    Relation.MEMBER_OF: QT_TRANSLATE_NOOP("Relations", "is a member of"),
}


class Period(StrEnum):
    ONE_TIME = "one_time"
    MONTHLY = "monthly"
    YEARLY = "yearly"

    @property
    def times_per_year(self) -> int:
        return 12 if self is Period.MONTHLY else 1

    @property
    def label(self) -> str:
        """"One-time", "Monthly", "Yearly", in the user's language."""
        return translate("Periods", _PERIOD_LABELS[self])


_PERIOD_LABELS = {
    Period.ONE_TIME: QT_TRANSLATE_NOOP("Periods", "One-time"),
    Period.MONTHLY: QT_TRANSLATE_NOOP("Periods", "Monthly"),
    Period.YEARLY: QT_TRANSLATE_NOOP("Periods", "Yearly"),
}


class Agreement(StrEnum):
    NONE = "none"
    SUBSCRIPTION = "subscription"
    CONTRACT = "contract"

    @property
    def label(self) -> str:
        """"No agreement", "Subscription", "Contract", in the user's language."""
        return translate("Agreements", _AGREEMENT_LABELS[self])


_AGREEMENT_LABELS = {
    Agreement.NONE: QT_TRANSLATE_NOOP("Agreements", "No agreement"),
    Agreement.SUBSCRIPTION: QT_TRANSLATE_NOOP("Agreements", "Subscription"),
    Agreement.CONTRACT: QT_TRANSLATE_NOOP("Agreements", "Contract"),
}


class Attitude(StrEnum):
    """How an actor feels about the product (account planning: champions and blockers)."""

    CHAMPION = "champion"
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    SCEPTIC = "sceptic"
    BLOCKER = "blocker"

    @property
    def label(self) -> str:
        """"Champion", "Blocker"..., in the user's language."""
        return translate("Attitudes", _ATTITUDE_LABELS[self])


_ATTITUDE_LABELS = {
    Attitude.CHAMPION: QT_TRANSLATE_NOOP("Attitudes", "Champion"),
    Attitude.SUPPORTER: QT_TRANSLATE_NOOP("Attitudes", "Supporter"),
    Attitude.NEUTRAL: QT_TRANSLATE_NOOP("Attitudes", "Neutral"),
    Attitude.SCEPTIC: QT_TRANSLATE_NOOP("Attitudes", "Sceptic"),
    Attitude.BLOCKER: QT_TRANSLATE_NOOP("Attitudes", "Blocker"),
}


class Level(StrEnum):
    """An actor's power or interest on Mendelow's grid."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def label(self) -> str:
        """"Low", "Medium", "High", in the user's language."""
        return translate("Levels", _LEVEL_LABELS[self])


_LEVEL_LABELS = {
    Level.LOW: QT_TRANSLATE_NOOP("Levels", "Low"),
    Level.MEDIUM: QT_TRANSLATE_NOOP("Levels", "Medium"),
    Level.HIGH: QT_TRANSLATE_NOOP("Levels", "High"),
}


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
        reason = translate("Refusals", "A product cannot start a link: draw links from people and "
                           "organisations to it.")
    elif relation is None:
        reason = translate("Refusals", "Nothing links {source} to {target}.").format(
            source=_a(source), target=_a(target))
    elif relation is Relation.MEMBER_OF:
        reason = translate("Refusals", "Only a company can have members.")
    elif relation is Relation.INFLUENCES:
        reason = translate("Refusals", "A product cannot be influenced: influence goes to a person "
                           "or an organisation (for example whoever decides on the product).")
    else:
        reason = translate("Refusals", _ONLY_A_PRODUCT[relation])
    choices = allowed_relations(source, target)
    if relation is not None and choices:
        names = ", ".join(r.label for r in choices)
        reason += " " + translate("Refusals", "From {source} to {target} you can draw: {names}.").format(
            source=_a(source), target=_a(target), names=names)
    return reason


def _a(kind: Kind) -> str:
    """ "a product", "an end user" (German: "einem Produkt", after "von"/"zu")."""
    return translate("Refusals", _A_KIND[kind])


_A_KIND = {
    Kind.PRODUCT: QT_TRANSLATE_NOOP("Refusals", "a product"),
    Kind.COMPANY: QT_TRANSLATE_NOOP("Refusals", "a company"),
    Kind.BUYER: QT_TRANSLATE_NOOP("Refusals", "a buyer"),
    Kind.DECISION_MAKER: QT_TRANSLATE_NOOP("Refusals", "a decision-maker"),
    Kind.END_USER: QT_TRANSLATE_NOOP("Refusals", "an end user"),
    Kind.PERSON: QT_TRANSLATE_NOOP("Refusals", "a person"),
}
_ONLY_A_PRODUCT = {
    Relation.PAYS: QT_TRANSLATE_NOOP("Refusals", "Only a product can be paid for."),
    Relation.DECIDES: QT_TRANSLATE_NOOP("Refusals", "Only a product can be decided on."),
    Relation.USES: QT_TRANSLATE_NOOP("Refusals", "Only a product can be used."),
}


ACTOR_KINDS: tuple[Kind, ...] = tuple(k for k in Kind if k.is_actor)
