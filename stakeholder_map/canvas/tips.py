"""Hover tooltips: a node's kind, name, roles (with their meaning) and findings; an edge's
relation, data and findings. Rich text, escaped.

>>> from stakeholder_map.model import Node
>>> "Buyer" in node_tooltip(Node("b", "buyer", "Ann <CFO>"), (), [])
True
"""

from __future__ import annotations

from html import escape

from stakeholder_map.canvas.badges import headcount_text, severity_of, sorted_roles
from stakeholder_map.canvas.style import SEVERITY_COLOURS, edge_label
from stakeholder_map.canvas.text import clip


def _findings_html(findings) -> str:
    rows = []
    for f in sorted(findings, key=lambda f: -{"error": 3, "warning": 2, "info": 1}.get(severity_of(f), 0)):
        colour = SEVERITY_COLOURS.get(severity_of(f), SEVERITY_COLOURS["info"])
        rows.append(f"<div><span style='color:{colour}'>&#9679;</span> {escape(clip(f.message, 1000))}</div>")
    return "".join(rows)


def node_tooltip(node, roles, findings) -> str:
    name = escape(clip(node.name)) if node.name.strip() else "<i>Unnamed</i>"
    parts = [f"<b>{name}</b><br><span style='color:#7A8694'>{escape(node.kind.label)}</span>"]
    if node.headcount is not None:
        parts.append(f"<br>{escape(headcount_text(node.headcount))}")
    stance = [f"{word}: {value.label.lower()}" for word, value in (
        ("Attitude", node.attitude), ("Power", node.power), ("Interest", node.interest)) if value]
    if stance:
        parts.append(f"<br>{escape(', '.join(stance))}")
    if node.tags:
        parts.append(f"<br><span style='color:#7A8694'>Tags: {escape(', '.join(node.tags))}</span>")
    if roles:
        items = []
        for role in sorted_roles(roles):
            line = f"<b>{escape(role.label)}</b>: {escape(role.description)}"
            items.append(f"<div>{line}</div>")
        parts.append("<div style='margin-top:4px'>" + "".join(items) + "</div>")
    if findings:
        parts.append("<div style='margin-top:4px'>" + _findings_html(findings) + "</div>")
    if node.notes:
        parts.append(f"<div style='margin-top:4px; color:#7A8694'>{escape(node.notes)}</div>")
    return "".join(parts)


def edge_tooltip(edge, source, target, findings, currency: str | None = None) -> str:
    what = f"<b>{escape(clip(source.name or source.kind.label))}</b> {escape(edge.relation.label)} " \
           f"<b>{escape(clip(target.name or target.kind.label))}</b>"
    parts = [what]
    data = edge_label(edge, currency)
    if data:
        parts.append(f"<br>{escape(data)}")
    if edge.label and len(edge.label) > 40:  # the line shows it cut short
        parts.append(f"<br><i>{escape(edge.label)}</i>")
    if edge.notes:
        parts.append(f"<br><span style='color:#7A8694'>{escape(clip(edge.notes, 2000))}</span>")
    if findings:
        parts.append("<div style='margin-top:4px'>" + _findings_html(findings) + "</div>")
    return "".join(parts)
