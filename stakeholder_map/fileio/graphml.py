"""GraphML export: the map as a typed, directed multigraph for yEd, Gephi and networkx.

Every node becomes a GraphML ``node`` whose id is the map's node id, with the attributes
``kind``, ``name``, ``label`` (the name again: Gephi and yEd show a ``label``), ``roles``
(the analysis roles, comma-joined, empty when none), and, when the map has them, ``notes``,
``x``, ``y``, ``headcount`` and ``internal``. Every edge keeps its id as the GraphML edge id
and as the ``id`` attribute, with ``relation`` and, when set, ``amount``, ``period``,
``agreement`` and ``notes``. The graph carries the map's ``title``.

Attributes are typed (``string``, ``double``, ``long``, ``boolean``); a value the map does
not have is left out rather than written as an empty or made-up value. Characters that XML
1.0 cannot hold (control characters other than tab and line breaks) are dropped, because
no GraphML reader would accept the file otherwise.

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

import re
from typing import IO, Mapping, Sequence

import networkx as nx

from stakeholder_map.model import Map

# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates, U+FFFE and U+FFFF.
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters an XML 1.0 document cannot contain.

    >>> xml_safe("a\\x00b\\tc")
    'ab\\tc'
    """
    return _XML_INVALID.sub("", text)


def map_to_graph(
    map_: Map, roles: Mapping[str, Sequence[str]] | None = None
) -> nx.MultiDiGraph:
    """The map as a ``MultiDiGraph`` keyed by edge id, with only typed, non-None attributes.

    ``roles`` maps actor ids to role names (for example ``Analysis.roles``); actors missing
    from it, and products, get an empty ``roles`` string.
    """
    roles = roles or {}
    graph = nx.MultiDiGraph()
    if map_.title is not None:
        graph.graph["title"] = xml_safe(map_.title)
    for node in map_.nodes.values():
        attrs: dict[str, object] = {
            "kind": node.kind.value,
            "name": xml_safe(node.name),
            "label": xml_safe(node.name),
            "roles": ",".join(str(r) for r in roles.get(node.id, ())),
        }
        if node.notes is not None:
            attrs["notes"] = xml_safe(node.notes)
        if node.x is not None and node.y is not None:
            # Always floats, so every node shares one "double" key per coordinate.
            attrs["x"] = float(node.x)
            attrs["y"] = float(node.y)
        if node.headcount is not None:
            attrs["headcount"] = int(node.headcount)
        if node.internal is not None:
            attrs["internal"] = bool(node.internal)
        graph.add_node(xml_safe(node.id), **attrs)
    for edge in map_.edges.values():
        attrs = {"id": xml_safe(edge.id), "relation": edge.relation.value}
        if edge.amount is not None:
            attrs["amount"] = float(edge.amount)
        if edge.period is not None:
            attrs["period"] = edge.period.value
        if edge.agreement is not None:
            attrs["agreement"] = edge.agreement.value
        if edge.notes is not None:
            attrs["notes"] = xml_safe(edge.notes)
        graph.add_edge(xml_safe(edge.source), xml_safe(edge.target), key=xml_safe(edge.id), **attrs)
    return graph


def write_graphml(
    map_: Map, destination: str | IO[bytes], roles: Mapping[str, Sequence[str]] | None = None
) -> None:
    """Write the map as GraphML (UTF-8) to a path or a binary file object."""
    nx.write_graphml(map_to_graph(map_, roles), destination, encoding="utf-8", prettyprint=True)
