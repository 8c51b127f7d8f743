"""The main window: the canvas in the middle, docks around it, one map document.

The window wires things together; the work lives in its helpers: ``FileController`` (files),
``EditController`` (canvas intents and the Edit menu), ``WindowActions``/``menus`` (commands),
``Docks`` (panels) and ``AnalysisRunner`` (analysis off the UI thread).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QRectF, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from stakeholder_map import heap
from stakeholder_map.canvas import MapScene, MapView, Tool
from stakeholder_map.editing import Editor
from stakeholder_map.fileio.fingerprint import Fingerprint
from stakeholder_map.model import Change, Map
from stakeholder_map.ui.actions import WindowActions
from stakeholder_map.ui.align_actions import AlignActions
from stakeholder_map.ui.analysis_runner import AnalysisRunner
from stakeholder_map.ui.canvas_menus import CanvasMenus
from stakeholder_map.ui.clipboard import MIME_TYPE
from stakeholder_map.ui.docks import Docks
from stakeholder_map.ui.edit_controller import EditController
from stakeholder_map.ui.far_nodes import warn_about_far_nodes
from stakeholder_map.ui.files import FileController
from stakeholder_map.ui.filter_panel import MapFilter
from stakeholder_map.ui.find_bar import Finder
from stakeholder_map.ui.grid_tab import MapTabs
from stakeholder_map.ui.saved_views import SavedViews
from stakeholder_map.ui.sticky_commands import StickyCommands
from stakeholder_map.ui.help import GuideDialog, show_about
from stakeholder_map.ui.menus import build_menus, build_toolbar
from stakeholder_map.ui.palette import ToolActions
from stakeholder_map.ui.recent import RecentFiles
from stakeholder_map.ui.sharing import Sharing
from stakeholder_map.ui.status import StatusBar
from stakeholder_map.ui.versions import VersionControls
from stakeholder_map.ui.view_commands import ViewCommands
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from stakeholder_map.analysis import Analysis
    from stakeholder_map.ui.autosave import Autosaver
    from stakeholder_map.ui.recovery_dialog import RecoverySession

ORGANIZATION = "Stakeholder Map"
APPLICATION = "Stakeholder Map"


class MainWindow(QMainWindow):
    """One map document in a window."""

    documentChanged = Signal()
    analysisUpdated = Signal()
    #: a close was accepted: the map was saved, or the person chose Discard
    closed = Signal()

    def __init__(self, map_: Map | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setAccessibleName("Stakeholder Map")
        self.map = map_ if map_ is not None else Map()
        self.file_path: Path | None = None
        self.analysis = None
        self.guide: GuideDialog | None = None
        # Collaborators other modules give the window (declared here, set by their owners):
        self.disk_fingerprint: Fingerprint | None = None  # the file as last read or written (safe_save)
        self.autosaver: Autosaver | None = None  # recovery copies (autosave.install_autosave)
        self.recovery_session: RecoverySession | None = None  # crash recovery (app.run)
        self.templates_menu = QMenu(translate("MainWindow", "New from &Template"), self)  # filled by menus.fill_templates
        self.recent_menu = QMenu(translate("MainWindow", "Open &Recent"), self)  # filled by menus.fill_recent
        self.editor = Editor(self.map, self)
        self.recent = RecentFiles(self.settings())
        self.tools = ToolActions(self)
        self.files = FileController(self)
        self.edits = EditController(self)
        self.view_commands = ViewCommands(self)
        self.scene = MapScene(self.map)
        self.view = MapView(self.scene)
        self.view.setAccessibleName(translate("MainWindow", "Map canvas"))
        self.view.viewport().setObjectName("mapViewport")
        # one-key tools work on the canvas (typing in a panel or a name never picks a tool)
        self.view.addActions(self.tools.group.actions())
        self.tabs = MapTabs(self)
        self.setCentralWidget(self.tabs)
        self.docks = Docks(self)
        self.sharing = Sharing(self)
        self.commands = WindowActions(self)
        self.align = AlignActions(self)
        self.finder = Finder(self)
        self.canvas_menus = CanvasMenus(self)
        self.sticky = StickyCommands(self)
        self.docks.palette_widget.add_after_kinds(self.sticky.add)
        self.saved_views = SavedViews(self)
        build_menus(self, self.commands)
        self.menuBar().insertMenu(self.menuBar().actions()[-1], self.saved_views.menu)  # before Help
        self.toolbar = build_toolbar(self, self.commands)
        self.map_filter = MapFilter(self, self.docks.filter_panel)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.runner = AnalysisRunner(self)
        self.versions = VersionControls(self)
        self.docks.findings.raise_()  # the first tab a new user sees, whatever panels joined it

        self.runner.finished.connect(self._analysis_arrived)
        self.runner.failed.connect(lambda msg: self.status.showMessage(
            translate("MainWindow", "Analysis failed: {reason}").format(reason=msg)))
        self.tools.toolChosen.connect(self._tool_chosen)
        self.editor.undo_stack.cleanChanged.connect(self._update_modified)
        self.docks.properties_panel.message.connect(lambda t: self.status.showMessage(t, 6000))
        self.docks.findings_list.findingChosen.connect(self.show_items)
        self.docks.stakeholders_list.nodeChosen.connect(lambda nid: self.show_items([nid], []))
        self.view.zoomChanged.connect(self.status.show_zoom)
        clipboard = QApplication.clipboard()
        clipboard.dataChanged.connect(self._clipboard_changed)
        self._clipboard_changed()
        self.setAcceptDrops(True)
        self.resize(1280, 820)
        self._restore_layout()
        self._attach(self.scene)
        self.map.changed.subscribe(self._map_changed)
        self._document_replaced()
        self.runner.schedule(self.map)

    # -- what the panels, dialogs and files rely on ---------------------------------------------------------------
    @staticmethod
    def settings() -> QSettings:
        return QSettings(ORGANIZATION, APPLICATION)

    def open_map_object(self, map_: Map, path: str | Path | None = None, *,
                        modified: bool = False) -> None:
        """Show ``map_`` as this window's document (history cleared)."""
        # The old document's objects are freed and the new one's never walked by the
        # cycle collector (see heap.py); fitting before the first frame as well.
        with heap.paused():
            analysis = self._replace_document(map_, path, modified)
            heap.keep()
        self.documentChanged.emit()
        if analysis is not None:
            self._analysis_arrived(analysis)
        warn_about_far_nodes(self)

    def _replace_document(self, map_: Map, path: str | Path | None, modified: bool) -> Analysis | None:
        self.map.changed.unsubscribe(self._map_changed)
        self.scene.clear_map()
        gone = len(self.map.nodes) + len(self.map.edges)
        self.map = map_
        self.file_path = Path(path) if path is not None else None
        self.editor.set_map(map_)
        if modified:
            self.editor.undo_stack.resetClean()
        self.runner.let_go()
        # The old document is gone (items, history, the analysis's copy), the new one's
        # items and analysis not made yet: a short walk (if it is worth one).
        heap.release(gone)
        # The analysis first: the items are then built with their badges and finding marks,
        # and the panels show it at once.
        analysis = self.runner.analyse_now(map_)
        self.scene.set_map(map_, analysis)
        self.tabs.set_map(map_)
        map_.changed.subscribe(self._map_changed)
        self.analysis = None
        self._document_replaced()
        # Fit now, not later: a frame painted first at the old zoom costs seconds on a big
        # map. (The view fits again if the window is still being laid out and resizes.)
        self.view.fit_map(readable=True)
        # What the first frame of a big map seen from far draws is gathered here, so that it
        # is kept with the document (see heap.py), not walked by every later collection.
        self.view.prepare_frame()
        return analysis

    def save_to(self, path: str | Path) -> bool:
        """The one way this window saves. ``guarded_save`` asks before overwriting a file
        changed on disk, keeps a backup and explains failures; on failure (or Cancel) the map
        stays marked modified."""
        from stakeholder_map.ui.safe_save import guarded_save

        written = guarded_save(self, Path(path))
        if written is None:
            self._update_modified()
            return False
        self.file_path = Path(written)
        self.editor.undo_stack.setClean()
        self.recent.add(self.file_path)
        self._update_title()
        self._update_modified()
        self.status.showMessage(translate("MainWindow", "Saved {file}").format(file=self.file_path.name), 4000)
        return True

    # -- document ---------------------------------------------------------------------------
    def document_name(self) -> str:
        if self.map.title:
            return self.map.title
        return self.file_path.name if self.file_path else translate("MainWindow", "Untitled")

    def _document_replaced(self) -> None:
        self.docks.properties_panel.show_selection([], [])
        self.docks.properties_panel.refresh()
        self.docks.findings_list.show_pending()
        self.docks.stakeholders_list.show_ranking(self.map, None)
        self.status.show_counts(self.map)
        self.status.show_findings(None)
        self.map_filter.refresh()
        self._update_title()
        self._update_modified()

    def _attach(self, scene) -> None:
        """Wire the scene: intents, selection, and the current tool and view toggles."""
        self.edits.connect_scene(scene)
        self.canvas_menus.connect_scene(scene)
        self.sticky.connect_scene(scene)
        scene.selectionChanged.connect(self._selection_changed)
        self.tabs.attach(scene)
        scene.toolChanged.connect(self._tool_changed_by_scene)
        self._tool_chosen(*self.tools.current())
        scene.set_snap_to_grid(self.commands.snap.isChecked())
        scene.set_legend_visible(self.commands.legend.isChecked())
        self.commands.update_for_selection([], [])

    def _map_changed(self, change: Change) -> None:
        self.docks.properties_panel.refresh()
        self.status.show_counts(self.map)
        if change.title is not None:
            self._update_title()
        if not change.only_moves:
            self.map_filter.refresh()
        self.runner.changed(self.map, change, analyse=not change.only_moves)

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document_name()}[*] — Stakeholder Map")

    def _update_modified(self, *_args) -> None:
        modified = not self.editor.undo_stack.isClean()
        self.setWindowModified(modified)
        self.commands.revert.setEnabled(modified and self.file_path is not None)

    # -- analysis, selection, tools ---------------------------------------------------------
    def _analysis_arrived(self, analysis) -> None:
        first = self.analysis is None
        self.analysis = analysis
        self.scene.set_analysis(analysis)
        self.docks.findings_list.show_findings(analysis.findings, self.map.nodes)
        self.docks.stakeholders_list.show_ranking(self.map, analysis)
        self.status.show_findings(analysis)
        self.map_filter.refresh()
        if first:  # the document's long-lived objects are all there once the marks are
            if self.scene.marks.pending():
                self.scene.marks.settled.connect(heap.freeze_new, Qt.ConnectionType.SingleShotConnection)
            else:
                QTimer.singleShot(0, heap.freeze_new)
        self.analysisUpdated.emit()

    def _selection_changed(self) -> None:
        try:
            nodes = list(self.scene.selected_node_ids())
            edges = list(self.scene.selected_edge_ids())
        except RuntimeError:  # the scene is being deleted
            return
        self.docks.properties_panel.show_selection(nodes, edges)
        self.commands.update_for_selection(nodes, edges)
        if self.scene.notes.selected_ids():  # Delete also removes sticky notes
            self.commands.delete.setEnabled(True)
        self.align.update_for_selection(nodes)

    def _tool_chosen(self, mode: str, value) -> None:
        tool = {"place": Tool.place, "connect": Tool.connect}.get(mode)
        self.scene.set_tool(tool(value) if tool else Tool.select())

    def _clipboard_changed(self) -> None:
        """Paste is offered only when the clipboard holds map nodes (from any window)."""
        data = QApplication.clipboard().mimeData()
        self.commands.paste.setEnabled(data is not None and data.hasFormat(MIME_TYPE))

    def _tool_changed_by_scene(self, tool) -> None:
        """Keep the palette showing the scene's tool (it may change it itself)."""
        if tool.is_place:
            self.tools.kinds[tool.kind].setChecked(True)
        elif tool.is_connect:
            self.tools.relations[tool.relation].setChecked(True)
        else:
            self.tools.select.setChecked(True)

    def show_items(self, node_ids: list[str], edge_ids: list[str]) -> None:
        """Select nodes and edges and centre the view on them (findings, key stakeholders)."""
        nodes = [n for n in node_ids if n in self.map.nodes]
        edges = [e for e in edge_ids if e in self.map.edges]
        self.scene.select_ids(nodes, edges)
        bounds = QRectF()
        for item in self.scene.selectedItems():
            bounds = bounds.united(item.sceneBoundingRect())
        if not bounds.isNull():
            self.view.centerOn(bounds.center())

    # -- help ---------------------------------------------------------------------------------
    def show_guide(self) -> None:
        if self.guide is None:
            self.guide = GuideDialog(self)
        self.guide.show()
        self.guide.raise_()

    def show_about(self) -> None:
        show_about(self)

    def show_preferences(self) -> bool:
        from stakeholder_map.ui.preferences import show_preferences

        return show_preferences(self)

    # -- window events ----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        if self._dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    dragMoveEvent = dragEnterEvent

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        path = self._dropped_file(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Dialogs (unsaved changes, errors) must not run inside the drop handler.
        QTimer.singleShot(0, lambda: self.files.open_path(path))

    @staticmethod
    def _dropped_file(event) -> Path | None:
        data = event.mimeData()
        if data is None or not data.hasUrls():
            return None
        for url in data.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".json"):
                return Path(url.toLocalFile())
        return None

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            if hasattr(self, "commands"):
                self.commands.refresh_icons()  # the system switched light/dark
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.files.maybe_save():
            event.ignore()
            return
        settings = self.settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        self.runner.shutdown()
        event.accept()
        self.closed.emit()

    def _restore_layout(self) -> None:
        settings = self.settings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if state is None or not self.restoreState(state):
            QTimer.singleShot(0, self.docks.initial_sizes)

    @staticmethod
    def quit_application() -> None:
        QApplication.closeAllWindows()
