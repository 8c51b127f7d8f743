"""Sticky notes on the canvas: free text that is not a stakeholder (the analysis never sees it).

``StickyNotes`` keeps one ``StickyNoteItem`` per note of the map and follows changes of the
map's notes. An item never writes the map: a drag ends in ``scene.noteMoved`` and a double
click in ``scene.noteEditRequested``; the window turns them into undo steps.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from stakeholder_map.canvas import text
from stakeholder_map.model import Map, StickyNote

NOTE_W = 180.0
NOTE_PAD = 8.0
NOTE_LINES = 8
NOTE_PAPER = "#FFF1A8"
NOTE_EDGE = "#E0C64A"


class StickyNoteItem(QGraphicsItem):
    """One note: a yellow square of paper with its text, centred on the note's position."""

    def __init__(self, note: StickyNote) -> None:
        super().__init__()
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
                      | QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setZValue(-0.5)  # under the nodes and links it comments on
        self.note = note
        self._lines: list[str] = []
        self._rect = QRectF()
        self.set_note(note)

    @property
    def note_id(self) -> str:
        return self.note.id

    def set_note(self, note: StickyNote) -> None:
        self.prepareGeometryChange()
        self.note = note
        words = note.text.strip() or QCoreApplication.translate("StickyNotes", "Double-click to write")
        lines: list[str] = []
        for paragraph in words.splitlines() or [""]:
            lines.extend(text.wrap(paragraph, "name", NOTE_W - 2 * NOTE_PAD, NOTE_LINES) or [""])
        self._lines = lines[:NOTE_LINES]
        height = max(60.0, len(self._lines) * text.line_height("name") + 2 * NOTE_PAD)
        self._rect = QRectF(-NOTE_W / 2, -height / 2, NOTE_W, height)
        self.setPos(QPointF(note.x, note.y))
        self.setToolTip(note.text)
        self.update()

    def lines(self) -> list[str]:
        """The text as drawn, line by line."""
        return list(self._lines)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -4, 4, 6)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene = self.scene()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 30))
        painter.drawRect(self._rect.translated(0, 3))
        painter.setPen(QPen(QColor(NOTE_EDGE), 1.0))
        painter.setBrush(QColor(NOTE_PAPER))
        painter.drawRect(self._rect)
        if self.isSelected() and scene is not None and not scene.exporting:
            painter.setPen(QPen(scene.theme.selection, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rect.adjusted(-3, -3, 3, 3))
        painter.setFont(text.font("name"))
        painter.setPen(QColor("#3D3510") if self.note.text.strip() else QColor("#8C7F3A"))
        lh = text.line_height("name")
        y = self._rect.top() + NOTE_PAD
        for line in self._lines:
            painter.drawText(QRectF(self._rect.left() + NOTE_PAD, y, NOTE_W - 2 * NOTE_PAD, lh),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += lh

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        scene = self.scene()
        if event.button() == Qt.MouseButton.LeftButton and scene is not None:
            if (self.pos().x(), self.pos().y()) != (self.note.x, self.note.y):
                scene.noteMoved.emit(self.note.id, self.pos().x(), self.pos().y())

    def mouseDoubleClickEvent(self, event) -> None:
        scene = self.scene()
        if event.button() == Qt.MouseButton.LeftButton and scene is not None:
            scene.noteEditRequested.emit(self.note.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


class StickyNotes:
    """The scene's note items, kept equal to the map's notes."""

    def __init__(self, scene) -> None:
        self.scene = scene
        self._items: dict[str, StickyNoteItem] = {}

    def forget(self) -> None:
        """The scene was cleared: its items are gone."""
        self._items.clear()

    def sync(self, map_: Map) -> None:
        wanted = {n.id: n for n in map_.sticky_notes}
        for note_id in [i for i in self._items if i not in wanted]:
            self.scene.removeItem(self._items.pop(note_id))
        for note_id, note in wanted.items():
            item = self._items.get(note_id)
            if item is None:
                item = self._items[note_id] = StickyNoteItem(note)
                self.scene.addItem(item)
            elif item.note != note or (item.pos().x(), item.pos().y()) != (note.x, note.y):
                item.set_note(note)

    def item(self, note_id: str) -> StickyNoteItem | None:
        return self._items.get(note_id)

    def items(self) -> list[StickyNoteItem]:
        return list(self._items.values())

    def selected_ids(self) -> list[str]:
        return [i for i, item in self._items.items() if item.isSelected()]
