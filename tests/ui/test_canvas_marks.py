"""What the canvas shows a product manager: the specific user role, headcount, a mark for
notes, a selection that no finding ring can be mistaken for, and undo/redo icons."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtWidgets import QStyle

from stakeholder_map.canvas.style import KIND_COLOURS, SEVERITY_COLOURS
from stakeholder_map.canvas.theme import Theme
from tests.ui.helpers import wait_analysis


def render(window, rect: QRectF) -> QImage:
    image = QImage(int(rect.width() * 2), int(rect.height() * 2), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    window.scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def near(image: QImage, colour: QColor, tolerance: int = 40) -> int:
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if (abs(c.red() - colour.red()) + abs(c.green() - colour.green())
                    + abs(c.blue() - colour.blue())) < tolerance:
                count += 1
    return count


def test_a_specific_user_role_replaces_user_on_the_canvas_not_in_the_tooltip(window, qtbot):
    from stakeholder_map.model import Relation

    window.editor.connect("staff", "chat", Relation.PAYS, amount=10)  # staff now pay: paying user
    wait_analysis(qtbot, window)
    item = window.scene.node_item("staff")
    assert "Paying user" in item.badge_labels() and "User" not in item.badge_labels()
    assert "<b>User</b>" in item.tooltip_text() and "<b>Paying user</b>" in item.tooltip_text()


def test_headcount_shows_on_the_canvas_and_in_the_tooltip(window, qtbot):
    item = window.scene.node_item("staff")
    assert item.fact_labels() == ["400 people"]
    assert "400 people" in item.tooltip_text()
    window.editor.set_node_fields(["staff"], headcount=1250)
    assert window.scene.node_item("staff").fact_labels() == ["1,250 people"]
    assert window.scene.node_item("cto").fact_labels() == []


def test_a_node_with_notes_carries_a_mark(window, qtbot):
    item = window.scene.node_item("cto")
    area = item.mapRectToScene(item.notes_mark_rect()).adjusted(-1, -1, 1, 1)
    without = render(window, area)
    window.editor.set_node_fields(["cto"], notes="Signs off anything over 50k")
    item = window.scene.node_item("cto")
    with_notes = render(window, area)
    assert without != with_notes
    assert "Signs off anything over 50k" in item.tooltip_text()


def test_selection_is_not_the_colour_of_any_finding_or_kind():
    for theme in (Theme.light(), Theme.dark()):
        for colour in list(SEVERITY_COLOURS.values()) + list(KIND_COLOURS.values()):
            other = QColor(colour)
            distance = (abs(other.red() - theme.selection.red())
                        + abs(other.green() - theme.selection.green())
                        + abs(other.blue() - theme.selection.blue()))
            assert distance > 150, (theme.is_dark, colour)


def test_a_noted_node_does_not_look_selected(window, qtbot):
    wait_analysis(qtbot, window)
    item = window.scene.node_item("cto")  # "decides but does not use": a Note finding
    assert item.severity == "info"
    area = item.sceneBoundingRect()
    selection = window.scene.theme.selection
    unselected = near(render(window, area), selection)
    window.scene.select_ids(["cto"], [])
    selected = near(render(window, area), selection)
    assert selected > 4 * max(unselected, 10)


def test_a_selected_findings_icon_keeps_its_colour():
    from stakeholder_map.ui.icons import severity_icon

    for severity in ("error", "warning", "info"):
        icon = severity_icon(severity)
        x, y = (8, 26) if severity == "warning" else (6, 16)  # on the sign, off its glyph
        normal = icon.pixmap(32, 32, QIcon.Mode.Normal).toImage().pixelColor(x, y)
        chosen = icon.pixmap(32, 32, QIcon.Mode.Selected).toImage().pixelColor(x, y)
        assert normal == chosen == QColor(SEVERITY_COLOURS[severity]), severity


def test_undo_and_redo_icons_are_not_back_and_forward(window):
    style = window.style()
    for action, pixmap in ((window.commands.undo, QStyle.StandardPixmap.SP_ArrowBack),
                           (window.commands.redo, QStyle.StandardPixmap.SP_ArrowForward)):
        ours = action.icon().pixmap(32, 32).toImage()
        arrow = style.standardIcon(pixmap).pixmap(32, 32).toImage()
        assert not action.icon().isNull() and ours != arrow
