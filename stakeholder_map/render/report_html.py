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


def _entry(entry: Entry) -> str:
    facts = [entry.kind + (" (internal)" if entry.internal else "")]
    if entry.headcount is not None:
        facts.append(f"{entry.headcount:,} people" if entry.headcount != 1 else "1 person")
    parts = [f'<div class="entry"><h3>{_e(entry.name)}</h3>',
             f'<p class="facts">{_e(", ".join(facts).capitalize())}</p>']
    details = []
    if entry.roles:
        details.append(f"<li><b>Roles:</b> {_e(', '.join(entry.roles))}</li>")
    for link in entry.links:
        details.append(f"<li>{_e(link[0].upper() + link[1:])}</li>")
    if not entry.links:
        details.append("<li>No links.</li>")
    if entry.tags:
        details.append(f"<li><b>Tags:</b> {_e(', '.join(entry.tags))}</li>")
    if entry.attitude:
        details.append(f"<li><b>Attitude:</b> {_e(entry.attitude)}</li>")
    if entry.notes:
        notes = "<br>".join(_e(line) for line in entry.notes.splitlines())
        details.append(f"<li><b>Notes:</b> {notes}</li>")
    parts.append("<ul>" + "".join(details) + "</ul></div>")
    return "".join(parts)


def report_sections(content: ReportContent) -> str:
    """Stakeholders, products, findings and key stakeholders as HTML (no cover, no picture)."""
    out = []
    out.append("<h2>Key stakeholders</h2>")
    if content.key_stakeholders:
        from stakeholder_map.analysis.ranking import DECIDES, PAYS, SWAYED, SWAYS, USES

        out.append("<p>The people and organisations that carry the most weight on this map. "
                   f"The score adds up what each one holds: deciding on a product {DECIDES:g}, "
                   f"paying for one as a company {PAYS:g}, swaying someone who decides {SWAYS:g}, "
                   f"each stakeholder who sways them {SWAYED:g}, using a product {USES:g}.</p>")
        rows = "".join(
            f"<tr><td>{k.rank}.</td><td><b>{_e(k.name)}</b></td><td>{k.score:g}</td>"
            f"<td>{_e(k.why)}</td></tr>"
            for k in content.key_stakeholders)
        out.append('<table class="key" cellpadding="3"><tr><th></th><th>Stakeholder</th><th>Score</th>'
                   f"<th>Why</th></tr>{rows}</table>")
    else:
        out.append("<p>No stakeholder stands out: add who influences, decides on and pays for "
                   "the products to see who carries the most weight.</p>")

    out.append(f"<h2>Findings</h2><p>{_e(content.findings_summary)}</p>")
    for group in content.finding_groups:
        colour = SEVERITY_COLOURS.get(group.severity.value, "#1f2328")
        out.append(f'<h3 style="color: {colour}">{_e(group.heading)}</h3>')
        for topic in group.topics:
            out.append(f'<div class="entry"><p><b>{_e(topic.title)}</b></p>')
            out.append("<ul>" + "".join(f"<li>{_e(m)}</li>" for m in topic.messages) + "</ul>")
            if topic.meaning:
                out.append(f'<p class="means">{_e(topic.meaning)}</p>')
            if topic.action:
                out.append(f'<p class="todo"><b>What to do:</b> {_e(topic.action)}</p>')
            out.append("</div>")

    out.append("<h2>Stakeholders</h2>")
    if content.stakeholders:
        out.extend(_entry(entry) for entry in content.stakeholders)
    else:
        out.append("<p>The map has no stakeholders yet.</p>")
    if content.role_meanings:
        out.append("<h3>What the roles mean</h3><ul>")
        out.extend(f"<li><b>{_e(label)}:</b> {_e(text)}</li>" for label, text in content.role_meanings)
        out.append("</ul>")

    out.append("<h2>Products</h2>")
    if content.products:
        out.extend(_entry(entry) for entry in content.products)
    else:
        out.append("<p>The map has no products yet.</p>")
    return "\n".join(out)


def cover_lines(content: ReportContent) -> list[str]:
    """The lines under the title on the cover: date, currency, counts, findings."""
    lines = [f"Stakeholder report, {content.date_text}"]
    if content.currency:
        lines.append(f"Amounts in {content.currency}")
    lines.append(content.summary)
    lines.append(f"Findings: {content.findings_summary}")
    return lines


def report_document(content: ReportContent, picture_svg: str) -> str:
    """The whole report as one self-contained HTML page; ``picture_svg`` is an <svg> element."""
    meta = "".join(f'<p class="meta">{_e(line)}</p>' for line in cover_lines(content))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="Stakeholder Map">\n'
        f"<title>{_e(content.title)}: stakeholder report</title>\n<style>{_STYLE}</style>\n"
        "</head>\n<body>\n"
        f'<div class="cover"><h1>{_e(content.title)}</h1>{meta}\n'
        f'<div class="picture" role="img" aria-label="{_e("Map of " + content.title)}">\n'
        f"{picture_svg}\n</div></div>\n"
        f"{report_sections(content)}\n</body>\n</html>\n"
    )
