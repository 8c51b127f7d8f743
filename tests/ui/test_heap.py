"""Opening a big document stays cheap: its objects are exempt from cycle collections as soon
as they are built (a replaced document's cycles are still freed), and the old marks are
cleared without walking the new items again."""

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


def test_release_frees_earlier_cycles_and_keep_freezes_survivors():
    heap.release(heap.WORTH_RELEASING)  # whatever earlier tests' documents left: collected
    doomed = Cycle()
    gone = weakref.ref(doomed)
    gc.freeze()  # as if an earlier document froze it
    del doomed
    heap.release(heap.WORTH_RELEASING - 1)  # a small document went: not worth a walk yet
    assert gone() is not None
    heap.release(1)  # the documents gone add up
    assert gone() is None
    heap.release(heap.WORTH_RELEASING)  # a big one: at once
    assert gc.get_freeze_count() == 0
    kept = Cycle()
    heap.keep()
    try:
        assert gc.get_freeze_count() > 0
        # frozen objects are in no generation, so collections do not walk them
        assert not any(o is kept for o in gc.get_objects())
    finally:
        gc.unfreeze()


_FRESH_WINDOW = """
import gc, sys, weakref
from stakeholder_map.ui.app import application
from stakeholder_map.ui.main_window import MainWindow
from tests.ui.conftest import sample_map
from tests.ui.test_heap import Cycle, chain

app = application()
window = MainWindow()
full = []
gc.callbacks.append(lambda phase, info: full.append(1) if phase == "start" and info["generation"] == 2 else None)
window.open_map_object(sample_map())
print("full collections, first map:", len(full))
window.open_map_object(chain(400))
print("full collections, second map:", len(full))
leftover = Cycle()  # as if the big map froze it
gone = weakref.ref(leftover)
gc.freeze()
del leftover
window.open_map_object(sample_map())
print("full collections, after the big one:", len(full))
print("its cycles freed:", gone() is None)
window.close()
"""


def test_a_new_window_opens_its_first_map_without_walking_everything_yet_frees_big_documents():
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", _FRESH_WINDOW], env=env, cwd=root, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    # the window's first, empty document, or the small sample, left nothing worth a
    # collection over the whole application (30 ms on a 5,000-node map); a big one's cycles
    # are freed when it goes
    assert "full collections, first map: 0" in done.stdout
    assert "full collections, second map: 0" in done.stdout
    assert "full collections, after the big one: 1" in done.stdout
    assert "its cycles freed: True" in done.stdout


def chain(nodes: int) -> Map:
    """A map of ``nodes`` people, each influencing the next."""
    from stakeholder_map.model import Edge, Node

    m = Map()
    m.add([Node(f"n{i}", "person", f"P{i}", x=i * 10.0, y=0.0) for i in range(nodes)],
          [Edge(f"e{i}", f"n{i}", f"n{i + 1}", "influences") for i in range(nodes - 1)])
    return m


def test_opening_a_map_never_walks_the_new_one_and_frees_the_old_one(make_window, qtbot):
    gc.unfreeze()
    window = make_window()
    window.open_map_object(chain(heap.WORTH_RELEASING))  # big enough to be worth freeing at once
    items = window.scene.node_items()[:2] + window.scene.edge_items()[:2]
    assert len(items) == 4 and not any(o is i for o in gc.get_objects() for i in items)
    assert gc.isenabled()
    window.view.viewport().grab()  # shown, with the overview's and the tiles' references
    old = weakref.ref(items[0])
    old_map = weakref.ref(window.map)
    del items
    window.open_map_object(Map())
    assert old() is None  # the replaced document's items are freed at once
    assert old_map() is None  # and its map
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


def test_an_opened_map_is_built_with_its_own_analysis_no_item_marked_twice(make_window, qtbot,
                                                                          monkeypatch):
    from tests.ui.helpers import wait_analysis

    window = make_window(sample_map())
    wait_analysis(qtbot, window)
    assert window.scene.node_item("cto").roles
    from stakeholder_map.canvas.node_item import NodeItem

    walked = []
    real = NodeItem.set_marks
    monkeypatch.setattr(NodeItem, "set_marks",
                        lambda item, roles, findings: (walked.append(item.node.id), real(item, roles, findings)))
    other = sample_map()
    other.add_node("newcomer", Kind.PERSON, "Newcomer", x=0, y=300)
    other.remove(edge_ids=[e.id for e in other.edges.values() if "cto" in (e.source, e.target)])
    window.open_map_object(other)
    # shown at once, before any event is processed: no bare first frame, no second run
    assert window.analysis is not None and window.scene.analysis is window.analysis
    assert window.scene.node_item("newcomer").findings
    assert not window.scene.node_item("cto").roles  # the old map's marks are gone
    assert window.docks.findings.windowTitle() == f"Findings ({len(window.analysis.findings)})"
    assert window.scene.node_item("acme").roles  # made with its marks...
    assert walked == []  # ...so none is marked again (its badges laid out a second time)
    assert not window.runner.is_busy()


def test_a_big_map_is_fitted_before_its_first_frame(make_window, qtbot):
    from PySide6.QtCore import QEvent, QObject

    window = make_window()
    qtbot.wait(100)  # laid out, as a window is when its user opens a file
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
    qtbot.wait(200)
    # no frame at the old zoom first, nor one refitted a little later when the new zoom
    # hid the scroll bars: the first frame is the one that stays
    assert zooms[0] == fitted and set(zooms) == {fitted}
    window.view.viewport().removeEventFilter(spy)


def test_the_first_frame_of_a_big_map_seen_from_far_is_kept_with_the_document(make_window, qtbot):
    from tests.ui.test_parked_links import wide_map

    window = make_window()
    window.open_map_object(wide_map())
    assert window.view.overview_active()
    walked = len(gc.get_objects())
    window.view.viewport().grab()  # the first frame: drawn from the geometry gathered at the open
    # thousands of node blocks and link lines, none of them left for the collector to walk
    assert len(gc.get_objects()) - walked < 500
    gc.unfreeze()


def test_a_map_whose_analysis_fails_still_opens_and_says_so(make_window, qtbot, monkeypatch):
    from stakeholder_map.analysis import Session

    window = make_window()
    monkeypatch.setattr(Session, "analysis", lambda self: 1 / 0)
    other = sample_map()
    window.open_map_object(other)
    assert window.map is other and window.scene.node_item("cto") is not None
    assert window.analysis is None and not window.scene.node_item("cto").roles
    qtbot.waitUntil(lambda: "Analysis failed" in window.status.currentMessage(), timeout=5000)
    assert "ZeroDivisionError" in window.status.currentMessage()


def test_a_first_close_look_at_a_big_map_keeps_its_tiles_from_the_collector(make_window, qtbot):
    from stakeholder_map.model import Edge, Node

    dense = Map("Dense")  # a big map (its links parked) that a close look sees whole
    dense.add([Node(f"n{i}", "end_user", f"N{i}", x=(i % 40) * 50.0, y=(i // 40) * 50.0) for i in range(1500)],
              [Edge(f"e{i}", f"n{i}", f"n{i + 1}", "influences") for i in range(1499)]
              + [Edge(f"f{i}", f"n{i}", f"n{i + 40}", "influences") for i in range(1460)])
    window = make_window()
    window.resize(1400, 900)
    window.open_map_object(dense)
    view = window.view
    assert view.overview_active()  # seen from far first: nothing filed yet
    qtbot.wait(50)  # (what the open made is kept by then)
    view.set_zoom(0.35)
    view.centerOn(1000, 900)
    assert not view.overview_active()
    walked = len(gc.get_objects())
    view.viewport().grab()  # files the links in sight in their tiles: thousands of them
    qtbot.wait(50)
    assert len(gc.get_objects()) - walked < 1000
    gc.unfreeze()
