"""The clipboard fragment: a v1 document under a private MIME type, plus names as text."""

from __future__ import annotations

from PySide6.QtCore import QMimeData

from stakeholder_map.editing import Editor
from stakeholder_map.ui.clipboard import MIME_TYPE, fragment, from_mime, to_mime
from stakeholder_map.model import Kind, Map, Node, Relation


def sample() -> Map:
    m = Map("Clip")
    m.add([Node("a", Kind.BUYER, "Ann", x=1, y=2, extra={"shade": "red"}),
           Node("b", Kind.PRODUCT, "App", x=3, y=4), Node("c", Kind.PERSON, "Cy", x=5, y=6)])
    m.connect("a", "b", Relation.PAYS, edge_id="ab", amount=5)
    m.connect("c", "a", Relation.INFLUENCES, edge_id="ca")
    return m


def test_fragment_keeps_only_edges_between_chosen_nodes():
    part = fragment(sample(), ["a", "b"])
    assert list(part.nodes) == ["a", "b"] and list(part.edges) == ["ab"]


def test_mime_round_trip_keeps_every_field_and_unknown_ones(qapp):
    part = fragment(sample(), ["a", "b"])
    data = to_mime(part)
    assert data.hasFormat(MIME_TYPE) and data.text() == "Ann\nApp"
    nodes, edges = from_mime(data)
    assert nodes == list(part.nodes.values()) and edges == list(part.edges.values())
    assert nodes[0].extra == {"shade": "red"}


def test_pasting_a_fragment_into_another_map(qapp):
    nodes, edges = from_mime(to_mime(fragment(sample(), ["a", "b", "c"])))
    editor = Editor(sample())
    new = editor.paste(nodes, edges, (10, 0))
    assert new.nodes == ["buyer1", "product1", "person1"] and len(new.edges) == 2
    assert editor.map.node("buyer1").position == (11.0, 2.0)


def test_unreadable_or_foreign_clipboards_give_none(qapp):
    assert from_mime(None) is None
    text = QMimeData()
    text.setText("hello")
    assert from_mime(text) is None
    broken = QMimeData()
    broken.setData(MIME_TYPE, b"{not json")
    assert from_mime(broken) is None
