"""Reading and writing the cells of the CSV pair: formula neutralising, words and numbers.

>>> parse_kind("Decision-maker"), parse_relation("pays for"), parse_period("per month")
(<Kind.DECISION_MAKER: 'decision_maker'>, <Relation.PAYS: 'pays'>, <Period.MONTHLY: 'monthly'>)
>>> parse_number("1,200.50", "Amount"), restore(neutralise("=SUM(A1)"))
(1200.5, '=SUM(A1)')
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Iterable

from stakeholder_map.model import Agreement, Kind, Period, Relation
from stakeholder_map.texts import format_number, translate


class CellError(ValueError):
    """A cell the import cannot use; the message names the column and the value."""


# -- formula neutralising ----------------------------------------------------------------------
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """Prefix ``'`` to a text a spreadsheet would run as a formula (reversed by ``restore``).

    A text starting with ``'`` and then one of those characters (or another ``'``) gets one
    too, so ``restore(neutralise(t)) == t`` for every text.

    >>> neutralise("=SUM(A1)"), neutralise("Ann"), restore(neutralise("'=x"))
    ("'=SUM(A1)", 'Ann', "'=x")
    """
    if text.startswith(_FORMULA_START) or (text[:1] == "'" and text[1:2] in (*_FORMULA_START, "'")
                                           and len(text) > 1):
        return "'" + text
    return text


def restore(text: str) -> str:
    """Undo ``neutralise``: drop the ``'`` it added, keep any other text unchanged."""
    if text.startswith("'") and len(text) > 1 and text[1] in (*_FORMULA_START, "'"):
        return text[1:]
    return text


# -- writing -------------------------------------------------------------------------------------
def format_number(value: float | int | None) -> str:
    """Empty for None; every digit of an int or an exact decimal, ``repr`` for floats."""
    if value is None:
        return ""
    return str(value) if isinstance(value, (int, Decimal)) else repr(float(value))


def format_text(value: str | None) -> str:
    return "" if value is None else neutralise(value)


# -- words ---------------------------------------------------------------------------------------
def word(text: str) -> str:
    """Lower case without spaces, dashes or underscores: "End-user" -> "enduser"."""
    return re.sub(r"[\s_\-]+", "", text.strip().lower())


def _known(words: Iterable[str]) -> str:
    return ", ".join(words)


KIND_WORDS: dict[str, Kind] = {word(k.value): k for k in Kind} | {word(k.label): k for k in Kind}
KIND_WORDS.update({
    "service": Kind.PRODUCT, "app": Kind.PRODUCT,
    "organisation": Kind.COMPANY, "organization": Kind.COMPANY, "business": Kind.COMPANY,
    "department": Kind.COMPANY, "team": Kind.COMPANY,
    "purchaser": Kind.BUYER, "decider": Kind.DECISION_MAKER, "user": Kind.END_USER,
    "users": Kind.END_USER, "stakeholder": Kind.PERSON,
})
RELATION_WORDS: dict[str, Relation] = (
    {word(r.value): r for r in Relation} | {word(r.label): r for r in Relation}
)
RELATION_WORDS.update({
    "pay": Relation.PAYS, "paysto": Relation.PAYS, "buys": Relation.PAYS,
    "decide": Relation.DECIDES, "decideson": Relation.DECIDES, "decidesabout": Relation.DECIDES,
    "use": Relation.USES, "influence": Relation.INFLUENCES, "sways": Relation.INFLUENCES,
    "memberof": Relation.MEMBER_OF, "belongsto": Relation.MEMBER_OF, "worksfor": Relation.MEMBER_OF,
    "worksin": Relation.MEMBER_OF, "partof": Relation.MEMBER_OF, "departmentof": Relation.MEMBER_OF,
})
PERIOD_WORDS: dict[str, Period] = {word(p.value): p for p in Period}
PERIOD_WORDS.update({
    "once": Period.ONE_TIME, "onetime": Period.ONE_TIME, "oneoff": Period.ONE_TIME,
    "month": Period.MONTHLY, "permonth": Period.MONTHLY, "amonth": Period.MONTHLY,
    "year": Period.YEARLY, "peryear": Period.YEARLY, "annual": Period.YEARLY,
    "annually": Period.YEARLY, "ayear": Period.YEARLY,
})
AGREEMENT_WORDS: dict[str, Agreement] = {word(a.value): a for a in Agreement}
TRUE_WORDS = {"yes", "y", "true", "1", "internal"}
FALSE_WORDS = {"no", "n", "false", "0", "external"}


def _singular(table: dict, text: str):
    """The word's entry, also for a plural (``End users``, ``Companies``)."""
    w = word(text)
    for candidate in (w, w[:-1] if w.endswith("s") else None, w[:-3] + "y" if w.endswith("ies") else None):
        if candidate and candidate in table:
            return table[candidate]
    return None


def parse_kind(text: str) -> Kind:
    known = _known(k.label for k in Kind)
    if not text.strip():
        raise CellError(translate("Spreadsheets", "the Type is empty (say what it is: {known})").format(known=known))
    kind = _singular(KIND_WORDS, text)
    if kind is None:
        raise CellError(translate("Spreadsheets", "unknown Type {value} (known: {known})").format(value=repr(text.strip()), known=known))
    return kind


def parse_relation(text: str) -> Relation:
    relation = RELATION_WORDS.get(word(text))
    if relation is None:
        known = _known(r.label for r in Relation)
        if not text.strip():
            raise CellError(translate("Spreadsheets", "the Type is empty (known: {known})").format(known=known))
        raise CellError(translate("Spreadsheets", "unknown Type {value} (known: {known})").format(
            value=repr(text.strip()), known=known))
    return relation


def relation_word(text: str) -> Relation | None:
    """The relation a text names, or None (``"Pays for"`` -> ``Relation.PAYS``)."""
    return RELATION_WORDS.get(word(text)) if text.strip() else None


DIRECTION_WORDS = {"": "directed", "directed": "directed", "forward": "directed", "oneway": "directed",
                   "mutual": "mutual", "undirected": "mutual", "both": "mutual", "twoway": "mutual",
                   "bidirectional": "mutual"}


def parse_direction(text: str) -> str:
    """Kumu's Direction: ``"directed"`` (also empty) or ``"mutual"`` (``undirected``, ``both``)."""
    direction = DIRECTION_WORDS.get(word(text))
    if direction is None:
        raise CellError(translate("Spreadsheets", "unknown Direction {value} (known: directed, mutual, undirected)").format(
            value=repr(text.strip())))
    return direction


def split_values(text: str) -> list[str]:
    """Kumu's multi-value cell: ``"vip | legal|"`` -> ``['vip', 'legal']`` (no empties, no repeats).

    >>> split_values(" vip | legal|vip ")
    ['vip', 'legal']
    """
    return list(dict.fromkeys(part.strip() for part in text.split("|") if part.strip()))


def parse_period(text: str) -> Period | None:
    if not text.strip():
        return None
    period = PERIOD_WORDS.get(word(text))
    if period is None:
        raise CellError(translate("Spreadsheets", "unknown Period {value} (known: one_time, monthly, yearly)").format(
            value=repr(text.strip())))
    return period


def parse_agreement(text: str) -> Agreement | None:
    if not text.strip():
        return None
    agreement = AGREEMENT_WORDS.get(word(text))
    if agreement is None:
        raise CellError(translate("Spreadsheets", "unknown Agreement {value} (known: none, subscription, contract)").format(
            value=repr(text.strip())))
    return agreement


def parse_flag(text: str, what: str) -> bool | None:
    w = word(text)
    if not w:
        return None
    if w in TRUE_WORDS:
        return True
    if w in FALSE_WORDS:
        return False
    raise CellError(translate("Spreadsheets", "{column} must be yes or no, not {value}").format(column=what, value=repr(text.strip())))


MAX_NUMBER = 10**15  # past any headcount, amount or position a map needs


def parse_number(text: str, what: str, *, exact: bool = False) -> float | int | Decimal | None:
    """A number as people type it: ``1200``, ``1,200.50``, ``$99``, ``12,5`` (decimal comma).

    With ``exact``, a fraction is a ``Decimal`` of the digits typed (for amounts of money).
    Refuses text that is no number, and numbers beyond a quadrillion (``MAX_NUMBER``).
    """
    s = re.sub(r"[\s$€£¥_]", "", restore(text.strip()))
    if not s:
        return None
    if len(s) > 100:
        raise CellError(translate("Spreadsheets", "{column} {value}... is too long to be a number this map can hold").format(
            column=what, value=repr(text.strip()[:20])))
    if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", s):
        s = s.replace(",", "")
    elif re.fullmatch(r"[+-]?\d+,\d+", s):
        s = s.replace(",", ".")
    value: float | int
    try:
        value = int(s)
    except ValueError:
        try:
            value = float(s)
        except ValueError:
            raise CellError(translate("Spreadsheets", "{column} {value} is not a number").format(
                column=what, value=repr(text.strip()))) from None
        if not math.isfinite(value):
            raise CellError(translate("Spreadsheets", "{column} {value} is not a finite number").format(
                column=what, value=repr(text.strip())))
    if abs(value) > MAX_NUMBER:
        raise CellError(translate("Spreadsheets", "{column} {value} is too large (at most {limit})").format(
            column=what, value=repr(text.strip()), limit=format_number(MAX_NUMBER)))
    return Decimal(s) if exact and isinstance(value, float) else value
