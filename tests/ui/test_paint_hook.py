"""after_next_paint runs its callback once, after the frame, unless cancelled first."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from stakeholder_map.ui.paint_hook import after_next_paint


def test_runs_once_after_the_next_paint(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    hook = after_next_paint(widget, lambda: calls.append(1))
    qtbot.wait(10)
    assert calls == []  # a hidden widget does not paint
    widget.show()
    qtbot.waitUntil(lambda: calls == [1])
    widget.repaint()
    qtbot.wait(20)
    assert calls == [1] and hook.done
    hook.cancel()  # cancelling a hook that already ran (and was deleted) is harmless


def test_a_cancelled_hook_never_runs(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    calls = []
    hook = after_next_paint(widget, lambda: calls.append(1))
    hook.cancel()
    widget.show()
    widget.repaint()
    qtbot.wait(20)
    assert calls == []
