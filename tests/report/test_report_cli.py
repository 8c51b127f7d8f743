"""``stakeholder-map report`` as a user runs it: the PDF's text read back, the HTML parsed."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

from tests.cli.helpers import ROOT, assert_one_line_error, cli
from tests.report.deal import NASTY, write_deal

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _pdf_info(path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def deal(tmp_path):
    return write_deal(tmp_path / "deal.stakemap.json")


@needs_poppler
def test_pdf_report_text_reads_back(deal, tmp_path):
    out = tmp_path / "report.pdf"
    result = cli("report", deal, "-o", out, "--page", "a4")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    text = " ".join(_pdf_text(out).split())
    for words in ("Acme account plan", "Stakeholder report,", "Amounts in USD",
                  "Key stakeholders", "Findings", "Warnings (2)", "What to do:",
                  FINDING_HELP_ISOLATED, "Pays Dev suite $120,000 a year under contract",
                  "Dana the CIO", "Decision-maker", "Tags: exec, sponsor", "Attitude: Champion",
                  "250 people", "Want faster builds.", NASTY, "Page 1 of"):
        assert words in text, words
    pages = int(re.search(r"Pages:\s+(\d+)", _pdf_info(out)).group(1))
    assert f"Page {pages} of {pages}" in text
    assert "A4" in _pdf_info(out)


FINDING_HELP_ISOLATED = "Connect it to what it uses, pays for, decides on or influences, or delete it."


@needs_poppler
def test_pdf_letter_pages_and_fonts_embedded(deal, tmp_path):
    out = tmp_path / "report.pdf"
    assert cli("report", deal, "-o", out, "--page", "letter").returncode == 0
    assert "612 x 792 pts (letter)" in _pdf_info(out) or "792 x 612 pts (letter)" in _pdf_info(out)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows, fonts
    assert all(row.split()[-5] == "yes" for row in rows), fonts  # the "emb" column


class _Html(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend((tag, k, v) for k, v in attrs)

    def handle_data(self, data):
        self.text.append(data)


def test_html_report_is_one_self_contained_escaped_page(deal, tmp_path):
    out = tmp_path / "report.html"
    result = cli("report", deal, "-o", out)
    assert result.returncode == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    parser = _Html()
    parser.feed(html)
    parser.close()
    assert "script" not in parser.tags  # the name <script>... stays text
    assert parser.tags.count("svg") == 1
    assert not re.search(r"url\(|@import|https?://(?!www\.w3\.org/)", html)
    for tag, key, value in parser.attrs:
        assert key not in ("src", "srcset"), (tag, key)
        if key == "href":
            assert value.startswith("#"), value
    text = " ".join(" ".join(parser.text).split())
    assert NASTY in text
    for words in ("Acme account plan", "Pays Dev suite $120,000 a year under contract",
                  "What to do:", FINDING_HELP_ISOLATED, "Key stakeholders", "Tags: exec, sponsor"):
        assert words in text, words
    assert "@media print" in html


def test_bad_input_is_one_error_line_and_no_file(deal, tmp_path):
    assert_one_line_error(cli("report", tmp_path / "missing.json", "-o", tmp_path / "r.pdf"), "missing.json")
    assert_one_line_error(cli("report", deal, "-o", tmp_path / "r.docx"), ".docx")
    assert_one_line_error(cli("report", deal, "-o", tmp_path / "nowhere" / "r.pdf"), "does not exist")
    assert_one_line_error(cli("report", deal, "-o", tmp_path / "r.pdf", "--page", "a3"), "a3")
    broken = tmp_path / "broken.stakemap.json"
    broken.write_text("{not json", encoding="utf-8")
    assert_one_line_error(cli("report", broken, "-o", tmp_path / "r.html"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["broken.stakemap.json", "deal.stakemap.json"]


def test_a_failed_report_leaves_the_old_file_intact(deal, tmp_path):
    out = tmp_path / "r.html"
    out.write_text("old report", encoding="utf-8")
    bad = tmp_path / "bad.stakemap.json"
    bad.write_text('{"format": "stakeholder-map", "version": 1, "nodes": [{"id": "a"}], "edges": []}')
    assert_one_line_error(cli("report", bad, "-o", out))
    assert out.read_text(encoding="utf-8") == "old report"


@needs_poppler
@pytest.mark.parametrize("locale, size", [("en_US.UTF-8", "(letter)"), ("de_DE.UTF-8", "(A4)")])
def test_pdf_paper_follows_the_locale(deal, tmp_path, monkeypatch, locale, size):
    for name in ("LC_ALL", "LC_MEASUREMENT", "LC_PAPER", "LANG"):
        monkeypatch.setenv(name, locale)
    out = tmp_path / "report.pdf"
    assert cli("report", deal, "-o", out).returncode == 0
    assert size in _pdf_info(out)


@pytest.mark.slow
def test_a_200_node_map_reports_in_under_3_seconds_of_cpu(tmp_path):
    """Measured in CPU seconds of the command (steady on a busy machine), imports included."""
    import os
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_export import big_map

    from stakeholder_map.fileio import save_map

    path = tmp_path / "m200.stakemap.json"
    save_map(big_map(200, 7), path)
    for out in (tmp_path / "r.pdf", tmp_path / "r.html"):
        before = os.times()
        result = cli("report", path, "-o", out)
        after = os.times()
        assert result.returncode == 0, result.stderr
        cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
        assert cpu < 3.0, f"{out.name}: {cpu:.2f} s"


@needs_poppler
def test_a_line_at_a_page_break_is_written_once(tmp_path):
    """A line Qt moves to the next page was also written, clipped away, at the foot of the page
    before: a reader copying or searching the text met it twice."""
    from stakeholder_map.fileio import save_map
    from stakeholder_map.model import Kind, Map, Relation

    m = Map("Many notes")
    m.add_node("app", Kind.PRODUCT, "App", x=0, y=0)
    for i in range(70):
        m.add_node(f"p{i}", Kind.END_USER, f"Person {i}", x=200 + 60 * i, y=300, notes=f"Remark number {i} here.")
        m.connect(f"p{i}", "app", Relation.USES)
    path = tmp_path / "many.stakemap.json"
    save_map(m, path)
    out = tmp_path / "r.pdf"
    assert cli("report", path, "-o", out, "--page", "a4").returncode == 0
    assert int(re.search(r"Pages:\s+(\d+)", _pdf_info(out)).group(1)) >= 4
    text = _pdf_text(out)
    for i in range(70):
        assert text.count(f"Remark number {i} here.") == 1, i
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    repeats = [a for a, b in zip(lines, lines[1:]) if a == b]
    assert repeats == []
