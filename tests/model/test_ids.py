"""One id allocator, constant time per id: duplicating in a big map and importing a big
spreadsheet without ids stay fast (they counted up from 1 for every id: 18 s and 47 s)."""

from __future__ import annotations

import time

from stakeholder_map.editing import Editor
from stakeholder_map.fileio.spreadsheet import import_spreadsheet
from stakeholder_map.model import Kind, Map


def big_map(n: int) -> Map:
    m = Map("Big")
    m.add_node("p", Kind.PRODUCT, "Product")
    for i in range(1, n):
        m.add_node(f"person{i}", Kind.PERSON, f"P{i}", x=i % 100 * 10.0, y=i // 100 * 10.0)
    return m


def test_ids_are_new_unique_and_never_reused_after_a_delete(qapp):
    m = Map()
    editor = Editor(m)
    first = editor.add_node(Kind.COMPANY, (0, 0))
    second = editor.add_node(Kind.COMPANY, (0, 0))
    assert first != second
    editor.delete([second])
    third = editor.add_node(Kind.COMPANY, (0, 0))
    assert third not in (first, second)
    editor.undo_stack.undo()
    editor.undo_stack.undo()  # the deleted node comes back under its own id
    assert set(m.nodes) == {first, second}


def test_duplicating_1000_nodes_in_a_5000_node_map_is_quick(qapp):
    m = big_map(5000)
    editor = Editor(m)
    chosen = [f"person{i}" for i in range(1, 1001)]
    start = time.perf_counter()
    new = editor.duplicate(chosen)
    seconds = time.perf_counter() - start
    assert len(new.nodes) == 1000 and len(set(new.nodes)) == 1000
    assert len(m.nodes) == 6000
    assert seconds < 0.6, f"{seconds:.2f} s"
    editor.undo_stack.undo()
    editor.undo_stack.redo()  # the same ids come back, none clashes
    assert len(m.nodes) == 6000


def test_a_20000_row_spreadsheet_without_ids_imports_quickly(tmp_path):
    path = tmp_path / "people.csv"
    rows = ["Label,Type"] + [f"Person {i},person" for i in range(20_000)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    start = time.perf_counter()
    m, problems = import_spreadsheet(path)
    seconds = time.perf_counter() - start
    assert problems == [] and len(m.nodes) == 20_000
    assert seconds < 5.0, f"{seconds:.2f} s"


def test_generated_ids_never_take_an_id_the_spreadsheet_names(tmp_path):
    path = tmp_path / "people.csv"
    path.write_text("Label,Type,ID\nAnn,person,\nBob,person,person1\n", encoding="utf-8")
    m, problems = import_spreadsheet(path)
    assert problems == [] and sorted(m.nodes) == ["person1", "person2"]
    assert m.node("person1").name == "Bob"


def test_docstring_examples_of_ids_and_link_rules():
    import doctest

    import stakeholder_map.model.ids as ids
    import stakeholder_map.model.vocabulary as vocabulary

    for module in (ids, vocabulary):
        assert doctest.testmod(module).failed == 0
