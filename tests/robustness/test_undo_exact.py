"""Undo is exact: any sequence of editing verbs, undone, gives back the very same map.

A hypothesis state machine drives the real ``Editor`` with random sequences of every verb
(add, connect, delete, move, rename, set fields, paste, duplicate, arrange, title), mixed
with undo and redo. After every step the map must equal the snapshot taken when the undo
stack was at that index (ids, fields, positions, title, unknown fields) and save to the very
same text (so the order of nodes and links is restored too: a delete undone leaves no git
diff); at the end, undo all gives the initial file and redo all the final one.

Run with ``--hypothesis-show-statistics`` to see how many cases each property ran.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from stakeholder_map.layout import arrange
from stakeholder_map.editing import Editor
from stakeholder_map.fileio import dumps_map
from stakeholder_map.model import Agreement, Kind, Map, ModelError, Period, Relation
from tests.strategies import coordinates, maps, names, optional_text

positions = st.tuples(coordinates, coordinates)
optional_amounts = st.none() | st.floats(min_value=0, max_value=1e9, allow_nan=False)
node_fields = st.fixed_dictionaries({}, optional={
    "name": names,
    "kind": st.sampled_from(list(Kind)),
    "notes": optional_text,
    "internal": st.none() | st.booleans(),
    "headcount": st.none() | st.integers(min_value=1, max_value=10**6),
    "x": coordinates,
    "y": coordinates,
})
edge_fields = st.fixed_dictionaries({}, optional={
    "relation": st.sampled_from(list(Relation)),
    "amount": optional_amounts,
    "period": st.none() | st.sampled_from(list(Period)),
    "agreement": st.none() | st.sampled_from(list(Agreement)),
    "notes": optional_text,
})


class UndoIsExact(RuleBasedStateMachine):
    """The editor's map always equals the snapshot of its undo stack's current index."""

    @initialize(start=maps(max_nodes=6, max_edges=8))
    def start(self, start: Map) -> None:
        start.extra["kept"] = {"unknown": [1, 2]}
        self.editor = Editor(start)
        self.snapshots = [start.copy()]
        self.texts = [dumps_map(start)]

    # -- helpers ----------------------------------------------------------------------------
    @property
    def map(self) -> Map:
        return self.editor.map

    def record(self) -> None:
        """After a verb: the stack's current index now stands for the map as it is."""
        stack = self.editor.undo_stack
        index = stack.index()
        # A verb that changed nothing pushes nothing and keeps the redo steps.
        del self.snapshots[stack.count() + 1:]
        del self.texts[stack.count() + 1:]
        if index == len(self.snapshots):
            self.snapshots.append(self.map.copy())
            self.texts.append(dumps_map(self.map))
        else:
            self.snapshots[index] = self.map.copy()
            self.texts[index] = dumps_map(self.map)

    def some(self, data, ids) -> list[str]:
        ids = list(ids)
        return data.draw(st.lists(st.sampled_from(ids), max_size=4)) if ids else []

    def one(self, data, ids) -> str:
        return data.draw(st.sampled_from(list(ids)))

    # -- every verb ---------------------------------------------------------------------------
    @rule(kind=st.sampled_from(list(Kind)), pos=positions, name=st.none() | names)
    def add_node(self, kind, pos, name):
        self.editor.add_node(kind, pos, name)
        self.record()

    @precondition(lambda self: len(self.map.nodes) > 0)
    @rule(data=st.data(), relation=st.sampled_from(list(Relation)),
          amount=optional_amounts, period=st.none() | st.sampled_from(list(Period)))
    def connect(self, data, relation, amount, period):
        # self-loops and table-breaking links are allowed: the analysis reports them
        source, target = self.one(data, self.map.nodes), self.one(data, self.map.nodes)
        fields = {"amount": amount, "period": period} if relation is Relation.PAYS else {}
        self.editor.connect(source, target, relation, **fields)
        self.record()

    @rule(data=st.data())
    def delete(self, data):
        self.editor.delete(self.some(data, self.map.nodes), self.some(data, self.map.edges))
        self.record()

    @precondition(lambda self: len(self.map.nodes) > 0)
    @rule(data=st.data())
    def move(self, data):
        ids = self.some(data, self.map.nodes)
        self.editor.move({i: data.draw(positions) for i in ids})
        self.record()

    @precondition(lambda self: len(self.map.nodes) > 0)
    @rule(data=st.data())
    def nudge_back(self, data):
        """A drag that ends where it began merges into nothing (an obsolete step)."""
        node = self.map.node(self.one(data, self.map.nodes))
        if node.position is None:
            return
        self.editor.move({node.id: (node.x + 10, node.y)})
        self.record()
        self.editor.move({node.id: (node.x, node.y)})
        self.record()

    @precondition(lambda self: len(self.map.nodes) > 0)
    @rule(data=st.data(), name=names)
    def rename(self, data, name):
        self.editor.rename(self.one(data, self.map.nodes), name)
        self.record()

    @precondition(lambda self: len(self.map.nodes) > 0)
    @rule(data=st.data(), fields=node_fields)
    def set_node_fields(self, data, fields):
        self.editor.set_node_fields(self.some(data, self.map.nodes), **fields)
        self.record()

    @precondition(lambda self: len(self.map.edges) > 0)
    @rule(data=st.data(), fields=edge_fields)
    def set_edge_fields(self, data, fields):
        self.editor.set_edge_fields(self.some(data, self.map.edges), **fields)
        self.record()

    @rule(data=st.data(), offset=positions)
    def paste_own_nodes(self, data, offset):
        ids = set(self.some(data, self.map.nodes))
        nodes = [n for n in self.map.nodes.values() if n.id in ids]
        edges = [e for e in self.map.edges.values() if e.source in ids and e.target in ids]
        self.editor.paste(nodes, edges, offset)
        self.record()

    @rule(other=maps(max_nodes=4, max_edges=4), offset=positions)
    def paste_from_another_map(self, other, offset):
        self.editor.paste(list(other.nodes.values()), list(other.edges.values()), offset)
        self.record()

    @rule(data=st.data())
    def duplicate(self, data):
        self.editor.duplicate(self.some(data, self.map.nodes))
        self.record()

    @rule()
    def arrange(self):
        self.editor.arrange(arrange(self.map))
        self.record()

    @rule(title=st.none() | names)
    def set_title(self, title):
        self.editor.set_title(title)
        self.record()

    @rule(data=st.data())
    def refused_verb_changes_nothing(self, data):
        before, count = self.map.copy(), self.editor.undo_stack.count()
        try:
            self.editor.connect("no such node", "nor this", Relation.USES)
        except ModelError:
            pass
        assert self.map == before and self.editor.undo_stack.count() == count

    # -- undo and redo in the middle of it --------------------------------------------------
    @precondition(lambda self: self.editor.undo_stack.canUndo())
    @rule(steps=st.integers(min_value=1, max_value=3))
    def undo(self, steps):
        for _ in range(steps):
            self.editor.undo_stack.undo()

    @precondition(lambda self: self.editor.undo_stack.canRedo())
    @rule()
    def redo(self):
        self.editor.undo_stack.redo()

    @invariant()
    def map_matches_the_snapshot_of_its_index(self):
        stack = self.editor.undo_stack
        assert len(self.snapshots) == stack.count() + 1
        assert self.map == self.snapshots[stack.index()]
        assert dumps_map(self.map) == self.texts[stack.index()]

    def teardown(self):
        if not hasattr(self, "editor"):
            return
        stack = self.editor.undo_stack
        try:
            while stack.canRedo():
                stack.redo()
            final, final_text = self.map.copy(), dumps_map(self.map)
            while stack.canUndo():
                stack.undo()
            assert self.map == self.snapshots[0] and dumps_map(self.map) == self.texts[0]
            while stack.canRedo():
                stack.redo()
            assert self.map == final and dumps_map(self.map) == final_text
        finally:
            # Delete the commands now, while their Python objects live: a stack left to the
            # cycle collector may be destroyed after its commands' Python halves (a crash).
            stack.clear()


UndoIsExact.TestCase.settings = settings(
    max_examples=200,
    stateful_step_count=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_undo_is_exact = UndoIsExact.TestCase
