"""Copy and paste between windows and program instances.

The clipboard holds a fragment as a v1 map document (spec section 4) under a private MIME
type, plus the node names as plain text for other programs.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QMimeData

from stakeholder_map.fileio import MapFileError, dumps_map, loads_map
from stakeholder_map.layout import lay_out_missing
from stakeholder_map.model import Edge, Map, Node

MIME_TYPE = "application/x-stakeholder-map+json"


def fragment(map_: Map, node_ids: Iterable[str]) -> Map:
    """The chosen nodes and every edge between two of them (a lone edge cannot be pasted)."""
    nodes = set(node_ids)
    part = Map(map_.title)
    part.add(
        [n for nid, n in map_.nodes.items() if nid in nodes],
        [e for eid, e in map_.edges.items()
         if e.source in nodes and e.target in nodes],
    )
    return part


def to_mime(part: Map) -> QMimeData:
    data = QMimeData()
    data.setData(MIME_TYPE, dumps_map(part).encode("utf-8"))
    data.setText("\n".join(n.name for n in part.nodes.values()))
    return data


def from_mime(data: QMimeData | None) -> tuple[list[Node], list[Edge]] | None:
    """The nodes and edges on the clipboard, or None when it holds no readable fragment."""
    if data is None or not data.hasFormat(MIME_TYPE):
        return None
    try:
        part = lay_out_missing(loads_map(bytes(data.data(MIME_TYPE).data()), source="the clipboard"))
    except MapFileError:
        return None
    return list(part.nodes.values()), list(part.edges.values())
