"""Role badges (small pills under a stakeholder) and the findings that mark nodes and edges.

Reads an analysis through its documented attributes only (``roles``, ``findings``; each
finding's ``severity``, ``nodes``, ``edges``, ``message``), so any object shaped like
``stakeholder_map.analysis.Analysis`` works.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from stakeholder_map.canvas import text
from stakeholder_map.canvas.style import SEVERITY_COLOURS, SEVERITY_RANK, number_text
from stakeholder_map.canvas.theme import Theme
from stakeholder_map.model import Kind
from stakeholder_map.texts import QT_TRANSLATE_NOOP

ROLE_COLOURS: dict[str, str] = {
    "client": "#6B4FBB",
    "customer": "#1E9E6A",
    "user": "#2F6FDE",
    "paying_user": "#0E7C55",
    "free_user": "#0F8A9E",
    "sponsored_user": "#B7791F",
    "decision_maker": "#D9822B",
    "influencer": "#A04AA0",
}
# The order badges appear in: money first, then use, then say.
ROLE_ORDER = ["client", "customer", "paying_user", "sponsored_user", "free_user", "user",
              "decision_maker", "influencer"]

BADGE_HEIGHT = 17.0
_PAD = 6.0
_GAP = 4.0


def value_of(enum_or_str) -> str:
    if isinstance(enum_or_str, str):  # str and StrEnum: an enum's .value costs ~4 µs, this 0.1
        return str.__str__(enum_or_str)
    return str(getattr(enum_or_str, "value", enum_or_str))


def role_label(role) -> str:
    """``Role.PAYING_USER`` -> ``Paying user`` (the role's own label when it has one)."""
    label = getattr(role, "label", None)
    if isinstance(label, str) and label:
        return label
    word = value_of(role).replace("_", " ")
    return "Decision-maker" if word == "decision maker" else word.capitalize()


def role_colour(role) -> QColor:
    return QColor(ROLE_COLOURS.get(value_of(role), "#7A8694"))


def sorted_roles(roles) -> list:
    order = {name: i for i, name in enumerate(ROLE_ORDER)}
    return sorted(roles, key=lambda r: (order.get(value_of(r), len(order)), value_of(r)))


def severity_of(finding) -> str:
    return value_of(finding.severity)


@dataclass
class FindingIndex:
    """Findings by node id and by edge id, with the worst severity of each."""

    by_node: dict[str, list] = field(default_factory=dict)
    by_edge: dict[str, list] = field(default_factory=dict)

    @staticmethod
    def of_findings(findings) -> FindingIndex:
        index = FindingIndex()
        for finding in findings:
            index.add(finding)
        return index

    def add(self, finding) -> None:
        for node_id in finding.nodes:
            self.by_node.setdefault(node_id, []).append(finding)
        for edge_id in finding.edges:
            self.by_edge.setdefault(edge_id, []).append(finding)

    def drop(self, finding) -> None:
        """Forget ``finding`` (an equal one) wherever it is listed."""
        for ids, index in ((finding.nodes, self.by_node), (finding.edges, self.by_edge)):
            for key in ids:
                listed = index.get(key)
                if listed is not None and finding in listed:
                    listed.remove(finding)
                    if not listed:
                        del index[key]


def worst_severity(findings) -> str | None:
    """The most severe of ``findings``' severities (the first of equals), None without any.

    >>> from types import SimpleNamespace as F
    >>> worst_severity([F(severity="info"), F(severity="error"), F(severity="warning")])
    'error'
    >>> worst_severity([]) is None
    True
    """
    if len(findings) == 1:  # most marked items
        return severity_of(findings[0])
    worst, rank = None, -1
    for finding in findings:  # a plain loop: called for every marked item of an analysis
        severity = severity_of(finding)
        level = SEVERITY_RANK.get(severity, 0)
        if level > rank:
            worst, rank = severity, level
    return worst


def severity_colour(severity: str) -> QColor:
    return QColor(SEVERITY_COLOURS.get(severity, SEVERITY_COLOURS["info"]))


@dataclass(frozen=True)
class Badge:
    rect: QRectF
    label: str
    colour: QColor
    fact: bool = False  # a fact about the node ("400 people"), not a role


# a role that implies "user": the canvas shows only the specific one (the tooltip lists all)
SPECIFIC_USERS = frozenset({"paying_user", "sponsored_user", "free_user"})


def badge_roles(roles) -> list:
    """The roles a node's badges show: "User" only when no specific user role says more.

    >>> badge_roles(["user", "sponsored_user", "influencer"])
    ['sponsored_user', 'influencer']
    """
    names = {value_of(r) for r in roles}
    specific = bool(names & SPECIFIC_USERS)
    return [r for r in sorted_roles(roles) if not (specific and value_of(r) == "user")]


FACT_COLOUR = "#5B6472"


def headcount_text(headcount: int | None) -> str:
    """``400 people``, ``1 person``, ``12,000 people`` (the locale's digits); "" when not set."""
    if headcount is None:
        return ""
    if headcount == 1:
        return QCoreApplication.translate("Badges", "1 person")
    return QCoreApplication.translate("Badges", "{count} people").format(count=number_text(headcount))


_UNNAMED = {
    Kind.PRODUCT: QT_TRANSLATE_NOOP("Badges", "Unnamed product"),
    Kind.COMPANY: QT_TRANSLATE_NOOP("Badges", "Unnamed company"),
    Kind.BUYER: QT_TRANSLATE_NOOP("Badges", "Unnamed buyer"),
    Kind.DECISION_MAKER: QT_TRANSLATE_NOOP("Badges", "Unnamed decision-maker"),
    Kind.END_USER: QT_TRANSLATE_NOOP("Badges", "Unnamed end user"),
    Kind.PERSON: QT_TRANSLATE_NOOP("Badges", "Unnamed person"),
}


def shown_name(node) -> str:
    """The name drawn for a node: its own, or ``Unnamed buyer`` when it has none."""
    return node.name.strip() or QCoreApplication.translate("Badges", _UNNAMED[node.kind])


def layout_badges(roles, top: float, max_width: float, facts: tuple[str, ...] = ()) -> list[Badge]:
    """Pills for ``facts`` (grey: "400 people") then ``roles``, in rows no wider than
    ``max_width``, centred on x = 0, from ``top`` down."""
    pills = [(fact, QColor(FACT_COLOUR), True) for fact in facts if fact]
    pills += [(role_label(r), role_colour(r), False) for r in badge_roles(roles)]
    rows: list[list[tuple[str, QColor, float, bool]]] = [[]]
    row_width = 0.0
    for label, colour, fact in pills:
        w = text.text_width(label, "badge") + 2 * _PAD
        if rows[-1] and row_width + _GAP + w > max_width:
            rows.append([])
            row_width = 0.0
        row_width += (w + _GAP) if rows[-1] else w
        rows[-1].append((label, colour, w, fact))
    badges: list[Badge] = []
    y = top
    for row in rows:
        if not row:
            continue
        total = sum(w for _, _, w, _ in row) + _GAP * (len(row) - 1)
        x = -total / 2
        for label, colour, w, fact in row:
            badges.append(Badge(QRectF(x, y, w, BADGE_HEIGHT), label, colour, fact))
            x += w + _GAP
        y += BADGE_HEIGHT + _GAP
    return badges


def paint_badges(painter: QPainter, badges: list[Badge], theme: Theme) -> None:
    painter.setFont(text.font("badge"))
    for badge in badges:
        fill = QColor(badge.colour)
        fill.setAlpha(70 if theme.is_dark else 34)
        base = QColor(theme.background)
        border = QColor(badge.colour)
        border.setAlpha(150)
        ink = badge.colour.lighter(165) if theme.is_dark else badge.colour.darker(125)
        radius = BADGE_HEIGHT / 2
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(base)  # opaque base so lines under the pill do not show through
        painter.drawRoundedRect(badge.rect, radius, radius)
        painter.setBrush(fill)
        painter.setPen(QPen(border, 1.0))
        painter.drawRoundedRect(badge.rect, radius, radius)
        painter.setPen(ink)
        painter.drawText(badge.rect, Qt.AlignmentFlag.AlignCenter, badge.label)
