"""Segment geometry for the edge tiles: clipping to a rectangle, walking a grid."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF

_MAX_CELLS = 4000  # a guard against absurd coordinates


def clip_segment(x0: float, y0: float, x1: float, y1: float, rect: QRectF) -> tuple[float, float] | None:
    """Liang-Barsky: the parameter range ``(t0, t1)`` of the segment inside ``rect``, or None.

    >>> clip_segment(-10, 0, 10, 0, QRectF(0, -1, 5, 2))
    (0.5, 0.75)
    """
    t0, t1 = 0.0, 1.0
    dx, dy = x1 - x0, y1 - y0
    for p, q in ((-dx, x0 - rect.left()), (dx, rect.right() - x0), (-dy, y0 - rect.top()), (dy, rect.bottom() - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        r = q / p
        if p < 0:
            if r > t1:
                return None
            t0 = max(t0, r)
        else:
            if r < t0:
                return None
            t1 = min(t1, r)
    return (t0, t1) if t0 < t1 else None


def clip_dashed(lines, left: float, top: float, right: float, bottom: float, period: float) -> list:
    """The parts of ``lines`` (QLineF) inside the box, each started a whole number of dash
    periods from its line's start, so the dashes fall where they fall on the whole line.

    Qt lays out the dashes of a line along its whole length, even far outside the clip:
    a few thousand long dashed lines cost a third of a second; their visible parts, little.

    >>> from PySide6.QtCore import QLineF
    >>> [l.toLine() for l in clip_dashed([QLineF(0, 0, 100, 0), QLineF(0, 50, 9, 50)], 23, -5, 40, 5, 10)]
    [PySide6.QtCore.QLine(20, 0, 40, 0)]
    """
    out = []
    append = out.append
    for line in lines:
        x0, y0, x1, y1 = line.x1(), line.y1(), line.x2(), line.y2()
        if (x0 < left and x1 < left) or (x0 > right and x1 > right) or (y0 < top and y1 < top) \
                or (y0 > bottom and y1 > bottom):
            continue
        if left <= x0 <= right and left <= x1 <= right and top <= y0 <= bottom and top <= y1 <= bottom:
            append(line)
            continue
        t0, t1 = 0.0, 1.0
        dx, dy = x1 - x0, y1 - y0
        inside = True
        for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
            if p == 0:
                if q < 0:
                    inside = False
                    break
                continue
            r = q / p
            if p < 0:
                if r > t1:
                    inside = False
                    break
                t0 = max(t0, r)
            elif r < t0:
                inside = False
                break
            else:
                t1 = min(t1, r)
        if not inside or t0 >= t1:
            continue
        length = math.hypot(dx, dy)
        if t0 > 0.0 and length > 0.0:
            t0 = math.floor(t0 * length / period) * period / length
        append(type(line)(x0 + dx * t0, y0 + dy * t0, x0 + dx * t1, y0 + dy * t1))
    return out


def cells_on_segment(x0: float, y0: float, x1: float, y1: float, size: float) -> list[tuple[int, int]]:
    """The grid cells a segment crosses (Amanatides-Woo traversal).

    >>> cells_on_segment(10, 10, 250, 10, 100)
    [(0, 0), (1, 0), (2, 0)]
    """
    i, j = math.floor(x0 / size), math.floor(y0 / size)
    i_end, j_end = math.floor(x1 / size), math.floor(y1 / size)
    cells = [(i, j)]
    dx, dy = x1 - x0, y1 - y0
    step_i = 1 if dx > 0 else -1
    step_j = 1 if dy > 0 else -1
    t_max_x = ((i + (step_i > 0)) * size - x0) / dx if dx else math.inf
    t_max_y = ((j + (step_j > 0)) * size - y0) / dy if dy else math.inf
    t_dx = size / abs(dx) if dx else math.inf
    t_dy = size / abs(dy) if dy else math.inf
    for _ in range(min(abs(i_end - i) + abs(j_end - j), _MAX_CELLS)):
        if t_max_x < t_max_y:
            i += step_i
            t_max_x += t_dx
        else:
            j += step_j
            t_max_y += t_dy
        cells.append((i, j))
    return cells

