"""What a left click on the canvas does: select and move, place a node, or connect two nodes.

>>> Tool.place("buyer").kind
<Kind.BUYER: 'buyer'>
>>> Tool.connect("pays").relation.label
'pays for'
>>> Tool.select() == Tool.select()
True
"""

from __future__ import annotations

from dataclasses import dataclass

from stakeholder_map.model import Kind, Relation


@dataclass(frozen=True)
class Tool:
    """``mode`` is ``select``, ``place`` (with ``kind``) or ``connect`` (with ``relation``)."""

    mode: str
    kind: Kind | None = None
    relation: Relation | None = None

    @staticmethod
    def select() -> Tool:
        return Tool("select")

    @staticmethod
    def place(kind: Kind | str) -> Tool:
        return Tool("place", kind=Kind(kind))

    @staticmethod
    def connect(relation: Relation | str) -> Tool:
        return Tool("connect", relation=Relation(relation))

    @property
    def is_select(self) -> bool:
        return self.mode == "select"

    @property
    def is_place(self) -> bool:
        return self.mode == "place"

    @property
    def is_connect(self) -> bool:
        return self.mode == "connect"
