"""Small maps for the compare tests, written as the file's JSON."""

from __future__ import annotations

import copy
import json
from pathlib import Path

from stakeholder_map.fileio import loads_map

BASE = {
    "format": "stakeholder-map", "version": 1, "title": "Search advertising",
    "nodes": [
        {"id": "search", "kind": "product", "name": "Web search", "x": 0, "y": 0},
        {"id": "ads", "kind": "company", "name": "Advertisers", "x": 200, "y": 0},
        {"id": "people", "kind": "end_user", "name": "Searchers", "x": 0, "y": 200, "headcount": 1000},
    ],
    "edges": [
        {"id": "e1", "source": "ads", "target": "search", "relation": "pays",
         "amount": 1200, "period": "monthly", "agreement": "contract"},
        {"id": "e2", "source": "people", "target": "search", "relation": "uses"},
    ],
}


def base_doc() -> dict:
    return copy.deepcopy(BASE)


def node(doc: dict, ident: str) -> dict:
    return next(n for n in doc["nodes"] if n["id"] == ident)


def edge(doc: dict, ident: str) -> dict:
    return next(e for e in doc["edges"] if e["id"] == ident)


def as_map(doc: dict):
    return loads_map(json.dumps(doc))


def write(path: Path, doc: dict) -> Path:
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return path
