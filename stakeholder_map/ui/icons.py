"""Icons for kinds, relations and severities: shipped SVGs when present, else drawn swatches.

The colours are the shared look of the app (``canvas.style``), so the palette, the panels and the canvas agree.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from stakeholder_map.model import Kind, Relation

KIND_COLOURS = {
    Kind.PRODUCT: "#2F6FDE", Kind.COMPANY: "#6B4FBB", Kind.BUYER: "#1E9E6A",
    Kind.DECISION_MAKER: "#D9822B", Kind.END_USER: "#0F9BB0", Kind.PERSON: "#7A8694",
}
RELATION_COLOURS = {
    Relation.PAYS: "#1E9E6A", Relation.DECIDES: "#D9822B", Relation.USES: "#2F6FDE",
    Relation.INFLUENCES: "#8E44AD", Relation.MEMBER_OF: "#7A8694",
}
RELATION_STYLES = {
    Relation.PAYS: (3.0, Qt.PenStyle.SolidLine), Relation.DECIDES: (2.0, Qt.PenStyle.SolidLine),
    Relation.USES: (2.0, Qt.PenStyle.SolidLine), Relation.INFLUENCES: (2.0, Qt.PenStyle.DashLine),
    Relation.MEMBER_OF: (2.0, Qt.PenStyle.DotLine),
}
SEVERITY_COLOURS = {"error": "#D64545", "warning": "#E0A100", "info": "#3B82F6"}
_SIZE = 32


def _shipped(*parts: str) -> QIcon | None:
    """The icon file under resources/, or None when this installation has none."""
    try:
        from stakeholder_map.resources import resource_path

        path = resource_path(*parts)
    except (ImportError, OSError, ValueError):
        return None
    icon = QIcon(str(path))
    return None if icon.isNull() else icon


def _canvas() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(_SIZE, _SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@lru_cache(maxsize=None)
def kind_icon(kind: Kind) -> QIcon:
    """``resources/icons/kinds/<kind>.svg``, else a swatch in the kind's colour and shape."""
    kind = Kind(kind)
    shipped = _shipped("icons", "kinds", f"{kind.value}.svg")
    if shipped is not None:
        return shipped
    pixmap, painter = _canvas()
    colour = QColor(KIND_COLOURS[kind])
    painter.setPen(QPen(colour.darker(130), 1.5))
    painter.setBrush(colour)
    box = QRectF(4, 7, 24, 18)
    if kind in (Kind.END_USER, Kind.PERSON):
        painter.drawEllipse(QRectF(6, 6, 20, 20) if kind is Kind.END_USER else box)
    elif kind is Kind.DECISION_MAKER:
        painter.drawPolygon(QPolygonF([QPointF(9, 6), QPointF(23, 6), QPointF(29, 16),
                                       QPointF(23, 26), QPointF(9, 26), QPointF(3, 16)]))
    elif kind is Kind.COMPANY:
        painter.drawRect(box)
        painter.fillRect(QRectF(4, 7, 24, 5), colour.darker(140))
    else:
        painter.drawRoundedRect(box, 5, 5)
    painter.end()
    return QIcon(pixmap)


@lru_cache(maxsize=None)
def relation_icon(relation: Relation) -> QIcon:
    """``resources/icons/relations/<relation>.svg``, else an arrow drawn in the relation's
    colour and line style."""
    relation = Relation(relation)
    shipped = _shipped("icons", "relations", f"{relation.value}.svg")
    if shipped is not None:
        return shipped
    pixmap, painter = _canvas()
    colour = QColor(RELATION_COLOURS[relation])
    width, style = RELATION_STYLES[relation]
    pen = QPen(colour, width, style, Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(4, 26), QPointF(22, 10))
    painter.setPen(QPen(colour, 1))
    painter.setBrush(QBrush(colour) if relation is not Relation.MEMBER_OF else Qt.BrushStyle.NoBrush)
    head = QPainterPath(QPointF(28, 5))
    head.lineTo(QPointF(17, 9))
    head.lineTo(QPointF(24, 16))
    head.closeSubpath()
    painter.drawPath(head)
    painter.end()
    return QIcon(pixmap)


@lru_cache(maxsize=None)
def note_icon() -> QIcon:
    """A yellow sticky note with a folded corner."""
    pixmap, painter = _canvas()
    painter.setPen(QPen(QColor("#C9A800"), 1.2))
    painter.setBrush(QColor("#FFE873"))
    painter.drawPolygon(QPolygonF([QPointF(5, 5), QPointF(27, 5), QPointF(27, 21), QPointF(21, 27),
                                   QPointF(5, 27)]))
    painter.setPen(QPen(QColor("#8C7400"), 1.2))
    for y in (11, 15, 19):
        painter.drawLine(QPointF(9, y), QPointF(23 if y < 19 else 18, y))
    painter.end()
    return QIcon(pixmap)


@lru_cache(maxsize=None)
def select_icon() -> QIcon:
    """A mouse pointer for the Select tool."""
    pixmap, painter = _canvas()
    painter.setPen(QPen(QColor("#2B2F36"), 1.5))
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawPolygon(QPolygonF([QPointF(9, 4), QPointF(9, 26), QPointF(14, 21), QPointF(18, 29),
                                   QPointF(21, 28), QPointF(17, 20), QPointF(24, 20)]))
    painter.end()
    return QIcon(pixmap)


@lru_cache(maxsize=None)
def severity_icon(severity: str) -> QIcon:
    """A coloured disc with ``!`` (error, warning) or ``i`` (info)."""
    severity = str(severity)
    pixmap, painter = _canvas()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(SEVERITY_COLOURS.get(severity, "#7A8694")))
    if severity == "warning":
        painter.drawPolygon(QPolygonF([QPointF(16, 3), QPointF(30, 28), QPointF(2, 28)]))
    else:
        painter.drawEllipse(QRectF(3, 3, 26, 26))
    painter.setPen(QColor("#FFFFFF"))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(17)
    painter.setFont(font)
    glyph = "i" if severity == "info" else "!"
    painter.drawText(QRectF(0, 6 if severity == "warning" else 2, 32, 28),
                     Qt.AlignmentFlag.AlignCenter, glyph)
    painter.end()
    icon = QIcon(pixmap)
    # The same colours on a selected row: the style's selected look would grey the sign.
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    icon.addPixmap(pixmap, QIcon.Mode.Active)
    return icon


def app_icon() -> QIcon:
    """The application icon from ``resources/icons/app/`` (SVG and PNG sizes), or a null icon."""
    icon = QIcon()
    try:
        from stakeholder_map.resources import resource_path

        folder = resource_path("icons", "app")
    except (ImportError, OSError, ValueError):
        return icon
    for path in sorted(folder.glob("*.png")) + sorted(folder.glob("*.svg")):
        icon.addFile(str(path))
    return icon


def command_icon(name: str, colour: QColor | None = None) -> QIcon:
    """Line icons for the tool bar (``undo``, ``redo``, ``zoom_in``, ``zoom_out``, ``fit``,
    ``arrange``), drawn in
    the palette's text colour (or ``colour``) so they suit light and dark schemes."""
    from PySide6.QtGui import QGuiApplication, QPalette

    if colour is None:
        colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    pixmap, painter = _canvas()
    pen = QPen(colour, 2.4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
               Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    if name in ("undo", "redo"):
        # A hooked arrow turning back (undo) or forward (redo): not the back/forward of a
        # browser, which the style's arrows looked like.
        flip = (lambda x: 32 - x) if name == "redo" else (lambda x: x)
        path = QPainterPath(QPointF(flip(26), 25))
        path.cubicTo(QPointF(flip(26), 11), QPointF(flip(14), 8), QPointF(flip(7), 15))
        painter.drawPath(path)
        painter.drawLine(QPointF(flip(7), 15), QPointF(flip(15), 15.5))
        painter.drawLine(QPointF(flip(7), 15), QPointF(flip(7.5), 7))
    elif name in ("zoom_in", "zoom_out"):
        painter.drawEllipse(QRectF(5, 5, 17, 17))
        painter.drawLine(QPointF(20, 20), QPointF(27, 27))
        painter.drawLine(QPointF(9.5, 13.5), QPointF(17.5, 13.5))
        if name == "zoom_in":
            painter.drawLine(QPointF(13.5, 9.5), QPointF(13.5, 17.5))
    elif name == "fit":
        for x, y, dx, dy in ((4, 4, 1, 1), (28, 4, -1, 1), (4, 28, 1, -1), (28, 28, -1, -1)):
            painter.drawLine(QPointF(x, y), QPointF(x + 7 * dx, y))
            painter.drawLine(QPointF(x, y), QPointF(x, y + 7 * dy))
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(11, 12, 10, 8), 2, 2)
    elif name == "arrange":
        painter.setBrush(QColor(KIND_COLOURS[Kind.PRODUCT]))
        painter.drawLine(QPointF(8, 8), QPointF(16, 16))
        painter.drawLine(QPointF(8, 24), QPointF(16, 16))
        painter.drawLine(QPointF(24, 16), QPointF(16, 16))
        painter.setPen(QPen(colour, 1.5))
        painter.drawRoundedRect(QRectF(11, 12, 10, 8), 2, 2)
        painter.setBrush(colour)
        for x, y in ((6, 6), (6, 22), (22, 14)):
            painter.drawEllipse(QRectF(x - 1, y - 1, 6, 6))
    painter.end()
    return QIcon(pixmap)
