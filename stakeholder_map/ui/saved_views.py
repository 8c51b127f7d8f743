"""The Views menu: save what the window shows (the Filter's ticks and where the map view
looks) under a name kept in the map file, switch back to it, delete it; and focus on the
selection (its neighbours up to a few links away stay, the rest fades).

Saving and deleting a view are undo steps (views are part of the document); switching to a
view or focusing only changes what the window shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPointF
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMenu

from stakeholder_map.analysis import FindingCode, Role
from stakeholder_map.canvas.dimming import dim_all_but
from stakeholder_map.model import Attitude, Kind, Map, ModelError, View, ViewFilter, Viewport
from stakeholder_map.ui.filter_panel import Filter

translate = QCoreApplication.translate

FOCUS_STEPS = (1, 2, 3)


def view_filter(chosen: Filter) -> ViewFilter:
    """The Filter panel's ticks as the file keeps them (the spec's words, sorted)."""
    return ViewFilter(kinds=tuple(sorted(str(k) for k in chosen.kinds)),
                      roles=tuple(sorted(str(r) for r in chosen.roles)),
                      findings=tuple(sorted(str(f) for f in chosen.findings)),
                      tags=tuple(sorted(chosen.tags, key=str.casefold)),
                      attitudes=tuple(sorted(str(a) for a in chosen.attitudes)))


def panel_filter(saved: ViewFilter) -> Filter:
    """A saved filter as the panel ticks it; words this program does not know match nothing."""
    roles = {r.value for r in Role}
    codes = {str(c) for c in FindingCode}
    return Filter(kinds=frozenset(Kind(k) for k in saved.kinds),
                  roles=frozenset(Role(r) for r in saved.roles if r in roles),
                  findings=frozenset(f for f in saved.findings if f in codes),
                  tags=frozenset(saved.tags),
                  attitudes=frozenset(Attitude(a) for a in saved.attitudes))


def neighbourhood(the_map: Map, start: set[str], steps: int) -> set[str]:
    """The nodes ``start`` reaches in at most ``steps`` links, either way along them.

    >>> m = Map()
    >>> for n in "abcd":
    ...     _ = m.add_node(n, "person", n)
    >>> _ = m.connect("a", "b", "influences"); _ = m.connect("c", "b", "influences")
    >>> _ = m.connect("c", "d", "influences")
    >>> sorted(neighbourhood(m, {"a"}, 1)), sorted(neighbourhood(m, {"a"}, 2))
    (['a', 'b'], ['a', 'b', 'c'])
    """
    reached = set(start)
    frontier = set(start)
    for _ in range(steps):
        following = set()
        for node_id in frontier:
            for edge in the_map.edges_of(node_id):
                other = edge.target if edge.source == node_id else edge.source
                if other not in reached:
                    following.add(other)
        reached |= following
        frontier = following
    return reached


class SavedViews(QObject):
    """The window's Views menu."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.focused: set[str] | None = None
        self.menu = QMenu(translate("SavedViews", "&Views"), window)
        self.menu.setObjectName("menuViews")
        self.save = QAction(translate("SavedViews", "&Save Current View…"), self)
        self.save.setObjectName("actionSaveView")
        self.save.setStatusTip(translate("SavedViews", "Keep the Filter's ticks and where the map view looks, "
                                                      "under a name, in the map file"))
        self.save.triggered.connect(lambda _=False: self.save_current())
        self.menu.aboutToShow.connect(self.fill)
        self.fill()

    # -- the menu -------------------------------------------------------------------------------
    def fill(self) -> None:
        menu = self.menu
        menu.clear()
        menu.addAction(self.save)
        views = self.window.map.views
        delete = menu.addMenu(translate("SavedViews", "&Delete View"))
        delete.setObjectName("menuDeleteView")
        for view in views:
            action = delete.addAction(view.name)
            action.setObjectName(f"deleteView:{view.name}")
            action.triggered.connect(lambda _=False, name=view.name: self.delete(name))
        delete.setEnabled(bool(views))
        menu.addSeparator()
        for i, view in enumerate(views):
            action = menu.addAction(view.name)
            action.setObjectName(f"view:{view.name}")
            if i < 9:
                action.setShortcut(QKeySequence(f"Alt+{i + 1}"))
            action.triggered.connect(lambda _=False, name=view.name: self.show(name))
        if not views:
            empty = menu.addAction(translate("SavedViews", "No saved views yet"))
            empty.setEnabled(False)
        menu.addSeparator()
        focus = menu.addMenu(translate("SavedViews", "&Focus on Selection"))
        focus.setObjectName("menuFocus")
        selected = bool(self.window.scene.selected_node_ids())
        for steps in FOCUS_STEPS:
            action = focus.addAction(translate("SavedViews", "1 link away") if steps == 1
                                     else translate("SavedViews", "{count} links away").format(count=steps))
            action.setObjectName(f"focus:{steps}")
            action.triggered.connect(lambda _=False, n=steps: self.focus(n))
        focus.setEnabled(selected)
        unfocus = menu.addAction(translate("SavedViews", "Show &Everything"))
        unfocus.setObjectName("actionShowEverything")
        unfocus.triggered.connect(lambda _=False: self.show_everything())

    # -- verbs ----------------------------------------------------------------------------------
    def current_view(self, name: str) -> View:
        w = self.window
        view = w.view
        centre = view.mapToScene(view.viewport().rect().center())
        return View(name, view_filter(w.docks.filter_panel.current()),
                    Viewport(round(centre.x(), 1), round(centre.y(), 1), round(view.zoom(), 4)))

    def save_current(self) -> bool:
        w = self.window
        name, ok = QInputDialog.getText(w, translate("SavedViews", "Save view"),
                                         translate("SavedViews", "Name of the view:"))
        name = " ".join(name.split())
        if not ok or not name:
            return False
        try:
            return w.editor.save_view(self.current_view(name))
        except ModelError as err:
            w.statusBar().showMessage(translate("SavedViews", "View not saved: {reason}").format(reason=err), 6000)
            return False

    def show(self, name: str) -> None:
        w = self.window
        view = next((v for v in w.map.views if v.name == name), None)
        if view is None:
            return
        self.focused = None
        w.docks.filter_panel.show_filter(panel_filter(view.filter))
        if view.viewport is not None:
            w.view.set_zoom(view.viewport.zoom)
            w.view.centerOn(QPointF(view.viewport.x, view.viewport.y))
        w.statusBar().showMessage(translate("SavedViews", "Showing the view “{name}”").format(name=name), 4000)

    def delete(self, name: str) -> None:
        try:
            self.window.editor.delete_view(name)
        except ModelError as err:
            self.window.statusBar().showMessage(translate("SavedViews", "Not changed: {reason}").format(reason=err), 6000)

    def focus(self, steps: int) -> None:
        """The selected nodes and their neighbours up to ``steps`` links away stay; the rest fades."""
        w = self.window
        start = set(w.scene.selected_node_ids())
        if not start:
            return
        w.docks.filter_panel.clear()
        self.focused = neighbourhood(w.map, start, steps)
        dim_all_but(w.scene, self.focused)
        w.docks.filter_panel.show_count(len(self.focused), len(w.map.nodes))

    def show_everything(self) -> None:
        self.focused = None
        self.window.docks.filter_panel.clear()
        dim_all_but(self.window.scene, None)
