"""Small maps for analysis tests, written as compactly as the examples they model."""

from __future__ import annotations

from typing import Any

from stakeholder_map.analysis import Analysis, Finding, analyze
from stakeholder_map.model import Edge, Map, Node


def make_map(nodes: dict[str, tuple[str, str]], edges: list[tuple] = (), title: str | None = None) -> Map:
    """``nodes``: id -> (kind, name); ``edges``: (source, relation, target[, fields]) with ids e1, e2..."""
    m = Map(title)
    built = []
    for i, spec in enumerate(edges, 1):
        source, relation, target, *rest = spec
        fields: dict[str, Any] = dict(rest[0]) if rest else {}
        built.append(Edge(fields.pop("id", f"e{i}"), source, target, relation, **fields))
    m.add([Node(ident, kind, name) for ident, (kind, name) in nodes.items()], built)
    return m


def roles_of(result: Analysis, actor: str) -> list[str]:
    return [str(r) for r in result.roles[actor]]


def codes(result: Analysis) -> list[str]:
    return [str(f.code) for f in result.findings]


def only(result: Analysis, code: str) -> list[Finding]:
    return [f for f in result.findings if f.code == code]


def run(nodes: dict[str, tuple[str, str]], edges: list[tuple] = ()) -> Analysis:
    return analyze(make_map(nodes, edges))
