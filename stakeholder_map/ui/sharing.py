"""Sharing the map from the window: File › Export Report…, File › Print… and Edit › Copy as Image.

Every picture is drawn from the window's map by the export renderer, so what is copied,
printed or reported looks exactly like an exported PNG, SVG or PDF.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QMimeData, Qt
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
    QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from stakeholder_map.render import ExportError
from stakeholder_map.ui import messages
from stakeholder_map.ui.messages import nodes_text

translate = QCoreApplication.translate

COPY_SCALE = 2.0  # a copied picture stays sharp on a high-resolution slide
COPY_MAX_SIDE = 8000  # pixels: a big map is copied smaller (its SVG stays sharp at any size)
REPORT_FILTERS = QT_TRANSLATE_NOOP("Sharing", "PDF report (*.pdf);;Web page report (*.html)")


class Sharing:
    """The window's report, print and copy-as-image commands."""

    def __init__(self, window) -> None:
        self.window = window

    # -- helpers ---------------------------------------------------------------------------
    def selection(self) -> frozenset[str] | None:
        """The selected nodes, or None when nothing is selected."""
        nodes = frozenset(self.window.scene.selected_node_ids())
        return nodes or None

    def visible_area(self):
        """The part of the map the window shows now (scene coordinates)."""
        view = self.window.view
        return view.mapToScene(view.viewport().rect()).boundingRect()

    def _busy(self, work):
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work(), None
        except ExportError as err:
            return None, str(err)
        finally:
            QApplication.restoreOverrideCursor()

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 5000)

    # -- File › Export Report… ---------------------------------------------------------------
    def export_report(self) -> bool:
        """Ask where to save the report (.pdf or .html) and write it; True when written."""
        from stakeholder_map.render.report import write_report

        window = self.window
        file_path = window.file_path
        stem = file_path.name.split(".")[0] if file_path else (window.map.title or "map").strip() or "map"
        stem = "".join(c if c.isalnum() or c in " -_" else "_" for c in stem)
        folder = file_path.parent if file_path else Path.home()
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            window, translate("Sharing", "Export Report"),
            str(folder / translate("Sharing", "{name} report.pdf").format(name=stem)),
            translate("Sharing", REPORT_FILTERS))
        if not chosen:
            return False
        path = Path(chosen)
        if path.suffix.lower() not in (".pdf", ".html", ".htm"):
            path = path.with_name(path.name + (".html" if "html" in chosen_filter else ".pdf"))
        _done, failure = self._busy(lambda: write_report(window.map, path))
        if failure is not None:
            messages.warning(window, translate("Sharing", "Report not written"), failure)
            return False
        self._status(translate("Sharing", "Report written to {file}").format(file=path.name))
        return True

    # -- Edit › Copy as Image ----------------------------------------------------------------
    def copy_as_image(self) -> bool:
        """Put the selection (or the whole map) on the clipboard as PNG and SVG."""
        from stakeholder_map.render.raster import encode_png, render_image
        from stakeholder_map.render.scene import Picture, prepare
        from stakeholder_map.render.vector import svg_bytes

        only = self.selection()

        def draw():
            prepared = prepare(self.window.map, picture=Picture(only=only))
            side = max(prepared.rect.width(), prepared.rect.height())
            image = render_image(prepared, min(COPY_SCALE, COPY_MAX_SIDE / side), transparent=False)
            return image, encode_png(image), svg_bytes(prepared, transparent=False)

        drawn, failure = self._busy(draw)
        if failure is not None:
            messages.warning(self.window, translate("Sharing", "Nothing copied"), failure)
            return False
        image, png, svg = drawn
        data = QMimeData()
        data.setImageData(image)
        data.setData("image/png", QByteArray(png))
        data.setData("image/svg+xml", QByteArray(svg))
        QApplication.clipboard().setMimeData(data)
        if not only:
            self._status(translate("Sharing", "The map copied as an image (PNG and SVG)"))
        elif len(only) == 1:
            self._status(translate("Sharing", "1 selected node copied as an image (PNG and SVG)"))
        else:
            self._status(translate("Sharing", "{count} selected nodes copied as an image (PNG and SVG)").format(
                count=messages.number(len(only))))
        return True

    # -- File › Print… -----------------------------------------------------------------------
    def print_map(self) -> bool:
        """Ask how to print, show the preview, print; True when the preview was accepted.

        A map wider than tall, fitted on one page, starts in landscape (the preview can turn it)."""
        from PySide6.QtGui import QPageLayout
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog  # loaded when first used

        options = PrintOptionsDialog(self.window, has_selection=self.selection() is not None)
        if options.exec() != QDialog.DialogCode.Accepted:
            return False
        prepared, failure = self._busy(lambda: self._prepare_print(options))
        if failure is not None:
            messages.warning(self.window, translate("Sharing", "Not printed"), failure)
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.window.map.title or translate("Sharing", "Stakeholder map"))
        if options.fit_button.isChecked() and prepared.rect.width() > prepared.rect.height():
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        preview = QPrintPreviewDialog(printer, self.window)
        preview.setWindowTitle(translate("Sharing", "Print Preview"))
        errors: list[str] = []
        # the picture is made once; the preview paints it again for each page setup it shows
        preview.paintRequested.connect(lambda device: self._paint_pages(device, prepared, options, errors))
        accepted = preview.exec() == QDialog.DialogCode.Accepted
        preview.deleteLater()
        if errors:
            messages.warning(self.window, translate("Sharing", "Not printed"), errors[-1])
            return False
        return accepted

    def _prepare_print(self, options: "PrintOptionsDialog"):
        from stakeholder_map.render.scene import Picture, prepare

        picture = Picture(title=options.title_box.isChecked(), legend=options.legend_box.isChecked(),
                          rings=options.rings_box.isChecked(),
                          only=self.selection() if options.selection_box.isChecked() else None)
        return prepare(self.window.map, picture=picture)

    def paint_for_print(self, device, options: "PrintOptionsDialog", errors: list[str] | None = None) -> int:
        """Draw the map on a printer (or a PDF printer) as the options say; the page count."""
        prepared, failure = self._busy(lambda: self._prepare_print(options))
        if failure is not None:
            if errors is not None:
                errors.append(failure)
            return 0
        return self._paint_pages(device, prepared, options, errors)

    def _paint_pages(self, device, prepared, options: "PrintOptionsDialog", errors: list[str] | None) -> int:
        from stakeholder_map.render.printing import print_pages

        across = 1 if options.fit_button.isChecked() else options.across_box.value()
        pages, failure = self._busy(lambda: print_pages(prepared, device, across=across))
        if failure is not None and errors is not None:
            errors.append(failure)
        return pages or 0


class PrintOptionsDialog(QDialog):
    """Fit on one page or tile across several; title, legend, finding rings, selection only."""

    def __init__(self, parent: QWidget | None, *, has_selection: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Sharing", "Print Map"))
        self.fit_button = QRadioButton(translate("Sharing", "Fit the map on one page"))
        self.tile_button = QRadioButton(translate("Sharing", "Spread it across several pages, overlapping a little"))
        self.fit_button.setChecked(True)
        self.across_box = QSpinBox()
        self.across_box.setRange(2, 8)
        self.across_box.setValue(2)
        self.across_box.setSuffix(translate("Sharing", " pages wide"))
        self.across_box.setEnabled(False)
        self.tile_button.toggled.connect(self.across_box.setEnabled)
        self.title_box = QCheckBox(translate("Sharing", "Print the title above the map"))
        self.title_box.setChecked(True)
        self.legend_box = QCheckBox(translate("Sharing", "Include the legend"))
        self.legend_box.setChecked(True)
        self.rings_box = QCheckBox(translate("Sharing", "Show the finding rings"))
        self.rings_box.setChecked(True)
        self.selection_box = QCheckBox(translate("Sharing", "Only the selected nodes"))
        self.selection_box.setEnabled(has_selection)
        form = QFormLayout()
        form.addRow(self.fit_button)
        form.addRow(self.tile_button)
        form.addRow(translate("Sharing", "Width:"), self.across_box)
        for box in (self.title_box, self.legend_box, self.rings_box, self.selection_box):
            form.addRow(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Sharing", "Preview…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
