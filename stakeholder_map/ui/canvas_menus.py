"""Context menus on the canvas (a node, a link, a selection, the empty canvas) and the kind
chooser a double-click on the empty canvas opens.

Each menu offers the commands that fit what was clicked; every command is one of the
window's editor verbs, so each is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu
from shiboken6 import isValid

from stakeholder_map.model import Kind, ModelError, Relation, allowed_relations
from stakeholder_map.ui.icons import kind_icon, relation_icon
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


class CanvasMenus(QObject):
    """The menus of one ``MainWindow``; ``menu`` is the one open last (tests pick from it)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.menu: QMenu | None = None

    def connect_scene(self, scene) -> None:
        scene.menuRequested.connect(self.show_menu)
        scene.addRequested.connect(self.choose_kind)

    # -- building -----------------------------------------------------------------------------
    def _new_menu(self, name: str, title: str) -> QMenu:
        if self.menu is not None and isValid(self.menu) and self.menu.isVisible():
            self.menu.close()  # one canvas menu at a time
        menu = QMenu(self.window)
        menu.setObjectName(name)
        menu.setAccessibleName(title)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.menu = menu
        return menu

    @staticmethod
    def _add(menu: QMenu, text: str, name: str, slot, icon=None) -> QAction:
        action = menu.addAction(text) if icon is None else menu.addAction(icon, text)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False: slot())
        return action

    def show_menu(self, scene_pos: QPointF, screen_pos: QPoint) -> QMenu:
        """The menu for what the scene selected under the pointer (see ``MapScene``)."""
        scene = self.window.scene
        nodes, edges = scene.selected_node_ids(), scene.selected_edge_ids()
        if not nodes and not edges:
            menu = self._canvas_menu(scene_pos)
        elif len(nodes) == 1 and not edges:
            menu = self._node_menu(nodes[0])
        elif len(edges) == 1 and not nodes:
            menu = self._link_menu(edges[0])
        else:
            menu = self._selection_menu(nodes)
        menu.popup(screen_pos)
        return menu

    def _node_menu(self, node_id: str) -> QMenu:
        w = self.window
        node = w.map.node(node_id)
        menu = self._new_menu("nodeMenu", translate("CanvasMenus", "{name} menu").format(name=node.name))
        menu.addAction(w.commands.rename)
        self._kind_submenu(menu, [node_id])
        self._add(menu, translate("CanvasMenus", "Connect &To…"), "actionConnectTo", lambda: w.scene.gestures.connect_from(node_id),
                  relation_icon(Relation.USES)).setStatusTip(
            translate("CanvasMenus", "Click another node to link it; the menu then offers the relations that fit"))
        if node.kind is Kind.COMPANY:
            self._box_actions(menu, node)
        menu.addSeparator()
        menu.addAction(w.commands.duplicate)
        menu.addAction(w.commands.delete)
        menu.addSeparator()
        self._add(menu, translate("CanvasMenus", "&Properties"), "actionProperties", self.show_properties)
        return menu

    def _box_actions(self, menu: QMenu, node) -> None:
        """A company: draw it as a box holding its members, and fold or open the box."""
        w = self.window
        menu.addSeparator()
        inside = self._add(menu, QCoreApplication.translate("CanvasMenus", "Show &Members Inside"),
                           "actionMembersInside",
                           lambda: self._run(w.editor.show_members_inside, [node.id], not node.is_box))
        inside.setCheckable(True)
        inside.setChecked(node.is_box)
        inside.setStatusTip(QCoreApplication.translate(
            "CanvasMenus", "Draw the company as a box holding its members instead of linking them"))
        if node.is_box:
            if node.collapsed:
                self._add(menu, QCoreApplication.translate("CanvasMenus", "E&xpand Box"), "actionExpandBox",
                          lambda: self._run(w.editor.set_collapsed, [node.id], False))
            else:
                self._add(menu, QCoreApplication.translate("CanvasMenus", "C&ollapse Box"), "actionCollapseBox",
                          lambda: self._run(w.editor.set_collapsed, [node.id], True))

    def _link_menu(self, edge_id: str) -> QMenu:
        w = self.window
        edge = w.map.edge(edge_id)
        menu = self._new_menu("linkMenu", translate("CanvasMenus", "Link menu"))
        change = menu.addMenu(translate("CanvasMenus", "Change &Relation"))
        change.setObjectName("menuChangeRelation")
        source, target = w.map.node(edge.source), w.map.node(edge.target)
        for relation in allowed_relations(source.kind, target.kind):
            action = self._add(change, relation.label.capitalize(), f"relation_{relation.value}",
                               lambda r=relation: self._run(w.editor.set_edge_fields, [edge_id], relation=r),
                               relation_icon(relation))
            action.setCheckable(True)
            action.setChecked(relation is edge.relation)
        change.setEnabled(not change.isEmpty())
        menu.addSeparator()
        menu.addAction(w.commands.delete)
        menu.addSeparator()
        self._add(menu, translate("CanvasMenus", "&Properties"), "actionProperties", self.show_properties)
        return menu

    def _selection_menu(self, nodes: list[str]) -> QMenu:
        w = self.window
        menu = self._new_menu("selectionMenu", translate("CanvasMenus", "Selection menu"))
        if nodes:
            self._kind_submenu(menu, nodes)
            arrange = menu.addMenu(translate("CanvasMenus", "A&lign and Distribute"))
            arrange.setObjectName("menuAlign")
            w.align.fill(arrange)
            menu.addSeparator()
            for action in (w.commands.cut, w.commands.copy, w.commands.duplicate):
                menu.addAction(action)
        menu.addAction(w.commands.delete)
        menu.addSeparator()
        self._add(menu, translate("CanvasMenus", "&Properties"), "actionProperties", self.show_properties)
        return menu

    def _canvas_menu(self, scene_pos: QPointF) -> QMenu:
        w = self.window
        menu = self._new_menu("canvasMenu", translate("CanvasMenus", "Map menu"))
        add = menu.addMenu(translate("CanvasMenus", "&Add Here"))
        add.setObjectName("menuAddHere")
        self._fill_kinds(add, scene_pos)
        self._add(menu, translate("CanvasMenus", "Add Sticky &Note Here"), "actionStickyNoteHere", lambda: w.sticky.add_at(scene_pos),
                  w.sticky.add.icon())
        menu.addAction(w.commands.paste)
        menu.addSeparator()
        menu.addAction(w.commands.select_all)
        menu.addAction(w.commands.fit)
        return menu

    def _kind_submenu(self, menu: QMenu, node_ids: list[str]) -> None:
        w = self.window
        kinds = {w.map.node(n).kind for n in node_ids}
        sub = menu.addMenu(translate("CanvasMenus", "Change &Kind"))
        sub.setObjectName("menuChangeKind")
        for kind in Kind:
            action = self._add(sub, kind.label, f"kind_{kind.value}",
                               lambda k=kind: self._run(w.editor.set_node_fields, node_ids, kind=k),
                               kind_icon(kind))
            action.setCheckable(True)
            action.setChecked(kinds == {kind})

    def _fill_kinds(self, menu: QMenu, scene_pos: QPointF) -> None:
        for kind in Kind:
            self._add(menu, kind.label, f"add_{kind.value}",
                      lambda k=kind: self.add_node(k, scene_pos), kind_icon(kind))

    # -- commands -----------------------------------------------------------------------------
    def choose_kind(self, scene_pos: QPointF) -> QMenu:
        """Double-click on the empty canvas: which kind of node to add there."""
        menu = self._new_menu("kindChooser", translate("CanvasMenus", "Add a node"))
        title = menu.addAction(translate("CanvasMenus", "Add a node here:"))
        title.setEnabled(False)
        self._fill_kinds(menu, scene_pos)
        view = self.window.view
        menu.popup(view.viewport().mapToGlobal(view.mapFromScene(scene_pos)))
        return menu

    def add_node(self, kind: Kind, scene_pos: QPointF) -> None:
        """A node of ``kind`` at the point, selected and ready to be named."""
        w = self.window
        pos = w.scene.gestures.snapped(scene_pos)
        node_id = self._run(w.editor.add_node, kind, (pos.x(), pos.y()))
        if node_id is not None:
            w.scene.select_ids([node_id], [])
            w.scene.begin_rename(node_id)

    def show_properties(self) -> None:
        dock = self.window.docks.properties
        dock.show()
        dock.raise_()
        self.window.docks.properties_panel.setFocus(Qt.FocusReason.OtherFocusReason)

    def _run(self, action, *args, **kwargs):
        try:
            return action(*args, **kwargs)
        except ModelError as err:
            self.window.statusBar().showMessage(translate("CanvasMenus", "Not changed: {reason}").format(reason=err), 6000)
            return None
