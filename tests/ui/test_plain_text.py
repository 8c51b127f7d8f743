"""Text from a file or a file name is shown as written, never interpreted as HTML.

Each test shows a real dialog, label or tooltip with a hostile string in it and checks that
the widget displays the characters themselves (plain text format, or escaped rich text).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from stakeholder_map.fileio import save_map
from stakeholder_map.model import Kind, Map, Relation
from stakeholder_map.ui import messages
from stakeholder_map.ui.messages import critical as real_critical
from stakeholder_map.ui.messages import question as real_question
from stakeholder_map.ui.messages import warning as real_warning

EVIL = "<img src='/etc/hostile.png'><h1 style=color:red>Evil</h1>"
NAME = "<img src=x><h1 style=color:red>Evil"  # the same, as a file name may hold it (no slash)


@pytest.fixture
def real_boxes(monkeypatch):
    """The real plain-text boxes, with ``exec`` answered at once; returns what they showed."""
    shown = []

    def fake_exec(box):
        labels = [label for label in box.findChildren(QLabel) if label.text()]
        shown.append({
            "title": box.windowTitle(),
            "texts": [(label.text(), label.textFormat()) for label in labels],
        })
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(messages, "warning", real_warning)
    monkeypatch.setattr(messages, "critical", real_critical)
    monkeypatch.setattr(messages, "question", real_question)
    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def assert_shown_as_written(shown, needle: str) -> None:
    hits = [(text, fmt) for box in shown for text, fmt in box["texts"] if needle in text]
    assert hits, f"{needle!r} not in any box: {shown}"
    for _text, fmt in hits:
        assert fmt == Qt.TextFormat.PlainText


def evil_map() -> Map:
    m = Map(EVIL)
    m.add_node("a", Kind.COMPANY, "<b>Acme</b>", x=0, y=0)
    m.add_node("p", Kind.PRODUCT, "<i>App</i>", x=300, y=0)
    m.connect("a", "p", Relation.PAYS, edge_id="e", amount=5, period="monthly")
    return m


def test_unsaved_changes_question_shows_the_title_as_written(make_window, real_boxes):
    window = make_window(evil_map())
    window.editor.add_node(Kind.PERSON, (50, 50), "x")
    assert window.files.maybe_save() is False  # answered Cancel
    assert real_boxes[0]["title"] == "Unsaved changes"
    assert_shown_as_written(real_boxes, EVIL)


def test_revert_question_shows_the_file_name_as_written(make_window, tmp_path, real_boxes):
    path = tmp_path / f"{NAME}.stakemap.json"
    save_map(evil_map(), path)
    window = make_window()
    window.files.open_path(path, ask=False)
    window.editor.add_node(Kind.PERSON, (50, 50), "x")
    window.files.revert()
    assert_shown_as_written(real_boxes, EVIL)


def test_link_heading_in_properties_shows_the_names_as_written(make_window, qtbot):
    window = make_window(evil_map())
    window.scene.select_ids(edge_ids=["e"])
    panel = window.docks.properties_panel
    qtbot.waitUntil(lambda: "Acme" in panel.edge_heading.text())
    assert "<b>Acme</b>" in panel.edge_heading.text() and "<i>App</i>" in panel.edge_heading.text()
    assert panel.edge_heading.textFormat() == Qt.TextFormat.PlainText
    assert panel.node_heading.textFormat() == Qt.TextFormat.PlainText
    assert panel.multi_heading.textFormat() == Qt.TextFormat.PlainText


def test_changed_on_disk_question_shows_the_file_name_as_written(make_window, real_boxes):
    from stakeholder_map.ui import safe_save

    window = make_window(evil_map())
    assert safe_save.ask_changed_on_disk(window, Path("/tmp") / f"{NAME}.json") is safe_save.Choice.CANCEL
    assert_shown_as_written(real_boxes, NAME)


def test_read_only_question_shows_the_file_name_as_written(make_window, real_boxes):
    from stakeholder_map.ui import safe_save

    window = make_window(evil_map())
    assert safe_save.ask_read_only(window, Path("/tmp") / f"{NAME}.json") is safe_save.Choice.CANCEL
    assert_shown_as_written(real_boxes, NAME)


def test_save_failure_shows_the_file_name_as_written(make_window, tmp_path, real_boxes):
    window = make_window(evil_map())
    folder = tmp_path / "gone"
    assert not window.save_to(folder / f"{NAME}.stakemap.json")
    assert real_boxes[0]["title"] == "Cannot save map"
    assert_shown_as_written(real_boxes, NAME)


def test_open_failure_shows_the_file_name_as_written(make_window, tmp_path, real_boxes):
    window = make_window()
    path = tmp_path / f"{NAME}.json"
    path.write_text("{not json", encoding="utf-8")
    assert not window.files.open_path(path, ask=False)
    assert_shown_as_written(real_boxes, NAME)


def test_export_failure_shows_the_file_name_as_written(make_window, tmp_path, real_boxes, monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog

    from stakeholder_map.ui import export_dialog

    window = make_window(evil_map())
    target = tmp_path / NAME / "m.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    monkeypatch.setattr(export_dialog.ExportOptionsDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    assert not export_dialog.export_with_dialog(window)
    assert_shown_as_written(real_boxes, NAME)


def test_recovery_dialog_rows_and_tooltips_show_names_as_written(qapp, tmp_path):
    from stakeholder_map.ui.recovery import RecoveryStore
    from stakeholder_map.ui.recovery_dialog import RecoveryDialog

    other = RecoveryStore(tmp_path / "rec")
    other.write("d", evil_map(), tmp_path / f"{NAME}.stakemap.json")
    other.close()
    store = RecoveryStore(tmp_path / "rec")
    try:
        dialog = RecoveryDialog(store.orphans())
        item = dialog.list.item(0)
        assert EVIL in item.text()  # a list row is plain text
        tip = item.toolTip()
        assert "<h1" not in tip and "&lt;h1 style=color:red&gt;Evil" in tip
        dialog.deleteLater()
    finally:
        store.close()


def test_damaged_recovery_copies_warning_is_plain_text(qapp, tmp_path, real_boxes):
    from stakeholder_map.ui import recovery_dialog

    recovery_dialog_warning = recovery_dialog.messages.warning
    recovery_dialog_warning(None, "Some maps could not be restored", f"{EVIL}\n")
    assert_shown_as_written(real_boxes, EVIL)


def test_findings_tooltip_is_shown_as_written(make_window, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from tests.ui.helpers import wait_analysis

    window = make_window(evil_map())
    wait_analysis(qtbot, window)
    findings = window.docks.findings_list
    findings.parentWidget().show()
    findings.raise_()
    rect = findings.visualRect(findings.model().index(0, 0, QModelIndex()))
    assert rect.isValid()
    shown = []
    real = QToolTip.showText

    def record(pos, text, *args):
        shown.append(text)

    QToolTip.showText = staticmethod(record)
    try:
        event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), findings.viewport().mapToGlobal(rect.center()))
        QApplication.sendEvent(findings.viewport(), event)
    finally:
        QToolTip.showText = real
    assert shown and "&lt;b&gt;Acme&lt;/b&gt;" in shown[0] and "<b>" not in shown[0]


def test_recent_file_tooltips_are_escaped(make_window, tmp_path):
    from stakeholder_map.ui.menus import fill_recent

    path = tmp_path / "<img src=x>.stakemap.json"
    save_map(evil_map(), path)
    window = make_window()
    window.recent.add(path)
    fill_recent(window)
    [action] = [a for a in window.recent_menu.actions() if a.data() == str(path)]
    assert "<img" not in action.toolTip() and "&lt;img src=x&gt;" in action.toolTip()
