"""How findings name things in their one plain sentence.

A stakeholder is often a group ("Riders", "Court clerks"): a verb after its name agrees
with a plural-looking name ("Riders use", "Mum uses").

>>> from stakeholder_map.model import Kind, Node
>>> quoted(Node("n1", Kind.PERSON, "  Ann\\n Lee "))
'"Ann Lee"'
>>> quoted(Node("n1", Kind.PERSON, ""))
'"n1"'
>>> listing(['"A"', '"B"', '"C"', '"D"', '"E"'])
'"A", "B", "C" and 2 others'
>>> [verb(Node("n", Kind.END_USER, name), "uses") for name in ("Riders", "Boss", "Mum", "Office staff")]
['use', 'uses', 'uses', 'use']
"""

from __future__ import annotations

import re
from fractions import Fraction

from stakeholder_map.model import Kind, Node
from stakeholder_map.texts import QT_TRANSLATE_NOOP, format_number, translate

MAX_LISTED = 3  # names a listing shows before "and N others"
# Plural nouns that do not end in "s", and words ending in "s" that are not plurals.
_PLURAL_WORDS = frozenset({"people", "children", "men", "women", "staff", "folk", "police",
                           "personnel", "crew", "alumni", "media", "data"})
_SINGULAR_ENDINGS = ("ss", "us", "is", "ics", "news", "series", "species")
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
_PREPOSITION = re.compile(r"\s+(?:of|for|in|at|from|with|on)\s+", re.IGNORECASE)
# Verbs the sentences use, singular -> plural.
_PLURAL_VERB = {"is": "are", "has": "have", "does": "do", "was": "were"}


def quoted(node: Node) -> str:
    """The node's name on one line, in double quotes; its id when the name is blank."""
    name = " ".join(node.name.split())
    return translate("Names", '"{name}"', "a name in a sentence").format(name=name or node.id)


def is_plural(node: Node) -> bool:
    """Whether the node's name reads as a plural ("Riders", "Court clerks", "Office staff");
    a company is one only when its name is one plural word ("Advertisers")."""
    if node.kind is Kind.PRODUCT:
        return False
    if node.kind is Kind.COMPANY and len(node.name.split()) > 1:
        return False  # a firm's name: "Trailhead Shoes pays", but a group: "Advertisers pay"
    # the head noun comes before "of", "for", "in"...: "Head of data" is one, "Users in Berlin" many
    head = _PREPOSITION.split(node.name, maxsplit=1)[0] or node.name
    match = _LAST_WORD.search(head)
    if match is None:
        return False
    word = match.group(1).lower()
    if word in _PLURAL_WORDS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(_SINGULAR_ENDINGS)


def verb(node: Node, singular: str) -> str:
    """``singular`` ("uses", "is", "decides") agreeing with the node's name as subject."""
    return verb_plural(singular) if is_plural(node) else singular


def verb_plural(singular: str) -> str:
    """"use" for "uses", "are" for "is": the verb for several subjects."""
    irregular = _PLURAL_VERB.get(singular)
    if irregular:
        return irregular
    if singular.endswith("ies"):
        return singular[:-3] + "y"
    if singular.endswith(("sses", "shes", "ches", "xes")):
        return singular[:-2]
    return singular[:-1]


def pronoun(node: Node) -> str:
    """"it" for one, "them" for a group: the object that refers back to the node."""
    return "them" if is_plural(node) else "it"


def possessive(node: Node) -> str:
    """"its" for one, "their" for a group or a person."""
    return "their" if is_plural(node) or node.kind is not Kind.COMPANY else "its"


def listing(names: list[str]) -> str:
    """"A", "A and B", "A, B and C", or "A, B, C and 4 others"."""
    if len(names) == 1:
        return names[0]
    if len(names) <= MAX_LISTED:
        return translate("Lists", "{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])
    rest = len(names) - MAX_LISTED
    shown = ", ".join(names[:MAX_LISTED])
    if rest == 1:
        return translate("Lists", "{names} and 1 other").format(names=shown)
    return translate("Lists", "{names} and {count} others").format(names=shown, count=rest)


def kind_word(kind: Kind) -> str:
    """"product", "decision-maker", "end user": the kind inside a sentence."""
    return translate("KindWords", _KIND_WORDS[kind])


_KIND_WORDS = {
    Kind.PRODUCT: QT_TRANSLATE_NOOP("KindWords", "product"),
    Kind.COMPANY: QT_TRANSLATE_NOOP("KindWords", "company"),
    Kind.BUYER: QT_TRANSLATE_NOOP("KindWords", "buyer"),
    Kind.DECISION_MAKER: QT_TRANSLATE_NOOP("KindWords", "decision-maker"),
    Kind.END_USER: QT_TRANSLATE_NOOP("KindWords", "end user"),
    Kind.PERSON: QT_TRANSLATE_NOOP("KindWords", "person"),
}


def share(part: Fraction) -> str:
    """A share (a fraction of 1) as a percentage that never reads as exactly 50% when it is
    over half, nor as 100% when it is not all.

    >>> share(Fraction(1, 2)), share(Fraction(5001, 10000)), share(Fraction(999, 1000))
    ('50%', '50.01%', '99.9%')
    """
    percent = part * 100
    text = f"{float(percent)}"
    for digits in range(0, 6):
        fixed = f"{float(percent):.{digits}f}"
        shown = Fraction(fixed)
        if (shown == 50) == (percent == 50) and (shown == 100) == (percent == 100):
            text = fixed.rstrip("0").rstrip(".") if digits else fixed
            break
    number = text.replace(".", translate("Numbers", ".", "decimal point"))
    return translate("Numbers", "{number}%").format(number=number)


# One and several of the things the reports count.
_COUNTED = {
    "product": (QT_TRANSLATE_NOOP("Counts", "1 product"), QT_TRANSLATE_NOOP("Counts", "{count} products")),
    "stakeholder": (QT_TRANSLATE_NOOP("Counts", "1 stakeholder"),
                    QT_TRANSLATE_NOOP("Counts", "{count} stakeholders")),
    "link": (QT_TRANSLATE_NOOP("Counts", "1 link"), QT_TRANSLATE_NOOP("Counts", "{count} links")),
    "error": (QT_TRANSLATE_NOOP("Counts", "1 error"), QT_TRANSLATE_NOOP("Counts", "{count} errors")),
    "warning": (QT_TRANSLATE_NOOP("Counts", "1 warning"), QT_TRANSLATE_NOOP("Counts", "{count} warnings")),
    "info": (QT_TRANSLATE_NOOP("Counts", "1 info"), QT_TRANSLATE_NOOP("Counts", "{count} info")),
}


def counted(n: int, what: str) -> str:
    """"1 product", "1,200 links": ``what`` is one of product, stakeholder, link, error,
    warning, info.

    >>> counted(1, "link"), counted(1200, "link"), counted(3, "info")
    ('1 link', '1,200 links', '3 info')
    """
    one, several = _COUNTED[what]
    return translate("Counts", one) if n == 1 else translate("Counts", several).format(count=format_number(n))


def score_text(score: float) -> str:
    """A key-stakeholder score as people write it: "4", "2.5" ("2,5" in German)."""
    return format_number(score, 0 if score == int(score) else 1)


# What to draw for a node that has no links yet, by kind.
_FIRST_LINKS = {
    Kind.PRODUCT: QT_TRANSLATE_NOOP("Findings", "draw who pays for it and who uses it"),
    Kind.COMPANY: QT_TRANSLATE_NOOP("Findings", "draw what it pays for, or who belongs to it"),
    Kind.BUYER: QT_TRANSLATE_NOOP("Findings", "draw what they pay for"),
    Kind.DECISION_MAKER: QT_TRANSLATE_NOOP("Findings", "draw what they decide on"),
    Kind.END_USER: QT_TRANSLATE_NOOP("Findings", "draw what they use"),
    Kind.PERSON: QT_TRANSLATE_NOOP("Findings", "draw whom they influence, or remove them"),
}


def one_thing_to_do(node: Node, codes: set[str]) -> str | None:
    """Several findings about one node said as one thing to do, or None when they do not
    make one (a new product is isolated, paid for by nobody and used by nobody: one gap).

    >>> one_thing_to_do(Node("p", Kind.PRODUCT, "App"), {"isolated", "no_users", "no_paying_customer"})
    '"App" is not linked to anything yet: draw who pays for it and who uses it.'
    >>> one_thing_to_do(Node("k", Kind.END_USER, "Kids"), {"isolated", "role_mismatch"})
    '"Kids" are not linked to anything yet: draw what they use.'
    """
    if "isolated" in codes:
        todo = translate("Findings", _FIRST_LINKS[node.kind])
        if is_plural(node):
            sentence = translate("Findings", "{name} are not linked to anything yet: {todo}.")
        else:
            sentence = translate("Findings", "{name} is not linked to anything yet: {todo}.")
        return sentence.format(name=quoted(node), todo=todo)
    if codes == {"no_users", "no_paying_customer"}:
        return translate("Findings", "Nobody pays for or uses {name}: draw who pays for it and who "
                         "uses it.").format(name=quoted(node))
    return None
