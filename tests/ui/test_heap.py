"""Opening a big document stays cheap: after it is shown its objects are exempt from cycle
collections (a replaced document's cycles are still freed), and the old marks are cleared
without walking the new items again."""

from __future__ import annotations

import pytest

import gc
import weakref

from stakeholder_map.model import Kind, Map
from stakeholder_map import heap
from tests.ui.conftest import sample_map


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_settle_freezes_survivors_and_frees_earlier_cycles():
    gc.unfreeze()
    doomed = Cycle()
    gone = weakref.ref(doomed)
    kept = Cycle()
    del doomed
    heap.settle()
    try:
        assert gone() is None and gc.get_freeze_count() > 0
        # frozen objects are in no generation, so collections do not walk them
        assert not any(o is kept for o in gc.get_objects())
    finally:
        gc.unfreeze()


def test_opening_a_map_settles_the_heap_after_it_is_shown(make_window, qtbot):
    gc.unfreeze()
    window = make_window()
    leftover = Cycle()
    gone = weakref.ref(leftover)
    gc.freeze()  # as if an earlier document froze it: settling must unfreeze and free it
    del leftover
    window.open_map_object(sample_map())
    assert gone() is not None  # nothing blocks the window before the map is shown
    qtbot.waitUntil(lambda: gone() is None)
    assert gc.get_freeze_count() > 0
    window.open_map_object(Map())
    gc.unfreeze()


def test_the_first_analysis_of_a_document_is_frozen_too(make_window, qtbot):
    from tests.ui.helpers import wait_analysis

    window = make_window(sample_map())
    wait_analysis(qtbot, window)
    qtbot.waitUntil(lambda: not any(o is window.analysis for o in gc.get_objects()))
    later = window.analysis
    with qtbot.waitSignal(window.analysisUpdated, timeout=10000):
        window.editor.rename("cto", "Chief")
    assert window.analysis is not later
    assert any(o is window.analysis for o in gc.get_objects())  # later results: collected as usual
    gc.unfreeze()


def test_opening_a_map_clears_the_old_marks_walking_the_new_items_once(make_window, qtbot,
                                                                          monkeypatch):
    from tests.ui.helpers import wait_analysis

    window = make_window(sample_map())
    wait_analysis(qtbot, window)
    assert any(item.roles for item in window.scene.node_items())
    from stakeholder_map.canvas.node_item import NodeItem

    walked = []
    real = NodeItem.set_marks
    monkeypatch.setattr(NodeItem, "set_marks",
                        lambda item, roles, findings: (walked.append(item.node.id), real(item, roles, findings)))
    other = sample_map()
    other.add_node("newcomer", Kind.PERSON, "Newcomer", x=0, y=300)
    window.open_map_object(other)
    assert window.scene.analysis is None
    assert not any(item.roles or item.findings for item in window.scene.node_items())
    # the scene marks new items once as it builds them; the window adds no second walk
    assert walked.count("newcomer") == 1
    wait_analysis(qtbot, window)
    assert window.scene.node_item("newcomer").findings  # the new analysis marks it


def test_a_big_map_is_fitted_before_its_first_frame(make_window, qtbot):
    from PySide6.QtCore import QEvent, QObject

    window = make_window()
    big = Map("Wide")
    for i in range(40):
        big.add_node(f"p{i}", Kind.PRODUCT, f"Product {i}", x=i * 600.0, y=(i % 5) * 400.0)
    zooms = []

    class Spy(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                zooms.append(window.view.zoom())
            return False

    spy = Spy()
    window.view.viewport().installEventFilter(spy)
    window.open_map_object(big)
    fitted = window.view.zoom()
    assert fitted < 0.5  # already fitted when open_map_object returns
    qtbot.waitUntil(lambda: bool(zooms))
    # no frame at the old zoom first (scroll bars coming or going may refit it a little)
    assert zooms[0] == pytest.approx(fitted, rel=0.1)
    window.view.viewport().removeEventFilter(spy)


def test_replacing_the_document_twice_before_a_frame_settles_once(make_window, qtbot, monkeypatch):
    settled = []
    monkeypatch.setattr(heap, "settle", lambda: settled.append(1))
    window = make_window()
    window.open_map_object(sample_map())
    window.open_map_object(sample_map())
    qtbot.waitUntil(lambda: bool(settled))
    window.view.viewport().repaint()
    qtbot.wait(20)
    assert settled == [1]
