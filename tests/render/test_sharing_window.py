"""Sharing from the real window: File › Export Report…, Edit › Copy as Image, File › Print…"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog

from stakeholder_map.ui.sharing import PrintOptionsDialog
from tests.render.window_fixtures import answers, when_dialog_opens, window  # noqa: F401

SVG = "{http://www.w3.org/2000/svg}"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def _pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


def _svg_texts(data: bytes) -> str:
    root = ET.fromstring(data)
    return " ".join(t.strip() for el in root.iter(SVG + "text") for t in el.itertext() if t.strip())


def _menu_action(window, menu_name: str, action_name: str):
    menu = next(m for m in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu()))
                if m.objectName() == menu_name)
    return next(a for a in menu.actions() if a.objectName() == action_name)


@needs_poppler
def test_export_report_from_the_file_menu(window, answers, tmp_path):
    answers.save_path = str(tmp_path / "chat report.pdf")
    action = _menu_action(window, "menuFile", "actionExportReport")
    action.trigger()
    text = _pdf_text(tmp_path / "chat report.pdf")
    assert "Team chat" in text and "Key stakeholders" in text and "What to do:" in text
    assert "Pays Chat app 1,200 a month under contract" in text
    assert "Page 1 of" in text
    assert "chat report.pdf" in window.statusBar().currentMessage()
    _, caption, suggested, filters = answers.of("save")[-1]
    assert suggested.endswith("Team chat report.pdf") and "*.html" in filters


def test_export_report_as_html_and_refusal(window, answers, tmp_path):
    answers.save_path = str(tmp_path / "r.html")
    assert window.sharing.export_report()
    assert "Acme Corp" in (tmp_path / "r.html").read_text("utf-8")
    answers.save_path = str(tmp_path / "missing" / "r.pdf")
    assert window.sharing.export_report() is False
    warning = answers.of("warning")[-1]
    assert warning[1] == "Report not written" and "does not exist" in warning[2]
    answers.save_path = ""
    assert window.sharing.export_report() is False  # cancelled


def test_copy_as_image_puts_png_and_svg_on_the_clipboard(window, qtbot):
    QApplication.clipboard().clear()
    qtbot.keyClick(window.view.viewport(), Qt.Key.Key_C,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    data = QApplication.clipboard().mimeData()
    assert data.hasFormat("image/png") and data.hasFormat("image/svg+xml") and data.hasImage()
    png = QImage.fromData(bytes(data.data("image/png")))
    assert not png.isNull() and png.width() > 500
    texts = _svg_texts(bytes(data.data("image/svg+xml")))
    assert "Chat app" in texts and "Staff" in texts
    assert "The map copied" in window.statusBar().currentMessage()


def test_copy_as_image_of_the_selection_only(window):
    window.scene.select_ids(["chat", "staff"])
    assert window.commands.copy_image.shortcut().toString() == "Ctrl+Shift+C"
    window.commands.copy_image.trigger()
    texts = _svg_texts(bytes(QApplication.clipboard().mimeData().data("image/svg+xml")))
    assert "Chat app" in texts and "Staff" in texts and "Acme Corp" not in texts
    assert "2 selected nodes" in window.statusBar().currentMessage()


def _pdf_printer(path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


@needs_poppler
def test_print_fit_to_one_page_through_a_pdf_printer(window, tmp_path):
    options = PrintOptionsDialog(window, has_selection=False)
    out = tmp_path / "print.pdf"
    assert window.sharing.paint_for_print(_pdf_printer(out), options) == 1
    text = _pdf_text(out)
    assert "Team chat" in text and "Chat app" in text and "Acme Corp" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "Pages: 1" in " ".join(info.split())


@needs_poppler
def test_print_tiled_across_pages_with_overlap_marks(window, tmp_path):
    options = PrintOptionsDialog(window, has_selection=False)
    options.tile_button.setChecked(True)
    options.across_box.setValue(3)
    out = tmp_path / "tiles.pdf"
    pages = window.sharing.paint_for_print(_pdf_printer(out), options)
    assert pages >= 3 and pages % 3 == 0
    text = _pdf_text(out)
    assert "Row 1, column 1 of" in text and f"column 3 of {pages // 3} x 3" in text
    assert "where the neighbouring sheet begins" in text
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert f"Pages: {pages}" in " ".join(info.split())
    # both ends of the map appear, on different sheets
    assert "Acme Corp" in text and "Staff" in text


def test_print_menu_opens_options_then_preview(window, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    assert window.commands.print.shortcut().matches(Qt.Modifier.CTRL | Qt.Key.Key_P).name != "NoMatch"
    painted = []

    def fake_exec(self):
        painted.append(self.windowTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    when_dialog_opens(PrintOptionsDialog, lambda d: d.accept())
    _menu_action(window, "menuFile", "actionPrint").trigger()
    assert painted == ["Print Preview"]
    when_dialog_opens(PrintOptionsDialog, lambda d: d.reject())
    assert window.sharing.print_map() is False
    assert painted == ["Print Preview"]


def test_copy_as_image_of_a_wide_map_is_made_smaller_not_refused(window):
    from stakeholder_map.model import Kind, Map
    from stakeholder_map.ui.sharing import COPY_MAX_SIDE

    wide = Map("Wide")
    for i in range(40):
        wide.add_node(f"n{i}", Kind.PERSON, f"Person {i}", x=i * 600.0, y=0)
    window.open_map_object(wide)
    window.commands.copy_image.trigger()
    data = QApplication.clipboard().mimeData()
    png = QImage.fromData(bytes(data.data("image/png")))
    assert not png.isNull() and max(png.width(), png.height()) <= COPY_MAX_SIDE + 1
    assert "Person 39" in _svg_texts(bytes(data.data("image/svg+xml")))


@pytest.mark.parametrize("fit, landscape", [(True, True), (False, False)])
def test_a_wide_map_fitted_on_one_page_is_previewed_in_landscape(window, monkeypatch, fit, landscape):
    from PySide6.QtGui import QPageLayout
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    seen = []

    def fake_exec(self):
        seen.append(self.printer().pageLayout().orientation())
        return QDialog.DialogCode.Rejected

    def choose(dialog):
        (dialog.fit_button if fit else dialog.tile_button).setChecked(True)
        dialog.accept()

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    when_dialog_opens(PrintOptionsDialog, choose)
    window.sharing.print_map()
    expected = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    assert seen == [expected]
