"""A node on the canvas: its kind's shape, colour and glyph, its name, role badges and finding marks.

The item reflects a ``Node`` value and never changes the map: a drag only moves the item
(its edges follow); the scene turns the final positions into ``moveRequested``.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from stakeholder_map.canvas import text
from stakeholder_map.canvas.badges import (
    Badge,
    headcount_text,
    layout_badges,
    paint_badges,
    severity_colour,
    shown_name,
    worst_severity,
)
from stakeholder_map.canvas import box_paint
from stakeholder_map.canvas import node_decor as decor
from stakeholder_map.canvas.attitude import marker_centre, paint_attitude_marker
from stakeholder_map.canvas.box_paint import BoxShape
from stakeholder_map.canvas.glyphs import draw_glyph
from stakeholder_map.canvas.tips import node_tooltip
from stakeholder_map.canvas.style import (
    COMPANY_BAND, NAME_INSIDE, NAME_WIDTH_BELOW, boundary_distance, kind_colour, node_outline,
    node_rect,
)
from stakeholder_map.model import Kind, Node
from stakeholder_map.texts import language

if TYPE_CHECKING:
    from stakeholder_map.canvas.edge_item import EdgeItem

# Zoom levels (scene-to-device scale) below which details are too small to read.
LOD_GLYPH = 0.3
LOD_NAME = 0.42
LOD_BADGES = 0.55

HANDLE_RADIUS = 5.5
TAG_DOTS = 6  # at most this many tag colours on one node
_HANDLE_GAP = 11.0
_MARGIN = 12.0  # room around the shape for the finding ring, severity dot and edge handle


# No itemChange override, and no ItemSendsGeometryChanges: Qt would call into Python six
# times for each node it builds (flags, scene, polish), 0.2 s on 20,000 nodes. The moves
# go through ``setPos`` below (a drag is moved by MoveSelection), the raise of a selected
# node through ``restack`` (the scene calls it when the selection changes).
_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
_BADGE_LAYOUTS: dict[tuple, tuple[list[Badge], QRectF | None]] = {}


def _badges(roles: tuple, top: float, facts: tuple[str, ...]) -> tuple[list[Badge], QRectF | None]:
    """The badges' layout and the area they cover, shared by the nodes that show the same
    ones (laying them out for each of 15,000 nodes was most of the time the first analysis
    took to show)."""
    key = (roles, top, facts, language())
    found = _BADGE_LAYOUTS.get(key)
    if found is None:
        if len(_BADGE_LAYOUTS) > 2000:
            _BADGE_LAYOUTS.clear()
        badges = layout_badges(roles, top, 210.0, facts)
        area = None
        for badge in badges:
            rect = badge.rect.adjusted(-1, -1, 1, 1)
            area = rect if area is None else area.united(rect)
        found = _BADGE_LAYOUTS[key] = (badges, area)
    return found


@lru_cache(maxsize=None)
def _outline(kind: Kind, grow: float = 0.0) -> QPainterPath:
    return node_outline(kind, grow)


@lru_cache(maxsize=None)
def _kind_layout(kind: Kind) -> tuple[QRectF, QRectF, QRectF | None, QPointF]:
    """What a kind's layout does not take from the node: the shape, its bounds with the room
    around it, the name's area inside it (None: the name goes below) and the glyph's centre.
    Shared by the nodes of a kind, so never changed in place."""
    shape = node_rect(kind)
    bounds = _with_room(shape)
    if kind not in NAME_INSIDE:
        return shape, bounds, None, _ORIGIN
    top = shape.top() + (COMPANY_BAND if kind is Kind.COMPANY else 0.0)
    area = QRectF(shape.left() + 40, top, shape.width() - 40 - 10, shape.bottom() - top)
    return shape, bounds, area, QPointF(shape.left() + 22, (top + shape.bottom()) / 2)


def _with_room(shape: QRectF) -> QRectF:
    """A shape's bounds with the room around it for the finding ring, severity dot and handle."""
    return shape.adjusted(-_MARGIN, -_MARGIN, _MARGIN + _HANDLE_GAP + HANDLE_RADIUS, _MARGIN)


_ORIGIN = QPointF(0, 0)
_NO_RECT = QRectF()


@lru_cache(maxsize=None)
def _company_band(kind: Kind) -> QPainterPath:
    rect = node_rect(kind)
    band = QPainterPath()
    band.addRect(QRectF(rect.left(), rect.top(), rect.width(), COMPANY_BAND))
    return _outline(kind).intersected(band)


class NodeItem(QGraphicsItem):
    """One node. ``edges`` lists the edge items that end at it (kept by the scene).

    State starts as the class's defaults, shared until a node differs (each attribute set on
    a Qt object costs about half a microsecond, and a big map makes 20,000 nodes)."""

    roles: tuple = ()
    findings: list = []  # replaced by set_marks, never changed in place
    _severity: str | None = None
    _hover = False
    _toggled = False
    box: BoxShape | None = None  # a company drawn as a box (the scene's Boxes set it)
    stand_in: NodeItem | None = None  # the folded box this node is hidden in: links end there
    drop_target = False  # a dragged node would drop into this box
    moving_box = False  # this box is dragged: drawn faded until dropped
    outline = None  # while a big box is dragged: the BoxOutline that moves instead

    def __init__(self, node: Node, pos: QPointF, roles: tuple = (), findings: list = ()) -> None:
        super().__init__()
        self.node = node
        if roles or findings:  # the analysis is known: the badges are laid out once
            self._take_marks(roles, findings)
        self.edges: list[EdgeItem] = []
        QGraphicsItem.setPos(self, pos)  # no links to tell yet
        #: the position as numbers, kept by ``setPos`` (edges read it: cheaper than ``pos()``)
        self.centre = (pos.x(), pos.y())
        self.setAcceptHoverEvents(True)
        self.setFlags(_FLAGS)
        # Repaints during a drag or a repaint of the view blit the node instead of drawing
        # its shape, text and badges again (export paints without caches).
        self.setCacheMode(_CACHE)
        self._relayout(notify=False)  # not in a scene yet: nothing to tell

    # -- state the scene pushes in ---------------------------------------------------------
    @property
    def node_id(self) -> str:
        return self.node.id

    def set_node(self, node: Node) -> None:
        kind_changed = node.kind is not self.node.kind
        self.node = node
        self._relayout()
        if kind_changed:
            for edge in self.edges:
                edge.update_geometry()

    def set_marks(self, roles: tuple, findings: list) -> None:
        looked = self._severity
        changed = self._take_marks(roles, findings)
        if changed == "roles":
            self._layout_badges()
        elif changed and self._severity != looked:
            self.update()

    def _take_marks(self, roles: tuple, findings: list) -> str | None:
        """Keep these roles (an actor's only) and findings; which changed: "roles", "findings"
        or None."""
        roles = tuple(roles) if self.node.kind.is_actor else ()
        findings = list(findings)
        if roles == self.roles and findings == self.findings:
            return None
        self.findings = findings  # the tooltip reads them; the drawing only their severity
        self._severity = worst_severity(findings)
        if roles != self.roles:
            self.roles = roles
            return "roles"
        return "findings"

    def refresh_tooltip(self) -> None:
        """Show the current marks in the tooltip if it may be showing (under the mouse)."""
        if self._hover:  # hover state, not isUnderMouse(): that asks shape() of every item
            self.setToolTip(self.tooltip_text())

    def tooltip_text(self) -> str:
        """Kind, name, roles (with their meaning) and findings, as rich text."""
        return node_tooltip(self.node, self.roles, self.findings)

    @property
    def severity(self) -> str | None:
        """The worst severity of its findings (None without any)."""
        return self._severity

    # -- layout ----------------------------------------------------------------------------
    def set_box(self, box: BoxShape | None) -> None:
        """Draw this company as ``box`` (None: as a node again)."""
        if box == self.box:
            return
        self.box = box
        self._relayout()
        self.restack()

    def restack(self) -> None:
        """Take the depth for its look and selection: a selected node is raised over its
        neighbours; a box keeps its depth (raised, it would cover its own members), under
        the links (at -1), nested boxes above the boxes around them."""
        if self.box is not None:
            self.setZValue(-3.0 + 0.01 * self.box.depth)
        else:
            self.setZValue(1.0 if self.isSelected() else 0.0)

    def setPos(self, *pos) -> None:
        """Move the node (as Qt's ``setPos``) and take its links along. Every move of a node
        comes through here: a drag too (see MoveSelection), Qt never moves one itself."""
        QGraphicsItem.setPos(self, *pos)
        point = self.pos()
        self.centre = (point.x(), point.y())
        for edge in self.edges:
            if not edge.suppressed:  # a box's member-of links are not drawn (Boxes redraws them when shown)
                edge.update_geometry()
        scene = self.scene()
        if scene is not None:
            scene.overview.touch_node(self)

    def footprint(self) -> QRectF:
        """The shape and the name (item coordinates): what a box around it must hold."""
        if self.box is not None:
            return QRectF(self.box.rect)
        return self._shape_rect.united(self._label_rect) if not self._label_rect.isNull() else QRectF(self._shape_rect)

    def reach(self, dx: float, dy: float) -> float:
        """How far from the position the outline lies in direction (dx, dy): links end there."""
        if self.box is not None:
            return box_paint.reach(self.box.rect, dx, dy)
        return boundary_distance(self.node.kind, dx, dy)

    def toggle_hit(self, scene_pos: QPointF) -> bool:
        """Is ``scene_pos`` on a box's fold triangle?"""
        return self.box is not None and box_paint.toggle_rect(self.box.rect).adjusted(-4, -4, 4, 4).contains(
            self.mapFromScene(scene_pos))

    def _relayout(self, notify: bool = True) -> None:
        """Lay out the name, then the badges (after a change of the node)."""
        kind = self.node.kind
        if self.box is not None:
            self._relayout_box(notify)
            return
        shape, _bounds, inside, self._glyph_centre = _kind_layout(kind)
        self._shape_rect = shape
        name = shown_name(self.node)
        self._unnamed = not self.node.name.strip()
        if inside is not None:
            self._lines = text.wrap(name, "inside", inside.width(), 2)
            self._text_rect = inside
            self._label_rect = _NO_RECT
            self._below = shape.bottom()
        else:
            self._lines = lines = text.wrap(name, "name", NAME_WIDTH_BELOW, 2)
            widest = max((text.text_width(line, "name") for line in lines), default=0.0)
            w, h = widest + 10, text.line_height("name") * len(lines) + 4
            self._label_rect = self._text_rect = label = QRectF(-w / 2, shape.bottom() + 5, w, h)
            self._below = label.bottom() if lines else shape.bottom()
        self._layout_badges(notify)

    def _layout_badges(self, notify: bool = True) -> None:
        """Lay out the role badges under the name (after new roles: the name stays), or under
        the company box."""
        if self.box is not None:
            self._relayout_box(notify)
            return
        if notify:
            self.prepareGeometryChange()
        area = self._take_badges(self._below + 5)
        bounds = _kind_layout(self.node.kind)[1]
        if not self._label_rect.isNull():
            bounds = bounds.united(self._label_rect)
        if area is not None:
            bounds = bounds.united(area)
        self._set_bounds(bounds)
        if notify:
            self.update()

    def _relayout_box(self, notify: bool = True) -> None:
        if notify:
            self.prepareGeometryChange()
        rect = self.box.rect
        self._shape_rect = rect
        self._unnamed = not self.node.name.strip()
        self._lines = [shown_name(self.node)]
        self._text_rect = box_paint.header_rect(rect).adjusted(8 + box_paint.TOGGLE + 6, 0, -8, 0)
        self._glyph_centre = _ORIGIN
        self._label_rect = _NO_RECT
        area = self._take_badges(rect.bottom() + 5)
        bounds = _with_room(rect)
        self._set_bounds(bounds if area is None else bounds.united(area))
        self.update()

    def _take_badges(self, top: float) -> QRectF | None:
        """Lay out the headcount and role badges from ``top`` down; the area they cover."""
        facts = (headcount_text(self.node.headcount),)
        badges, area = _badges(self.roles, top, facts) if self.roles or any(facts) else ([], None)
        self._badges: list[Badge] = badges
        return area

    def _set_bounds(self, bounds: QRectF) -> None:
        self._bounds = bounds
        #: the bounds' (left, top, right, bottom): the map's extent adds them to the position
        self.bounds_box = (bounds.left(), bounds.top(), bounds.right(), bounds.bottom())

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        if self.box is not None:
            path = QPainterPath()
            path.addRect(self.box.rect)
            return path
        path = QPainterPath(_outline(self.node.kind))
        if not self._label_rect.isNull():
            path.addRect(self._label_rect)
        if self._handle_visible():  # keep the hover alive on the way to the handle
            c = self.handle_centre()
            reach = HANDLE_RADIUS + 4
            path.addRect(QRectF(self._shape_rect.right() - 2, -reach, c.x() + reach - self._shape_rect.right() + 2, 2 * reach))
        return path

    def label_rect(self) -> QRectF:
        """Where the name is drawn (item coordinates); the rename editor goes there."""
        return QRectF(self._text_rect)

    def badge_labels(self) -> list[str]:
        """The role badges' words, in order."""
        return [b.label for b in self._badges if not b.fact]

    def fact_labels(self) -> list[str]:
        """The grey pills before the roles: "400 people"."""
        return [b.label for b in self._badges if b.fact]

    # -- the edge handle (select tool) ------------------------------------------------------
    def handle_centre(self) -> QPointF:
        if self.box is not None:  # beside the header, where the name is
            return QPointF(self._shape_rect.right() + _HANDLE_GAP, self._shape_rect.top() + box_paint.HEADER / 2)
        return QPointF(self._shape_rect.right() + _HANDLE_GAP, 0.0)

    def handle_hit(self, scene_pos: QPointF) -> bool:
        if not self._hover:
            return False
        d = self.mapFromScene(scene_pos) - self.handle_centre()
        return math.hypot(d.x(), d.y()) <= HANDLE_RADIUS + 4

    def _handle_visible(self) -> bool:
        scene = self.scene()
        return self._hover and scene is not None and scene.gestures.handles_enabled()

    # -- painting --------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        scene = self.scene()
        exporting = scene.exporting
        lod = 1.0 if exporting else option.levelOfDetailFromTransform(painter.worldTransform())
        theme = scene.theme
        kind = self.node.kind
        colour = QColor(self.node.colour) if self.node.colour else kind_colour(kind)
        if self.box is not None:
            self._paint_as_box(painter, colour, lod, exporting, theme, scene)
            return
        if lod < 0.12:  # a few pixels: a coloured block is all the eye can see
            painter.fillRect(self._shape_rect, colour)
            return
        severity = self.severity
        marked = not exporting and (self.isSelected() or self._hover)
        stamps = scene.stamps if exporting else None
        if stamps is None or not stamps.draw(
                painter, (kind, colour.rgba(), severity, theme.is_dark, theme.company_body.rgba(),
                          self._glyph_centre.x(), self._glyph_centre.y()),
                _outline(kind, 7.0).boundingRect().adjusted(-2.0, -2.0, 2.0, 4.0),
                lambda p: self._paint_body(p, colour, severity, theme, lod, marked)):
            self._paint_body(painter, colour, severity, theme, lod, marked)
        ink = theme.text if kind is Kind.COMPANY else QColor("white")
        if lod >= LOD_NAME and self._lines:
            decor.paint_name(painter, self._lines, self._text_rect, self._label_rect,
                             inside=self.node.kind in NAME_INSIDE, unnamed=self._unnamed, ink=ink, theme=theme)
        self._paint_marks(painter, severity, lod, exporting, theme, scene)

    def _paint_marks(self, painter: QPainter, severity: str | None, lod: float, exporting: bool, theme,
                     scene) -> None:
        """Badges, the finding dot, the notes sheet, tag colours, attitude and the link handle."""
        if lod >= LOD_BADGES and self._badges:
            paint_badges(painter, self._badges, theme)
        if lod < LOD_GLYPH:
            return
        shape = self._shape_rect
        if severity:
            decor.paint_severity_dot(painter, self._severity_centre(), severity)
        if self.node.notes:
            decor.paint_notes_mark(painter, self.notes_mark_rect(), theme)
        if self.node.tags:
            colours = scene.map.tag_colours if scene.map is not None else {}
            shown = [colours[t] for t in dict.fromkeys(self.node.tags) if t in colours]
            decor.paint_tag_dots(painter, self.tag_dot_centres(len(shown)), shown)
        if self.node.attitude is not None:
            paint_attitude_marker(painter, marker_centre(shape), self.node.attitude)
        if not exporting and self._handle_visible():
            decor.paint_link_handle(painter, self.handle_centre(), HANDLE_RADIUS, theme)

    def _paint_body(self, painter: QPainter, colour: QColor, severity: str | None, theme, lod: float,
                    marked: bool) -> None:
        """The finding glow and ring, the selection or hover outline (``marked``), the shadow,
        the shape and the glyph: what looks the same on every node of one kind, colour and
        finding (a picture stamps it, see ``stamps``)."""
        kind = self.node.kind
        outline = _outline(kind)
        if severity:
            ring = severity_colour(severity)
            halo = QColor(ring)
            halo.setAlpha(60)
            painter.setBrush(halo)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPath(_outline(kind, 7.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(ring, 2.5))
            painter.drawPath(_outline(kind, 4.0))
        if marked:
            pen = QPen(theme.selection if self.isSelected() else theme.hover, 3.0 if self.isSelected() else 4)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(_outline(kind, 7.0 if self.isSelected() else 2.5))
            if self.isSelected():  # corner handles: "selected" at a glance, whatever the rings
                decor.paint_corner_handles(painter, self._shape_rect, theme)
        # a soft shadow lifts the node off the background
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 70 if theme.is_dark else 28))
        painter.drawPath(outline.translated(0, 2.0))
        if kind is Kind.COMPANY:
            painter.setBrush(theme.company_body)
            painter.setPen(QPen(colour, 1.5))
            painter.drawPath(outline)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPath(_company_band(kind))
            glyph_colour = colour.lighter(150) if theme.is_dark else colour
        else:
            painter.setBrush(colour)
            painter.setPen(QPen(colour.darker(118), 1.0))
            painter.drawPath(outline)
            glyph_colour = QColor("white")
        if lod >= LOD_GLYPH:
            draw_glyph(painter, kind, self._glyph_centre, 22.0 if kind in NAME_INSIDE else 26.0, glyph_colour)

    def _paint_as_box(self, painter: QPainter, colour: QColor, lod: float, exporting: bool, theme, scene) -> None:
        severity = self.severity
        rect = self.box.rect
        if severity:
            ring = severity_colour(severity)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(ring, 2.5))
            painter.drawPath(box_paint.frame_path(rect, 4.0))
        if not exporting and (self.isSelected() or self._hover):
            painter.setPen(QPen(theme.selection if self.isSelected() else theme.hover, 3.0 if self.isSelected() else 4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(box_paint.frame_path(rect, 7.0 if self.isSelected() else 2.5))
            if self.isSelected():
                decor.paint_corner_handles(painter, self._shape_rect, theme)
        box_paint.paint_box(painter, self.box, self._lines[0], colour, theme, lod,
                            target=self.drop_target and not exporting, moving=self.moving_box and not exporting)
        self._paint_marks(painter, severity, lod, exporting, theme, scene)

    def notes_mark_rect(self) -> QRectF:
        """The small note sheet drawn at the top-left corner of a node that has notes."""
        corner = self._shape_rect.topLeft()
        return QRectF(corner.x() - 5.0, corner.y() - 6.0, 11.0, 13.0)

    def _severity_centre(self) -> QPointF:
        """Where the finding dot sits: on the shape's upper right."""
        kind = self.node.kind
        if kind in NAME_INSIDE or self.box is not None:
            return QPointF(self._shape_rect.right() - 2, self._shape_rect.top() + 2)
        d = math.sqrt(0.5)
        r = boundary_distance(kind, d, -d)
        return QPointF(r * d, -r * d)

    def tag_dot_centres(self, count: int) -> list[QPointF]:
        """Where the colours of a node's tags go: dots along its top edge, after the note mark."""
        top = self._shape_rect.top()
        left = self._shape_rect.left() + 16.0
        return [QPointF(left + i * 11.0, top) for i in range(min(count, TAG_DOTS))]

    # -- Qt events -------------------------------------------------------------------------
    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        self.setToolTip(self.tooltip_text())  # built on demand: cheap for big maps
        self.update()
        super().hoverEnterEvent(event)

    def hoverMoveEvent(self, event) -> None:
        over = self._handle_visible() and self.handle_hit(event.scenePos())
        self.setCursor(Qt.CursorShape.CrossCursor if over else Qt.CursorShape.ArrowCursor)
        super().hoverMoveEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self.unsetCursor()
        self.update()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event) -> None:
        toggle = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
        if event.button() == Qt.MouseButton.LeftButton and event.modifiers() & toggle:
            self.setSelected(not self.isSelected())
            self._toggled = True
            event.accept()
            return
        self._toggled = False
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._toggled:  # Qt's release would select only this node
            self._toggled = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        scene = self.scene()
        if event.button() == Qt.MouseButton.LeftButton and scene is not None:
            scene.begin_rename(self.node.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
