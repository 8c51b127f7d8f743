"""Mouse and keyboard gestures on the scene, turned into intent signals.

The scene hands every mouse and key event to its ``Gestures``; a gesture under way is an
``Interaction`` object (in the manner of orange-canvas-core's ``UserInteraction``) that
gets the events until it ends: ``MoveSelection`` (``move_gesture``: drag the selected
nodes, edges follow live, ONE ``moveRequested`` on release, or ``regroupRequested`` when
they are dropped into or out of a company box) and ``Connect`` (a rubber line from a node to
another). Without one: a click with the place tool asks for a node there, arrow keys
nudge, the hover handle on a node's right, or a right-button drag from a node, starts
``Connect`` with relation "" (any),
double-click renames a node (``Renaming``) or, on the empty canvas, asks for a new node.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import QApplication, QGraphicsPathItem, QToolTip

from stakeholder_map.canvas import text
from stakeholder_map.canvas.edge_item import EdgeItem
from stakeholder_map.canvas.gesture_base import Interaction
from stakeholder_map.canvas.move_gesture import MoveSelection
from stakeholder_map.canvas.node_item import NodeItem
from stakeholder_map.canvas.sticky import StickyNoteItem
from stakeholder_map.canvas.rename import RenameEditor
from stakeholder_map.canvas.style import GRID
from stakeholder_map.canvas.tools import Tool
from stakeholder_map.model import Relation, allowed_relations, is_allowed, refusal

if TYPE_CHECKING:
    from stakeholder_map.canvas.scene import MapScene

NUDGE = 10.0
NUDGE_BIG = 50.0
_ARROWS = {
    Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1),
}
_LEFT = Qt.MouseButton.LeftButton


def connection_allowed(source: NodeItem, target: NodeItem, relation: str) -> bool:
    """May ``relation`` ("" = any) join these nodes? The table in spec section 1, no self-loops."""
    if target is source:
        return False
    if relation:
        return is_allowed(Relation(relation), source.node.kind, target.node.kind)
    return bool(allowed_relations(source.node.kind, target.node.kind))


class Connect(Interaction):
    """A rubber line from ``source``; released over a node that may be linked, it asks for
    the link (``relation`` "" lets the window offer the relations that fit). With ``button``
    None the line follows the pointer until the next click (Connect To… in a menu)."""

    def __init__(self, scene: MapScene, source: NodeItem, relation: str, button=_LEFT) -> None:
        super().__init__(scene)
        self.source, self.relation, self.button = source, relation, button
        self.pressed_at: QPointF | None = None  # where a right button went down (see mouse_release)
        self.line = QGraphicsPathItem()
        self.line.setZValue(50.0)
        scene.addItem(self.line)
        self.follow(source.scenePos())

    def follow(self, pos: QPointF) -> None:
        scene, source = self.scene, self.source
        target = scene.node_item_at(pos, exclude=source)
        ok = target is None or connection_allowed(source, target, self.relation)
        end = target.scenePos() if (target is not None and ok) else pos
        path = QPainterPath(source.scenePos())
        path.lineTo(end)
        colour = scene.theme.selection if ok else scene.theme.forbidden
        self.line.setPen(QPen(colour, 2.0, Qt.PenStyle.DashLine, Qt.PenCapStyle.RoundCap))
        self.line.setPath(path)
        scene.set_view_cursor(Qt.CursorShape.CrossCursor if ok else Qt.CursorShape.ForbiddenCursor)

    def mouse_move(self, event) -> bool:
        self.follow(event.scenePos())
        # Why a link cannot go there, where the person looks: at the cursor.
        target = self.scene.node_item_at(event.scenePos(), exclude=self.source)
        text = ""
        if target is not None and not connection_allowed(self.source, target, self.relation):
            relation = Relation(self.relation) if self.relation else None
            text = refusal(relation, self.source.node.kind, target.node.kind)
        QToolTip.showText(event.screenPos(), text)
        return True

    def mouse_press(self, event) -> bool:
        if self.button is None:
            if event.button() == _LEFT:
                self._finish(event.scenePos())
            else:
                self.scene.gestures.end()
            return True
        return False

    def mouse_release(self, event) -> bool:
        if event.button() != self.button:
            return True
        if self.button == Qt.MouseButton.RightButton:
            # The window system's context-menu event comes on press (X11) or release
            # (Windows); a right drag answers it here: a click opens the menu, a drag links.
            self.scene.gestures.swallow_menu = True
            start = event.buttonDownScreenPos(self.button)
            if (event.screenPos() - start).manhattanLength() < QApplication.startDragDistance():
                self.scene.gestures.end()
                QToolTip.hideText()
                self.scene.request_menu(event.scenePos(), event.screenPos())
                return True
        self._finish(event.scenePos())
        return True

    def _finish(self, pos: QPointF) -> None:
        scene = self.scene
        target = scene.node_item_at(pos, exclude=self.source)
        scene.gestures.end()
        QToolTip.hideText()
        if target is not None:  # a refused link is explained by whoever handles the request
            scene.connectRequested.emit(self.source.node.id, target.node.id, self.relation)

    def key_press(self, event) -> bool:
        if event.key() == Qt.Key.Key_Escape:
            self.scene.gestures.end()
            return True
        return False

    def cancel(self) -> None:
        if self.line.scene() is self.scene:
            self.scene.removeItem(self.line)
        self.scene.set_view_cursor(None)

    def involves(self, node_ids: set[str]) -> bool:
        return self.source.node.id in node_ids

    def items(self) -> list:
        return [self.line]


class Renaming:
    """The in-place name editor of at most one node (Enter commits, Escape cancels,
    clicking elsewhere commits)."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.editor: RenameEditor | None = None

    def begin(self, node_id: str) -> None:
        item = self.scene.node_item(node_id)
        if item is None or len(item.node.name) > text.EDITABLE_CHARACTERS:
            return  # too long to edit in place: Qt would lay out all of it
        self.finish(True)
        editor = RenameEditor(item, self.scene.theme, self.finish)
        self.editor = editor
        self.scene.addItem(editor)
        for view in self.scene.views():
            view.ensureVisible(editor, 20, 20)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def node_id(self) -> str | None:
        return self.editor.node_id if self.editor is not None else None

    def finish(self, commit: bool) -> None:
        editor, self.editor = self.editor, None
        if editor is None:
            return
        editor.close_quietly()
        value = editor.text_value()
        if editor.scene() is self.scene:
            self.scene.removeItem(editor)
        item = self.scene.node_item(editor.node_id)
        if commit and item is not None and value and value != item.node.name:
            self.scene.renameRequested.emit(editor.node_id, value)

    def click_outside(self, pos: QPointF) -> None:
        if self.editor is not None and not self.editor.contains(self.editor.mapFromScene(pos)):
            self.finish(True)


class Gestures:
    """What the scene's mouse and key events do, given the tool (see the module docstring)."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self.tool = Tool.select()
        self.snap = False
        self.current: Interaction | None = None
        self.swallow_menu = False  # a right click or drag on a node already answered the menu event
        self.renaming = Renaming(scene)

    # -- what items and the view ask -------------------------------------------------------
    def takes_menu_event(self) -> bool:
        """Does a right-button gesture on a node answer the context-menu event itself?"""
        right = isinstance(self.current, Connect) and self.current.button == Qt.MouseButton.RightButton
        swallow, self.swallow_menu = self.swallow_menu, False
        return right or swallow

    def dragging(self) -> bool:
        return isinstance(self.current, MoveSelection)

    def handles_enabled(self) -> bool:
        return self.tool.is_select and self.current is None

    def items(self) -> list:
        """The helper items of gestures (the rubber line, the name editor)."""
        helpers = self.current.items() if self.current is not None else []
        return helpers + ([self.renaming.editor] if self.renaming.editor is not None else [])

    def snapped(self, pos: QPointF) -> QPointF:
        if not self.snap:
            return pos
        return QPointF(round(pos.x() / GRID) * GRID, round(pos.y() / GRID) * GRID)

    # -- life of a gesture -----------------------------------------------------------------
    def start(self, interaction: Interaction) -> None:
        self.end()
        self.current = interaction

    def end(self) -> None:
        """End the current gesture without an intent (if any)."""
        current, self.current = self.current, None
        if current is not None:
            current.cancel()

    def cancel(self) -> None:
        """End every gesture (a new tool, a new map)."""
        self.end()
        self.renaming.finish(False)

    def nodes_removed(self, node_ids: set[str]) -> None:
        if self.renaming.node_id() in node_ids:
            self.renaming.finish(False)
        if self.current is not None and self.current.involves(node_ids):
            self.end()

    # -- events (True: used, do not pass on to Qt) -----------------------------------------
    def mouse_press(self, event) -> bool:
        self.swallow_menu = False
        if self.current is not None:
            if self.current.mouse_press(event) or event.buttons() & ~event.button():
                return True  # another button still holds the gesture
            self.end()  # its release never came (a menu or another window took it)
        scene, pos = self.scene, event.scenePos()
        if event.button() == Qt.MouseButton.RightButton and not self.tool.is_place:
            node = scene.node_item_at(pos)
            if node is not None and self.renaming.editor is None:
                relation = self.tool.relation.value if self.tool.is_connect else ""
                self.start(Connect(scene, node, relation, Qt.MouseButton.RightButton))
                return True
        if event.button() != _LEFT:
            return False
        self.renaming.click_outside(pos)
        if self.tool.is_place:
            scene.placeRequested.emit(self.tool.kind.value, self.snapped(pos))
            return True
        handle = self._handle_under(pos)
        if handle is not None:
            self.start(Connect(scene, handle, ""))
            return True
        if self.tool.is_select:
            box = scene.boxes.toggle_at(pos)
            if box is not None:  # the fold triangle on a box's header
                scene.collapseRequested.emit(box.node.id, not box.box.collapsed)
                return True
        if self.tool.is_connect:
            node = scene.node_item_at(pos)
            if node is not None:
                self.start(Connect(scene, node, self.tool.relation.value))
            return True
        return self._click_label(event)

    def _click_label(self, event) -> bool:
        """A click on a link's label picks that link, even where another line crosses it."""
        scene, pos = self.scene, event.scenePos()
        if scene.node_item_at(pos) is not None:
            return False
        link = scene.link_at(pos)
        top = next((i for i in scene.items(pos) if isinstance(i, EdgeItem)), None)
        if link is None or link is top:
            return False
        if event.modifiers() & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier):
            link.setSelected(not link.isSelected())
        else:
            scene.select_ids([], [link.edge.id])
        return True

    def after_press(self, event) -> None:
        """Qt handled a press the gestures did not use: a node grabbed starts a move, and a
        sticky note grabbed while nodes are selected (they go along)."""
        if event.button() != _LEFT or not self.tool.is_select:
            return
        grabbed = self.scene.mouseGrabberItem()
        if isinstance(grabbed, NodeItem) or (
                isinstance(grabbed, StickyNoteItem) and self.scene.selected_node_ids()):
            self.start(MoveSelection(self.scene))

    def mouse_move(self, event) -> bool:
        return self.current is not None and self.current.mouse_move(event)

    def mouse_release(self, event) -> bool:
        return self.current is not None and self.current.mouse_release(event)

    def after_release(self, event) -> None:
        if self.current is not None and self.current.after_release(event):
            self.current = None

    def connect_from(self, node_id: str) -> None:
        """A rubber line from the node to wherever the pointer goes; the next click on
        another node asks for the link (Escape or another button cancels)."""
        item = self.scene.node_item(node_id)
        if item is not None:
            self.start(Connect(self.scene, item, "", button=None))

    def double_click(self, event) -> bool:
        """On the empty canvas with the select tool: ask for a new node there."""
        if event.button() != _LEFT or not self.tool.is_select or self.current is not None:
            return False
        pos = event.scenePos()
        if self.scene.boxes.toggle_at(pos) is not None:
            return True  # the second click of a double-click on a fold triangle: its press already folded the box back, so do not rename it
        if any(isinstance(i, (NodeItem, EdgeItem, StickyNoteItem)) for i in self.scene.items(pos)):
            return False
        self.scene.addRequested.emit(self.snapped(pos))
        return True

    def key_press(self, event) -> bool:
        if self.renaming.editor is not None:
            return False
        if self.current is not None:
            return self.current.key_press(event)
        step = _ARROWS.get(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if step is not None and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return self._nudge(step, big=bool(mods & Qt.KeyboardModifier.ShiftModifier))
        return False

    def _handle_under(self, pos: QPointF) -> NodeItem | None:
        if not self.handles_enabled():
            return None
        for item in self.scene.items(pos, Qt.ItemSelectionMode.IntersectsItemBoundingRect):
            if isinstance(item, NodeItem) and item.handle_hit(pos):
                return item
        return None

    def _nudge(self, step: tuple[int, int], big: bool) -> bool:
        items = [i for i in self.scene.selectedItems() if isinstance(i, NodeItem)]
        if not items:
            return False
        size = (GRID * 5 if big else GRID) if self.snap else (NUDGE_BIG if big else NUDGE)
        moved = {}
        for item in items:
            p = self.snapped(item.pos() + QPointF(step[0] * size, step[1] * size))
            moved[item.node.id] = (p.x(), p.y())
        self.scene.moveRequested.emit(moved)
        return True
