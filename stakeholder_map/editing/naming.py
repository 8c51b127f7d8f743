"""Default names and the plain-English texts of undo steps (fresh ids: ``Map.new_id``)."""

from __future__ import annotations

from typing import Iterable

from stakeholder_map.model import Kind


def default_name(kind: Kind) -> str:
    """``New company``, ``New decision-maker``, ``New end user``."""
    return f"New {kind.label.lower()}"


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """``1 node``, ``3 nodes``."""
    return f"{count} {singular if count == 1 else (plural or singular + 's')}"


FIELD_LABELS = {
    "name": "name", "kind": "kind", "notes": "notes", "headcount": "headcount",
    "internal": "internal flag", "relation": "relation", "amount": "amount",
    "period": "period", "agreement": "agreement", "attitude": "attitude", "power": "power",
    "interest": "interest", "colour": "colour", "label": "label", "tags": "tags",
}


def fields_text(fields: Iterable[str], count: int, what: str) -> str:
    """``Change kind of 3 nodes``, ``Change amount``, ``Edit 2 links``."""
    names = [FIELD_LABELS.get(f, f) for f in fields]
    subject = "" if count == 1 else f" of {counted(count, what)}"
    if len(names) == 1:
        return f"Change {names[0]}{subject}"
    return f"Edit {counted(count, what)}" if count > 1 else f"Change {', '.join(names)}"
