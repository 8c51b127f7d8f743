"""The stakeholder report as a PDF: a cover with the map drawn as vectors, then the text pages.

Text is real text in embedded fonts (Qt's PDF engine embeds the glyphs it uses), so it can
be selected, searched and read back. Every page carries "Page N of M" at its foot.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument,
)

from stakeholder_map.analysis.report_content import ReportContent
from stakeholder_map.canvas.text import without_ligatures
from stakeholder_map.render.errors import ExportError
from stakeholder_map.render.report_html import cover_lines, report_sections
from stakeholder_map.render.scene import PreparedScene

RESOLUTION = 300  # dots per inch of the PDF's coordinate system (text and vectors stay sharp)
MARGIN_MM = 16.0
BODY_POINTS = 10.0
_TEXT_STYLE = """
h2 { font-size: 15pt; margin-top: 14pt; margin-bottom: 4pt; }
h3 { font-size: 11.5pt; margin-top: 8pt; margin-bottom: 2pt; }
p { margin-top: 2pt; margin-bottom: 2pt; }
ul { margin-top: 0; margin-bottom: 4pt; }
.facts, .means { color: #57606a; }
th { text-align: left; padding-right: 8pt; }
td { padding-right: 8pt; padding-bottom: 3pt; }
"""


def _document(writer: QPdfWriter, html: str, width: float) -> QTextDocument:
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BODY_POINTS)
    doc.setDefaultFont(without_ligatures(font))
    doc.setDefaultStyleSheet(_TEXT_STYLE)
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


def _footer(painter: QPainter, writer: QPdfWriter, page: int, pages: int, title: str, height: float) -> None:
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(8.0)
    without_ligatures(font)
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#57606a"))
    box = QRectF(0, writer.height() - height, writer.width(), height)
    painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, title)
    painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                     QCoreApplication.translate("Report", "Page {page} of {pages}").format(page=page, pages=pages))
    painter.restore()


def _layout(page: QPageSize.PageSizeId, orientation: QPageLayout.Orientation) -> QPageLayout:
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    return QPageLayout(QPageSize(page), orientation, margins, QPageLayout.Unit.Millimeter)


def report_pdf_bytes(prepared: PreparedScene, content: ReportContent, page: QPageSize.PageSizeId) -> bytes:
    """The report as a PDF file's bytes: page 1 the cover and the map (landscape for a wide
    map), then the text pages."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(content.title)
    writer.setCreator("Stakeholder Map")
    writer.setResolution(RESOLUTION)
    rect = prepared.rect
    wide = rect.width() > rect.height() * 1.15
    cover_orientation = QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait
    if not writer.setPageLayout(_layout(page, cover_orientation)):
        raise ExportError(QCoreApplication.translate("Report", "could not set up the PDF's pages"))
    footer = RESOLUTION * 0.22  # a line of 8 pt text and a little space
    gap = RESOLUTION * 0.15

    # The text pages are always portrait: lay them out first to know how many there are.
    portrait = _layout(page, QPageLayout.Orientation.Portrait).paintRectPixels(RESOLUTION)
    body = _document(writer, report_sections(content), portrait.width())
    body_height = portrait.height() - footer - gap
    body.setPageSize(QSizeF(portrait.width(), body_height))
    pages = 1 + body.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise ExportError(QCoreApplication.translate("Report", "could not start the report's PDF"))
    try:
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        # Cover: title and facts, then the map as large as the rest of the page allows.
        lines = "".join(f"<p style='color:#57606a'>{_escape(line)}</p>" for line in cover_lines(content))
        cover = _document(writer, f"<h1 style='font-size:22pt'>{_escape(content.title)}</h1>{lines}",
                          writer.width())
        cover.drawContents(painter)
        top = cover.size().height() + gap
        picture = QRectF(0, top, writer.width(), writer.height() - top - footer - gap)
        if picture.height() > 0:
            prepared.paint(painter, picture, transparent=True, legend=True)
        _footer(painter, writer, 1, pages, content.title, footer)

        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        for index in range(body.pageCount()):
            if not writer.newPage():
                raise ExportError(QCoreApplication.translate("Report", "could not add a page to the report's PDF"))
            painter.save()
            painter.translate(0, -index * body_height)
            # A line moved to the next page starts exactly on the boundary, and Qt draws every
            # line that touches the clip: one unit in from each edge keeps it on its own page
            # (otherwise its text is also written, clipped away, at the foot of this page).
            body.drawContents(painter, QRectF(0, index * body_height + 1, body.textWidth(), body_height - 2))
            painter.restore()
            _footer(painter, writer, index + 2, pages, content.title, footer)
    finally:
        painter.end()
    return bytes(buffer.data())


def _escape(text: str) -> str:
    from html import escape

    from stakeholder_map.canvas.text import clip
    from stakeholder_map.render.report_html import REPORT_CHARACTERS

    return escape(clip(text, REPORT_CHARACTERS), quote=True)
