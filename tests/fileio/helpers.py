"""Small builders for file tests."""

from __future__ import annotations

import json
from typing import Any

SPEC_EXAMPLE = """{
  "format": "stakeholder-map",
  "version": 1,
  "title": "Search advertising",
  "nodes": [
    {"id": "search", "kind": "product", "name": "Web search", "x": 0, "y": 0},
    {"id": "ads", "kind": "company", "name": "Advertisers", "notes": "pay per click"},
    {"id": "people", "kind": "end_user", "name": "Searchers", "headcount": 1000000}
  ],
  "edges": [
    {"id": "e1", "source": "ads", "target": "search", "relation": "pays",
     "amount": 1200, "period": "monthly", "agreement": "contract"},
    {"id": "e2", "source": "people", "target": "search", "relation": "uses"}
  ]
}
"""


def document(**top: Any) -> dict[str, Any]:
    """A valid document with a product ``p`` and a user ``u`` who uses it; ``top`` overrides."""
    doc: dict[str, Any] = {
        "format": "stakeholder-map",
        "version": 1,
        "nodes": [
            {"id": "p", "kind": "product", "name": "P", "x": 0, "y": 0},
            {"id": "u", "kind": "end_user", "name": "U", "x": 300, "y": 0},
        ],
        "edges": [{"id": "e", "source": "u", "target": "p", "relation": "uses"}],
    }
    doc.update(top)
    return doc


def with_node(**fields: Any) -> str:
    """The document with the second node's fields changed (``None`` removes a field)."""
    doc = document()
    node = {**doc["nodes"][1], **fields}
    doc["nodes"][1] = {k: v for k, v in node.items() if v is not None}
    return json.dumps(doc)


def with_edge(**fields: Any) -> str:
    """The document with the edge's fields changed (``None`` removes a field)."""
    doc = document()
    edge = {**doc["edges"][0], **fields}
    doc["edges"][0] = {k: v for k, v in edge.items() if v is not None}
    return json.dumps(doc)
