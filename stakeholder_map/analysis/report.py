"""The analysis as plain text for people: the command line prints it, the window may copy it.

>>> from stakeholder_map.model import Kind, Map, Relation
>>> from stakeholder_map.analysis import analyze
>>> m = Map("Toys")
>>> _ = m.add_node("toy", Kind.PRODUCT, "Toy")
>>> _ = m.add_node("mum", Kind.BUYER, "Mum")
>>> _ = m.connect("mum", "toy", Relation.PAYS)
>>> print(text_report(m, analyze(m)))
Stakeholder map: Toys
1 product, 1 stakeholder, 1 link
<BLANKLINE>
Stakeholders
  Mum (buyer): Customer
<BLANKLINE>
Key stakeholders (most influential first)
  1. Mum (score 4): decides on "Toy" by paying for it
<BLANKLINE>
Findings: 1 warning
<BLANKLINE>
Warnings (1)
  - Nobody uses "Toy". [no_users]
"""

from __future__ import annotations

from stakeholder_map.analysis.ranking import why
from stakeholder_map.analysis.result import Analysis
from stakeholder_map.analysis.terms import Severity
from stakeholder_map.analysis.wording import kind_word
from stakeholder_map.model import Map

_KEY_STAKEHOLDERS = 5


def _count(n: int, word: str, plural: str | None = None) -> str:
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def _name(map_: Map, node_id: str) -> str:
    node = map_.nodes[node_id]
    return " ".join(node.name.split()) or node_id


def text_report(map_: Map, analysis: Analysis, *, key_stakeholders: bool = True) -> str:
    """Title and counts, each stakeholder with its roles, key stakeholders, then findings."""
    products = sum(1 for n in map_.nodes.values() if not n.kind.is_actor)
    title = " ".join((map_.title or "").split()) or "(untitled)"
    lines = [
        f"Stakeholder map: {title}",
        f"{_count(products, 'product')}, {_count(len(analysis.roles), 'stakeholder')}, "
        f"{_count(len(map_.edges), 'link')}",
        "",
        "Stakeholders",
    ]
    for actor, roles in analysis.roles.items():
        words = ", ".join(role.label for role in roles) or "no role"
        lines.append(f"  {_name(map_, actor)} ({kind_word(map_.nodes[actor].kind)}): {words}")
    if not analysis.roles:
        lines.append("  (none)")
    top = analysis.key_stakeholders(_KEY_STAKEHOLDERS) if key_stakeholders else []
    if top:
        lines += ["", "Key stakeholders (most influential first)"]
        lines += [f"  {i}. {_name(map_, actor)} (score {analysis.stakes[actor].score:g}): "
                  f"{why(map_.nodes, actor, analysis.stakes[actor])}" for i, actor in enumerate(top, 1)]
    counts = analysis.counts()
    lines.append("")
    if not analysis.findings:
        lines.append("Findings: none. No gaps found.")
        return "\n".join(lines)
    summary = ", ".join(
        _count(counts[s], s.value, "info" if s is Severity.INFO else None) for s in Severity if counts[s]
    )
    lines.append(f"Findings: {summary}")
    for severity in Severity:
        if not counts[severity]:
            continue
        lines += ["", f"{severity.plural_label} ({counts[severity]})"]
        lines += [f"  - {f.message} [{f.code}]" for f in analysis.findings if f.severity is severity]
    return "\n".join(lines)
