"""Hover tooltips: a node's kind, name, roles (with their meaning) and findings; an edge's
relation, data and findings. Rich text, escaped.

>>> from stakeholder_map.model import Node
>>> "Buyer" in node_tooltip(Node("b", "buyer", "Ann <CFO>"), (), [])
True
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from stakeholder_map.canvas.badges import headcount_text, severity_of, sorted_roles
from stakeholder_map.canvas.style import SEVERITY_COLOURS, edge_label
from stakeholder_map.canvas.text import clip
from stakeholder_map.model import Attitude, Level, Relation
from stakeholder_map.texts import QT_TRANSLATE_NOOP


_RELATION_SENTENCES = {
    Relation.PAYS: QT_TRANSLATE_NOOP("Tooltips", "{source} pays for {target}"),
    Relation.DECIDES: QT_TRANSLATE_NOOP("Tooltips", "{source} decides on {target}"),
    Relation.USES: QT_TRANSLATE_NOOP("Tooltips", "{source} uses {target}"),
    Relation.INFLUENCES: QT_TRANSLATE_NOOP("Tooltips", "{source} influences {target}"),
    Relation.MEMBER_OF: QT_TRANSLATE_NOOP("Tooltips", "{source} is a member of {target}"),
}

# attitude and level words as they read inside a sentence ("Power: high")
_STANCE_WORDS = {
    Attitude.CHAMPION: QT_TRANSLATE_NOOP("Tooltips", "champion"),
    Attitude.SUPPORTER: QT_TRANSLATE_NOOP("Tooltips", "supporter"),
    Attitude.NEUTRAL: QT_TRANSLATE_NOOP("Tooltips", "neutral"),
    Attitude.SCEPTIC: QT_TRANSLATE_NOOP("Tooltips", "sceptic"),
    Attitude.BLOCKER: QT_TRANSLATE_NOOP("Tooltips", "blocker"),
    Level.LOW: QT_TRANSLATE_NOOP("Tooltips", "low"),
    Level.MEDIUM: QT_TRANSLATE_NOOP("Tooltips", "medium"),
    Level.HIGH: QT_TRANSLATE_NOOP("Tooltips", "high"),
}


def _findings_html(findings) -> str:
    rows = []
    for f in sorted(findings, key=lambda f: -{"error": 3, "warning": 2, "info": 1}.get(severity_of(f), 0)):
        colour = SEVERITY_COLOURS.get(severity_of(f), SEVERITY_COLOURS["info"])
        rows.append(f"<div><span style='color:{colour}'>&#9679;</span> {escape(clip(f.message, 1000))}</div>")
    return "".join(rows)


def node_tooltip(node, roles, findings) -> str:
    translate = QCoreApplication.translate
    unnamed = translate("Tooltips", "Unnamed")
    name = escape(clip(node.name)) if node.name.strip() else f"<i>{escape(unnamed)}</i>"
    parts = [f"<b>{name}</b><br><span style='color:#7A8694'>{escape(node.kind.label)}</span>"]
    if node.headcount is not None:
        parts.append(f"<br>{escape(headcount_text(node.headcount))}")
    stance = [text.format(value=translate("Tooltips", _STANCE_WORDS[value])) for text, value in (
        (translate("Tooltips", "Attitude: {value}"), node.attitude),
        (translate("Tooltips", "Power: {value}"), node.power),
        (translate("Tooltips", "Interest: {value}"), node.interest)) if value]
    if stance:
        parts.append(f"<br>{escape(', '.join(stance))}")
    if node.tags:
        tags = translate("Tooltips", "Tags: {tags}").format(tags=", ".join(node.tags))
        parts.append(f"<br><span style='color:#7A8694'>{escape(tags)}</span>")
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
    source_name = f"<b>{escape(clip(source.name or source.kind.label))}</b>"
    target_name = f"<b>{escape(clip(target.name or target.kind.label))}</b>"
    what = escape(QCoreApplication.translate("Tooltips", _RELATION_SENTENCES[edge.relation]))
    parts = [what.format(source=source_name, target=target_name)]
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
