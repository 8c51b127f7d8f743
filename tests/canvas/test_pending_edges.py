"""The waiting edges of a big map are found by the area they pass through, however often the
view looks at the same place and whatever was added or moved in between."""

from __future__ import annotations

from PySide6.QtCore import QRectF

from stakeholder_map.canvas.pending_edges import PendingEdges


class Line:
    """A stand-in for an edge item: a straight line from (x0, y0) to (x1, y1)."""

    def __init__(self, name: str, x0: float, y0: float, x1: float, y1: float) -> None:
        self.name, self.ends = name, (x0, y0, x1, y1)

    def rough_span(self):
        return (*self.ends, 1.0)

    def __repr__(self) -> str:
        return self.name


def test_only_the_edges_through_the_area_are_taken_and_each_once():
    pending = PendingEdges(reach=10)
    across = Line("across", 0, 50, 1000, 50)
    far = Line("far", 0, 900, 1000, 900)
    near = Line("near", 105, 0, 105, 40)  # passes within reach of the area
    for line in (across, far, near):
        pending.add(line)
    assert pending.take_in(QRectF(0, 45, 100, 10)) == [across, near]
    assert pending.take_in(QRectF(0, 45, 100, 10)) == []
    assert len(pending) == 1 and far in pending
    assert pending.take_all() == [far] and not pending


def test_edges_added_or_moved_after_a_look_are_found_at_the_next_look_there():
    pending = PendingEdges()
    for i in range(50):
        pending.add(Line(f"l{i}", 5000, i * 10, 6000, i * 10))  # all far away
    looked = QRectF(0, 0, 1000, 1000)
    assert pending.take_in(looked) == []
    added = Line("added", 600, 600, 700, 700)
    pending.add(added)
    # a smaller look inside the same place finds it although it does not cross this part
    assert pending.take_in(QRectF(0, 0, 100, 100)) == [added]
    moved = Line("moved", 5000, 0, 6000, 0)
    pending.add(moved)
    assert pending.take_in(QRectF(0, 0, 100, 100)) == []  # still far: it keeps waiting
    moved.ends = (10, 10, 20, 20)
    pending.add(moved)  # its geometry changed
    assert pending.take_in(QRectF(0, 0, 100, 100)) == [moved]
    assert pending.take_in(QRectF(4900, 0, 200, 600)) and len(pending) == 0
