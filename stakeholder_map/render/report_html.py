"""The stakeholder report as HTML: one self-contained file, and the text pages of the PDF.

``report_sections`` is the report's text (stakeholders, findings, key stakeholders) as HTML
that both a browser and Qt's rich text engine lay out; ``report_document`` wraps it with a
cover and the map's picture as inline SVG into a file that needs nothing else: no script,
no external style sheet, font or image. Every name and note is escaped.
"""

from __future__ import annotations

from html import escape

from stakeholder_map.analysis.report_content import Entry, ReportContent
from stakeholder_map.canvas.text import clip
from stakeholder_map.texts import format_number, language, translate

SEVERITY_COLOURS = {"error": "#C53030", "warning": "#9A6700", "info": "#2563EB"}

_STYLE = """
body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1f2328;
       max-width: 60em; margin: 2em auto; padding: 0 1.5em; line-height: 1.45; }
h1 { font-size: 1.9em; margin-bottom: 0.2em; }
h2 { font-size: 1.35em; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2em; margin-top: 1.6em; }
h3 { font-size: 1.08em; margin: 1em 0 0.2em 0; }
.meta { color: #57606a; margin: 0.1em 0; }
.picture { margin: 1.2em 0; text-align: center; }
.picture svg { max-width: 100%; height: auto; border: 1px solid #d0d7de; }
.entry { margin: 0 0 0.9em 0; page-break-inside: avoid; break-inside: avoid; }
.facts { color: #57606a; }
ul { margin: 0.2em 0 0.4em 0; padding-left: 1.4em; }
.todo { margin: 0.2em 0; }
.means { margin: 0.2em 0; color: #57606a; }
table.key { border-collapse: collapse; }
table.key th, table.key td { text-align: left; padding: 0.2em 0.8em 0.2em 0; vertical-align: top; }
@page { margin: 18mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10.5pt; }
  .cover { page-break-after: always; break-after: page; }
  h2 { page-break-after: avoid; break-after: avoid; }
  .picture svg { border: none; }
}
"""

REPORT_CHARACTERS = 2_000  # per name, note or message


def _e(text: object) -> str:
    # A name of megabytes would take minutes to lay out: the report shows its start.
    return escape(clip(str(text), REPORT_CHARACTERS), quote=True)


def _item(label: str, value: str) -> str:
    """A list item: ``label`` in bold (none when empty), then ``value``."""
    return f"<li><b>{_e(label)}</b> {_e(value)}</li>" if label else f"<li>{_e(value)}</li>"


def _entry(entry: Entry) -> str:
    kind = translate("Report", "{kind} (internal)").format(kind=entry.kind) if entry.internal else entry.kind
    facts = [kind]
    if entry.headcount is not None:
        facts.append(translate("Report", "{count} people").format(count=format_number(entry.headcount))
                     if entry.headcount != 1 else translate("Report", "1 person"))
    shown = ", ".join(facts)
    if language() == "en":  # "Buyer, 400 people"; German keeps its capital nouns as they are
        shown = shown.capitalize()
    parts = [f'<div class="entry"><h3>{_e(entry.name)}</h3>', f'<p class="facts">{_e(shown)}</p>']
    details = []
    if entry.roles:
        details.append(_item(translate("Report", "Roles:"), ", ".join(entry.roles)))
    for link in entry.links:
        details.append(f"<li>{_e(link[0].upper() + link[1:])}</li>")
    if not entry.links:
        details.append(_item("", translate("Report", "No links.")))
    if entry.tags:
        details.append(_item(translate("Report", "Tags:"), ", ".join(entry.tags)))
    if entry.attitude:
        details.append(_item(translate("Report", "Attitude:"), entry.attitude))
    if entry.notes:
        notes = "<br>".join(_e(line) for line in entry.notes.splitlines())
        label = translate("Report", "Notes:")
        details.append(f"<li><b>{_e(label)}</b> {notes}</li>")
    parts.append("<ul>" + "".join(details) + "</ul></div>")
    return "".join(parts)


def _heading(level: int, text: str) -> str:
    return f"<h{level}>{_e(text)}</h{level}>"


def _paragraph(text: str) -> str:
    return f"<p>{_e(text)}</p>"


def _score(value: float) -> str:
    """A score as the language writes numbers: ``2.5``, ``2,5`` in German; whole ones without a point."""
    decimals = f"{value:g}".partition(".")[2]
    return format_number(value, len(decimals) if decimals.isdigit() else 0)


def report_sections(content: ReportContent) -> str:
    """Stakeholders, products, findings and key stakeholders as HTML (no cover, no picture)."""
    out = []
    out.append(_heading(2, translate("Report", "Key stakeholders")))
    if content.key_stakeholders:
        from stakeholder_map.analysis.ranking import DECIDES, PAYS, SWAYED, SWAYS, USES

        out.append(_paragraph(translate(
            "Report", "The people and organisations that carry the most weight on this map. The score "
            "adds up what each one holds: deciding on a product {decides}, paying for one as a company "
            "{pays}, swaying someone who decides {sways}, each stakeholder who sways them {swayed}, using "
            "a product {uses}.").format(decides=_score(DECIDES), pays=_score(PAYS), sways=_score(SWAYS),
                                         swayed=_score(SWAYED), uses=_score(USES))))
        rows = "".join(
            f"<tr><td>{k.rank}.</td><td><b>{_e(k.name)}</b></td><td>{_e(_score(k.score))}</td>"
            f"<td>{_e(k.why)}</td></tr>"
            for k in content.key_stakeholders)
        heads = "".join(f"<th>{_e(head)}</th>" for head in (
            "", translate("Report", "Stakeholder"), translate("Report", "Score"), translate("Report", "Why")))
        out.append(f'<table class="key" cellpadding="3"><tr>{heads}</tr>{rows}</table>')
    else:
        out.append(_paragraph(translate("Report", "No stakeholder stands out: add who influences, decides on "
                                                  "and pays for the products to see who carries the most weight.")))

    out.append(_heading(2, translate("Report", "Findings")) + _paragraph(content.findings_summary))
    for group in content.finding_groups:
        colour = SEVERITY_COLOURS.get(group.severity.value, "#1f2328")
        out.append(f'<h3 style="color: {colour}">{_e(group.heading)}</h3>')
        for topic in group.topics:
            out.append(f'<div class="entry"><p><b>{_e(topic.title)}</b></p>')
            out.append("<ul>" + "".join(f"<li>{_e(m)}</li>" for m in topic.messages) + "</ul>")
            if topic.meaning:
                out.append(f'<p class="means">{_e(topic.meaning)}</p>')
            if topic.action:
                todo = translate("Report", "What to do:")
                out.append(f'<p class="todo"><b>{_e(todo)}</b> {_e(topic.action)}</p>')
            out.append("</div>")

    out.append(_heading(2, translate("Report", "Stakeholders")))
    if content.stakeholders:
        out.extend(_entry(entry) for entry in content.stakeholders)
    else:
        out.append(_paragraph(translate("Report", "The map has no stakeholders yet.")))
    if content.role_meanings:
        out.append(_heading(3, translate("Report", "What the roles mean")) + "<ul>")
        out.extend(f"<li><b>{_e(label)}:</b> {_e(text)}</li>" for label, text in content.role_meanings)
        out.append("</ul>")

    out.append(_heading(2, translate("Report", "Products")))
    if content.products:
        out.extend(_entry(entry) for entry in content.products)
    else:
        out.append(_paragraph(translate("Report", "The map has no products yet.")))
    return "\n".join(out)


def cover_lines(content: ReportContent) -> list[str]:
    """The lines under the title on the cover: date, currency, counts, findings."""
    lines = [translate("Report", "Stakeholder report, {date}").format(date=content.date_text)]
    if content.currency:
        lines.append(translate("Report", "Amounts in {currency}").format(currency=content.currency))
    lines.append(content.summary)
    lines.append(translate("Report", "Findings: {summary}").format(summary=content.findings_summary))
    return lines


def report_document(content: ReportContent, picture_svg: str) -> str:
    """The whole report as one self-contained HTML page; ``picture_svg`` is an <svg> element."""
    meta = "".join(f'<p class="meta">{_e(line)}</p>' for line in cover_lines(content))
    picture_label = translate("Report", "Map of {title}").format(title=content.title)
    page_title = translate("Report", "{title}: stakeholder report").format(title=content.title)
    return (
        f"<!DOCTYPE html>\n<html lang=\"{language()}\">\n<head>\n<meta charset=\"utf-8\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="Stakeholder Map">\n'
        f"<title>{_e(page_title)}</title>\n"
        f"<style>{_STYLE}</style>\n"
        "</head>\n<body>\n"
        f'<div class="cover"><h1>{_e(content.title)}</h1>{meta}\n'
        f'<div class="picture" role="img" aria-label="{_e(picture_label)}">\n'
        f"{picture_svg}\n</div></div>\n"
        f"{report_sections(content)}\n</body>\n</html>\n"
    )
