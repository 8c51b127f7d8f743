"""Mouse and keyboard gestures on the scene, turned into intent signals.

Select tool: click, Shift/Ctrl-click toggles, rubber band (the view), drag moves every
selected node (edges follow live; ONE ``moveRequested`` on release), arrow keys nudge,
the hover handle on a node's right starts a connection (``relation`` ""), double-click
renames. Place tool: a click asks for a node there. Connect tool: drag from node to node.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem

from stakeholder_map.canvas.node_item import NodeItem
from stakeholder_map.canvas.rename import RenameEditor
from stakeholder_map.canvas.style import GRID
from stakeholder_map.canvas.tools import Tool
from stakeholder_map.model import Relation, allowed_relations, is_allowed

NUDGE = 10.0
NUDGE_BIG = 50.0
_ARROWS = {
    Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1),
}


class CanvasInteraction:
    """Mixed into ``MapScene`` (before ``QGraphicsScene``); see the module docstring."""

    def __init__(self) -> None:
        self.tool = Tool.select()
        self.snap = False
        self._press_positions: dict[str, QPointF] | None = None
        self._connect_source: NodeItem | None = None
        self._connect_relation = ""
        self._connect_line: QGraphicsPathItem | None = None
        self._editor: RenameEditor | None = None

    # -- helpers the items ask for -----------------------------------------------------------
    def snapping_now(self) -> bool:
        return self.snap and self._press_positions is not None

    def handles_enabled(self) -> bool:
        return self.tool.is_select and self._connect_source is None and self._press_positions is None

    def gesture_items(self) -> list:
        return [i for i in (self._connect_line, self._editor) if i is not None]

    def node_item_at(self, pos: QPointF, exclude: NodeItem | None = None) -> NodeItem | None:
        for item in self.items(pos):
            if isinstance(item, NodeItem) and item is not exclude:
                return item
        return None

    def _handle_under(self, pos: QPointF) -> NodeItem | None:
        if not self.handles_enabled():
            return None
        for item in self.items(pos, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, NodeItem) and item.handle_hit(pos):
                return item
        return None

    def _snapped(self, pos: QPointF) -> QPointF:
        if not self.snap:
            return pos
        return QPointF(round(pos.x() / GRID) * GRID, round(pos.y() / GRID) * GRID)

    def cancel_gestures(self) -> None:
        self._end_connect()
        if self._press_positions is not None:
            self._press_positions = None
            self.edge_layer.settle()
        if self._editor is not None:
            self._finish_rename(False)

    def node_removed_during_gesture(self, node_ids: set[str]) -> None:
        if self._editor is not None and self._editor.node_id in node_ids:
            self._finish_rename(False)
        if self._connect_source is not None and self._connect_source.node.id in node_ids:
            self._end_connect()

    # -- mouse -----------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            pos = event.scenePos()
            if self._editor is not None and not self._editor.contains(self._editor.mapFromScene(pos)):
                self._finish_rename(True)
            if self.tool.is_place:
                self.placeRequested.emit(self.tool.kind.value, self._snapped(pos))
                event.accept()
                return
            handle = self._handle_under(pos)
            if handle is not None:
                self._begin_connect(handle, "")
                event.accept()
                return
            if self.tool.is_connect:
                node = self.node_item_at(pos)
                if node is not None:
                    self._begin_connect(node, self.tool.relation.value)
                event.accept()
                return
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self.tool.is_select:
            grabber = self.mouseGrabberItem()
            if isinstance(grabber, NodeItem):
                self.edge_layer.begin_live()
                self._press_positions = {
                    i.node.id: i.pos() for i in self.selectedItems() if isinstance(i, NodeItem)
                }

    def mouseMoveEvent(self, event) -> None:
        if self._connect_source is not None:
            self._update_connect(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._connect_source is not None and event.button() == Qt.MouseButton.LeftButton:
            self._finish_connect(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and self._press_positions is not None:
            started, self._press_positions = self._press_positions, None
            self.edge_layer.settle()
            moved = {}
            for node_id, before in started.items():
                item = self.node_item(node_id)
                if item is not None and item.pos() != before:
                    moved[node_id] = (item.pos().x(), item.pos().y())
            if moved:
                self.moveRequested.emit(moved)

    # -- connecting ------------------------------------------------------------------------
    def connection_allowed(self, source: NodeItem, target: NodeItem, relation: str) -> bool:
        """May ``relation`` ("" = any) join these nodes? The table in spec section 1, no self-loops."""
        if target is source:
            return False
        if relation:
            return is_allowed(Relation(relation), source.node.kind, target.node.kind)
        return bool(allowed_relations(source.node.kind, target.node.kind))

    def _begin_connect(self, source: NodeItem, relation: str) -> None:
        self._connect_source = source
        self._connect_relation = relation
        line = QGraphicsPathItem()
        line.setZValue(50.0)
        self._connect_line = line
        self.addItem(line)
        self._update_connect(source.scenePos())

    def _update_connect(self, pos: QPointF) -> None:
        source = self._connect_source
        target = self.node_item_at(pos, exclude=source)
        ok = target is None or self.connection_allowed(source, target, self._connect_relation)
        end = target.scenePos() if (target is not None and ok) else pos
        path = QPainterPath(source.scenePos())
        path.lineTo(end)
        colour = self.theme.selection if ok else self.theme.forbidden
        self._connect_line.setPen(QPen(colour, 2.0, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap))
        self._connect_line.setPath(path)
        self._connect_target_ok = target is not None and ok
        shape = Qt.CursorShape.CrossCursor if ok else Qt.CursorShape.ForbiddenCursor
        for view in self.views():
            view.viewport().setCursor(shape)

    def _finish_connect(self, pos: QPointF) -> None:
        source, relation = self._connect_source, self._connect_relation
        target = self.node_item_at(pos, exclude=source)
        self._end_connect()
        if target is not None and self.connection_allowed(source, target, relation):
            self.connectRequested.emit(source.node.id, target.node.id, relation)

    def _end_connect(self) -> None:
        if self._connect_line is not None:
            self.removeItem(self._connect_line)
        self._connect_line = None
        if self._connect_source is not None:
            for view in self.views():
                view.viewport().setCursor(view.tool_cursor() if hasattr(view, "tool_cursor") else Qt.CursorShape.ArrowCursor)
        self._connect_source = None

    # -- keys ------------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if self._editor is None:
            if event.key() == Qt.Key.Key_Escape and self._connect_source is not None:
                self._end_connect()
                event.accept()
                return
            step = _ARROWS.get(event.key())
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if step is not None and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
                if self._nudge(step, big=bool(mods & Qt.KeyboardModifier.ShiftModifier)):
                    event.accept()
                    return
        super().keyPressEvent(event)

    def _nudge(self, step: tuple[int, int], big: bool) -> bool:
        items = [i for i in self.selectedItems() if isinstance(i, NodeItem)]
        if not items:
            return False
        size = (GRID * 5 if big else GRID) if self.snap else (NUDGE_BIG if big else NUDGE)
        moved = {}
        for item in items:
            p = item.pos() + QPointF(step[0] * size, step[1] * size)
            p = self._snapped(p)
            moved[item.node.id] = (p.x(), p.y())
        self.moveRequested.emit(moved)
        return True

    # -- renaming --------------------------------------------------------------------------
    def begin_rename(self, node_id: str) -> None:
        """Open the in-place editor on a node's name (Enter commits, Escape cancels)."""
        item = self.node_item(node_id)
        if item is None:
            return
        if self._editor is not None:
            self._finish_rename(True)
        editor = RenameEditor(item, self.theme, self._finish_rename)
        self._editor = editor
        self.addItem(editor)
        for view in self.views():
            view.ensureVisible(editor, 20, 20)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def renaming(self) -> str | None:
        """The id of the node being renamed, if any."""
        return self._editor.node_id if self._editor is not None else None

    def _finish_rename(self, commit: bool) -> None:
        editor, self._editor = self._editor, None
        if editor is None:
            return
        editor._done = True
        value = editor.text_value()
        if editor.scene() is self:
            self.removeItem(editor)
        item = self.node_item(editor.node_id)
        if commit and item is not None and value and value != item.node.name:
            self.renameRequested.emit(editor.node_id, value)
