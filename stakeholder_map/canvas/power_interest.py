"""The power/interest grid (Mendelow): the map's stakeholders placed by how much power they
have (up) and how much they care (right), in four regions: manage closely, keep satisfied,
keep informed, monitor. Stakeholders whose power or interest is not set wait in a tray on
the left.

Like the map canvas it reads the map and never writes it: dropping a stakeholder in another
cell emits ``stanceRequested(node_id, power, interest)``; the window turns that into one
undo step. Selection is plain Qt selection; the window mirrors it with the map's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsView

from stakeholder_map.canvas import text
from stakeholder_map.canvas.attitude import paint_attitude_marker
from stakeholder_map.canvas.badges import shown_name
from stakeholder_map.canvas.style import kind_colour
from stakeholder_map.canvas.theme import Theme
from stakeholder_map.model import Change, Level, Map, Node
from stakeholder_map.texts import QT_TRANSLATE_NOOP

CELL_W, CELL_H = 260.0, 170.0
TRAY_W = 200.0
GAP = 40.0
LEVELS = (Level.LOW, Level.MEDIUM, Level.HIGH)
DOT = 13.0
SLOT_W, SLOT_H = 124.0, 56.0
COMPACT = 34.0  # a crowded cell shows dots only (names in their tooltips)
LABEL_ROOM = 26.0  # the region's words at the top or bottom of a cell

# (power, interest) corner -> what to do with the stakeholders there (English; shown translated)
REGIONS = {
    (Level.HIGH, Level.HIGH): (QT_TRANSLATE_NOOP("PowerInterest", "Manage closely"), "#FDE7E7"),
    (Level.HIGH, Level.LOW): (QT_TRANSLATE_NOOP("PowerInterest", "Keep satisfied"), "#FFF3DC"),
    (Level.LOW, Level.HIGH): (QT_TRANSLATE_NOOP("PowerInterest", "Keep informed"), "#E3F1FB"),
    (Level.LOW, Level.LOW): (QT_TRANSLATE_NOOP("PowerInterest", "Monitor"), "#EEF0F3"),
}


def region_of(power: Level | None, interest: Level | None) -> str | None:
    """The region's words for a cell, in the user's language; medium counts with the nearer
    side it leans to (none).

    >>> region_of(Level.HIGH, Level.MEDIUM), region_of(Level.LOW, Level.LOW), region_of(None, Level.LOW)
    ('Manage closely', 'Monitor', None)
    """
    if power is None or interest is None:
        return None
    p = "high" if power is not Level.LOW else "low"
    i = "high" if interest is not Level.LOW else "low"
    return QCoreApplication.translate("PowerInterest", REGIONS[(Level(p), Level(i))][0])


def cell_rect(power: Level, interest: Level) -> QRectF:
    """The cell of a (power, interest) pair in scene coordinates: interest grows to the right,
    power upwards."""
    col = LEVELS.index(interest)
    row = 2 - LEVELS.index(power)
    return QRectF(col * CELL_W, row * CELL_H, CELL_W, CELL_H)


def grid_rect() -> QRectF:
    return QRectF(0, 0, 3 * CELL_W, 3 * CELL_H)


def tray_rect() -> QRectF:
    return QRectF(-GAP - TRAY_W, 0, TRAY_W, 3 * CELL_H)


def cell_at(pos: QPointF) -> tuple[Level, Level] | None:
    """(power, interest) under a scene point, or None outside the grid."""
    if not grid_rect().contains(pos):
        return None
    col = min(2, int(pos.x() // CELL_W))
    row = min(2, int(pos.y() // CELL_H))
    return LEVELS[2 - row], LEVELS[col]


class StakeholderDot(QGraphicsItem):
    """One stakeholder on the grid: a dot in its kind's colour, its name, its attitude."""

    def __init__(self, node: Node, grid: PowerInterestScene, named: bool = True) -> None:
        super().__init__()
        self.node = node
        self._grid = grid
        name = shown_name(node)
        self._lines = text.wrap(name, "name", SLOT_W - 6, 2) if named else []
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setToolTip(QCoreApplication.translate("PowerInterest", "{name} ({kind})").format(
            name=node.name, kind=node.kind.label))
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    @property
    def node_id(self) -> str:
        return self.node.id

    def boundingRect(self) -> QRectF:
        return QRectF(-SLOT_W / 2, -DOT - 3, SLOT_W, SLOT_H)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        theme = self._grid.theme
        colour = QColor(self.node.colour) if self.node.colour else kind_colour(self.node.kind)
        if self.isSelected():
            painter.setPen(QPen(theme.selection, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), DOT + 4, DOT + 4)
        painter.setPen(QPen(colour.darker(118), 1.0))
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(0, 0), DOT, DOT)
        if self.node.attitude is not None:
            paint_attitude_marker(painter, QPointF(DOT * 0.8, DOT * 0.8), self.node.attitude, 6.5)
        painter.setFont(text.font("name"))
        painter.setPen(theme.text)
        lh = text.line_height("name")
        y = DOT + 2
        for line in self._lines:
            painter.drawText(QRectF(-SLOT_W / 2, y, SLOT_W, lh), Qt.AlignmentFlag.AlignHCenter, line)
            y += lh

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._grid.dropped(self)


class PowerInterestScene(QGraphicsScene):
    """The grid of one map; rebuilt when the map's stakeholders or their stance change."""

    stanceRequested = Signal(str, object, object)  # node id, power, interest

    def __init__(self, map_: Map, parent=None) -> None:
        super().__init__(parent)
        self.theme = Theme.light()
        self.map: Map | None = None
        self._dots: dict[str, StakeholderDot] = {}
        self._stale = True
        self.live = False  # rebuilt soon only while shown; otherwise when shown next
        # Rebuilding waits for the event loop: a drop's own item must outlive its mouse event.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.refresh)
        rect = grid_rect().united(tray_rect()).adjusted(-GAP, -GAP - 30, GAP, GAP + 30)
        self.setSceneRect(rect)
        self.set_map(map_)

    def set_map(self, map_: Map) -> None:
        """Show another map; while the grid is hidden its dots are made when next asked for
        (opening a 20,000-node map made 15,000 dots nobody saw)."""
        if self.map is not None:
            self.map.changed.unsubscribe(self._on_changed)
        self.map = map_
        map_.changed.subscribe(self._on_changed)
        self._stale = True
        if self.live:
            self.refresh()
        else:
            self.clear()  # the old map's dots
            self._dots.clear()

    def detach(self) -> None:
        if self.map is not None:
            self.map.changed.unsubscribe(self._on_changed)

    def _on_changed(self, change: Change) -> None:
        if change.only_moves:
            return
        self._stale = True
        if self.live:
            self._soon.start()

    def dot(self, node_id: str) -> StakeholderDot | None:
        self.refresh()
        return self._dots.get(node_id)

    def dots(self) -> list[StakeholderDot]:
        self.refresh()
        return list(self._dots.values())

    def refresh(self) -> None:
        """Place every stakeholder again (after a change, or when the grid is shown)."""
        if not self._stale or self.map is None:
            return
        self._stale = False
        selected = set(self.selected_node_ids())
        self.blockSignals(True)
        try:
            for item in self._dots.values():
                self.removeItem(item)
            self._dots.clear()
            cells: dict[tuple, list[Node]] = {}
            for node in self.map.nodes.values():
                if node.kind.is_actor:
                    key = (node.power, node.interest) if node.power and node.interest else None
                    cells.setdefault(key, []).append(node)
            for key, nodes in cells.items():
                nodes.sort(key=lambda n: (n.name.casefold(), n.id))
                for node, pos, named in self._slots(key, nodes):
                    item = StakeholderDot(node, self, named)
                    item.setPos(pos)
                    item.setSelected(node.id in selected)
                    self.addItem(item)
                    self._dots[node.id] = item
        finally:
            self.blockSignals(False)
        self.update()

    @staticmethod
    def _slots(key, nodes: list[Node]):
        """Where each node of a cell (or of the tray, ``key`` None) goes, and whether its name
        fits: names while they fit, dots only when the cell is crowded, always inside it."""
        area = tray_rect() if key is None else cell_rect(*key)
        room = area.adjusted(4, LABEL_ROOM, -4, -4)
        if key is not None and key[0] is not Level.HIGH:  # low and medium rows: words at the bottom
            room = area.adjusted(4, 6, -4, -LABEL_ROOM)
        for slot_w, slot_h, named in ((SLOT_W, SLOT_H, True), (COMPACT, COMPACT, False)):
            per_row = max(1, int(room.width() // slot_w))
            rows = -(-len(nodes) // per_row)
            if rows * slot_h <= room.height() or not named:
                break
        step_h = min(slot_h, (room.height() - DOT) / max(1, rows - 1)) if rows > 1 else slot_h
        left = room.left() + (room.width() - per_row * slot_w) / 2 + slot_w / 2
        for i, node in enumerate(nodes):
            row, col = divmod(i, per_row)
            yield node, QPointF(left + col * slot_w, room.top() + DOT + 3 + row * step_h), named

    def selected_node_ids(self) -> list[str]:
        return [i.node_id for i in self.selectedItems() if isinstance(i, StakeholderDot)]

    def select_ids(self, node_ids) -> None:
        """Select exactly these stakeholders, without announcing it (the window mirrors)."""
        wanted = set(node_ids)
        self.blockSignals(True)
        try:
            for node_id, item in self._dots.items():
                item.setSelected(node_id in wanted)
        finally:
            self.blockSignals(False)

    def dropped(self, item: StakeholderDot) -> None:
        cell = cell_at(item.pos())
        node = item.node
        if cell is not None and cell != (node.power, node.interest):
            self.stanceRequested.emit(node.id, cell[0], cell[1])
        # the map's change rebuilds the grid; a drop that changes nothing puts it back
        self._stale = True
        self._soon.start()

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt's name
        painter.fillRect(rect, self.theme.background)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for power in LEVELS:
            for interest in LEVELS:
                cell = cell_rect(power, interest)
                region = REGIONS.get((power, interest))
                fill = QColor(region[1]) if region else QColor("#FFFFFF")
                if self.theme.is_dark:
                    fill = fill.darker(330)
                painter.fillRect(cell, fill)
                painter.setPen(QPen(self.theme.legend_border, 1.0))
                painter.drawRect(cell)
                if region:
                    painter.setPen(self.theme.muted_text)
                    painter.setFont(text.font("legend_title"))
                    align = (Qt.AlignmentFlag.AlignTop if power is Level.HIGH else Qt.AlignmentFlag.AlignBottom) | \
                        (Qt.AlignmentFlag.AlignRight if interest is Level.HIGH else Qt.AlignmentFlag.AlignLeft)
                    painter.drawText(cell.adjusted(8, 6, -8, -6), align,
                                     QCoreApplication.translate("PowerInterest", region[0]))
        painter.setPen(self.theme.text)
        painter.setFont(text.font("legend_title"))
        grid = grid_rect()
        painter.drawText(QRectF(grid.left(), grid.bottom() + 6, grid.width(), 22), Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate("PowerInterest", "Interest: low → high"))
        painter.save()
        painter.translate(grid.left() - 10, grid.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-grid.height() / 2, -22, grid.height(), 22), Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate("PowerInterest", "Power: low → high"))
        painter.restore()
        tray = tray_rect()
        painter.setPen(QPen(self.theme.legend_border, 1.0, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(tray, 8, 8)
        painter.setPen(self.theme.muted_text)
        painter.setFont(text.font("legend"))
        painter.drawText(tray.adjusted(8, 4, -8, 0), Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter
                         | Qt.TextFlag.TextWordWrap,
                         QCoreApplication.translate("PowerInterest", "Not placed yet: drag onto the grid"))


class PowerInterestView(QGraphicsView):
    """Shows the grid, fitted to the window."""

    def __init__(self, scene: PowerInterestScene, parent=None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("powerInterestView")
        self.setAccessibleName(QCoreApplication.translate("PowerInterest", "Power and interest grid"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        scene = self.scene()
        scene.live = True
        scene.refresh()
        super().showEvent(event)
        self.fit()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.scene().live = False
        super().hideEvent(event)
