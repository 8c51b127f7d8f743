"""Map › Align and Distribute: line the selected nodes up or space them evenly, one undo
step each."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from stakeholder_map.canvas.style import node_rect
from stakeholder_map.editing.naming import counted
from stakeholder_map.layout import align, distribute
from stakeholder_map.model import ModelError

# (key, menu text, undo text with {n} for "3 nodes")
ALIGN = [
    ("left", "Align &Left Edges", "Align {n} left"),
    ("centre", "Align &Centres", "Align {n} on their centres"),
    ("right", "Align &Right Edges", "Align {n} right"),
    ("top", "Align &Top Edges", "Align {n} at the top"),
    ("middle", "Align &Middles", "Align {n} on their middles"),
    ("bottom", "Align &Bottom Edges", "Align {n} at the bottom"),
]
DISTRIBUTE = [
    ("horizontal", "Distribute &Horizontally", "Distribute {n} horizontally"),
    ("vertical", "Distribute &Vertically", "Distribute {n} vertically"),
]


class AlignActions(QObject):
    """The eight actions, enabled for two (align) or three (distribute) selected nodes."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.align: dict[str, QAction] = {}
        self.distribute: dict[str, QAction] = {}
        for key, text, undo in ALIGN:
            self.align[key] = self._make(text, f"actionAlign{key.capitalize()}", key, undo, False)
        for key, text, undo in DISTRIBUTE:
            self.distribute[key] = self._make(text, f"actionDistribute{key.capitalize()}", key, undo, True)
        self.update_for_selection([])

    def _make(self, text: str, name: str, key: str, undo: str, spread: bool) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        tip = ("Space the selected nodes evenly" if spread else "Line the selected nodes up")
        action.setStatusTip(tip)
        action.triggered.connect(lambda _=False: self.run(key, undo, spread))
        return action

    def fill(self, menu: QMenu) -> None:
        """Add the actions to ``menu`` (align, a separator, distribute)."""
        menu.addActions(list(self.align.values()))
        menu.addSeparator()
        menu.addActions(list(self.distribute.values()))

    def update_for_selection(self, nodes: list[str]) -> None:
        for action in self.align.values():
            action.setEnabled(len(nodes) >= 2)
        for action in self.distribute.values():
            action.setEnabled(len(nodes) >= 3)

    def run(self, key: str, undo: str, spread: bool) -> bool:
        """Move the selected nodes as one undo step; False when nothing moves."""
        w = self.window
        nodes = [w.map.node(n) for n in w.scene.selected_node_ids() if n in w.map.nodes]
        boxes = {}
        for node in nodes:
            if node.position is None:
                continue
            rect = node_rect(node.kind)
            boxes[node.id] = (node.x, node.y, rect.width(), rect.height())
        positions = distribute(boxes, key) if spread else align(boxes, key)
        try:
            return w.editor.place_nodes(positions, undo.format(n=counted(len(boxes), "node")))
        except ModelError as err:
            w.statusBar().showMessage(f"Not changed: {err}", 6000)
            return False
