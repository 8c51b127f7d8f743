"""A small account map used by the report tests: every field the report shows is set."""

from __future__ import annotations

from pathlib import Path

from tests.cli.helpers import write_map

NASTY = '<script>alert("x")</script> & Sons'


def write_deal(path: Path, *, currency: str | None = "USD", title: str = "Acme account plan") -> Path:
    top = {"title": title}
    if currency:
        top["currency"] = currency
    nodes = [
        {"id": "suite", "kind": "product", "name": "Dev suite", "x": 0, "y": 0,
         "notes": "Our flagship product."},
        {"id": "acme", "kind": "company", "name": "Acme", "x": -300, "y": 0},
        {"id": "cio", "kind": "decision_maker", "name": "Dana the CIO", "x": -300, "y": 200,
         "tags": ["exec", "sponsor"], "attitude": "champion"},
        {"id": "devs", "kind": "end_user", "name": "Developers", "x": 300, "y": 0,
         "headcount": 250, "notes": "Use it every day.\nWant faster builds."},
        {"id": "odd", "kind": "person", "name": NASTY, "x": 300, "y": 200},
    ]
    edges = [
        {"id": "e1", "source": "acme", "target": "suite", "relation": "pays",
         "amount": 120000, "period": "yearly", "agreement": "contract"},
        {"id": "e2", "source": "cio", "target": "suite", "relation": "decides"},
        {"id": "e3", "source": "cio", "target": "acme", "relation": "member_of"},
        {"id": "e4", "source": "devs", "target": "suite", "relation": "uses"},
        {"id": "e5", "source": "devs", "target": "acme", "relation": "member_of"},
    ]
    return write_map(path, nodes, edges, **top)
