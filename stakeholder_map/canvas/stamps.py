"""Stamps: a picture paints what looks the same on many nodes once, and copies it.

A big map's nodes share a handful of looks (kind, colour, finding); painting each node's
glow, ring, shadow, shape and glyph again was a fifth of a 2,000-node PNG's time. In a
raster picture an item's look is painted once per look and per quarter-pixel offset into a
small image, then copied to each node's place: the same pixels, placed to a quarter of a
pixel. Vector pictures (SVG, PDF, print) and turned or translucent painting draw as usual.
"""

from __future__ import annotations

import math
from typing import Callable, Hashable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QTransform

PHASES = 4  # offsets within a pixel a stamp is made for, per direction


class Stamps:
    """The stamps of one picture (made while it is painted, dropped after)."""

    def __init__(self) -> None:
        self._made: dict[tuple, tuple[QImage, float, float]] = {}

    def __len__(self) -> int:
        return len(self._made)

    def draw(self, painter: QPainter, look: Hashable, bounds: QRectF, paint: Callable[[QPainter], None]) -> bool:
        """Copy the stamp of ``look`` (``paint`` draws it within ``bounds``, item coordinates)
        to where ``painter`` would draw it; False, drawing nothing, where a stamp would not
        give the same picture (not an image, turned or see-through painting)."""
        t = painter.worldTransform()
        if (not isinstance(painter.device(), QImage) or t.type().value > QTransform.TransformationType.TxScale.value
                or painter.opacity() != 1.0
                or painter.compositionMode() != QPainter.CompositionMode.CompositionMode_SourceOver):
            return False
        x, y = t.dx(), t.dy()  # where the item's origin falls, in pixels
        ix, iy = math.floor(x), math.floor(y)
        fx, fy = round((x - ix) * PHASES), round((y - iy) * PHASES)
        ix, fx = (ix + 1, 0) if fx == PHASES else (ix, fx)
        iy, fy = (iy + 1, 0) if fy == PHASES else (iy, fy)
        key = (look, round(t.m11(), 6), round(t.m22(), 6), fx, fy, painter.renderHints())
        made = self._made.get(key)
        if made is None:
            made = self._made[key] = _make(painter, t.m11(), t.m22(), fx / PHASES, fy / PHASES, bounds, paint)
        image, left, top = made
        painter.save()
        painter.setWorldTransform(QTransform())
        painter.drawImage(QPointF(ix + left, iy + top), image)
        painter.restore()
        return True


def _make(painter: QPainter, sx: float, sy: float, fx: float, fy: float, bounds: QRectF,
          paint: Callable[[QPainter], None]) -> tuple[QImage, float, float]:
    placed = QTransform(sx, 0, 0, sy, fx, fy).mapRect(bounds)
    left, top = math.floor(placed.left()) - 1, math.floor(placed.top()) - 1
    width = max(1, math.ceil(placed.right()) + 1 - left)
    height = max(1, math.ceil(placed.bottom()) + 1 - top)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    stamp = QPainter(image)
    stamp.setRenderHints(painter.renderHints())
    stamp.setTransform(QTransform(sx, 0, 0, sy, fx - left, fy - top))
    paint(stamp)
    stamp.end()
    return image, float(left), float(top)
