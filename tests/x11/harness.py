"""The editor as ``stakeholder-map MAP`` starts it, plus one line on standard output once the
window is shown: JSON with the zoom and each node's centre in screen pixels, so a test can
aim the real mouse at the nodes. Run as ``python -m tests.x11.harness MAP``."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer


def report(window) -> None:
    view = window.view
    nodes = {}
    for node_id in window.map.nodes:
        item = window.scene.node_item(node_id)
        point = view.viewport().mapToGlobal(view.mapFromScene(item.scenePos()))
        nodes[node_id] = [point.x(), point.y()]
    boxes = {}  # company boxes: [left, top, right, bottom] on the screen
    for item in window.scene.node_items():
        if item.box is not None:
            rect = view.mapFromScene(item.box.rect.translated(item.scenePos())).boundingRect()
            top_left = view.viewport().mapToGlobal(rect.topLeft())
            bottom_right = view.viewport().mapToGlobal(rect.bottomRight())
            boxes[item.node.id] = [top_left.x(), top_left.y(), bottom_right.x(), bottom_right.y()]
    print(json.dumps({"zoom": view.zoom(), "nodes": nodes, "boxes": boxes}), flush=True)


def main(path: str) -> int:
    from stakeholder_map.ui import app as app_module
    from stakeholder_map.ui.main_window import MainWindow

    shown = []
    original = MainWindow.show

    def show(self):
        self.move(0, 0)
        self.resize(1400, 900)
        original(self)
        if not shown:
            shown.append(self)
            QTimer.singleShot(1500, lambda: report(self))

    MainWindow.show = show
    return app_module.run(path)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
