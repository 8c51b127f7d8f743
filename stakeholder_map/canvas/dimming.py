"""A filter's look on the canvas: what it leaves out is drawn faint."""

from __future__ import annotations

from typing import Iterable

from stakeholder_map.canvas.edge_paint import DIMMED


def dim_all_but(scene, node_ids: Iterable[str] | None) -> None:
    """Draw faint every node of ``scene`` not in ``node_ids`` and every link touching one;
    None shows everything plainly again."""
    shown = None if node_ids is None else set(node_ids)
    for item in scene.node_items():
        item.setOpacity(1.0 if shown is None or item.node.id in shown else DIMMED)
    for item in scene.edge_items():
        dimmed = shown is not None and not (item.edge.source in shown and item.edge.target in shown)
        if dimmed != item.dimmed:
            item.dimmed = dimmed
            if item.layer is not None:
                item.layer.place(item)
