"""The map document: no Qt, no networkx; importable anywhere."""

from stakeholder_map.model.change import Change
from stakeholder_map.model.elements import Edge, Node
from stakeholder_map.model.errors import ModelError
from stakeholder_map.model.events import Event
from stakeholder_map.model.board import StickyNote, View, ViewFilter, Viewport
from stakeholder_map.model.map import Map
from stakeholder_map.model.vocabulary import (
    ACTOR_KINDS,
    Agreement,
    Attitude,
    Level,
    Kind,
    Period,
    Relation,
    allowed_relations,
    is_allowed,
    refusal,
)

__all__ = [
    "ACTOR_KINDS", "Agreement", "Attitude", "Level", "Change", "Edge", "Event", "Kind", "Map", "ModelError",
    "Node", "Period", "StickyNote", "View", "ViewFilter", "Viewport", "Relation", "allowed_relations", "is_allowed",
    "refusal",
]
