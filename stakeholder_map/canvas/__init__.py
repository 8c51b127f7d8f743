"""The canvas: draws a map and turns mouse and keyboard gestures into intent signals.

``MapScene(map)`` follows the map; ``MapView(scene)`` shows it; ``Tool`` picks what a click does.
"""

from stakeholder_map.canvas.scene import MapScene
from stakeholder_map.canvas.theme import Theme
from stakeholder_map.canvas.tools import Tool
from stakeholder_map.canvas.view import MapView

__all__ = ["MapScene", "MapView", "Theme", "Tool"]
