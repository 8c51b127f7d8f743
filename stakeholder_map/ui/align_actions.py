"""Map › Align and Distribute: line the selected nodes up or space them evenly, one undo
step each."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from stakeholder_map.canvas.style import node_rect
from stakeholder_map.layout import align, distribute
from stakeholder_map.model import ModelError
from stakeholder_map.ui.messages import nodes_text

translate = QCoreApplication.translate

# (key, menu text, undo text with {nodes} for "3 nodes"), translated where shown
ALIGN = [
    ("left", QT_TRANSLATE_NOOP("Align", "Align &Left Edges"), QT_TRANSLATE_NOOP("Align", "Align {nodes} left")),
    ("centre", QT_TRANSLATE_NOOP("Align", "Align &Centres"),
     QT_TRANSLATE_NOOP("Align", "Align {nodes} on their centres")),
    ("right", QT_TRANSLATE_NOOP("Align", "Align &Right Edges"), QT_TRANSLATE_NOOP("Align", "Align {nodes} right")),
    ("top", QT_TRANSLATE_NOOP("Align", "Align &Top Edges"), QT_TRANSLATE_NOOP("Align", "Align {nodes} at the top")),
    ("middle", QT_TRANSLATE_NOOP("Align", "Align &Middles"),
     QT_TRANSLATE_NOOP("Align", "Align {nodes} on their middles")),
    ("bottom", QT_TRANSLATE_NOOP("Align", "Align &Bottom Edges"),
     QT_TRANSLATE_NOOP("Align", "Align {nodes} at the bottom")),
]
DISTRIBUTE = [
    ("horizontal", QT_TRANSLATE_NOOP("Align", "Distribute &Horizontally"),
     QT_TRANSLATE_NOOP("Align", "Distribute {nodes} horizontally")),
    ("vertical", QT_TRANSLATE_NOOP("Align", "Distribute &Vertically"),
     QT_TRANSLATE_NOOP("Align", "Distribute {nodes} vertically")),
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
        action = QAction(translate("Align", text), self.window)
        action.setObjectName(name)
        tip = (translate("Align", "Space the selected nodes evenly") if spread
               else translate("Align", "Line the selected nodes up"))
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
            return w.editor.place_nodes(positions, translate("Align", undo).format(nodes=nodes_text(len(boxes))))
        except ModelError as err:
            w.statusBar().showMessage(translate("Align", "Not changed: {reason}").format(reason=err), 6000)
            return False
