"""File > Export… in the real window: options, destination, remembered settings, errors."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtGui import QImage

from stakeholder_map.ui.export_dialog import ExportOptions, ExportOptionsDialog, export_with_dialog
from tests.render.window_fixtures import answers, when_dialog_opens, window  # noqa: F401


def choose(fmt: str, scale: int = 1, transparent: bool = False, legend: bool = False):
    def act(dialog: ExportOptionsDialog) -> None:
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
        if dialog.scale_box.isEnabled():
            dialog.scale_box.setCurrentIndex(dialog.scale_box.findData(scale))
        dialog.transparent_box.setChecked(transparent)
        dialog.legend_box.setChecked(legend)
        dialog.accept()
    return act


def test_png_export_with_options_then_remembered(window, answers, tmp_path):
    answers.save_path = str(tmp_path / "team")  # no suffix typed: the format's is added
    seen = when_dialog_opens(ExportOptionsDialog, choose("png", scale=2, transparent=True))
    assert export_with_dialog(window) is True
    assert seen
    out = tmp_path / "team.png"
    image = QImage(str(out))
    assert image.width() > 500 and image.pixelColor(0, 0).alpha() == 0
    assert "team.png" in window.statusBar().currentMessage()

    # next time: the dialog starts with the same options, the file dialog in the same folder
    remembered = []
    when_dialog_opens(ExportOptionsDialog, lambda d: (remembered.append(d.options()), d.reject()))
    assert export_with_dialog(window) is False
    assert remembered == [ExportOptions("png", 2, True, False)]
    answers.save_path = ""
    when_dialog_opens(ExportOptionsDialog, lambda d: d.accept())
    assert export_with_dialog(window) is False  # file dialog cancelled
    _, _, folder, filters = answers.of("save")[-1]
    assert folder == str(tmp_path / "Team chat.png") and "*.png" in filters


def test_scale_only_for_png_and_drawing_options_only_for_drawings(window, answers):
    dialog = ExportOptionsDialog(window, ExportOptions())
    for fmt, scale, drawing in [("png", True, True), ("svg", False, True), ("pdf", False, True),
                                ("json", False, False), ("graphml", False, False), ("csv", False, False)]:
        dialog.format_box.setCurrentIndex(dialog.format_box.findData(fmt))
        assert dialog.scale_box.isEnabled() is scale
        assert dialog.transparent_box.isEnabled() is drawing and dialog.legend_box.isEnabled() is drawing
    assert "NAME-connections.csv" in dialog.hint.text()
    dialog.deleteLater()


def test_svg_and_csv_from_the_window(window, answers, tmp_path):
    answers.save_path = str(tmp_path / "chat.svg")
    when_dialog_opens(ExportOptionsDialog, choose("svg", legend=True))
    assert export_with_dialog(window)
    ET.parse(tmp_path / "chat.svg")
    answers.save_path = str(tmp_path / "chat.csv")
    when_dialog_opens(ExportOptionsDialog, choose("csv"))
    assert export_with_dialog(window)
    assert (tmp_path / "chat-connections.csv").exists()
    from stakeholder_map.fileio.spreadsheet import import_spreadsheet

    back, problems = import_spreadsheet(tmp_path / "chat.csv")
    assert problems == [] and back.nodes == window.map.nodes


def test_cancel_writes_nothing(window, answers, tmp_path):
    when_dialog_opens(ExportOptionsDialog, lambda d: d.reject())
    assert export_with_dialog(window) is False
    assert answers.of("save") == []


def test_failure_is_shown_and_settings_unchanged(window, answers, tmp_path):
    answers.save_path = str(tmp_path / "missing" / "map.pdf")
    when_dialog_opens(ExportOptionsDialog, choose("pdf"))
    assert export_with_dialog(window) is False
    (_, title, text), = answers.of("warning")
    assert title == "Export failed" and "does not exist" in text
    assert window.settings().value("export/folder") is None


def test_the_window_menu_has_export_and_import(window):
    assert window.commands.export is not None and window.commands.import_spreadsheet is not None


def test_slide_title_clean_selection_from_the_dialog(window, answers, tmp_path):
    import xml.etree.ElementTree as ET

    window.scene.select_ids(["chat", "staff"])

    def act(dialog: ExportOptionsDialog) -> None:
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("png"))
        dialog.size_box.setCurrentIndex(dialog.size_box.findData("1920x1080"))
        assert not dialog.scale_box.isEnabled() and "1920 x 1080" in dialog.hint.text()
        dialog.title_box.setChecked(True)
        dialog.rings_box.setChecked(False)
        dialog.scope_box.setCurrentIndex(dialog.scope_box.findData("selection"))
        dialog.accept()

    answers.save_path = str(tmp_path / "slide.png")
    when_dialog_opens(ExportOptionsDialog, act)
    assert export_with_dialog(window)
    image = QImage(str(tmp_path / "slide.png"))
    assert (image.width(), image.height()) == (1920, 1080)

    # the same choices, as SVG: the title is there, the unselected node is not, nor any ring
    def as_svg(dialog: ExportOptionsDialog) -> None:
        assert dialog.options().scope == "selection" and dialog.options().title  # remembered
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("svg"))
        dialog.accept()

    answers.save_path = str(tmp_path / "slide.svg")
    when_dialog_opens(ExportOptionsDialog, as_svg)
    assert export_with_dialog(window)
    svg = (tmp_path / "slide.svg").read_text("utf-8")
    texts = " ".join(t for el in ET.fromstring(svg).iter("{http://www.w3.org/2000/svg}text")
                     for t in el.itertext())
    assert "Team chat" in texts and "Chat app" in texts and "Acme Corp" not in texts
    assert ET.fromstring(svg).get("width") == "1920px"


def test_selection_scope_needs_a_selection_and_view_scope_draws_the_view(window, answers, tmp_path):
    window.scene.select_ids([])
    dialog = ExportOptionsDialog(window, ExportOptions(scope="selection"), has_selection=False)
    assert dialog.options().scope == "map"
    assert dialog.scope_box.findData("selection") == -1 and dialog.scope_box.count() == 2
    dialog.deleteLater()

    window.view.centerOn(window.scene.node_item("staff"))
    window.view.zoom_100()
    for _ in range(6):
        window.view.zoom_in()
    window.view.centerOn(window.scene.node_item("staff"))

    def act(dialog: ExportOptionsDialog) -> None:
        dialog.format_box.setCurrentIndex(dialog.format_box.findData("svg"))
        dialog.scope_box.setCurrentIndex(dialog.scope_box.findData("view"))
        dialog.title_box.setChecked(False)
        dialog.accept()

    answers.save_path = str(tmp_path / "view.svg")
    when_dialog_opens(ExportOptionsDialog, act)
    assert export_with_dialog(window)
    svg = (tmp_path / "view.svg").read_text("utf-8")
    assert "Staff" in svg and "Acme Corp" not in svg


def test_a_png_too_big_for_memory_is_refused_with_its_size(window, answers, tmp_path):
    from stakeholder_map.model import Kind, Map

    far = Map("Far apart")
    far.add_node("a", Kind.PRODUCT, "West", x=0, y=0)
    far.add_node("b", Kind.PRODUCT, "East", x=30000, y=0)
    window.open_map_object(far)
    answers.save_path = str(tmp_path / "far.png")
    when_dialog_opens(ExportOptionsDialog, choose("png", scale=4))
    assert export_with_dialog(window) is False
    (_, title, text), = answers.of("warning")
    assert title == "Export failed"
    assert "too large" in text and " x " in text and "pixels" in text and "MB" in text
    assert "slide size" in text  # and what to do instead
    assert list(tmp_path.iterdir()) == []
