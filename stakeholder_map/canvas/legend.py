"""The legend: what each node shape, each line and each attitude marker means, a company
box, and the finding colours.

The attitude column is always there, also on a map where no one has an attitude yet: it
is how a new user learns that the markers exist (the legend is the same for every map, so a
picture's legend never changes size as the map changes).

Views pin it in a corner (drawn in viewport pixels); exports place it beside the map.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF

from stakeholder_map.canvas import box_paint, text
from stakeholder_map.canvas.attitude import paint_attitude_marker
from stakeholder_map.canvas.style import (
    KIND_COLOURS, RELATION_STYLES, SEVERITY_COLOURS, node_outline, node_rect,
)
from stakeholder_map.canvas.theme import Theme
from stakeholder_map.model import Attitude, Kind, Relation
from stakeholder_map.texts import QT_TRANSLATE_NOOP

_PAD = 10.0
_ROW = 19.0
_TITLE = 20.0
_SAMPLE = 30.0
_COLUMN_GAP = 18.0

SEVERITY_WORDS = {"error": QT_TRANSLATE_NOOP("Legend", "Error"), "warning": QT_TRANSLATE_NOOP("Legend", "Warning"),
                  "info": QT_TRANSLATE_NOOP("Legend", "Note")}


def _titles() -> tuple[str, str, str]:
    """The three column headings, in the user's language."""
    return (QCoreApplication.translate("Legend", "Stakeholders"),
            QCoreApplication.translate("Legend", "Relations"),
            QCoreApplication.translate("Legend", "Attitude"))


def _severity_words() -> list[tuple[str, str]]:
    return [(severity, QCoreApplication.translate("Legend", word)) for severity, word in SEVERITY_WORDS.items()]


def _box_label() -> str:
    return QCoreApplication.translate("Legend", "Company box")


def _column_widths(findings: bool = True) -> tuple[float, float, float]:
    kinds = max(max(text.text_width(k.label, "legend") for k in Kind), text.text_width(_box_label(), "legend"))
    relations = max(text.text_width(r.label, "legend") for r in Relation)
    severities = sum(text.text_width(w, "legend") + 22 for _, w in _severity_words()) if findings else 0.0
    attitudes = max(text.text_width(a.label, "legend") for a in Attitude)
    stakeholders, relations_title, attitude = (text.text_width(t, "legend_title") for t in _titles())
    return (_SAMPLE + 6 + max(kinds, stakeholders),
            max(_SAMPLE + 6 + relations, severities, relations_title),
            max(22 + attitudes, attitude))


def legend_size(findings: bool = True) -> QSizeF:
    """The legend's size; without ``findings`` (a picture without finding rings) it has no
    row of finding colours."""
    left, middle, right = _column_widths(findings)
    rows = max(len(Kind) + 1, len(Relation) + (2 if findings else 0), len(Attitude))
    return QSizeF(_PAD * 2 + left + middle + right + 2 * _COLUMN_GAP, _PAD * 2 + _TITLE + rows * _ROW)


def paint_legend(painter: QPainter, top_left: QPointF, theme: Theme, findings: bool = True) -> None:
    """Draw the legend with its top-left corner at ``top_left`` (painter coordinates), with
    the finding colours (error, warning, note) unless ``findings`` is false."""
    painter.save()
    size = legend_size(findings)
    box = QRectF(top_left, size)
    painter.setPen(QPen(theme.legend_border, 1.0))
    painter.setBrush(theme.legend_background)
    painter.drawRoundedRect(box, 8, 8)
    left, middle, _right = _column_widths(findings)
    x0 = box.left() + _PAD
    x1 = x0 + left + _COLUMN_GAP
    x2 = x1 + middle + _COLUMN_GAP
    y = box.top() + _PAD
    painter.setFont(text.font("legend_title"))
    painter.setPen(theme.text)
    stakeholders, relations, attitude = _titles()
    painter.drawText(QRectF(x0, y, left, _TITLE), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, stakeholders)
    painter.drawText(QRectF(x1, y, size.width(), _TITLE), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, relations)
    painter.drawText(QRectF(x2, y, size.width(), _TITLE), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, attitude)
    painter.setFont(text.font("legend"))
    row_y = y + _TITLE
    for i, kind in enumerate(Kind):
        _kind_sample(painter, kind, QRectF(x0, row_y + i * _ROW + 2, _SAMPLE, _ROW - 4))
        painter.setPen(theme.text)
        painter.drawText(QRectF(x0 + _SAMPLE + 6, row_y + i * _ROW, left, _ROW),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, kind.label)
    box_y = row_y + len(Kind) * _ROW
    _box_sample(painter, QRectF(x0, box_y + 2, _SAMPLE, _ROW - 4), theme)
    painter.setPen(theme.text)
    painter.drawText(QRectF(x0 + _SAMPLE + 6, box_y, left, _ROW),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, _box_label())
    for i, relation in enumerate(Relation):
        _relation_sample(painter, relation, QRectF(x1, row_y + i * _ROW, _SAMPLE, _ROW))
        painter.setPen(theme.text)
        painter.drawText(QRectF(x1 + _SAMPLE + 6, row_y + i * _ROW, size.width(), _ROW),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, relation.label)
    for i, attitude in enumerate(Attitude):
        paint_attitude_marker(painter, QPointF(x2 + 7, row_y + i * _ROW + _ROW / 2), attitude, 6.5)
        painter.setPen(theme.text)
        painter.drawText(QRectF(x2 + 22, row_y + i * _ROW, size.width(), _ROW),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, attitude.label)
    sev_y = row_y + (len(Relation) + 0.6) * _ROW
    x = x1
    for severity, word in _severity_words() if findings else ():
        painter.setPen(QPen(QColor("white"), 1.2))
        painter.setBrush(QColor(SEVERITY_COLOURS[severity]))
        painter.drawEllipse(QPointF(x + 6, sev_y + _ROW / 2), 5.5, 5.5)
        painter.setPen(theme.text)
        w = text.text_width(word, "legend")
        painter.drawText(QRectF(x + 15, sev_y, w + 2, _ROW), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, word)
        x += w + 22
    painter.restore()


def _kind_sample(painter: QPainter, kind: Kind, rect: QRectF) -> None:
    shape = node_rect(kind)
    scale = min(rect.width() / shape.width(), rect.height() / shape.height())
    painter.save()
    painter.translate(rect.center())
    painter.scale(scale, scale)
    colour = QColor(KIND_COLOURS[kind])
    painter.setPen(QPen(colour.darker(118), 1.0 / scale))
    painter.setBrush(colour)
    painter.drawPath(node_outline(kind))
    painter.restore()


def _box_sample(painter: QPainter, rect: QRectF, theme: Theme) -> None:
    """A company box in miniature, drawn by the canvas's own box painter."""
    shape = box_paint.BoxShape(QRectF(0, 0, box_paint.MIN_WIDTH, box_paint.MIN_HEIGHT), False, 0, 0)
    scale = min(rect.width() / shape.rect.width(), rect.height() / shape.rect.height())
    painter.save()
    painter.translate(rect.center() - QPointF(shape.rect.width(), shape.rect.height()) * scale / 2)
    painter.scale(scale, scale)
    box_paint.paint_box(painter, shape, "", QColor(KIND_COLOURS[Kind.COMPANY]), theme, 0.0)
    painter.restore()


def _relation_sample(painter: QPainter, relation: Relation, rect: QRectF) -> None:
    style = RELATION_STYLES[relation]
    colour = QColor(style.colour)
    y = rect.center().y()
    tip = QPointF(rect.right(), y)
    painter.setPen(QPen(colour, style.width, style.dash, Qt.PenCapStyle.FlatCap))
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right() - (0 if style.open_arrow else 8), y))
    arrow = QPolygonF([QPointF(rect.right() - 8, y - 4.5), tip, QPointF(rect.right() - 8, y + 4.5)])
    if style.open_arrow:
        painter.setPen(QPen(colour, style.width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawPolyline(arrow)
    else:
        painter.setPen(QPen(colour, 1.0))
        painter.setBrush(colour)
        painter.drawPolygon(arrow)
