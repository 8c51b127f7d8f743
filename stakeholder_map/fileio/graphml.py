"""GraphML and GEXF export: the map as a typed, directed multigraph for yEd, Gephi and networkx.

GraphML: every node is a GraphML ``node`` whose id is the map's node id, with the attributes
``kind``, ``name``, ``label`` (the name again: Gephi and yEd show a ``label``), ``roles``
(the analysis roles, comma-joined, empty when none), and, when the map has them, ``notes``,
``x``, ``y``, ``headcount``, ``internal``, ``tags`` (``|``-separated, as Kumu writes them),
``attitude``, ``power``, ``interest``, ``colour`` and a company box's ``members_inside`` and
``collapsed``. Every edge keeps its id as the GraphML
edge id and as the ``id`` attribute, with ``relation`` and, when set, ``amount``, ``period``,
``agreement``, ``notes`` and ``link_label`` (the link's own label; ``label`` is yEd's). The graph carries the map's ``title``.

Keys have stable, readable ids (``n_name``, ``n_kind``, ``e_relation``...; see ``KEYS``), so
Gephi takes ``n_label`` as the label and a script can rely on them. yEd's own graphics ride
along (``n_graphics``, ``e_graphics``): each node's name, position, shape and fill per kind,
each link's colour, line and relation label, so yEd opens a readable map as it is.

Attributes are typed (``string``, ``double``, ``long``, ``boolean`` written ``true``/``false``);
a value the map does not have is left out. Characters that XML 1.0 cannot hold (control
characters other than tab and line breaks) are dropped, because no reader would accept the
file otherwise.

>>> from stakeholder_map.model import Map, Kind, Relation
>>> m = Map("Demo")
>>> _ = m.add_node("app", Kind.PRODUCT, "App", x=0, y=0)
>>> _ = m.add_node("ann", Kind.END_USER, "Ann")
>>> _ = m.connect("ann", "app", Relation.USES)
>>> g = map_to_graph(m, {"ann": ("user",)})
>>> g.nodes["ann"]["roles"], g.edges["ann", "app", "e1"]["relation"]
('user', 'uses')
"""

from __future__ import annotations

import io
import os
import re
from pathlib import Path
from typing import IO, Any, Mapping, Sequence
from xml.sax.saxutils import escape, quoteattr

from stakeholder_map.fileio.atomic import write_file
from stakeholder_map.look import (
    KIND_COLOURS, KIND_SHAPES, KIND_SIZES, NAME_INSIDE, RELATION_COLOURS, RELATION_LINES,
    RELATION_WIDTHS,
)
from stakeholder_map.model import Edge, Map, Node

# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates, U+FFFE and U+FFFF.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")

# (key id, scope, attribute name, type), in file order
KEYS: tuple[tuple[str, str, str, str], ...] = (
    ("g_title", "graph", "title", "string"),
    ("n_kind", "node", "kind", "string"),
    ("n_name", "node", "name", "string"),
    ("n_label", "node", "label", "string"),
    ("n_roles", "node", "roles", "string"),
    ("n_notes", "node", "notes", "string"),
    ("n_x", "node", "x", "double"),
    ("n_y", "node", "y", "double"),
    ("n_headcount", "node", "headcount", "long"),
    ("n_internal", "node", "internal", "boolean"),
    ("n_tags", "node", "tags", "string"),
    ("n_attitude", "node", "attitude", "string"),
    ("n_power", "node", "power", "string"),
    ("n_interest", "node", "interest", "string"),
    ("n_colour", "node", "colour", "string"),
    ("n_members_inside", "node", "members_inside", "boolean"),
    ("n_collapsed", "node", "collapsed", "boolean"),
    ("e_id", "edge", "id", "string"),
    ("e_relation", "edge", "relation", "string"),
    ("e_amount", "edge", "amount", "double"),
    ("e_period", "edge", "period", "string"),
    ("e_agreement", "edge", "agreement", "string"),
    ("e_notes", "edge", "notes", "string"),
    ("e_link_label", "edge", "link_label", "string"),
)
_KEY_IDS = {(scope, name): ident for ident, scope, name, _ in KEYS}
_HEADER = """<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xmlns:y="http://www.yworks.com/xml/graphml"
         xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd">
"""


def xml_safe(text: str) -> str:
    """``text`` without the characters an XML 1.0 document cannot contain.

    >>> xml_safe("a\\x00b\\tc")
    'ab\\tc'
    """
    return _XML_INVALID.sub("", text)


def node_attributes(node: Node, roles: Sequence[str]) -> dict[str, Any]:
    """The typed attributes of a node (only those the map has)."""
    attrs: dict[str, Any] = {
        "kind": node.kind.value, "name": xml_safe(node.name), "label": xml_safe(node.name),
        "roles": ",".join(str(r) for r in roles),
    }
    if node.notes is not None:
        attrs["notes"] = xml_safe(node.notes)
    if node.x is not None and node.y is not None:
        attrs["x"], attrs["y"] = float(node.x), float(node.y)
    if node.headcount is not None:
        attrs["headcount"] = int(node.headcount)
    if node.internal is not None:
        attrs["internal"] = bool(node.internal)
    if node.tags:
        attrs["tags"] = xml_safe("|".join(node.tags))
    for name in ("attitude", "power", "interest"):
        value = getattr(node, name)
        if value is not None:
            attrs[name] = value.value
    if node.colour is not None:
        attrs["colour"] = node.colour
    for name in ("members_inside", "collapsed"):  # a company drawn as a box of its members
        if getattr(node, name) is not None:
            attrs[name] = bool(getattr(node, name))
    return attrs


def edge_attributes(edge: Edge) -> dict[str, Any]:
    """The typed attributes of an edge (only those the map has)."""
    attrs: dict[str, Any] = {"id": xml_safe(edge.id), "relation": edge.relation.value}
    if edge.amount is not None:
        attrs["amount"] = float(edge.amount)
    if edge.period is not None:
        attrs["period"] = edge.period.value
    if edge.agreement is not None:
        attrs["agreement"] = edge.agreement.value
    if edge.notes is not None:
        attrs["notes"] = xml_safe(edge.notes)
    if edge.label is not None:
        attrs["link_label"] = xml_safe(edge.label)
    return attrs


def edge_caption(edge: Edge) -> str:
    """What a drawing writes on the line: the relation, then the link's own label."""
    return f"{edge.relation.label}: {edge.label}" if edge.label else edge.relation.label


def map_to_graph(map_: Map, roles: Mapping[str, Sequence[str]] | None = None):
    """The map as a networkx ``MultiDiGraph`` keyed by edge id, with the same attributes."""
    import networkx as nx

    roles = roles or {}
    graph = nx.MultiDiGraph()
    if map_.title is not None:
        graph.graph["title"] = xml_safe(map_.title)
    for node in map_.nodes.values():
        graph.add_node(xml_safe(node.id), **node_attributes(node, roles.get(node.id, ())))
    for edge in map_.edges.values():
        graph.add_edge(xml_safe(edge.source), xml_safe(edge.target), key=xml_safe(edge.id),
                       **edge_attributes(edge))
    return graph


# -- GraphML text ---------------------------------------------------------------------------
def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    return escape(str(value))


def _data(scope: str, attrs: Mapping[str, Any], indent: str) -> list[str]:
    return [f'{indent}<data key="{_KEY_IDS[(scope, k)]}">{_value(v)}</data>' for k, v in attrs.items()]


def _node_graphics(node: Node) -> str:
    w, h = KIND_SIZES[node.kind]
    x = 0.0 if node.x is None else float(node.x)
    y = 0.0 if node.y is None else float(node.y)
    colour = node.colour or KIND_COLOURS[node.kind]
    inside = node.kind in NAME_INSIDE
    label_place = 'modelName="internal" modelPosition="c" textColor="#FFFFFF"' if inside \
        else 'modelName="sandwich" modelPosition="s" textColor="#1F2430"'
    return (
        '<data key="n_graphics"><y:ShapeNode>'
        f'<y:Geometry x="{x - w / 2!r}" y="{y - h / 2!r}" width="{w!r}" height="{h!r}"/>'
        f'<y:Fill color="{colour}" transparent="false"/>'
        f'<y:BorderStyle color="{colour}" type="line" width="1.0"/>'
        f'<y:NodeLabel alignment="center" autoSizePolicy="content" fontSize="12" {label_place}>'
        f'{escape(xml_safe(node.name))}</y:NodeLabel>'
        f'<y:Shape type="{KIND_SHAPES[node.kind]}"/>'
        '</y:ShapeNode></data>'
    )


def _edge_graphics(edge: Edge) -> str:
    colour = RELATION_COLOURS[edge.relation]
    return (
        '<data key="e_graphics"><y:PolyLineEdge>'
        f'<y:LineStyle color="{colour}" type="{RELATION_LINES[edge.relation]}" '
        f'width="{RELATION_WIDTHS[edge.relation]!r}"/>'
        '<y:Arrows source="none" target="standard"/>'
        f'<y:EdgeLabel alignment="center" fontSize="11" textColor="{colour}">'
        f'{escape(xml_safe(edge_caption(edge)))}</y:EdgeLabel>'
        '</y:PolyLineEdge></data>'
    )


def graphml_text(map_: Map, roles: Mapping[str, Sequence[str]] | None = None) -> str:
    """The whole GraphML document; the same map always gives the same text."""
    roles = roles or {}
    lines = [_HEADER.rstrip("\n")]
    for ident, scope, name, kind in KEYS:
        lines.append(f'  <key id="{ident}" for="{scope}" attr.name="{name}" attr.type="{kind}"/>')
    lines.append('  <key id="n_graphics" for="node" yfiles.type="nodegraphics"/>')
    lines.append('  <key id="e_graphics" for="edge" yfiles.type="edgegraphics"/>')
    lines.append('  <graph id="G" edgedefault="directed">')
    if map_.title is not None:
        lines += _data("graph", {"title": xml_safe(map_.title)}, "    ")
    for node in map_.nodes.values():
        lines.append(f"    <node id={quoteattr(xml_safe(node.id))}>")
        # the graphics first: networkx reads yEd's label and corner position from them, and
        # the typed attributes after them put back the name and the centre
        lines.append("      " + _node_graphics(node))
        lines += _data("node", node_attributes(node, roles.get(node.id, ())), "      ")
        lines.append("    </node>")
    for edge in map_.edges.values():
        lines.append(f"    <edge id={quoteattr(xml_safe(edge.id))} source={quoteattr(xml_safe(edge.source))} "
                     f"target={quoteattr(xml_safe(edge.target))}>")
        lines.append("      " + _edge_graphics(edge))
        lines += _data("edge", edge_attributes(edge), "      ")
        lines.append("    </edge>")
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)


def _deliver(data: bytes, destination: str | os.PathLike[str] | IO[bytes]) -> None:
    """Hand the bytes to a binary file object, or write them to a path atomically."""
    if isinstance(destination, (str, os.PathLike)):
        write_file(Path(destination), data)
    else:
        destination.write(data)


def write_graphml(
    map_: Map, destination: str | os.PathLike[str] | IO[bytes],
    roles: Mapping[str, Sequence[str]] | None = None,
) -> None:
    """Write the map as GraphML (UTF-8) to a path or a binary file object."""
    _deliver(graphml_text(map_, roles).encode("utf-8"), destination)


# -- GEXF -------------------------------------------------------------------------------------
def _rgb(colour: str) -> dict[str, int]:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16), "a": 1.0}


def write_gexf(map_: Map, destination: str | os.PathLike[str] | IO[bytes],
               roles: Mapping[str, Sequence[str]] | None = None) -> None:
    """Write the map as GEXF 1.2 for Gephi: the same attributes, and each node's position
    (y pointing up, as Gephi draws it), colour and size, each link's colour and label."""
    import networkx as nx

    graph = map_to_graph(map_, roles)
    for node in map_.nodes.values():
        w, h = KIND_SIZES[node.kind]
        viz: dict[str, Any] = {"color": _rgb(node.colour or KIND_COLOURS[node.kind]), "size": max(w, h) / 8}
        if node.x is not None and node.y is not None:
            viz["position"] = {"x": float(node.x), "y": 0.0 - float(node.y), "z": 0.0}
        graph.nodes[xml_safe(node.id)]["viz"] = viz
    for edge in map_.edges.values():
        data = graph.edges[xml_safe(edge.source), xml_safe(edge.target), xml_safe(edge.id)]
        data["label"] = edge_caption(edge)
        data["viz"] = {"color": _rgb(RELATION_COLOURS[edge.relation])}
    buffer = io.BytesIO()
    nx.write_gexf(graph, buffer, encoding="utf-8", prettyprint=True, version="1.2draft")
    _deliver(buffer.getvalue(), destination)
