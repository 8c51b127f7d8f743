"""``write_report``: the stakeholder report of a map as a PDF or a self-contained HTML page.

The report opens with the title, the date and the currency over the map's picture, then
tells the key stakeholders (score and why), the findings by severity with what to do, and
every stakeholder and product with its kind, roles, links in words, headcount, tags,
attitude and notes.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

from stakeholder_map.model import Map
from stakeholder_map.render.errors import ExportError
from stakeholder_map.render.export import check_destination, write_output
from stakeholder_map.texts import translate

REPORT_SUFFIXES = (".pdf", ".html", ".htm")
PAGE_SIZES = ("a4", "letter")
_XML_PROLOGUE = re.compile(r"^\s*<\?xml[^>]*\?>\s*(<!DOCTYPE[^>]*>\s*)?", re.IGNORECASE)


def report_format(out_path: str | os.PathLike[str]) -> str:
    """``"pdf"`` or ``"html"`` from the destination's suffix; ``ExportError`` otherwise."""
    suffix = Path(out_path).suffix.lower()
    if suffix not in REPORT_SUFFIXES:
        text = (translate("Report", "cannot write a report to {path}: '{suffix}' is not a report format "
                                    "(use .pdf or .html)") if suffix
                else translate("Report", "cannot write a report to {path}: the name has no suffix (use .pdf "
                                         "or .html)"))
        raise ExportError(text.format(path=os.fspath(out_path), suffix=suffix))
    return "pdf" if suffix == ".pdf" else "html"


def default_page() -> str:
    """``"letter"`` where the locale measures in US units or is Canadian, else ``"a4"``."""
    from PySide6.QtCore import QLocale

    from stakeholder_map.texts import asked_locale

    asked = asked_locale()  # an LC_ALL this system has no locale for still names the country
    locale = QLocale(asked) if asked else QLocale.system()
    if locale.measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem \
            or locale.territory() == QLocale.Country.Canada:
        return "letter"
    return "a4"


def write_report(map_: Map, out_path: str | os.PathLike[str], *, page: str | None = None,
                 today: date | None = None) -> Path:
    """Write the report of ``map_`` to ``out_path`` (``.pdf`` or ``.html``); return the path.

    ``page`` is ``"a4"`` or ``"letter"`` (PDF only; default from the locale). The report is
    made in memory and written by the program's one atomic writer, so a failure leaves the
    old file as it was and no half file.
    Raises ``ExportError`` with one line for a bad suffix, page or folder, or a failed write.
    """
    fmt = report_format(out_path)
    if page is not None and page not in PAGE_SIZES:
        raise ExportError(translate("Report", "the page size must be a4 or letter, not {page}").format(
            page=repr(page)))
    out = Path(out_path)
    check_destination(out)
    from stakeholder_map.analysis.report_content import report_content
    from stakeholder_map.render.scene import prepare

    prepared = prepare(map_, legend=True)
    content = report_content(prepared.map, prepared.analysis, today)
    if fmt == "html":
        from stakeholder_map.render.report_html import report_document
        from stakeholder_map.render.vector import svg_bytes

        try:
            picture = svg_bytes(prepared, transparent=False, legend=True)
        except ExportError:  # the picture's own message speaks of an SVG export
            raise ExportError(translate(
                "Report", "cannot write a report to {path}: the map's picture is too large for a web page "
                "(some nodes are very far from the others); move them closer, or write the report as PDF"
            ).format(path=out)) from None
        svg = _XML_PROLOGUE.sub("", picture.decode("utf-8"))
        data = report_document(content, svg).encode("utf-8")
    else:
        from PySide6.QtGui import QPageSize

        from stakeholder_map.render.report_pdf import report_pdf_bytes

        size = QPageSize.PageSizeId.Letter if (page or default_page()) == "letter" else QPageSize.PageSizeId.A4
        data = report_pdf_bytes(prepared, content, size)
        if not data:  # Qt's PDF writer reports some failures only by writing nothing
            raise ExportError(translate("Report", "cannot write a report to {path}: nothing could be "
                                                  "written").format(path=out))
    write_output([(out, data)])  # the program's one atomic writer
    return out
