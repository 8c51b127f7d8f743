"""File > Export…: choose a format and its options, then where to save; remembers both.

``export_with_dialog(window)`` shows ``ExportOptionsDialog``, then a save-file dialog that
starts in the folder of the last export, and writes the window's map with ``export_map``.
The last folder and options live in ``window.settings()`` under ``export/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from stakeholder_map.render import ExportError, export_map
from stakeholder_map.ui import messages

translate = QCoreApplication.translate

# (key, menu text, suffix, file-dialog filter, is a drawing); texts translated where shown
FORMATS: tuple[tuple[str, str, str, str, bool], ...] = (
    ("png", QT_TRANSLATE_NOOP("Export", "PNG image"),
     ".png", QT_TRANSLATE_NOOP("Export", "PNG images (*.png)"), True),
    ("svg", QT_TRANSLATE_NOOP("Export", "SVG drawing"),
     ".svg", QT_TRANSLATE_NOOP("Export", "SVG drawings (*.svg)"), True),
    ("pdf", QT_TRANSLATE_NOOP("Export", "PDF document"),
     ".pdf", QT_TRANSLATE_NOOP("Export", "PDF documents (*.pdf)"), True),
    ("json", QT_TRANSLATE_NOOP("Export", "Map file (JSON)"),
     ".json", QT_TRANSLATE_NOOP("Export", "Map files (*.json)"), False),
    ("graphml", "GraphML (yEd, Gephi)", ".graphml", QT_TRANSLATE_NOOP("Export", "GraphML files (*.graphml)"), False),
    ("gexf", "GEXF (Gephi)", ".gexf", QT_TRANSLATE_NOOP("Export", "GEXF files (*.gexf)"), False),
    ("xlsx", QT_TRANSLATE_NOOP("Export", "Excel workbook (Kumu layout)"),
     ".xlsx", QT_TRANSLATE_NOOP("Export", "Excel workbooks (*.xlsx)"), False),
    ("csv", QT_TRANSLATE_NOOP("Export", "CSV spreadsheets (elements + connections)"),
     ".csv", QT_TRANSLATE_NOOP("Export", "CSV files (*.csv)"),
     False),
)
_BY_KEY = {f[0]: f for f in FORMATS}
SCALES = (1, 2, 3, 4)
# (key, menu text): what part of the map a drawing shows
SCOPES = (("map", QT_TRANSLATE_NOOP("Export", "The whole map")), ("view", QT_TRANSLATE_NOOP("Export", "What the window shows now")),
          ("selection", QT_TRANSLATE_NOOP("Export", "The selected nodes")))
# (key, menu text): the drawing's size; "" is the map's own size times the scale
SIZES = (("", QT_TRANSLATE_NOOP("Export", "The map's size (times the scale)")), ("1920x1080", QT_TRANSLATE_NOOP("Export", "Slide, 16:9, 1920 x 1080")),
         ("3840x2160", QT_TRANSLATE_NOOP("Export", "Slide, 16:9, 3840 x 2160 (4K)")))

#: what each format gives, under the choices
_HINTS = {
    "png": QT_TRANSLATE_NOOP("Export", "A picture of the map as on the canvas, with roles and findings."),
    "svg": QT_TRANSLATE_NOOP("Export", "A drawing that stays sharp at any size; the text stays text."),
    "pdf": QT_TRANSLATE_NOOP("Export", "One page the size of the map, ready to print or share."),
    "json": QT_TRANSLATE_NOOP("Export", "A copy of the map file."),
    "graphml": QT_TRANSLATE_NOOP("Export", "The map as a graph that yEd shows as drawn (names, shapes, colours) "
                                           "and Gephi or networkx read with every field."),
    "gexf": QT_TRANSLATE_NOOP("Export", "The map for Gephi, with positions, colours and every field."),
    "xlsx": QT_TRANSLATE_NOOP("Export", "One workbook with an Elements and a Connections sheet, as Kumu and "
                                        "spreadsheet tools expect."),
    "csv": QT_TRANSLATE_NOOP("Export", "Two spreadsheets: NAME.csv (elements) and NAME-connections.csv "
                                       "(connections), as Kumu and spreadsheet tools expect."),
}


@dataclass(frozen=True)
class ExportOptions:
    format: str = "png"
    scale: int = 1
    transparent: bool = False
    legend: bool = False
    title: bool = False
    rings: bool = True
    scope: str = "map"
    slide: str = ""

    @property
    def suffix(self) -> str:
        return _BY_KEY[self.format][2]


class ExportOptionsDialog(QDialog):
    """Format, scale (PNG only), and for drawings: what to show, the size, transparent
    background, title, legend and finding rings."""

    def __init__(self, parent: QWidget | None, options: ExportOptions, *, has_selection: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Export", "Export Map"))
        self.format_box = QComboBox()
        for key, text, *_ in FORMATS:
            self.format_box.addItem(translate("Export", text), key)
        self.scale_box = QComboBox()
        for s in SCALES:
            self.scale_box.addItem(f"{s}x", s)
        self.scope_box = QComboBox()
        for key, text in SCOPES:
            if key != "selection" or has_selection:  # nothing selected: nothing to offer
                self.scope_box.addItem(translate("Export", text), key)
        self.size_box = QComboBox()
        for key, text in SIZES:
            self.size_box.addItem(translate("Export", text), key)
        self.transparent_box = QCheckBox(translate("Export", "Transparent background"))
        self.title_box = QCheckBox(translate("Export", "Show the title above the map"))
        self.legend_box = QCheckBox(translate("Export", "Include the legend"))
        self.rings_box = QCheckBox(translate("Export", "Show the finding rings (untick for a clean picture)"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(translate("Export", "Format:"), self.format_box)
        form.addRow(translate("Export", "Show:"), self.scope_box)
        form.addRow(translate("Export", "Size:"), self.size_box)
        form.addRow(translate("Export", "Scale:"), self.scale_box)
        for box in (self.title_box, self.legend_box, self.rings_box, self.transparent_box):
            form.addRow("", box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Export", "Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)

        self.format_box.currentIndexChanged.connect(self._follow_format)
        self.size_box.currentIndexChanged.connect(self._follow_format)
        self.set_options(options)

    def set_options(self, options: ExportOptions) -> None:
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(options.format)))
        self.scale_box.setCurrentIndex(max(0, self.scale_box.findData(options.scale)))
        self.transparent_box.setChecked(options.transparent)
        self.legend_box.setChecked(options.legend)
        self.title_box.setChecked(options.title)
        self.rings_box.setChecked(options.rings)
        self.scope_box.setCurrentIndex(max(0, self.scope_box.findData(options.scope)))
        self.size_box.setCurrentIndex(max(0, self.size_box.findData(options.slide)))
        self._follow_format()

    def options(self) -> ExportOptions:
        return ExportOptions(
            format=self.format_box.currentData(),
            scale=int(self.scale_box.currentData()),
            transparent=self.transparent_box.isChecked(),
            legend=self.legend_box.isChecked(),
            title=self.title_box.isChecked(),
            rings=self.rings_box.isChecked(),
            scope=self.scope_box.currentData(),
            slide=self.size_box.currentData(),
        )

    def _follow_format(self) -> None:
        key = self.format_box.currentData()
        drawing = _BY_KEY[key][4]
        self.scale_box.setEnabled(key == "png" and not self.size_box.currentData())
        for box in (self.transparent_box, self.legend_box, self.title_box, self.rings_box,
                    self.scope_box, self.size_box):
            box.setEnabled(drawing)
        slide = self.size_box.currentData() if drawing else ""
        hint = translate("Export", _HINTS[key])
        if slide:
            width, height = slide.split("x")
            hint = translate("Export", "A {width} x {height} pixel picture for slides, the map fitted in. "
                             "{hint}").format(width=width, height=height, hint=hint)
        self.hint.setText(hint)


def _load_options(settings) -> ExportOptions:
    fmt = str(settings.value("export/format", "png"))
    try:
        scale = int(settings.value("export/scale", 1))
    except (TypeError, ValueError):
        scale = 1
    return ExportOptions(
        format=fmt if fmt in _BY_KEY else "png",
        scale=scale if scale in SCALES else 1,
        transparent=_flag(settings.value("export/transparent", False)),
        legend=_flag(settings.value("export/legend", False)),
        title=_flag(settings.value("export/title", False)),
        rings=_flag(settings.value("export/rings", True)),
        scope=_choice(settings.value("export/scope", "map"), SCOPES, "map"),
        slide=_choice(settings.value("export/slide", ""), SIZES, ""),
    )


def _choice(value: object, choices, default: str) -> str:
    return str(value) if str(value) in {key for key, _ in choices} else default


def _flag(value: object) -> bool:
    # QSettings gives back "true"/"false" strings from INI files on some platforms.
    return value is True or str(value).lower() in ("true", "1")


def _save_options(settings, options: ExportOptions, folder: Path) -> None:
    settings.setValue("export/format", options.format)
    settings.setValue("export/scale", options.scale)
    settings.setValue("export/transparent", options.transparent)
    settings.setValue("export/legend", options.legend)
    settings.setValue("export/title", options.title)
    settings.setValue("export/rings", options.rings)
    settings.setValue("export/scope", options.scope)
    settings.setValue("export/slide", options.slide)
    settings.setValue("export/folder", str(folder))


def suggested_path(window, options: ExportOptions) -> Path:
    """Last export folder (else the map's folder, else home) + the map's name + the suffix."""
    settings = window.settings()
    folder = Path(str(settings.value("export/folder", "") or ""))
    file_path = window.file_path
    if not str(folder) or str(folder) == "." or not folder.is_dir():
        folder = file_path.parent if file_path else Path.home()
    if file_path:
        stem = file_path.name.split(".")[0] or "map"
    else:
        stem = (window.map.title or "map").strip() or "map"
    stem = "".join(c if c.isalnum() or c in " -_" else "_" for c in stem)
    return folder / (stem + options.suffix)


def with_suffix(path: Path, options: ExportOptions) -> Path:
    """``path`` ending with the chosen format's suffix (added when the name lacks it)."""
    return path if path.suffix.lower() == options.suffix else path.with_name(path.name + options.suffix)


def _picture_arguments(window, options: ExportOptions, selection: frozenset[str]) -> dict:
    """``export_map``'s drawing options for the dialog's choices (none for data formats)."""
    if not _BY_KEY[options.format][4]:
        return {}
    area = None
    if options.scope == "view":
        view = window.view
        area = view.mapToScene(view.viewport().rect()).boundingRect()
    return dict(title=options.title, rings=options.rings, slide=options.slide or None, area=area,
                only=selection if options.scope == "selection" else None)


def export_with_dialog(window) -> bool:
    """Ask for options and a destination, export the window's map; True when a file was written."""
    settings = window.settings()
    selection = frozenset(window.scene.selected_node_ids())
    dialog = ExportOptionsDialog(window, _load_options(settings), has_selection=bool(selection))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    options = dialog.options()
    dialog.deleteLater()
    chosen, _ = QFileDialog.getSaveFileName(
        window, translate("Export", "Export Map"), str(suggested_path(window, options)),
        translate("Export", _BY_KEY[options.format][3])
    )
    if not chosen:
        return False
    path = with_suffix(Path(chosen), options)
    # A big map takes seconds to draw: show that the window is busy, not frozen.
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        written = export_map(window.map, path, scale=1 if options.slide else options.scale,
                             transparent=options.transparent, legend=options.legend,
                             **_picture_arguments(window, options, selection))
    except ExportError as err:
        failure = str(err)
    else:
        failure = None
    finally:
        QApplication.restoreOverrideCursor()
    if failure is not None:
        messages.warning(window, translate("Export", "Export failed"), failure)
        return False
    _save_options(settings, options, path.parent)
    window.statusBar().showMessage(
        translate("Export", "Exported {files}").format(files=", ".join(p.name for p in written)), 5000)
    return True
