"""How a link looks, in one place: its pens, its clipping and its painting.

The edge tiles (``edge_layer``), the drag layer (``live_edges``) and the far overview
(``overview``) all draw links through these functions, so changing how a relation looks
means changing this module only.

>>> relation_pen("pays").widthF() > relation_pen("influences").widthF()
True
>>> relation_pen("influences").style() == Qt.PenStyle.DashLine
True
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from stakeholder_map.canvas.badges import severity_colour
from stakeholder_map.canvas.gridmath import clip_dashed, clip_segment
from stakeholder_map.canvas.style import RELATION_STYLES
from stakeholder_map.model import Relation

if TYPE_CHECKING:
    from stakeholder_map.canvas.edge_item import EdgeItem

CRISP_DASH_PIXELS = 2.0  # raster exports draw dashes 1 px to this wide without antialiasing
LOD_ARROW = 0.2  # below this zoom arrowheads are too small to see
LOD_LABEL = 0.45  # and labels too small to read
DIMMED = 0.18  # the opacity of what a filter leaves out


@lru_cache(maxsize=None)
def _line_pen(relation: Relation) -> QPen:
    style = RELATION_STYLES[relation]
    return QPen(QColor(style.colour), style.width, style.dash, Qt.PenCapStyle.FlatCap)


def relation_pen(relation) -> QPen:
    """The pen a relation's line is drawn with (flat caps: round ones cost ten times more)."""
    return QPen(_line_pen(Relation(relation)))


@lru_cache(maxsize=None)
def overview_pen(relation: Relation) -> QPen:
    """A relation's line seen from far: one opaque pixel (no blending cost)."""
    pen = QPen(QColor(RELATION_STYLES[relation].colour), 1.0)
    pen.setCosmetic(True)
    return pen


def over(colour: QColor, background: QColor) -> QColor:
    """``colour`` painted over an opaque ``background``, as one opaque colour.

    >>> over(QColor(255, 0, 0, 0), QColor(0, 0, 255)).name()
    '#0000ff'
    """
    a = colour.alphaF()
    if a >= 1.0:
        return QColor(colour)
    return QColor.fromRgbF(colour.redF() * a + background.redF() * (1 - a),
                           colour.greenF() * a + background.greenF() * (1 - a),
                           colour.blueF() * a + background.blueF() * (1 - a))


def halo_pens(edge: EdgeItem, exporting: bool, theme, see_through: bool = False) -> list[QPen]:
    """Wide pens drawn under a link: its worst finding's colour, then selection or hover.

    On screen and in pictures on the map's background the see-through colours come premixed
    with the background: a wide translucent stroke costs Qt some 15 times an opaque one, and
    under the lines the two look the same. A picture with a transparent background
    (``see_through``) keeps them translucent."""
    width = RELATION_STYLES[edge.edge.relation].width
    pens = []
    severity = edge.severity
    if severity:
        halo = severity_colour(severity)
        halo.setAlpha(110)
        if not (exporting and see_through):
            halo = over(halo, theme.background)
        pens.append(QPen(halo, width + 6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    if not exporting and (edge.isSelected() or edge.hovered):
        colour = over(theme.selection if edge.isSelected() else theme.hover, theme.background)
        pens.append(QPen(colour, width + 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    return pens


def pieces(edge: EdgeItem, rect: QRectF) -> list[QLineF]:
    """The parts of a link's line inside ``rect``."""
    out = []
    pts = edge.polyline()
    for (ax, ay), (bx, by) in zip(pts, pts[1:]):
        clipped = clip_segment(ax, ay, bx, by, rect)
        if clipped is not None:
            t0, t1 = clipped
            dx, dy = bx - ax, by - ay
            out.append(QLineF(ax + dx * t0, ay + dy * t0, ax + dx * t1, ay + dy * t1))
    return out


def paint_lines(painter: QPainter, relation, lines: list[QLineF], box=None, exporting: bool = False) -> None:
    """Lines of one relation in one call; ``box`` (left, top, right, bottom) is what the
    paint can touch: dashed lines are cut to it first (Qt lays dashes out along the
    whole line, even far outside the clip).

    In a picture (``exporting`` into an image), dashes one to ``CRISP_DASH_PIXELS`` wide
    are drawn without antialiasing: softening each of a big map's million dashes was a
    third of its PNG's time, and at two pixels wide the eye cannot tell them apart."""
    pen = _line_pen(Relation(relation))
    painter.setPen(pen)
    dashed = pen.style() != Qt.PenStyle.SolidLine
    if box is not None and dashed:
        period = sum(pen.dashPattern()) * max(1.0, pen.widthF())
        lines = clip_dashed(lines, *box, period)
    crisp = exporting and dashed and _thin_in_image(painter, pen)
    if crisp:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.drawLines(lines)
    if crisp:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)


def _thin_in_image(painter: QPainter, pen: QPen) -> bool:
    """Whether ``pen`` draws one to ``CRISP_DASH_PIXELS`` pixels wide into a raster image
    (thinner, in a picture made smaller such as a slide, antialiasing keeps it from breaking up)."""
    if not isinstance(painter.device(), QImage) or not painter.testRenderHint(QPainter.RenderHint.Antialiasing):
        return False
    t = painter.worldTransform()
    width = pen.widthF() * max(math.hypot(t.m11(), t.m12()), math.hypot(t.m21(), t.m22()))
    return 1.0 <= width < CRISP_DASH_PIXELS


def paint_arrows(painter: QPainter, relation, path: QPainterPath) -> None:
    """Arrowheads of one relation (built with ``EdgeItem.add_arrow_to``) in one call."""
    style = RELATION_STYLES[Relation(relation)]
    colour = QColor(style.colour)
    if style.open_arrow:
        painter.setPen(QPen(colour, style.width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
    else:
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(colour)
    painter.drawPath(path)


def paint_halos(painter: QPainter, edge: EdgeItem, lines: list[QLineF], exporting: bool, theme,
                see_through: bool = False) -> None:
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for pen in halo_pens(edge, exporting, theme, see_through):
        painter.setPen(pen)
        painter.drawLines(lines)


def paint_edge(painter: QPainter, edge: EdgeItem, rect: QRectF, lod: float, exporting: bool, theme) -> None:
    """One link by itself (halo, line, arrowhead, label), clipped to ``rect``."""
    lines = pieces(edge, rect)
    painter.setOpacity(DIMMED if edge.dimmed else 1.0)
    paint_halos(painter, edge, lines, exporting, theme)
    paint_lines(painter, edge.edge.relation, lines)
    if lod >= LOD_ARROW:
        arrow = QPainterPath()
        edge.add_arrow_to(arrow)
        paint_arrows(painter, edge.edge.relation, arrow)
    if lod >= LOD_LABEL:
        edge.paint_label(painter, theme)
    painter.setOpacity(1.0)
