"""Default names and the texts of undo steps, in the user's language (fresh ids: ``Map.new_id``).

Each text is one whole sentence in the catalogue (context ``Undo``), so a translation can put
the words in its own order: ``Move 3 nodes`` is ``3 Elemente verschieben`` in German.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QCoreApplication

from stakeholder_map.model import Kind, Relation
from stakeholder_map.texts import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate

_NEW_NAMES = {
    Kind.PRODUCT: QT_TRANSLATE_NOOP("Names", "New product"),
    Kind.COMPANY: QT_TRANSLATE_NOOP("Names", "New company"),
    Kind.BUYER: QT_TRANSLATE_NOOP("Names", "New buyer"),
    Kind.DECISION_MAKER: QT_TRANSLATE_NOOP("Names", "New decision-maker"),
    Kind.END_USER: QT_TRANSLATE_NOOP("Names", "New end user"),
    Kind.PERSON: QT_TRANSLATE_NOOP("Names", "New person"),
}

_ADD_STEPS = {
    Kind.PRODUCT: QT_TRANSLATE_NOOP("Undo", "Add product"),
    Kind.COMPANY: QT_TRANSLATE_NOOP("Undo", "Add company"),
    Kind.BUYER: QT_TRANSLATE_NOOP("Undo", "Add buyer"),
    Kind.DECISION_MAKER: QT_TRANSLATE_NOOP("Undo", "Add decision-maker"),
    Kind.END_USER: QT_TRANSLATE_NOOP("Undo", "Add end user"),
    Kind.PERSON: QT_TRANSLATE_NOOP("Undo", "Add person"),
}

_LINK_STEPS = {
    Relation.PAYS: QT_TRANSLATE_NOOP("Undo", "Link {source} pays for {target}"),
    Relation.DECIDES: QT_TRANSLATE_NOOP("Undo", "Link {source} decides on {target}"),
    Relation.USES: QT_TRANSLATE_NOOP("Undo", "Link {source} uses {target}"),
    Relation.INFLUENCES: QT_TRANSLATE_NOOP("Undo", "Link {source} influences {target}"),
    Relation.MEMBER_OF: QT_TRANSLATE_NOOP("Undo", "Link {source} is a member of {target}"),
}

# (one, many) for each counted step; "{count}" is the number
_COUNTED_STEPS = {
    "Delete": (QT_TRANSLATE_NOOP("Undo", "Delete 1 item"), QT_TRANSLATE_NOOP("Undo", "Delete {count} items")),
    "Cut": (QT_TRANSLATE_NOOP("Undo", "Cut 1 item"), QT_TRANSLATE_NOOP("Undo", "Cut {count} items")),
    "Paste": (QT_TRANSLATE_NOOP("Undo", "Paste 1 item"), QT_TRANSLATE_NOOP("Undo", "Paste {count} items")),
    "Duplicate": (QT_TRANSLATE_NOOP("Undo", "Duplicate 1 item"),
                  QT_TRANSLATE_NOOP("Undo", "Duplicate {count} items")),
    "Move": (QT_TRANSLATE_NOOP("Undo", "Move 1 node"), QT_TRANSLATE_NOOP("Undo", "Move {count} nodes")),
    "Delete notes": (QT_TRANSLATE_NOOP("Undo", "Delete 1 sticky note"),
                     QT_TRANSLATE_NOOP("Undo", "Delete {count} sticky notes")),
}


def default_name(kind: Kind) -> str:
    """``New company``, ``New decision-maker``, ``New end user``."""
    return translate("Names", _NEW_NAMES[kind])


def add_step(kind: Kind) -> str:
    """``Add company``: the undo step of a new node."""
    return translate("Undo", _ADD_STEPS[kind])


def link_step(source: str, relation: Relation, target: str) -> str:
    """``Link Ann pays for App``: the undo step of a new link."""
    return translate("Undo", _LINK_STEPS[relation]).format(source=source, target=target)


def counted_step(verb: str, count: int) -> str:
    """``Delete 1 item``, ``Move 3 nodes``: ``verb`` is one of the keys of the steps above
    (``Delete``, ``Cut``, ``Paste``, ``Duplicate``, ``Move``, ``Delete notes``)."""
    one, many = _COUNTED_STEPS[verb]
    return translate("Undo", one) if count == 1 else translate("Undo", many).format(count=count)


def unnamed() -> str:
    """What an undo step calls a node without a name."""
    return translate("Undo", "unnamed")


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``1 node``, ``3 nodes`` (English only: a translated text writes whole sentences)."""
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("Fields", "name"), "kind": QT_TRANSLATE_NOOP("Fields", "kind"),
    "notes": QT_TRANSLATE_NOOP("Fields", "notes"), "headcount": QT_TRANSLATE_NOOP("Fields", "headcount"),
    "internal": QT_TRANSLATE_NOOP("Fields", "internal flag"),
    "relation": QT_TRANSLATE_NOOP("Fields", "relation"), "amount": QT_TRANSLATE_NOOP("Fields", "amount"),
    "period": QT_TRANSLATE_NOOP("Fields", "period"), "agreement": QT_TRANSLATE_NOOP("Fields", "agreement"),
    "attitude": QT_TRANSLATE_NOOP("Fields", "attitude"), "power": QT_TRANSLATE_NOOP("Fields", "power"),
    "interest": QT_TRANSLATE_NOOP("Fields", "interest"), "colour": QT_TRANSLATE_NOOP("Fields", "colour"),
    "label": QT_TRANSLATE_NOOP("Fields", "label"), "tags": QT_TRANSLATE_NOOP("Fields", "tags"),
}


def _field(name: str) -> str:
    label = FIELD_LABELS.get(name)
    return translate("Fields", label) if label else name


def fields_text(fields: Iterable[str], count: int, what: str) -> str:
    """``Change kind of 3 nodes``, ``Change amount``, ``Edit 2 links`` (``what``: ``node`` or
    ``link``)."""
    names = [_field(f) for f in fields]
    nodes = what == "node"
    if count > 1 and len(names) == 1:
        text = (translate("Undo", "Change {field} of {count} nodes") if nodes
                else translate("Undo", "Change {field} of {count} links"))
        return text.format(field=names[0], count=count)
    if count > 1:
        text = translate("Undo", "Edit {count} nodes") if nodes else translate("Undo", "Edit {count} links")
        return text.format(count=count)
    return translate("Undo", "Change {fields}").format(fields=", ".join(names))
