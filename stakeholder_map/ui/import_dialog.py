"""File > Import Spreadsheet…: read a Kumu-style workbook or CSV pair into a new, unsaved map.

``import_with_dialog(window)`` asks for an ``.xlsx`` workbook or either file of a CSV pair
(the other one is found automatically), lists everything that will not come in (rows,
columns, sheets) with its line number and asks whether to import the rest, lays out elements
that had no X/Y, and shows the result as the window's document, marked modified. The last
folder is kept under ``import/folder``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from stakeholder_map.fileio.spreadsheet import Problem, SpreadsheetError, import_spreadsheet
from stakeholder_map.model import Map
from stakeholder_map.ui import messages
from stakeholder_map.ui.messages import links_text, number
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

MAX_LISTED = 12  # problems shown in the message; the rest are counted


def describe_problems(problems: list[Problem]) -> str:
    """One line per problem, ``file, line N: message``, for the first ``MAX_LISTED``; the
    rest by file and line numbers, so no line that does not come in goes unmentioned.

    >>> print(describe_problems([("a.csv", 2, "bad")]))
    a.csv, line 2: bad
    """
    lines = [translate("Import", "{file}, line {line}: {problem}").format(file=f, line=n, problem=msg)
             for f, n, msg in problems[:MAX_LISTED]]
    rest: dict[str, list[int]] = {}
    for f, n, _ in problems[MAX_LISTED:]:
        rest.setdefault(f, []).append(n)
    if rest:
        where = "; ".join(translate("Import", "{file}, lines {lines}").format(file=f, lines=_ranges(numbers))
                          for f, numbers in rest.items())
        lines.append(translate("Import", "… and {count} more: {where}").format(
            count=len(problems) - MAX_LISTED, where=where))
    return "\n".join(lines)


def _ranges(numbers: list[int]) -> str:
    """``[4, 5, 6, 9]`` -> ``"4-6, 9"``."""
    spans: list[list[int]] = []
    for n in sorted(set(numbers)):
        if spans and n == spans[-1][1] + 1:
            spans[-1][1] = n
        else:
            spans.append([n, n])
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def _stakeholders(n: int) -> str:
    if n == 1:
        return translate("Import", "1 stakeholder")
    return translate("Import", "{count} stakeholders").format(count=number(n))


def place_unplaced(map_: Map) -> None:
    """Give elements without X/Y a position from the automatic layout (placed ones stay)."""
    from stakeholder_map.layout import place_missing

    positions = place_missing(map_)  # the whole banded layout when no row had X/Y
    if positions:
        map_.move_nodes(positions)


def _start_folder(window) -> str:
    settings = window.settings()
    folder = str(settings.value("import/folder", "") or "")
    if folder and Path(folder).is_dir():
        return folder
    file_path = window.file_path
    return str(file_path.parent) if file_path else str(Path.home())


def import_with_dialog(window) -> bool:
    """Pick a CSV, import it and open it in the window; True when a map was opened.

    Like File > Open, it first offers to save unsaved changes (Cancel stops here).
    """
    if not window.files.maybe_save():
        return False
    chosen, _ = QFileDialog.getOpenFileName(
        window, translate("Import", "Import Spreadsheet"), _start_folder(window),
        translate("Import", "Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)"),
    )
    if not chosen:
        return False
    try:
        imported, problems = import_spreadsheet(chosen)
    except SpreadsheetError as err:
        messages.warning(window, translate("Import", "Import failed"), str(err))
        return False
    usable = len(imported.nodes) + len(imported.edges)
    if problems:
        if usable == 0:
            messages.warning(
                window, translate("Import", "Nothing to import"),
                translate("Import", "Nothing in this spreadsheet can be imported:\n\n{problems}").format(
                    problems=describe_problems(problems)),
            )
            return False
        answer = messages.question(
            window, translate("Import", "Import Spreadsheet"),
            translate("Import", "Some of the spreadsheet will not come in:\n\n{problems}\n\n"
                      "Import the rest ({stakeholders} and {links})?").format(
                problems=describe_problems(problems), stakeholders=_stakeholders(len(imported.nodes)),
                links=links_text(len(imported.edges))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    place_unplaced(imported)
    window.settings().setValue("import/folder", str(Path(chosen).parent))
    window.open_map_object(imported, None, modified=True)
    return True
