"""Dragging the selected nodes, company boxes with what they hold, into and out of boxes.

See ``MoveSelection``; the scene's ``Gestures`` starts it when Qt grabs a node.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt

from stakeholder_map.canvas.box_outline import BoxOutline
from stakeholder_map.canvas.gesture_base import LEFT as _LEFT, Interaction
from stakeholder_map.canvas.node_item import NodeItem
from stakeholder_map.canvas.sticky import StickyNoteItem
from stakeholder_map.canvas.style import kind_colour
from stakeholder_map.model.boxes import ancestors

if TYPE_CHECKING:
    from stakeholder_map.canvas.scene import MapScene


class MoveSelection(Interaction):
    """The selected nodes (and sticky notes) are dragged, moved here, not by Qt (see
    ``NodeItem.setPos``); on release, one ``moveRequested``, or one ``regroupRequested`` when
    they are dropped into or out of a company box. Snapping to the grid snaps each node.

    A dragged box takes what it holds along: live when it holds a few nodes, else (a
    box of thousands) drawn as an outline and its members follow on release, as draw.io
    moves a container: a drag step then costs one item whatever the box holds. The box
    under the pointer is highlighted as the drop target; Escape puts everything back."""

    def __init__(self, scene: MapScene) -> None:
        super().__init__(scene)
        selected = scene.selectedItems()
        self.started = {i.node.id: i.pos() for i in selected if isinstance(i, NodeItem)}
        # the item pressed moves even when a Ctrl-click just took it out of the selection (as
        # in Qt's own drag, it is selected again when it moves)
        self.grabbed = scene.mouseGrabberItem()
        if isinstance(self.grabbed, NodeItem):
            self.started.setdefault(self.grabbed.node.id, self.grabbed.pos())
        self.notes_started = {i: i.pos() for i in selected if isinstance(i, StickyNoteItem)}
        if isinstance(self.grabbed, StickyNoteItem):
            self.notes_started.setdefault(self.grabbed, self.grabbed.pos())
        boxes = scene.boxes
        dragged_boxes = [n for n in self.started if n in boxes.boxed]
        self.carried = [n for n in boxes.held_by(dragged_boxes) if n not in self.started]
        self.live = len(self.carried) <= LIVE_BOX_MEMBERS
        self.carried_from = {}
        # what each dragged box holds (nested boxes' members too), looked up once
        self.held = {b: [n for n in boxes.held_by([b]) if n not in self.started] for b in dragged_boxes}
        if self.live:
            for node_id in self.carried:
                item = scene.node_item(node_id)
                if item is not None:
                    self.carried_from[node_id] = item.pos()
        else:  # a big box: its outline moves (one cheap item), what it holds follows on release
            for node_id in dragged_boxes:
                item = scene.node_item(node_id)
                item.moving_box = True
                item.outline = BoxOutline(item.box.rect.translated(item.pos()), kind_colour(item.node.kind))
                scene.addItem(item.outline)
                item.update()
        self.dragged_boxes = dragged_boxes
        held = set(self.carried)
        # the nodes whose box may change: not those carried inside a dragged box
        self.top = [n for n in self.started if n not in held
                    and not any(a in self.started for a in ancestors(boxes.parents, n))]
        self.excluded = set(self.started) | held
        self.target: NodeItem | None = None
        scene.edge_layer.begin_live()

    def mouse_move(self, event) -> bool:
        if not event.buttons() & _LEFT:
            return False
        self._move_by(event.scenePos() - event.buttonDownScenePos(_LEFT))
        self._follow(event)
        return True

    def _move_by(self, delta: QPointF) -> None:
        """Each dragged node to where it started plus ``delta`` (snapped to the grid when
        asked); a big box's outline instead of the box."""
        scene = self.scene
        snapped = scene.gestures.snapped
        for node_id, start in self.started.items():
            item = scene.node_item(node_id)
            if item is None:
                continue
            pos = snapped(start + delta)
            if item.outline is not None:
                item.outline.follow(pos - item.pos())
            elif pos != item.pos():
                item.setPos(pos)
        for item, start in self.notes_started.items():
            if item.scene() is scene:
                item.setPos(start + delta)
        if self.grabbed is not None and self.grabbed.scene() is scene and not self.grabbed.isSelected():
            self.grabbed.setSelected(True)

    def _follow(self, event) -> None:
        """What a dragged box holds follows it; the box under the pointer is the drop target."""
        scene = self.scene
        if self.live and self.carried_from:
            for box_id in self.dragged_boxes:
                box = scene.node_item(box_id)
                delta = box.pos() - self.started[box_id]
                for node_id in self.held[box_id]:
                    start = self.carried_from.get(node_id)
                    item = scene.node_item(node_id)
                    if start is not None and item is not None and item.pos() != start + delta:
                        item.setPos(start + delta)
        target = scene.boxes.box_at(event.scenePos(), self.excluded)
        if target is not None and all(scene.boxes.parent_of(n) == target.node.id for n in self.top):
            target = None  # already in there: nothing to drop
        self._highlight(target)

    def _highlight(self, target: NodeItem | None) -> None:
        if target is self.target:
            return
        for item, on in ((self.target, False), (target, True)):
            if item is not None:
                item.drop_target = on
                item.update()
        self.target = target

    def _drop_box(self, pos) -> str | None:
        """The id of the box the nodes are dropped in (None: on the open canvas)."""
        box = self.scene.boxes.box_at(pos, self.excluded)
        return box.node.id if box is not None else None

    def after_release(self, event) -> bool:
        if event.button() != _LEFT:
            return False
        scene = self.scene
        scene.edge_layer.settle()
        moved = {}
        deltas = {}
        offsets = {b: scene.node_item(b).outline.offset for b in self.dragged_boxes
                   if scene.node_item(b) is not None and scene.node_item(b).outline is not None}
        self._finish_look()
        for node_id, before in self.started.items():
            item = scene.node_item(node_id)
            if item is None:
                continue
            delta = offsets.get(node_id, item.pos() - before)
            if not delta.isNull():
                deltas[node_id] = delta
                start = _model_position(scene, node_id, before)
                moved[node_id] = (start.x() + delta.x(), start.y() + delta.y())
        for box_id in self.dragged_boxes:  # what a box holds moves with it
            delta = deltas.get(box_id)
            if delta is None:
                continue
            for node_id in self.held[box_id]:
                if node_id not in moved:
                    start = _model_position(scene, node_id, None)
                    if start is not None:
                        moved[node_id] = (start.x() + delta.x(), start.y() + delta.y())
        if moved:
            box = self._drop_box(event.scenePos())
            changing = [n for n in self.top if n in moved and scene.boxes.parent_of(n) != box]
            if changing:
                scene.regroupRequested.emit(moved, changing, box or "")
            else:
                scene.moveRequested.emit(moved)
        for item in self.notes_started:  # sticky notes went along (one pressed tells itself)
            if item is not self.grabbed and item.scene() is scene and (
                    item.pos().x(), item.pos().y()) != (item.note.x, item.note.y):
                scene.noteMoved.emit(item.note.id, item.pos().x(), item.pos().y())
        return True

    def key_press(self, event) -> bool:
        if event.key() != Qt.Key.Key_Escape:
            return False
        # put everything back where it was: the drag never happened
        scene = self.scene
        grabber = scene.mouseGrabberItem()
        if grabber is not None:
            grabber.ungrabMouse()
        for node_id, before in {**self.carried_from, **self.started}.items():
            item = scene.node_item(node_id)
            if item is not None and item.pos() != before:
                item.setPos(before)
        for item, before in self.notes_started.items():
            if item.scene() is scene and item.pos() != before:
                item.setPos(before)
        scene.gestures.end()
        return True

    def _finish_look(self) -> None:
        self._highlight(None)
        for box_id in self.dragged_boxes:
            item = self.scene.node_item(box_id)
            if item is not None and item.moving_box:
                item.moving_box = False
                item.update()
            if item is not None and item.outline is not None:
                if item.outline.scene() is self.scene:
                    self.scene.removeItem(item.outline)
                item.outline = None

    def cancel(self) -> None:
        self._finish_look()
        self.scene.edge_layer.settle()


#: a dragged box holding up to this many nodes takes them along live; a bigger one shows
#: its outline moving and they follow on release
LIVE_BOX_MEMBERS = 60


def _model_position(scene: MapScene, node_id: str, fallback: QPointF | None) -> QPointF | None:
    node = scene.map.nodes.get(node_id) if scene.map is not None else None
    if node is not None and node.position is not None:
        return QPointF(node.x, node.y)
    return fallback
