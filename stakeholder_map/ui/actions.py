"""Every command of the window as a QAction with its shortcut, tip and objectName."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle

from stakeholder_map.ui.icons import command_icon
from stakeholder_map.ui.shortcuts import SHORTCUTS, key_sequences

Key = QKeySequence.StandardKey


class WindowActions:
    """Builds the actions of a ``MainWindow`` and connects them to its controllers."""

    def __init__(self, window) -> None:
        self.window = w = window
        files, edits, view = w.files, w.edits, w.view_commands
        style = w.style()
        icon = style.standardIcon

        # File
        self.new = self._make("&New", "actionNew", files.new, Key.New, "Start a new, empty map",
                              icon(QStyle.StandardPixmap.SP_FileIcon))
        self.open = self._make("&Open…", "actionOpen", files.open, Key.Open, "Open a map file",
                               icon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.save = self._make("&Save", "actionSave", files.save, Key.Save, "Save the map",
                               icon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.save_as = self._make("Save &As…", "actionSaveAs", files.save_as, Key.SaveAs,
                                  "Save the map under another name")
        self.revert = self._make("&Revert to Saved", "actionRevert", files.revert, None,
                                 "Drop unsaved changes and reload the file")
        self.close = self._make("&Close Window", "actionClose", w.close, Key.Close,
                                "Close this window")
        self.quit = self._make("&Quit", "actionQuit", w.quit_application, Key.Quit,
                               "Close every window and quit")

        # Sharing: a report, a print-out, a picture on the clipboard
        share = w.sharing
        self.export_report = self._make("E&xport Report…", "actionExportReport", share.export_report,
                                        None, "Write a stakeholder report to share: a PDF or a web page")
        self.print = self._make("&Print…", "actionPrint", share.print_map, Key.Print,
                                "Print the map on one page or spread across several")
        self.copy_image = self._make("Copy as &Image", "actionCopyAsImage", share.copy_as_image,
                                     QKeySequence("Ctrl+Shift+C"),
                                     "Copy the map, or the selected nodes, as a picture for slides "
                                     "and documents")

        # Edit
        stack = w.editor.undo_stack
        self.undo = stack.createUndoAction(w, "&Undo")
        self._finish(self.undo, "actionUndo", Key.Undo, "Undo the last change",
                     command_icon("undo"))
        self.redo = stack.createRedoAction(w, "&Redo")
        self._finish(self.redo, "actionRedo", Key.Redo, "Redo the change just undone",
                     command_icon("redo"))
        self.cut = self._make("Cu&t", "actionCut", edits.cut, Key.Cut, "Cut the selected nodes")
        self.copy = self._make("&Copy", "actionCopy", edits.copy, Key.Copy,
                               "Copy the selected nodes and the links between them")
        self.paste = self._make("&Paste", "actionPaste", edits.paste, Key.Paste,
                                "Paste nodes copied from any map window")
        self.duplicate = self._make("D&uplicate", "actionDuplicate", edits.duplicate,
                                    QKeySequence("Ctrl+D"), "Duplicate the selected nodes")
        self.delete = self._make("&Delete", "actionDelete", edits.delete, None,
                                 "Delete the selection (a node's links go with it)")
        self.select_all = self._make("Select &All", "actionSelectAll", edits.select_all,
                                     Key.SelectAll, "Select every node and link")
        self.rename = self._make("Re&name", "actionRename", edits.begin_rename,
                                 QKeySequence("F2"), "Rename the selected node on the map")

        # View
        self.zoom_in = self._make("Zoom &In", "actionZoomIn", view.zoom_in, Key.ZoomIn,
                                  "Zoom in", command_icon("zoom_in"))
        self.zoom_out = self._make("Zoom &Out", "actionZoomOut", view.zoom_out, Key.ZoomOut,
                                   "Zoom out", command_icon("zoom_out"))
        self.zoom_100 = self._make("&Actual Size", "actionZoom100", view.zoom_100,
                                   QKeySequence("Ctrl+1"), "Show the map at 100%")
        self.fit = self._make("&Fit Map", "actionFitMap", view.fit_map, QKeySequence("Ctrl+0"),
                              "Zoom so the whole map fits the window", command_icon("fit"))
        self.snap = self._toggle("&Snap to Grid", "actionSnapToGrid", view.set_snap,
                                 "Snap nodes to the grid when they move",
                                 w.settings().value("view/snap", False, type=bool))
        self.legend = self._toggle("Show &Legend", "actionShowLegend", view.set_legend,
                                   "Show what the shapes and line styles mean",
                                   w.settings().value("view/legend", True, type=bool))

        # Map
        self.arrange = self._make("&Arrange Automatically", "actionArrange", edits.arrange,
                                  QKeySequence("Ctrl+Shift+L"),
                                  "Lay the map out: products in the middle, payers and deciders "
                                  "on one side, users on the other (undoable)",
                                  command_icon("arrange"))

        self.preferences = self._make("Pr&eferences…", "actionPreferences", w.show_preferences,
                                      Key.Preferences, "Backups and recovery copies")

        # Help
        self.guide = self._make("Stakeholder Map &Guide", "actionGuide", w.show_guide,
                                Key.HelpContents, "How to draw and read a stakeholder map")
        self.about = self._make("&About Stakeholder Map", "actionAbout", w.show_about, None,
                                "Version and licence")

    def _finish(self, action: QAction, name: str, key, tip: str, icon: QIcon | None = None) -> None:
        # ``key`` documents the command's usual key; its keys on this platform come from
        # ``shortcuts.SHORTCUTS``, free of clashes on every platform.
        action.setObjectName(name)
        if name in SHORTCUTS:
            action.setShortcuts(key_sequences(name))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        if icon is not None:
            action.setIcon(icon)
        self.window.addAction(action)  # shortcuts work even when the menu bar is hidden

    def _make(self, text: str, name: str, slot: Callable, key, tip: str,
              icon: QIcon | None = None) -> QAction:
        action = QAction(text, self.window)
        self._finish(action, name, key, tip, icon)
        action.triggered.connect(lambda _=False: slot())
        return action

    def _toggle(self, text: str, name: str, slot: Callable[[bool], None], tip: str,
                checked: bool) -> QAction:
        action = QAction(text, self.window)
        action.setCheckable(True)
        action.setChecked(checked)
        self._finish(action, name, None, tip)
        action.toggled.connect(slot)
        return action

    def refresh_icons(self) -> None:
        """Redraw the line icons in the window's text colour (light/dark scheme changes)."""
        from PySide6.QtGui import QPalette

        colour = self.window.palette().color(QPalette.ColorRole.WindowText)
        for action, name in ((self.undo, "undo"), (self.redo, "redo"),
                             (self.zoom_in, "zoom_in"), (self.zoom_out, "zoom_out"),
                             (self.fit, "fit"), (self.arrange, "arrange")):
            action.setIcon(command_icon(name, colour))

    def update_for_selection(self, nodes: list[str], edges: list[str]) -> None:
        any_nodes = bool(nodes)
        for action in (self.cut, self.copy, self.duplicate):
            action.setEnabled(any_nodes)
        self.delete.setEnabled(any_nodes or bool(edges))
        self.rename.setEnabled(len(nodes) == 1)
