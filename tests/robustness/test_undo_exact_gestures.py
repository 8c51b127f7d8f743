"""Undo is exact for canvas gestures too: clicks, drags, keys and the palette in the real
window, undone and redone with Ctrl+Z / Ctrl+Shift+Z, always give back the very same saved
text (order of nodes and links included), not only an equal map."""

from __future__ import annotations

import tempfile

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from stakeholder_map.fileio import dumps_map
from stakeholder_map.model import Kind, Map, Relation

Left = Qt.MouseButton.LeftButton
Ctrl = Qt.KeyboardModifier.ControlModifier
NoMod = Qt.KeyboardModifier.NoModifier


def start_map() -> Map:
    m = Map("Team chat")
    m.add_node("chat", Kind.PRODUCT, "Chat app", x=0, y=0)
    m.add_node("acme", Kind.COMPANY, "Acme Corp", x=-260, y=-120)
    m.add_node("cto", Kind.DECISION_MAKER, "CTO", x=-260, y=60)
    m.add_node("staff", Kind.END_USER, "Staff", x=260, y=0, headcount=400)
    m.add_node("advisor", Kind.PERSON, "Advisor", x=-260, y=220)
    m.connect("acme", "chat", Relation.PAYS, edge_id="pay", amount=1200, period="monthly")
    m.connect("cto", "chat", Relation.DECIDES, edge_id="dec")
    m.connect("staff", "chat", Relation.USES, edge_id="use")
    m.connect("cto", "acme", Relation.MEMBER_OF, edge_id="mem")
    m.connect("staff", "acme", Relation.MEMBER_OF, edge_id="mem2")
    return m


def settle() -> None:
    QApplication.processEvents()
    QApplication.processEvents()


class GesturesUndoExactly(RuleBasedStateMachine):
    """The window's saved text always equals the text recorded for its undo stack's index."""

    @initialize()
    def open_window(self) -> None:
        from stakeholder_map.ui.main_window import MainWindow

        QApplication.instance() or QApplication([])
        folder = tempfile.mkdtemp()
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
        self.window = MainWindow()
        self.window.resize(1100, 750)
        self.window.show()
        QTest.qWaitForWindowExposed(self.window)
        self.window.open_map_object(start_map())
        self.window.view.fit_map()
        settle()
        self.texts = [dumps_map(self.window.map)]

    # -- helpers ----------------------------------------------------------------------------
    @property
    def viewport(self):
        return self.window.view.viewport()

    def record(self) -> None:
        stack = self.window.editor.undo_stack
        del self.texts[stack.count() + 1:]
        text = dumps_map(self.window.map)
        if stack.index() == len(self.texts):
            self.texts.append(text)
        else:
            self.texts[stack.index()] = text

    def point_of(self, node_id: str) -> QPoint | None:
        item = self.window.scene.node_item(node_id)
        if item is None:
            return None
        self.window.view.centerOn(item)  # view state only: never an edit
        settle()
        point = self.window.view.mapFromScene(item.scenePos())
        return point if self.viewport.rect().contains(point) else None

    def key(self, key, modifier=NoMod) -> None:
        self.window.view.setFocus()
        QTest.keyClick(self.viewport, key, modifier)
        settle()

    def click(self, point: QPoint, modifier=NoMod) -> None:
        QTest.mouseClick(self.viewport, Left, modifier, point)
        settle()

    def drag(self, start: QPoint, end: QPoint) -> None:
        QTest.mouseMove(self.viewport, start)
        QTest.mousePress(self.viewport, Left, NoMod, start)
        for i in range(1, 5):
            QTest.mouseMove(self.viewport, start + (end - start) * (i / 4))
        QTest.mouseRelease(self.viewport, Left, NoMod, end)
        settle()

    def one_node(self, data) -> str | None:
        ids = list(self.window.map.nodes)
        return data.draw(st.sampled_from(ids)) if ids else None

    # -- gestures ---------------------------------------------------------------------------
    @rule(data=st.data())
    def click_and_delete(self, data):
        node_id = self.one_node(data)
        point = node_id and self.point_of(node_id)
        if not point:
            return
        self.click(point)
        self.key(Qt.Key.Key_Delete)
        self.record()

    @rule(data=st.data(), dx=st.integers(-120, 120), dy=st.integers(-120, 120))
    def drag_a_node(self, data, dx, dy):
        node_id = self.one_node(data)
        point = node_id and self.point_of(node_id)
        if not point:
            return
        self.drag(point, point + QPoint(dx, dy))
        self.record()

    @rule(data=st.data(), key=st.sampled_from([Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up]))
    def nudge_with_arrows(self, data, key):
        node_id = self.one_node(data)
        point = node_id and self.point_of(node_id)
        if not point:
            return
        self.click(point)
        self.key(key)
        self.key(key)
        self.record()

    @rule(kind=st.sampled_from(list(Kind)), dx=st.integers(-300, 300), dy=st.integers(-250, 250))
    def place_from_the_palette(self, kind, dx, dy):
        self.window.tools.kinds[kind].trigger()
        centre = self.viewport.rect().center() + QPoint(dx, dy)
        if self.window.view.items(centre):
            self.window.tools.choose_select()
            return
        self.click(centre)
        if self.window.scene.renaming():
            self.key(Qt.Key.Key_Escape)  # keep the default name
        self.window.tools.choose_select()
        self.record()

    @rule(data=st.data(), relation=st.sampled_from(list(Relation)))
    def connect_by_dragging(self, data, relation):
        source, target = self.one_node(data), self.one_node(data)
        if source is None or source == target:
            return
        start = self.point_of(source)
        item = self.window.scene.node_item(target)
        end = self.window.view.mapFromScene(item.scenePos()) if item else None
        if not start or end is None or not self.viewport.rect().contains(end):
            return
        self.window.tools.relations[relation].trigger()
        self.drag(start, end)
        self.window.tools.choose_select()
        self.record()

    @rule(data=st.data())
    def cut_and_paste(self, data):
        node_id = self.one_node(data)
        point = node_id and self.point_of(node_id)
        if not point:
            return
        self.click(point)
        self.key(Qt.Key.Key_X, Ctrl)
        self.record()
        self.key(Qt.Key.Key_V, Ctrl)
        self.record()

    @precondition(lambda self: self.window.editor.undo_stack.canUndo())
    @rule(steps=st.integers(1, 3))
    def undo_with_keys(self, steps):
        for _ in range(steps):
            self.key(Qt.Key.Key_Z, Ctrl)

    @precondition(lambda self: self.window.editor.undo_stack.canRedo())
    @rule()
    def redo_with_keys(self):
        self.key(Qt.Key.Key_Z, Ctrl | Qt.KeyboardModifier.ShiftModifier)

    @invariant()
    def saved_text_matches_its_undo_index(self):
        stack = self.window.editor.undo_stack
        assert len(self.texts) == stack.count() + 1
        assert dumps_map(self.window.map) == self.texts[stack.index()]

    def teardown(self):
        if not hasattr(self, "window"):
            return
        stack = self.window.editor.undo_stack
        try:
            while stack.canUndo():
                stack.undo()
            assert dumps_map(self.window.map) == self.texts[0]
        finally:
            stack.setClean()
            self.window.close()
            self.window.runner.shutdown()
            self.window.deleteLater()
            settle()


GesturesUndoExactly.TestCase.settings = settings(
    max_examples=12,
    stateful_step_count=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_gestures_undo_exactly = GesturesUndoExactly.TestCase
