"""The look of each node kind and relation: colours, sizes, outlines and line styles.

Positions in the map are the centres of the node shapes; every outline here is
centred on (0, 0) in item coordinates.

>>> node_size(Kind.PRODUCT).width() > node_size(Kind.END_USER).width()
True
>>> RELATION_STYLES[Relation.INFLUENCES].dash is Qt.PenStyle.DashLine
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPolygonF

from stakeholder_map.look import KIND_COLOURS, NAME_INSIDE, RELATION_COLOURS, RELATION_WIDTHS
from stakeholder_map.look import KIND_SIZES as _SIZES
from stakeholder_map.model import Kind, Relation
from stakeholder_map.model.money import with_currency
from stakeholder_map.texts import QT_TRANSLATE_NOOP, language


SEVERITY_COLOURS: dict[str, str] = {"error": "#D64545", "warning": "#E0A100", "info": "#3B82F6"}
SEVERITY_RANK: dict[str, int] = {"error": 3, "warning": 2, "info": 1}


COMPANY_BAND = 12.0  # height of the company's coloured top band
NAME_WIDTH_BELOW = 150.0  # widest name drawn under a node
GRID = 20.0  # snapping grid and the background dot spacing


@dataclass(frozen=True)
class RelationStyle:
    colour: str
    width: float
    dash: Qt.PenStyle
    open_arrow: bool = False


_DASHES = {Relation.INFLUENCES: Qt.PenStyle.DashLine, Relation.MEMBER_OF: Qt.PenStyle.DotLine}
RELATION_STYLES: dict[Relation, RelationStyle] = {
    r: RelationStyle(RELATION_COLOURS[r], RELATION_WIDTHS[r], _DASHES.get(r, Qt.PenStyle.SolidLine),
                     open_arrow=r is Relation.MEMBER_OF)
    for r in Relation
}


def kind_colour(kind: Kind) -> QColor:
    return QColor(KIND_COLOURS[kind])


def node_size(kind: Kind) -> QSizeF:
    w, h = _SIZES[kind]
    return QSizeF(w, h)


def node_rect(kind: Kind) -> QRectF:
    """The shape's bounds in item coordinates (centred on the origin)."""
    w, h = _SIZES[kind]
    return QRectF(-w / 2, -h / 2, w, h)


def half_size(kind: Kind) -> tuple[float, float]:
    """Half the width and half the height of a kind's shape."""
    w, h = _SIZES[kind]
    return w / 2, h / 2


def _hexagon(rect: QRectF) -> QPolygonF:
    inset = rect.width() * 0.24
    return QPolygonF([
        QPointF(rect.left(), 0.0),
        QPointF(rect.left() + inset, rect.top()),
        QPointF(rect.right() - inset, rect.top()),
        QPointF(rect.right(), 0.0),
        QPointF(rect.right() - inset, rect.bottom()),
        QPointF(rect.left() + inset, rect.bottom()),
    ])


def node_outline(kind: Kind, grow: float = 0.0) -> QPainterPath:
    """The node's outline, optionally grown outwards (for selection and finding rings)."""
    rect = node_rect(kind).adjusted(-grow, -grow, grow, grow)
    path = QPainterPath()
    if kind is Kind.PRODUCT:
        path.addRoundedRect(rect, 16 + grow, 16 + grow)
    elif kind is Kind.COMPANY:
        path.addRoundedRect(rect, 5 + grow, 5 + grow)
    elif kind is Kind.BUYER:
        path.addRoundedRect(rect, 12 + grow, 12 + grow)
    elif kind is Kind.DECISION_MAKER:
        path.addPolygon(_hexagon(rect))
        path.closeSubpath()
    else:  # end users are circles, other people ellipses
        path.addEllipse(rect)
    return path


def boundary_distance(kind: Kind, dx: float, dy: float) -> float:
    """How far from the centre the outline lies in direction (dx, dy) (a unit vector).

    Edges end there, so arrowheads touch the shape instead of hiding under it.
    """
    w, h = _SIZES[kind]
    a, b = w / 2, h / 2
    if kind is Kind.END_USER or kind is Kind.PERSON:
        denom = math.sqrt((dx / a) ** 2 + (dy / b) ** 2)
        return 1.0 / denom if denom else a
    if kind is Kind.DECISION_MAKER:
        return _ray_polygon(_hexagon_points(), dx, dy, max(a, b))
    tx = a / abs(dx) if dx else math.inf
    ty = b / abs(dy) if dy else math.inf
    return min(tx, ty)


_HEXAGON: list[tuple[float, float]] = []


def _hexagon_points() -> list[tuple[float, float]]:
    if not _HEXAGON:
        poly = _hexagon(node_rect(Kind.DECISION_MAKER))
        _HEXAGON.extend((poly.at(i).x(), poly.at(i).y()) for i in range(poly.size()))
    return _HEXAGON


def _ray_polygon(points: list[tuple[float, float]], dx: float, dy: float, fallback: float) -> float:
    best = math.inf
    n = len(points)
    for i in range(n):
        (px, py), (qx, qy) = points[i], points[(i + 1) % n]
        ex, ey = qx - px, qy - py
        den = dx * ey - dy * ex
        if abs(den) < 1e-12:
            continue
        t = (px * ey - py * ex) / den
        s = (px * dy - py * dx) / den
        if t > 0 and -1e-9 <= s <= 1 + 1e-9:
            best = min(best, t)
    return best if best is not math.inf else fallback


def locale() -> QLocale:
    """The locale numbers are written in: the application's (it follows the chosen language),
    digits always grouped (``1,200``, ``1.200``), also in the "C" locale of a bare system."""
    chosen = QLocale()
    chosen.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return chosen


def number_text(value, places: int = 0) -> str:
    """``value`` with the locale's digit groups and decimal sign: ``12,000`` / ``12.000``,
    ``12.50`` / ``12,50`` with ``places=2``."""
    chosen = locale()
    if places == 0:
        whole = int(value)
        if abs(whole) < 2**63:  # what Qt's integers hold
            return chosen.toString(whole)
        return f"{whole:,}".replace(",", chosen.groupSeparator())
    return chosen.toString(float(value), "f", places)


def format_money(amount, currency: str | None = None) -> str:
    """A short amount in the map's currency and the locale's digits, the currency placed as
    the language places it (``model.money.with_currency``, as in the report): ``$1,200``,
    ``€12.50``, ``CHF 3.4M`` (in German ``1.200 $``, ``12,50 €``, ``CHF 3,4 Mio.``); a map
    without a currency shows the plain number (no assumed dollar).

    >>> format_money(1200, "USD"), format_money(12.5, "EUR"), format_money(3_400_000, "CHF")
    ('$1,200', '€12.50', 'CHF 3.4M')
    >>> format_money(1200), format_money(69.99), format_money(10 ** 308)
    ('1,200', '69.99', '1e+308')
    """
    translate = QCoreApplication.translate
    if amount >= 1_000_000_000_000_000:  # a huge amount: a few digits, not three hundred
        number = f"{float(amount):.3g}"
    elif amount >= 1_000_000_000:
        number = translate("Amounts", "{number}B").format(number=_short(amount / 1_000_000_000))
    elif amount >= 1_000_000:
        number = translate("Amounts", "{number}M").format(number=_short(amount / 1_000_000))
    elif amount == int(amount):
        number = number_text(amount)
    else:
        number = number_text(amount, 2)
    return with_currency(number, currency)


def _short(value) -> str:
    """``3.4``, ``12`` (not ``12.0``): one decimal at most, in the locale's digits."""
    plain = locale()
    plain.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    text = plain.toString(float(value), "f", 1)
    zero = plain.decimalPoint() + "0"
    return text[: -len(zero)] if text.endswith(zero) else text


_PERIOD_SUFFIX = {"monthly": QT_TRANSLATE_NOOP("Amounts", "{amount} / mo"),
                  "yearly": QT_TRANSLATE_NOOP("Amounts", "{amount} / yr"),
                  "one_time": QT_TRANSLATE_NOOP("Amounts", "{amount} once")}
_PERIOD_WORD = {"monthly": QT_TRANSLATE_NOOP("Amounts", "monthly"),
                "yearly": QT_TRANSLATE_NOOP("Amounts", "yearly"),
                "one_time": QT_TRANSLATE_NOOP("Amounts", "one-time")}


def edge_label(edge, currency: str | None = None) -> str:
    """The short text drawn on a link: a ``pays`` edge's money (``$1,200 / mo``, in the map's
    ``currency``), then the link's own label (cut at 40 characters); empty when there is none.

    >>> from stakeholder_map.model import Edge
    >>> edge_label(Edge("e", "a", "b", "pays", amount=1200, period="monthly"), "USD")
    '$1,200 / mo'
    >>> edge_label(Edge("e", "a", "b", "pays", amount=1200, period="monthly"))
    '1,200 / mo'
    >>> edge_label(Edge("e", "a", "b", "uses"))
    ''
    >>> edge_label(Edge("e", "a", "b", "pays", amount=5, label="since May"))
    '5 · since May'
    """
    own = " ".join(edge.label.split()) if edge.label else ""  # (most links have none)
    if len(own) > LINK_LABEL_LIMIT:
        own = own[: LINK_LABEL_LIMIT - 1] + "…"
    if edge.relation is not Relation.PAYS:
        return own
    money = _money_label(edge, currency)
    return f"{money} · {own}" if money and own else money or own


LINK_LABEL_LIMIT = 40


_MONEY_LABELS: dict[tuple, str] = {}  # a big map repeats its amounts: 60,000 links, 1,500 amounts


def _money_label(edge, currency: str | None) -> str:
    key = (edge.amount, edge.period, edge.agreement, currency, language(), QLocale().name())
    text = _MONEY_LABELS.get(key)
    if text is None:
        if len(_MONEY_LABELS) > 5000:
            _MONEY_LABELS.clear()
        text = _MONEY_LABELS[key] = _money_text(edge, currency)
    return text


def _money_text(edge, currency: str | None) -> str:
    translate = QCoreApplication.translate
    period = edge.period.value if edge.period is not None else None
    if edge.amount is not None:
        text = format_money(edge.amount, currency)
        if period:
            text = translate("Amounts", _PERIOD_SUFFIX[period]).format(amount=text)
    elif period:
        text = translate("Amounts", _PERIOD_WORD[period])
    else:
        text = ""
    if edge.agreement is not None and edge.agreement.value == "contract":
        text = translate("Amounts", "{amount} · contract").format(amount=text) if text else translate("Amounts", "contract")
    return text
