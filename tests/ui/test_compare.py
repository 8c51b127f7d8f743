"""File › Compare With... and the Merge Conflicts panel, driven in the real window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QDockWidget, QListWidget, QMenu, QPushButton

from stakeholder_map.compare import merge_maps
from stakeholder_map.fileio import dumps_map, load_map
from stakeholder_map.model import Kind, Map, Node
from tests.ui.conftest import sample_map


def other_version(path: Path) -> Path:
    """The sample map as it was before: no advisor yet, a Legal person since removed,
    Staff called Employees, and the chat app elsewhere."""
    other = sample_map()
    other.remove(["advisor"])
    other.add_node("legal", Kind.PERSON, "Legal", x=300, y=300)
    other.update_node("staff", name="Employees")
    other.update_node("chat", x=40)
    path.write_text(dumps_map(other), encoding="utf-8")
    return path


def compare_action(window):
    menu = window.menuBar().findChild(QMenu, "menuFile")
    [action] = [a for a in menu.actions() if a.objectName() == "actionCompareWith"]
    return action


def pixels_near(window, rect: QRectF, colour: QColor, tolerance: int = 40) -> int:
    """How many pixels of the scene inside ``rect`` are close to ``colour``."""
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    window.scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (abs(c.red() - colour.red()) + abs(c.green() - colour.green())
                    + abs(c.blue() - colour.blue())) < tolerance:
                count += 1
    return count


def entries(window) -> list[str]:
    lst = window.findChild(QListWidget, "compareList")
    return [lst.item(i).text() for i in range(lst.count())]


def click_entry(qtbot, list_widget: QListWidget, text_part: str) -> None:
    for i in range(list_widget.count()):
        if text_part in list_widget.item(i).text():
            item = list_widget.item(i)
            list_widget.scrollToItem(item)
            rect = list_widget.visualItemRect(item)
            qtbot.mouseClick(list_widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"no entry with {text_part!r}")


def test_compare_with_shows_the_other_version_over_the_map(window, tmp_path, dialogs, qtbot):
    dialogs.open_path = str(other_version(tmp_path / "before.stakemap.json"))
    advisor = window.scene.node_item("advisor").sceneBoundingRect().adjusted(-12, -12, 12, 12)
    ghost = QRectF(250, 260, 100, 100)
    green, grey = QColor(46, 160, 67), QColor(128, 128, 128)
    assert pixels_near(window, advisor, green) == 0 and pixels_near(window, ghost, grey) == 0

    compare_action(window).trigger()

    dock = window.findChild(QDockWidget, "compareDock")
    assert dock.isVisible()
    lines = entries(window)
    assert 'Added node "Advisor" (advisor, person).' in lines
    assert 'Removed node "Legal" (legal, person).' in lines
    assert 'Changed node "Staff" (staff): name "Employees" → "Staff".' in lines
    assert 'Moved node "Chat app" (chat) from (40, 0) to (0, 0).' in lines
    qtbot.waitUntil(lambda: 'New finding (warning): "Advisor" is not connected to anything.' in entries(window))
    assert pixels_near(window, advisor, green) > 20  # the added node has a green halo
    assert pixels_near(window, ghost, grey) > 10  # the removed one is a ghost where it was
    assert window.map == sample_map()  # comparing changes nothing

    click_entry(qtbot, window.findChild(QListWidget, "compareList"), "(staff)")
    assert window.scene.selected_node_ids() == ["staff"]
    click_entry(qtbot, window.findChild(QListWidget, "compareList"), "(legal")
    assert window.scene.selected_node_ids() == []  # a ghost has nothing to select


def test_the_comparison_follows_edits_and_closes(window, tmp_path, dialogs, qtbot):
    window.versions.compare.compare_with(other_version(tmp_path / "before.stakemap.json"))
    window.editor.rename("staff", "Employees")
    qtbot.waitUntil(lambda: not any("(staff)" in line for line in entries(window)))
    advisor = window.scene.node_item("advisor").sceneBoundingRect().adjusted(-12, -12, 12, 12)
    qtbot.mouseClick(window.findChild(QPushButton, "closeComparison"), Qt.MouseButton.LeftButton)
    assert not window.findChild(QDockWidget, "compareDock").isVisible()
    assert pixels_near(window, advisor, QColor(46, 160, 67)) == 0


def test_roles_and_findings_gained_and_lost_are_listed(window, tmp_path, dialogs, qtbot):
    other = sample_map()
    other.remove(edge_ids=["use"])
    path = tmp_path / "other.stakemap.json"
    path.write_text(dumps_map(other), encoding="utf-8")
    window.versions.compare.compare_with(path)
    # Roles and findings come with the window's own analysis, a moment later.
    qtbot.waitUntil(lambda: 'Role gained: "Staff" is now a user.' in entries(window))
    click_entry(qtbot, window.findChild(QListWidget, "compareList"), "Role gained")
    assert window.scene.selected_node_ids() == ["staff"]
    click_entry(qtbot, window.findChild(QListWidget, "compareList"), "Added edge use")
    assert window.scene.selected_edge_ids() == ["use"] and window.scene.selected_node_ids() == []


def test_an_unreadable_version_is_refused_and_the_map_kept(window, tmp_path, dialogs):
    bad = tmp_path / "bad.stakemap.json"
    bad.write_text("{nope", encoding="utf-8")
    dialogs.open_path = str(bad)
    compare_action(window).trigger()
    assert "bad.stakemap.json" in dialogs.texts("warning")[0]
    assert not window.findChild(QDockWidget, "compareDock").isVisible()
    assert window.map == sample_map()


def test_a_merged_map_lists_its_conflicts_until_they_are_resolved(make_window, tmp_path, qtbot):
    base = sample_map()
    ours, theirs = base.copy(), base.copy()
    ours.update_node("staff", name="Employees")
    theirs.update_node("staff", name="Everyone")
    merged = tmp_path / "merged.stakemap.json"
    merged.write_text(dumps_map(merge_maps(base, ours, theirs).map), encoding="utf-8")

    window = make_window()
    assert not window.findChild(QDockWidget, "mergeConflictsDock").isVisible()
    assert window.files.open_path(merged)
    dock = window.findChild(QDockWidget, "mergeConflictsDock")
    assert dock.isVisible()
    conflicts = window.findChild(QListWidget, "conflictsList")
    assert conflicts.count() == 1
    assert '"Employees" on ours and "Everyone" on theirs' in conflicts.item(0).text()
    click_entry(qtbot, conflicts, "Everyone")
    assert window.scene.selected_node_ids() == ["staff"]

    qtbot.mouseClick(window.findChild(QPushButton, "markConflictsResolved"), Qt.MouseButton.LeftButton)
    assert conflicts.count() == 0 and window.isWindowModified()
    window.editor.undo_stack.undo()
    assert conflicts.count() == 1
    window.editor.undo_stack.redo()
    assert window.save_to(merged)
    assert "merge_conflicts" not in merged.read_text(encoding="utf-8")
    assert load_map(merged).node("staff").name == "Employees"


def test_the_panels_do_not_come_back_empty_with_a_restored_layout(make_window, qtbot):
    first = make_window(sample_map())
    for name in ("compareDock", "mergeConflictsDock"):
        first.findChild(QDockWidget, name).show()
    first.close()  # saves the layout with both panels showing
    second = make_window()
    qtbot.wait(10)
    assert not second.findChild(QDockWidget, "compareDock").isVisible()
    assert not second.findChild(QDockWidget, "mergeConflictsDock").isVisible()


def test_names_and_file_names_show_as_written(window, tmp_path, dialogs):
    other = sample_map()
    other.update_node("staff", name="<b>Staff</b> & co")
    path = tmp_path / "<b>old.stakemap.json"
    path.write_text(dumps_map(other), encoding="utf-8")
    window.versions.compare.compare_with(path)
    lst = window.findChild(QListWidget, "compareList")
    [item] = [lst.item(i) for i in range(lst.count()) if "(staff)" in lst.item(i).text()]
    assert '"<b>Staff</b> & co"' in item.text()
    assert "&lt;b&gt;Staff&lt;/b&gt; &amp; co" in item.toolTip()
    heading = window.versions.compare.panel.heading
    assert heading.textFormat() == Qt.TextFormat.PlainText and "<b>old" in heading.text()


def test_a_very_different_version_lists_the_first_thousand_changes(make_window, tmp_path, dialogs):
    big = Map("Many")
    big.add([Node(f"p{i}", Kind.PERSON, f"P{i}", x=i * 10, y=0) for i in range(1200)])
    window = make_window(big)
    empty = tmp_path / "empty.stakemap.json"
    empty.write_text(dumps_map(Map("Many")), encoding="utf-8")
    window.versions.compare.compare_with(empty)
    lines = entries(window)
    assert len(lines) == 1001
    assert lines[0] == 'Added node "P0" (p0, person).'
    assert lines[-1].startswith("... and ") and "stakeholder-map diff" in lines[-1]
