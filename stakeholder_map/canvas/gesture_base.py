"""The base of a gesture under way on the scene (see ``interaction``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

if TYPE_CHECKING:
    from stakeholder_map.canvas.scene import MapScene

LEFT = Qt.MouseButton.LeftButton


class Interaction:
    """A gesture under way. Each handler returns True when it used the event (the scene
    then does not pass it on to Qt's own handling)."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene

    def mouse_press(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def mouse_move(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def mouse_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        return False

    def after_release(self, event: QGraphicsSceneMouseEvent) -> bool:
        """Qt handled the release; True when the gesture is over."""
        return False

    def key_press(self, event) -> bool:
        return False

    def cancel(self) -> None:
        """End without an intent."""

    def involves(self, node_ids: set[str]) -> bool:
        """Would removing these nodes leave the gesture pointless?"""
        return False

    def items(self) -> list:
        """Helper items it shows (hidden in exports)."""
        return []
