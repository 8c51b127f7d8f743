"""Every command's keys work on every platform, and the Guide and README name only keys that do.

Qt's standard key lists differ by platform and cannot be switched at run time, so the lists that
matter are written out here from Qt's table of standard keys (``QKeySequence::StandardKey``):
under X11 (and Wayland, which uses the same table) *Delete* includes Ctrl+D and *Redo* has no
Ctrl+Y; Windows has no *Quit* key; on macOS "Ctrl" is the Command key and Meta the Control key.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from stakeholder_map.ui.shortcuts import SHORTCUTS, resolve

Key = QKeySequence.StandardKey
ROOT = Path(__file__).resolve().parents[2]

X11 = {
    Key.New: ["Ctrl+N"], Key.Open: ["Ctrl+O"], Key.Save: ["Ctrl+S"], Key.SaveAs: ["Ctrl+Shift+S"],
    Key.Close: ["Ctrl+W", "Ctrl+F4"], Key.Quit: ["Ctrl+Q"],
    Key.Undo: ["Ctrl+Z", "F14"], Key.Redo: ["Ctrl+Shift+Z"],
    Key.Cut: ["Ctrl+X", "F20", "Shift+Del"], Key.Copy: ["Ctrl+C", "F16", "Ctrl+Ins"],
    Key.Paste: ["Ctrl+V", "F18", "Shift+Ins"], Key.Delete: ["Del", "Ctrl+D"],
    Key.SelectAll: ["Ctrl+A"], Key.ZoomIn: ["Ctrl++"], Key.ZoomOut: ["Ctrl+-"],
    Key.Preferences: [], Key.HelpContents: ["F1"],
}
KDE = {**X11, Key.Close: ["Ctrl+W", "Ctrl+Esc"]}
WINDOWS = {
    **X11, Key.Close: ["Ctrl+F4", "Ctrl+W"], Key.Quit: [],
    Key.Undo: ["Ctrl+Z", "Alt+Backspace"], Key.Redo: ["Ctrl+Y", "Ctrl+Shift+Z", "Alt+Shift+Backspace"],
    Key.Cut: ["Ctrl+X", "Shift+Del"], Key.Copy: ["Ctrl+C", "Ctrl+Ins"],
    Key.Paste: ["Ctrl+V", "Shift+Ins"], Key.Delete: ["Del"],
}
MACOS = {
    **X11, Key.Close: ["Ctrl+W"], Key.Undo: ["Ctrl+Z"], Key.Redo: ["Ctrl+Shift+Z"],
    Key.Cut: ["Ctrl+X", "Meta+K"], Key.Copy: ["Ctrl+C"], Key.Paste: ["Ctrl+V", "Meta+Y"],
    Key.Delete: ["Del", "Meta+D", "Backspace"], Key.Preferences: ["Ctrl+,"],
    Key.HelpContents: ["Ctrl+?"],
}
PLATFORMS = {"X11 and Wayland (GNOME)": X11, "KDE": KDE, "Windows": WINDOWS, "macOS": MACOS}


def bindings_of(table):
    return lambda key: table.get(key, [])


def keys_of(table) -> dict[str, list[str]]:
    return resolve(bindings_of(table))


@pytest.mark.parametrize("platform", PLATFORMS)
def test_no_key_runs_two_commands(platform):
    owners: dict[str, str] = {}
    for name, keys in keys_of(PLATFORMS[platform]).items():
        for key in keys:
            assert key not in owners, f"{key} runs both {owners[key]} and {name} on {platform}"
            owners[key] = name


def test_x11_delete_leaves_ctrl_d_to_duplicate():
    keys = keys_of(X11)
    assert "Ctrl+D" not in keys["actionDelete"] and keys["actionDuplicate"] == ["Ctrl+D"]
    assert {"Del", "Backspace"} <= set(keys["actionDelete"])


# -- what the Guide and the README promise -------------------------------------------------

def guide_rows() -> list[tuple[str, str]]:
    """(keys, does) of every row of the Guide's "Keyboard and mouse" table."""
    text = (ROOT / "stakeholder_map/resources/help/guide.html").read_text(encoding="utf-8")
    section = text.split('name="shortcuts"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr><td>(.*?)</td><td>(.*?)</td></tr>", section, re.S)
    return [(html.unescape(re.sub("<.*?>", "", k)), html.unescape(d)) for k, d in rows]


def key_texts(cell: str) -> list[str]:
    """Key combinations named in a table cell or sentence: "Ctrl+Shift+Z", "F2", "Delete"."""
    cell = cell.replace("Ctrl+Plus", "Ctrl++").replace("Ctrl+plus", "Ctrl++")
    cell = cell.replace("Ctrl+Minus", "Ctrl+-").replace("Ctrl+minus", "Ctrl+-")
    found = re.findall(r"(?:(?:Ctrl|Shift|Alt)\+)+(?:[A-Z0-9]\b|\+|-|F\d+)|\bF\d+\b", cell)
    found += [w for w in ("Delete", "Backspace") if re.search(rf"\b{w}\b", cell)]
    return ["Del" if k == "Delete" else k for k in found]


#: rows of the Guide that are gestures, not commands: the test of each one
GESTURE_TESTS = {
    "Arrow keys (with Shift: further)": [
        "tests/canvas/test_gestures.py::test_arrow_keys_nudge_the_selection",
        "tests/ui/test_window_editing.py::test_arrow_nudges_merge_into_one_step"],
    "Right button drag from a node": [
        "tests/ui/test_right_drag_connect.py::test_right_drag_from_a_node_connects_it"],
    "Middle button drag, or Space + drag": [
        "tests/canvas/test_view.py::test_middle_button_drag_pans",
        "tests/canvas/test_gestures.py::test_space_drag_pans_without_selecting"],
    "Shift + click on the map": [
        "tests/ui/test_window_editing.py::test_shift_keeps_the_kind_to_place_several"],
    "Ctrl+wheel": ["tests/canvas/test_view.py::test_ctrl_wheel_zooms_around_the_cursor"],
    "Right-click": [
        "tests/ui/test_canvas_menus.py::test_a_node_menu_renames_changes_kind_and_deletes",
        "tests/ui/test_canvas_menus.py::test_the_empty_canvas_menu_adds_a_node_where_it_was_opened"],
    "Double-click an empty spot": [
        "tests/ui/test_canvas_menus.py::test_double_click_on_the_empty_canvas_asks_the_kind_then_renames"],
    "V, P, C, B, D, U, N, 1–5": [
        "tests/ui/test_canvas_menus.py::test_one_key_tool_shortcuts_on_the_canvas_shown_in_the_palette"],
    "Drag the legend": [
        "tests/ui/test_open_zoom_and_legend.py::test_the_legend_can_be_dragged_away_and_stays_in_the_view"],
    "Drag a node into or out of a company box": [
        "tests/ui/test_company_boxes.py::test_dropping_a_person_into_a_box_makes_them_a_member_in_one_undo_step",
        "tests/ui/test_company_boxes.py::test_dragging_a_member_out_of_its_box_ends_the_membership",
        "tests/ui/test_company_boxes.py::test_escape_during_a_drag_puts_everything_back",
        "tests/x11/test_company_box_x11.py::test_dragging_a_person_into_a_box_with_the_mouse_makes_a_member"],
    "Click the triangle on a box's header": [
        "tests/ui/test_company_boxes.py::test_a_box_folds_to_its_header_and_opens_again"],
}


def test_every_key_in_the_guide_runs_its_command_on_every_platform():
    rows = guide_rows()
    assert len(rows) > 10
    for keys, does in rows:
        if keys in GESTURE_TESTS:
            continue
        named = [k for k in key_texts(keys) if k != "Ctrl+wheel"]
        assert named, f"the Guide row {keys!r} names no key and no tested gesture"
        for platform, table in PLATFORMS.items():
            bound = {k for ks in keys_of(table).values() for k in ks}
            missing = [k for k in named if k not in bound]
            assert not missing, f"{missing} ({does}) does nothing on {platform}"


def test_every_command_key_is_in_the_guide():
    listed = {k for keys, _ in guide_rows() for k in key_texts(keys)}
    for name, keys in SHORTCUTS.items():
        named = [k for k in keys if isinstance(k, str)]
        if named:
            assert named[0] in listed, f"{name}'s key {named[0]} is missing from the Guide"


def test_gesture_rows_of_the_guide_have_tests():
    rows = {keys for keys, _ in guide_rows()}
    for row, tests in GESTURE_TESTS.items():
        assert row in rows or any(row in keys for keys in rows), f"{row!r} left the Guide"
        for test in tests:
            path, _, name = test.partition("::")
            source = (ROOT / path).read_text(encoding="utf-8")
            assert f"def {name}(" in source, f"the Guide's {row!r} has no test {test}"


def test_keys_in_the_readme_run_their_commands_on_every_platform():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(key_texts(text)) - {"Ctrl+wheel"}
    assert {"Ctrl+D", "Ctrl+Z", "Ctrl+S", "Ctrl+0", "Ctrl+1"} <= named
    for platform, table in PLATFORMS.items():
        bound = {k for ks in keys_of(table).values() for k in ks}
        assert named <= bound, f"{sorted(named - bound)} do nothing on {platform}"


# -- the real window's actions carry those keys --------------------------------------------

def test_window_actions_carry_the_resolved_keys(window):
    from PySide6.QtGui import QAction

    actions = {a.objectName(): a for a in window.findChildren(QAction) if a.objectName()}
    fmt = QKeySequence.SequenceFormat.PortableText
    for name, keys in resolve().items():
        if name not in actions:
            continue
        assert [s.toString(fmt) for s in actions[name].shortcuts()] == keys, name
    # No key is bound twice among everything the window offers.
    seen: dict[str, str] = {}
    for name, action in actions.items():
        for seq in action.shortcuts():
            text = seq.toString(fmt)
            assert text not in seen, f"{text} is bound to {seen[text]} and {name}"
            seen[text] = name


@pytest.mark.parametrize("keys, name", [("Ctrl+D", "actionDuplicate"), ("Ctrl+Y", "actionRedo"),
                                         ("Ctrl+Shift+Z", "actionRedo"), ("Del", "actionDelete"),
                                         ("Backspace", "actionDelete")])
def test_keys_fire_in_the_window(qtbot, window, keys, name):
    from PySide6.QtGui import QAction
    from PySide6.QtTest import QTest

    action = window.findChild(QAction, name)
    window.scene.select_ids(["advisor"], [])
    window.editor.rename("chat", "Renamed")
    window.editor.undo_stack.undo()  # something to redo
    fired = []
    action.triggered.connect(lambda *_: fired.append(True))
    window.view.setFocus()
    QTest.keySequence(window.view, QKeySequence(keys))
    assert fired == [True]


def test_docstring_examples_of_the_shortcut_table():
    import doctest

    import stakeholder_map.ui.shortcuts as shortcuts

    assert doctest.testmod(shortcuts).failed == 0
