"""The in-app guide: self-contained HTML Qt can show, covering every role and finding."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from PySide6.QtGui import QTextDocument

from stakeholder_map.analysis import FindingCode, Role
from stakeholder_map.resources import resource_path

VOID = {"meta", "br", "hr", "img", "link", "input", "col"}
# Optional end tags in HTML4 that the guide still closes: checked like the others.


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.problems: list[str] = []
        self.anchors: set[str] = set()
        self.links: list[str] = []
        self.tags: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        attrs = dict(attrs)
        if tag == "a" and "name" in attrs:
            self.anchors.add(attrs["name"])
        if "id" in attrs:
            self.anchors.add(attrs["id"])
        if tag == "a" and "href" in attrs:
            self.links.append(attrs["href"])
        for key in ("src", "background"):
            if key in attrs:
                self.problems.append(f"<{tag} {key}=...> loads a file")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
        else:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def html() -> str:
    return resource_path("help", "guide.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def parsed(html) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector


def test_guide_is_well_formed(parsed):
    assert parsed.problems == []
    assert parsed.stack == []


def test_guide_is_self_contained(html, parsed):
    assert "script" not in parsed.tags
    assert not re.search(r"url\(|@import|javascript:", html, re.IGNORECASE)
    for href in parsed.links:
        assert href.startswith("#"), f"external link {href}"


def test_every_internal_link_has_its_anchor(parsed):
    missing = [h for h in parsed.links if h[1:] not in parsed.anchors]
    assert missing == []


@pytest.mark.parametrize("code", [c.value for c in FindingCode])
def test_every_finding_code_is_explained_with_an_anchor(html, parsed, code):
    assert code in parsed.anchors
    section = html.split(f'<a name="{code}"></a>', 1)[1].split("<h3>", 1)[0]
    assert f">{code}<" in section  # the code itself is shown
    assert "<b>Means:</b>" in section and "<b>Act:</b>" in section


@pytest.mark.parametrize("role", list(Role))
def test_every_role_is_explained(parsed, role):
    text = " ".join(parsed.text)
    assert re.search(rf"\b{re.escape(role.label)}\b", text), role.label


def test_guide_tells_the_seed_stories(parsed):
    text = " ".join(" ".join(parsed.text).split()).lower()
    for words in ("search", "spotify", "hotel", "chickens", "toy", "cio", "lawyer",
                  "internal client", "never use", "freemium", "five minutes", "stakeholder-map analyze",
                  "stakeholder-map export", "ctrl+z", "customer", "user", "client"):
        assert words in text, words


def test_qt_sees_every_anchor(qapp, html):
    document = QTextDocument()
    document.setHtml(html)
    names: set[str] = set()
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            names.update(it.fragment().charFormat().anchorNames())
            it += 1
        block = block.next()
    assert {c.value for c in FindingCode} <= names
    assert {"five-minutes", "roles", "findings", "shortcuts", "command-line"} <= names


def test_findings_section_is_written_from_the_programs_own_texts(html):
    """One source for what each finding means and what to do: the guide, the findings
    panel's tooltips and the stakeholder report all read ``FINDING_HELP``."""
    from html import escape

    from stakeholder_map.analysis import FINDING_HELP
    from stakeholder_map.ui.help import with_findings_section

    assert with_findings_section(html) == html, "run: python tools/update_guide.py"
    for code, help_ in FINDING_HELP.items():
        section = html.split(f'<a name="{code}"></a>', 1)[1].split("<h3>", 1)[0]
        assert escape(help_.action, quote=False) in section and escape(help_.meaning, quote=False) in section
