"""How findings name things in their one plain sentence.

>>> from stakeholder_map.model import Kind, Node
>>> quoted(Node("n1", Kind.PERSON, "  Ann\\n Lee "))
'"Ann Lee"'
>>> quoted(Node("n1", Kind.PERSON, ""))
'"n1"'
>>> listing(['"A"', '"B"', '"C"', '"D"', '"E"'])
'"A", "B", "C" and 2 others'
"""

from __future__ import annotations

from stakeholder_map.model import Kind, Node, Relation

MAX_LISTED = 3  # names a listing shows before "and N others"

# The relation as a verb after "cannot": "cannot pay for".
_BARE_VERB = {
    Relation.PAYS: "pay for",
    Relation.DECIDES: "decide on",
    Relation.USES: "use",
    Relation.INFLUENCES: "influence",
    Relation.MEMBER_OF: "be a member of",
}


def quoted(node: Node) -> str:
    """The node's name on one line, in double quotes; its id when the name is blank."""
    name = " ".join(node.name.split())
    return f'"{name or node.id}"'


def listing(names: list[str]) -> str:
    """"A", "A and B", "A, B and C", or "A, B, C and 4 others"."""
    if len(names) == 1:
        return names[0]
    if len(names) <= MAX_LISTED:
        return ", ".join(names[:-1]) + " and " + names[-1]
    rest = len(names) - MAX_LISTED
    return ", ".join(names[:MAX_LISTED]) + f" and {rest} other" + ("s" if rest > 1 else "")


def kind_word(kind: Kind) -> str:
    """"product", "decision-maker", "end user"."""
    return kind.label.lower()


def bare_verb(relation: Relation) -> str:
    return _BARE_VERB[relation]


def share(fraction: float) -> str:
    """A share as a percentage that never reads as exactly 50% when it is over half."""
    whole = f"{fraction * 100:.0f}%"
    if whole == "50%":
        return f"{fraction * 100:.1f}%"
    return whole
