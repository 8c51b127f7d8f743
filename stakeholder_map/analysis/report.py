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
from stakeholder_map.analysis.wording import counted, kind_word, score_text
from stakeholder_map.model import Map
from stakeholder_map.texts import translate

_KEY_STAKEHOLDERS = 5


def _name(map_: Map, node_id: str) -> str:
    node = map_.nodes[node_id]
    return " ".join(node.name.split()) or node_id


def text_report(map_: Map, analysis: Analysis, *, key_stakeholders: bool = True) -> str:
    """Title and counts, each stakeholder with its roles, key stakeholders, then findings."""
    products = sum(1 for n in map_.nodes.values() if not n.kind.is_actor)
    title = " ".join((map_.title or "").split()) or translate("Report", "(untitled)")
    lines = [
        translate("Report", "Stakeholder map: {title}").format(title=title),
        ", ".join((counted(products, "product"), counted(len(analysis.roles), "stakeholder"),
                   counted(len(map_.edges), "link"))),
        "",
        translate("Report", "Stakeholders"),
    ]
    for actor, roles in analysis.roles.items():
        words = ", ".join(role.label for role in roles) or translate("Report", "no role")
        lines.append(translate("Report", "  {name} ({kind}): {roles}").format(
            name=_name(map_, actor), kind=kind_word(map_.nodes[actor].kind), roles=words))
    if not analysis.roles:
        lines.append(translate("Report", "  (none)"))
    top = analysis.key_stakeholders(_KEY_STAKEHOLDERS) if key_stakeholders else []
    if top:
        lines += ["", translate("Report", "Key stakeholders (most influential first)")]
        lines += [translate("Report", "  {rank}. {name} (score {score}): {why}").format(
                      rank=i, name=_name(map_, actor), score=score_text(analysis.stakes[actor].score),
                      why=why(map_.nodes, actor, analysis.stakes[actor]))
                  for i, actor in enumerate(top, 1)]
    counts = analysis.counts()
    lines.append("")
    if not analysis.findings:
        lines.append(translate("Report", "Findings: none. No gaps found."))
        return "\n".join(lines)
    summary = ", ".join(counted(counts[s], s.value) for s in Severity if counts[s])
    lines.append(translate("Report", "Findings: {summary}").format(summary=summary))
    for severity in Severity:
        if not counts[severity]:
            continue
        lines += ["", f"{severity.plural_label} ({counts[severity]})"]
        lines += [f"  - {f.message} [{f.code}]" for f in analysis.findings if f.severity is severity]
    return "\n".join(lines)
