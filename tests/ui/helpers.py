"""Helpers for driving the real window: where a node is on screen, waiting for analysis."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF


def node_point(window, node_id: str) -> QPoint:
    """The viewport pixel at a node's centre."""
    item = window.scene.node_item(node_id)
    return window.view.mapFromScene(item.scenePos())


def scene_point(window, point: QPoint) -> QPointF:
    return window.view.mapToScene(point)


def empty_point(window) -> QPoint:
    """A viewport pixel with no item under it, away from the pinned legend."""
    view = window.view
    for y in range(20, view.viewport().height() - 20, 15):
        for x in range(20, view.viewport().width() - 20, 15):
            if not view.items(QPoint(x, y)) and not view.items(QPoint(x + 10, y + 10)):
                return QPoint(x, y)
    raise AssertionError("no empty spot in the view")


def wait_analysis(qtbot, window, timeout: int = 10000) -> None:
    """Wait until the analysis of the current map has arrived."""
    qtbot.waitUntil(lambda: window.analysis is not None and not window.runner.is_busy(),
                    timeout=timeout)
