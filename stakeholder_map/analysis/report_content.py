"""What the stakeholder report says, as plain data: the PDF and the HTML lay it out.

>>> from datetime import date
>>> from stakeholder_map.model import Kind, Map, Relation
>>> from stakeholder_map.analysis import analyze
>>> m = Map("Toys")
>>> _ = m.add_node("toy", Kind.PRODUCT, "Toy")
>>> _ = m.add_node("mum", Kind.BUYER, "Mum")
>>> _ = m.connect("mum", "toy", Relation.PAYS)
>>> content = report_content(m, analyze(m), date(2026, 12, 1))
>>> content.title, content.date_text
('Toys', '1 December 2026')
>>> content.stakeholders[0].roles, content.stakeholders[0].links
(('Customer',), ('pays for Toy',))
>>> [(g.heading, [t.title for t in g.topics]) for g in content.finding_groups]
[('Warnings (1)', ['No users'])]
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from stakeholder_map.analysis.links import incoming, incoming_all, name_of, outgoing
from stakeholder_map.analysis.result import Analysis
from stakeholder_map.analysis.terms import FINDING_HELP, Role, Severity
from stakeholder_map.analysis.wording import counted, kind_word
from stakeholder_map.model import Map, Node, Relation
from stakeholder_map.texts import format_date, format_number, translate

KEY_STAKEHOLDERS = 5


@dataclass(frozen=True)
class Entry:
    """One node of the map in words."""

    id: str
    name: str
    kind: str  # "decision-maker"
    roles: tuple[str, ...]  # "Client", "Decision-maker"
    links: tuple[str, ...]  # "pays Dev suite $120,000 a year under contract"
    headcount: int | None
    tags: tuple[str, ...]
    attitude: str | None
    notes: str | None
    internal: bool


@dataclass(frozen=True)
class Topic:
    """Every finding of one code: what it means, what to do, and each message."""

    code: str
    title: str
    meaning: str
    action: str
    messages: tuple[str, ...]


@dataclass(frozen=True)
class FindingGroup:
    severity: Severity
    heading: str  # "Warnings (3)"
    topics: tuple[Topic, ...]


@dataclass(frozen=True)
class KeyStakeholder:
    rank: int
    name: str
    score: float
    why: str


@dataclass(frozen=True)
class ReportContent:
    title: str
    date_text: str
    currency: str | None
    summary: str  # "2 products, 5 stakeholders, 7 links"
    findings_summary: str  # "1 error, 2 warnings" or "No gaps found."
    products: tuple[Entry, ...]
    stakeholders: tuple[Entry, ...]
    finding_groups: tuple[FindingGroup, ...]
    key_stakeholders: tuple[KeyStakeholder, ...]
    role_meanings: tuple[tuple[str, str], ...]  # (label, one sentence) for the roles present


def _tags(node: Node) -> tuple[str, ...]:
    return tuple(" ".join(t.split()) for t in node.tags if t.strip())


def _attitude(node: Node) -> str | None:
    """"Champion", "Blocker"...: the attitude the map records, or None."""
    return node.attitude.label if node.attitude is not None else None


def _entry(map_: Map, node: Node, roles: tuple[Role, ...], currency: str | None) -> Entry:
    links = []
    edges = map_.edges_of(node.id)
    for edge in edges:  # what the node does first, then what others do to it
        if edge.source == node.id:
            links.append(outgoing(map_, edge, currency))
    others: dict[Relation, list[str]] = {}
    for edge in edges:
        if edge.target != node.id or edge.source == node.id:
            continue
        if edge.relation is Relation.PAYS:  # each payment with its own terms
            links.append(incoming(map_, edge, currency))
        else:
            others.setdefault(edge.relation, []).append(name_of(map_, edge.source))
    links.extend(incoming_all(relation, names) for relation, names in others.items())
    notes = (node.notes or "").strip() or None
    return Entry(
        id=node.id, name=name_of(map_, node.id), kind=kind_word(node.kind),
        roles=tuple(role.label for role in roles), links=tuple(links),
        headcount=node.headcount, tags=_tags(node), attitude=_attitude(node), notes=notes,
        internal=bool(node.internal),
    )


def _finding_groups(analysis: Analysis) -> tuple[FindingGroup, ...]:
    groups = []
    for severity in Severity:
        by_code: dict[str, list[str]] = {}
        for finding in analysis.findings:
            if finding.severity is severity:
                by_code.setdefault(str(finding.code), []).append(finding.message)
        if not by_code:
            continue
        topics = []
        for code, messages in by_code.items():
            help_ = FINDING_HELP.get(code)
            topics.append(Topic(
                code=code, title=help_.title if help_ else code,
                meaning=help_.meaning if help_ else "", action=help_.action if help_ else "",
                messages=tuple(messages)))
        total = sum(len(t.messages) for t in topics)
        heading = translate("Report", "{severity} ({count})").format(
            severity=severity.plural_label, count=format_number(total))
        groups.append(FindingGroup(severity, heading, tuple(topics)))
    return tuple(groups)


def _key_stakeholders(map_: Map, analysis: Analysis) -> tuple[KeyStakeholder, ...]:
    """The top actors with their score and why, as the key-stakeholders panel tells them."""
    from stakeholder_map.analysis.ranking import why

    return tuple(
        KeyStakeholder(i, name_of(map_, actor), analysis.stakes[actor].score,
                       why(map_.nodes, actor, analysis.stakes[actor]))
        for i, actor in enumerate(analysis.key_stakeholders(KEY_STAKEHOLDERS), 1)
    )


def date_words(day: date) -> str:
    """"1 December 2026" ("1. Dezember 2026"): never mistaken for 12 January."""
    return format_date(day)


def report_content(map_: Map, analysis: Analysis, today: date | None = None) -> ReportContent:
    """Everything the report shows, in the map's order, names on one line."""
    currency = map_.currency
    products, stakeholders = [], []
    for node in map_.nodes.values():
        if node.kind.is_actor:
            stakeholders.append(_entry(map_, node, analysis.roles.get(node.id, ()), currency))
        else:
            products.append(_entry(map_, node, (), currency))
    counts = analysis.counts()
    findings_summary = (", ".join(counted(counts[s], s.value) for s in Severity if counts[s])
                        or translate("Report", "No gaps found."))
    present = {role for roles in analysis.roles.values() for role in roles}
    return ReportContent(
        title=" ".join((map_.title or "").split()) or translate("Report", "Stakeholder map"),
        date_text=date_words(today or date.today()),
        currency=currency,
        summary=", ".join((counted(len(products), "product"), counted(len(stakeholders), "stakeholder"),
                           counted(len(map_.edges), "link"))),
        findings_summary=findings_summary,
        products=tuple(products),
        stakeholders=tuple(stakeholders),
        finding_groups=_finding_groups(analysis),
        key_stakeholders=_key_stakeholders(map_, analysis),
        role_meanings=tuple((r.label, r.description) for r in Role if r in present),
    )
