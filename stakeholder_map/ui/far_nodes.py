"""A clear word when a map holds nodes so far out that the fitted map is too small to see.

Coordinates are any finite numbers in the file (``x`` = 3e9 is valid); the window still
opens such a map, and says which node is far and how to bring it back.

>>> from stakeholder_map.model import Kind, Map
>>> m = Map()
>>> _ = m.add_node("a", Kind.PRODUCT, "Far", x=3e9, y=0)
>>> far_message(m)
'“Far” is very far out (x 3,000,000,000, y 0), so the map is too small to see: Map › Arrange Automatically brings it back.'
"""

from __future__ import annotations

from stakeholder_map.model import Map

FAR = 10_000_000.0  # scene pixels from the origin: a map of 20,000 nodes spans about 30,000


def _number(value: float) -> str:
    from PySide6.QtCore import QLocale

    from stakeholder_map.ui.messages import number

    return number(value, 0) if abs(value) < 1e15 else QLocale().toString(value, "e", 1)


def far_message(map_: Map) -> str | None:
    """What to tell about the farthest node beyond ``FAR``, or None when every node is near."""
    farthest, distance = None, FAR
    for node in map_.nodes.values():
        if node.x is None or node.y is None:
            continue
        d = max(abs(node.x), abs(node.y))
        if d > distance:
            farthest, distance = node, d
    if farthest is None:
        return None
    name = farthest.name.strip() or farthest.kind.label
    if len(name) > 40:
        name = name[:39] + "…"
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "FarNodes", "“{name}” is very far out (x {x}, y {y}), so the map is too small to see: "
        "Map › Arrange Automatically brings it back.").format(
            name=name, x=_number(farthest.x), y=_number(farthest.y))


def warn_about_far_nodes(window) -> None:
    """Show ``far_message`` in the window's status bar until the next message."""
    message = far_message(window.map)
    if message is not None:
        window.statusBar().showMessage(message)
