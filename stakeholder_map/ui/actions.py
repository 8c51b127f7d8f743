"""Every command of the window as a QAction with its shortcut, tip and objectName."""

from __future__ import annotations

from typing import Callable

from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle

from stakeholder_map.ui.icons import command_icon
from stakeholder_map.ui.shortcuts import SHORTCUTS, key_sequences
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

Key = QKeySequence.StandardKey


class WindowActions:
    """Builds the actions of a ``MainWindow`` and connects them to its controllers."""

    def __init__(self, window) -> None:
        self.window = w = window
        files, edits, view = w.files, w.edits, w.view_commands
        style = w.style()
        icon = style.standardIcon

        # File
        self.new = self._make(translate("MainWindow", "&New"), "actionNew", files.new, Key.New, translate("MainWindow", "Start a new, empty map"),
                              icon(QStyle.StandardPixmap.SP_FileIcon))
        self.open = self._make(translate("MainWindow", "&Open…"), "actionOpen", files.open, Key.Open, translate("MainWindow", "Open a map file"),
                               icon(QStyle.StandardPixmap.SP_DialogOpenButton))
        self.save = self._make(translate("MainWindow", "&Save"), "actionSave", files.save, Key.Save, translate("MainWindow", "Save the map"),
                               icon(QStyle.StandardPixmap.SP_DialogSaveButton))
        self.save_as = self._make(translate("MainWindow", "Save &As…"), "actionSaveAs", files.save_as, Key.SaveAs,
                                  translate("MainWindow", "Save the map under another name"))
        self.revert = self._make(translate("MainWindow", "&Revert to Saved"), "actionRevert", files.revert, None,
                                 translate("MainWindow", "Drop unsaved changes and reload the file"))
        self.close = self._make(translate("MainWindow", "&Close Window"), "actionClose", w.close, Key.Close,
                                translate("MainWindow", "Close this window"))
        self.quit = self._make(translate("MainWindow", "&Quit"), "actionQuit", w.quit_application, Key.Quit,
                               translate("MainWindow", "Close every window and quit"))

        # Sharing: a report, a print-out, a picture on the clipboard
        share = w.sharing
        self.export_report = self._make(translate("MainWindow", "E&xport Report…"), "actionExportReport", share.export_report,
                                        None, translate("MainWindow", "Write a stakeholder report to share: a PDF or a web page"))
        self.print = self._make(translate("MainWindow", "&Print…"), "actionPrint", share.print_map, Key.Print,
                                translate("MainWindow", "Print the map on one page or spread across several"))
        self.copy_image = self._make(translate("MainWindow", "Copy as &Image"), "actionCopyAsImage", share.copy_as_image,
                                     QKeySequence("Ctrl+Shift+C"),
                                     translate("MainWindow", "Copy the map, or the selected nodes, as a picture for slides "
                                               "and documents"))

        # Edit
        stack = w.editor.undo_stack
        self.undo = stack.createUndoAction(w, translate("MainWindow", "&Undo"))
        self._finish(self.undo, "actionUndo", Key.Undo, translate("MainWindow", "Undo the last change"),
                     command_icon("undo"))
        self.redo = stack.createRedoAction(w, translate("MainWindow", "&Redo"))
        self._finish(self.redo, "actionRedo", Key.Redo, translate("MainWindow", "Redo the change just undone"),
                     command_icon("redo"))
        self.cut = self._make(translate("MainWindow", "Cu&t"), "actionCut", edits.cut, Key.Cut, translate("MainWindow", "Cut the selected nodes"))
        self.copy = self._make(translate("MainWindow", "&Copy"), "actionCopy", edits.copy, Key.Copy,
                               translate("MainWindow", "Copy the selected nodes and the links between them"))
        self.paste = self._make(translate("MainWindow", "&Paste"), "actionPaste", edits.paste, Key.Paste,
                                translate("MainWindow", "Paste nodes copied from any map window"))
        self.duplicate = self._make(translate("MainWindow", "D&uplicate"), "actionDuplicate", edits.duplicate,
                                    QKeySequence("Ctrl+D"), translate("MainWindow", "Duplicate the selected nodes"))
        self.delete = self._make(translate("MainWindow", "&Delete"), "actionDelete", edits.delete, None,
                                 translate("MainWindow", "Delete the selection (a node's links go with it)"))
        self.select_all = self._make(translate("MainWindow", "Select &All"), "actionSelectAll", edits.select_all,
                                     Key.SelectAll, translate("MainWindow", "Select every node and link"))
        self.rename = self._make(translate("MainWindow", "Re&name"), "actionRename", edits.begin_rename,
                                 QKeySequence("F2"), translate("MainWindow", "Rename the selected node on the map"))

        # View
        self.zoom_in = self._make(translate("MainWindow", "Zoom &In"), "actionZoomIn", view.zoom_in, Key.ZoomIn,
                                  translate("MainWindow", "Zoom in"), command_icon("zoom_in"))
        self.zoom_out = self._make(translate("MainWindow", "Zoom &Out"), "actionZoomOut", view.zoom_out, Key.ZoomOut,
                                   translate("MainWindow", "Zoom out"), command_icon("zoom_out"))
        self.zoom_100 = self._make(translate("MainWindow", "&Actual Size"), "actionZoom100", view.zoom_100,
                                   QKeySequence("Ctrl+1"), translate("MainWindow", "Show the map at 100%"))
        self.fit = self._make(translate("MainWindow", "&Fit Map"), "actionFitMap", view.fit_map, QKeySequence("Ctrl+0"),
                              translate("MainWindow", "Zoom so the whole map fits the window"), command_icon("fit"))
        self.snap = self._toggle(translate("MainWindow", "&Snap to Grid"), "actionSnapToGrid", view.set_snap,
                                 translate("MainWindow", "Snap nodes to the grid when they move"),
                                 w.settings().value("view/snap", False, type=bool))
        self.legend = self._toggle(translate("MainWindow", "Show &Legend"), "actionShowLegend", view.set_legend,
                                   translate("MainWindow", "Show what the shapes and line styles mean"),
                                   w.settings().value("view/legend", True, type=bool))

        # Map
        self.arrange = self._make(translate("MainWindow", "&Arrange Automatically"), "actionArrange", edits.arrange,
                                  QKeySequence("Ctrl+Shift+L"),
                                  translate("MainWindow", "Lay the map out: products in the middle, payers and deciders "
                                            "on one side, users on the other (undoable)"),
                                  command_icon("arrange"))

        self.preferences = self._make(translate("MainWindow", "Pr&eferences…"), "actionPreferences", w.show_preferences,
                                      Key.Preferences, translate("MainWindow", "Backups and recovery copies"))

        # Help
        self.guide = self._make(translate("MainWindow", "Stakeholder Map &Guide"), "actionGuide", w.show_guide,
                                Key.HelpContents, translate("MainWindow", "How to draw and read a stakeholder map"))
        self.about = self._make(translate("MainWindow", "&About Stakeholder Map"), "actionAbout", w.show_about, None,
                                translate("MainWindow", "Version and licence"))

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
