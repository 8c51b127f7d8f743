"""Align and distribute nodes: plain functions from boxes to new centres.

A box is ``(centre_x, centre_y, width, height)``; the result maps each id to its new
centre (only the nodes that move).

>>> boxes = {"a": (0, 0, 100, 40), "b": (300, 50, 60, 40), "c": (140, 200, 100, 40)}
>>> align(boxes, "left")
{'b': (-20.0, 50.0), 'c': (0.0, 200.0)}
>>> align(boxes, "top")
{'b': (300.0, 0.0), 'c': (140.0, 0.0)}
>>> distribute({"a": (0, 0, 100, 40), "b": (100, 9, 60, 40), "c": (400, 5, 100, 40)}, "horizontal")
{'b': (200.0, 9.0)}
"""

from __future__ import annotations

from typing import Mapping

Box = tuple[float, float, float, float]
Position = tuple[float, float]

ALIGNMENTS = ("left", "centre", "right", "top", "middle", "bottom")
DIRECTIONS = ("horizontal", "vertical")


def align(boxes: Mapping[str, Box], how: str) -> dict[str, Position]:
    """Line the boxes up on the leftmost left edge, the mean centre, the rightmost right
    edge (``left``, ``centre``, ``right``), or likewise vertically (``top``, ``middle``,
    ``bottom``)."""
    if how not in ALIGNMENTS:
        raise ValueError(f"unknown alignment {how!r}")
    if len(boxes) < 2:
        return {}
    horizontal = how in ("left", "centre", "right")
    axis = 0 if horizontal else 1
    sizes = 2 if horizontal else 3
    if how in ("left", "top"):
        line = min(b[axis] - b[sizes] / 2 for b in boxes.values())
        target = {k: line + b[sizes] / 2 for k, b in boxes.items()}
    elif how in ("right", "bottom"):
        line = max(b[axis] + b[sizes] / 2 for b in boxes.values())
        target = {k: line - b[sizes] / 2 for k, b in boxes.items()}
    else:
        lo = min(b[axis] - b[sizes] / 2 for b in boxes.values())
        hi = max(b[axis] + b[sizes] / 2 for b in boxes.values())
        target = dict.fromkeys(boxes, (lo + hi) / 2)
    return _moved(boxes, target, axis)


def distribute(boxes: Mapping[str, Box], direction: str) -> dict[str, Position]:
    """Equal gaps between the boxes along ``direction``, the two outermost staying put."""
    if direction not in DIRECTIONS:
        raise ValueError(f"unknown direction {direction!r}")
    if len(boxes) < 3:
        return {}
    axis = 0 if direction == "horizontal" else 1
    size = axis + 2
    order = sorted(boxes, key=lambda k: (boxes[k][axis], k))
    first, last = boxes[order[0]], boxes[order[-1]]
    start = first[axis] + first[size] / 2
    span = (last[axis] - last[size] / 2) - start
    inner = sum(boxes[k][size] for k in order[1:-1])
    gap = (span - inner) / (len(order) - 1)
    target, edge = {}, start
    for key in order[1:-1]:
        edge += gap
        target[key] = edge + boxes[key][size] / 2
        edge += boxes[key][size]
    return _moved(boxes, target, axis)


def _moved(boxes: Mapping[str, Box], target: Mapping[str, float], axis: int) -> dict[str, Position]:
    out = {}
    for key, value in target.items():
        x, y = float(boxes[key][0]), float(boxes[key][1])
        new = (float(value), y) if axis == 0 else (x, float(value))
        if abs(new[axis] - (x, y)[axis]) > 1e-9:
            out[key] = new
    return out
