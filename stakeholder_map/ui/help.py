"""Help: the guide (``resources/help/guide.html``, or ``guide_<language>.html`` in the chosen
language) in a browser window, and About.

The guide's section on findings is written from ``FINDING_HELP``, the texts the findings
panel's tooltips and the stakeholder report also show (in the guide's language):
``tools/update_guide.py`` rewrites it between its two marker comments whenever those texts change.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QTextBrowser, QVBoxLayout

import stakeholder_map
from stakeholder_map import texts
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

FINDINGS_BEGIN = "<!-- BEGIN finding help: written by tools/update_guide.py; edit FINDING_HELP instead -->"
FINDINGS_END = "<!-- END finding help -->"


# The guide's own words around each finding, per guide language (English: the codes themselves).
GUIDE_WORDS = {
    "en": {"means": "Means:", "act": "Act:", "error": "error", "warning": "warning", "info": "info"},
    "de": {"means": "Bedeutet:", "act": "Was tun:", "error": "Fehler", "warning": "Warnung", "info": "Hinweis"},
}


def findings_section_html(language: str = "en") -> str:
    """Every finding's name, severity, code, meaning and what to do, as the guide in
    ``language`` shows them (the texts of ``FINDING_HELP`` in that language)."""
    from stakeholder_map.analysis import FINDING_HELP, FindingCode

    words = GUIDE_WORDS.get(language, GUIDE_WORDS["en"])
    previous = texts.language()
    texts.set_language(language)
    try:
        parts = []
        for code in FindingCode:
            help_ = FINDING_HELP[code]
            severity = code.severity.value
            parts.append(
                f'<h3><a name="{code.value}"></a>{escape(help_.title, quote=False)} '
                f'<span class="{severity}">{words[severity]}</span>\n'
                f'<span class="code small">{code.value}</span></h3>\n'
                f"<p><b>{words['means']}</b> {escape(help_.meaning, quote=False)}<br>\n"
                f"<b>{words['act']}</b> {escape(help_.action, quote=False)}</p>\n"
            )
    finally:
        texts.set_language(previous)
    return "\n".join(parts)


def with_findings_section(guide: str, language: str = "en") -> str:
    """``guide`` with the text between the markers replaced by ``findings_section_html(language)``."""
    head, rest = guide.split(FINDINGS_BEGIN, 1)
    _old, tail = rest.split(FINDINGS_END, 1)
    return f"{head}{FINDINGS_BEGIN}\n{findings_section_html(language)}{FINDINGS_END}{tail}"


class GuideDialog(QDialog):
    """A non-modal window showing the guide; links to other sites open in the browser."""

    def __init__(self, parent=None, language: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(translate("Help", "Stakeholder Map Guide"))
        self.resize(760, 680)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setAccessibleName(translate("Help", "Guide"))
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        self.note = QLabel(translate("Help", "The guide is not written in your language yet: here it is in English."))
        self.note.setObjectName("guideLanguageNote")
        self.note.setWordWrap(True)
        self.note.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        language = texts.language() if language is None else language
        try:
            from stakeholder_map.resources import guide_path

            path, shown = guide_path(language)
        except (ImportError, OSError):
            self.browser.setHtml(translate("Help", "<h2>The guide is missing</h2><p>This installation has no "
                                           "<code>help/guide.html</code>; reinstall the program.</p>"))
        else:
            self.note.setVisible(shown != language)
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(path)))


def show_about(parent) -> None:
    QMessageBox.about(
        parent, translate("Help", "About Stakeholder Map"),
        f"<h3>Stakeholder Map {stakeholder_map.__version__}</h3>"
        + translate("Help", "<p>Draw who uses, pays for, decides on and influences a product, and see the gaps: "
                    "products nobody pays for, users nobody listens to, companies without a decision-maker."
                    "</p><p>Released under the MIT licence.</p>"))
