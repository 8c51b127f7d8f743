"""Help: the guide (``resources/help/guide.html``) in a browser window, and About."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTextBrowser, QVBoxLayout

import stakeholder_map


class GuideDialog(QDialog):
    """A non-modal window showing the guide; links to other sites open in the browser."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle("Stakeholder Map Guide")
        self.resize(760, 680)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setAccessibleName("Guide")
        self.browser.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        try:
            from stakeholder_map.resources import resource_path

            path = resource_path("help", "guide.html")
        except (ImportError, OSError):
            self.browser.setHtml("<h2>The guide is missing</h2><p>This installation has no "
                                 "<code>help/guide.html</code>; reinstall the program.</p>")
        else:
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(path)))


def show_about(parent) -> None:
    QMessageBox.about(
        parent, "About Stakeholder Map",
        f"<h3>Stakeholder Map {stakeholder_map.__version__}</h3>"
        "<p>Draw who uses, pays for, decides on and influences a product, and see the gaps: "
        "products nobody pays for, users nobody listens to, companies without a decision-maker."
        "</p><p>Released under the MIT licence.</p>")
