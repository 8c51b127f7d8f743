"""Where canvas intents meet editor verbs: place, connect, move, rename, delete, clipboard.

The canvas only asks (signals); this controller turns each request into one editor verb and
reports refusals in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtWidgets import QMenu, QToolTip

from stakeholder_map.layout import arrange
from stakeholder_map.model import (
    Kind,
    ModelError,
    Relation,
    allowed_relations,
    is_allowed,
    refusal,
)
from stakeholder_map.ui.clipboard import fragment, from_mime, to_mime
from stakeholder_map.ui.icons import relation_icon
from stakeholder_map.ui.messages import links_text, nodes_text
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

PASTE_STEP = 30.0


class EditController:
    """Edits for one ``MainWindow``; ``connect_scene`` wires each new scene's intents."""

    def __init__(self, window) -> None:
        self.window = window
        self.relation_menu: QMenu | None = None

    def connect_scene(self, scene) -> None:
        scene.placeRequested.connect(self.place)
        scene.connectRequested.connect(self.connect_nodes)
        scene.moveRequested.connect(self.move)
        scene.regroupRequested.connect(self.regroup)
        scene.collapseRequested.connect(self.collapse)
        scene.renameRequested.connect(self.rename)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 6000)

    def _run(self, action, *args, **kwargs):
        try:
            return action(*args, **kwargs)
        except ModelError as err:
            self._status(translate("Edit", "Not changed: {reason}").format(reason=err))
            return None

    # -- intents ----------------------------------------------------------------------------
    def place(self, kind: str, pos: QPointF) -> None:
        """A node under the cursor, selected and ready to be named; back to Select unless
        Shift is held (to place several)."""
        w = self.window
        node_id = self._run(w.editor.add_node, Kind(kind), (pos.x(), pos.y()))
        if node_id is None:
            return
        # Changing the tool ends gestures, so it comes before the rename editor opens.
        if not QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier:
            w.tools.choose_select()
        w.scene.select_ids([node_id], [])
        w.scene.begin_rename(node_id)

    def connect_nodes(self, source: str, target: str, relation: str) -> None:
        w = self.window
        m = w.map
        if source not in m.nodes or target not in m.nodes:
            return
        if source == target:
            self._status(translate("Edit", "A node cannot be linked to itself."))
            return
        src, tgt = m.node(source), m.node(target)
        if relation:
            rel = Relation(relation)
            if not is_allowed(rel, src.kind, tgt.kind):
                self._refuse(refusal(rel, src.kind, tgt.kind))
                return
            self._link(source, target, rel)
            return
        choices = allowed_relations(src.kind, tgt.kind)
        if not choices:
            self._refuse(refusal(None, src.kind, tgt.kind))
            return
        self._ask_relation(source, target, choices)

    def _refuse(self, text: str) -> None:
        """A refused gesture: the reason at the cursor and in the status bar."""
        self._status(text)
        QToolTip.showText(QCursor.pos(), text, self.window.view)

    def existing_link(self, source: str, target: str, relation: Relation) -> str | None:
        """The id of a link with this source, target and relation, if there is one."""
        for edge in self.window.map.edges.values():
            if (edge.source, edge.target, edge.relation) == (source, target, relation):
                return edge.id
        return None

    def _ask_relation(self, source: str, target: str, choices) -> None:
        """A small menu at the cursor with only the allowed relations (non-blocking)."""
        m = self.window.map
        menu = QMenu(self.window)
        menu.setObjectName("relationMenu")
        menu.setAccessibleName(translate("Edit", "Choose a relation"))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        title = menu.addAction(f"{m.node(source).name} …")
        title.setEnabled(False)
        for rel in choices:
            action = menu.addAction(relation_icon(rel), translate("Edit", "{relation} {target}").format(
                relation=rel.label, target=m.node(target).name))
            action.setObjectName(f"relation_{rel.value}")
            action.triggered.connect(lambda _=False, r=rel: self._link(source, target, r))
        self.relation_menu = menu
        menu.popup(QCursor.pos())

    def _link(self, source: str, target: str, relation: Relation) -> None:
        same = self.existing_link(source, target, relation)
        if same is not None:  # a second identical link says nothing new: show the first
            m = self.window.map
            self.window.show_items([], [same])
            self._refuse(translate("Edit", "{source} already {relation} {target}: that link is selected.").format(
                source=m.node(source).name, relation=relation.label, target=m.node(target).name))
            return
        edge_id = self._run(self.window.editor.connect, source, target, relation)
        if edge_id is not None:
            self.window.scene.select_ids([], [edge_id])

    def move(self, positions: dict) -> None:
        self._run(self.window.editor.move, {k: tuple(v) for k, v in positions.items()})

    def regroup(self, positions: dict, node_ids: list, box: str) -> None:
        """Nodes dropped into a company box (or out of theirs): the move and the member-of
        links in one undo step."""
        self._run(self.window.editor.regroup, {k: tuple(v) for k, v in positions.items()},
                  node_ids, box or None)

    def collapse(self, company_id: str, collapsed: bool) -> None:
        if company_id in self.window.map.nodes:
            self._run(self.window.editor.set_collapsed, [company_id], collapsed)

    def rename(self, node_id: str, name: str) -> None:
        if node_id in self.window.map.nodes:
            self._run(self.window.editor.rename, node_id, name)

    # -- edit menu ----------------------------------------------------------------------------
    def selection(self) -> tuple[list[str], list[str]]:
        scene = self.window.scene
        return list(scene.selected_node_ids()), list(scene.selected_edge_ids())

    def delete(self, verb: str = "Delete") -> None:
        nodes, edges = self.selection()
        if nodes or edges:
            self._run(self.window.editor.delete, nodes, edges, verb=verb)
        if verb == "Delete":
            self.window.sticky.delete_selected()

    def select_all(self) -> None:
        m = self.window.map
        self.window.scene.select_ids(list(m.nodes), list(m.edges))

    def begin_rename(self) -> None:
        nodes, _ = self.selection()
        if len(nodes) == 1:
            self.window.scene.begin_rename(nodes[0])

    def copy(self) -> bool:
        nodes, _ = self.selection()
        if not nodes:
            return False
        part = fragment(self.window.map, nodes)
        QGuiApplication.clipboard().setMimeData(to_mime(part))
        if part.edges:
            self._status(translate("Edit", "Copied {nodes} and {links}.").format(
                nodes=nodes_text(len(part.nodes)), links=links_text(len(part.edges))))
        else:
            self._status(translate("Edit", "Copied {nodes}.").format(nodes=nodes_text(len(part.nodes))))
        return True

    def cut(self) -> None:
        if self.copy():
            self.delete("Cut")

    def paste(self) -> None:
        content = from_mime(QGuiApplication.clipboard().mimeData())
        if content is None:
            self._status(translate("Edit", "The clipboard holds no stakeholder map nodes."))
            return
        nodes, edges = content
        if not nodes:
            return
        new = self._run(self.window.editor.paste, nodes, edges, self._paste_offset(nodes))
        if new is not None:
            self.window.scene.select_ids(new.nodes, new.edges)

    def _paste_offset(self, nodes) -> tuple[float, float]:
        """Centre the pasted nodes on the mouse when it is over the map; otherwise next to
        the originals (pasting from the menu with the mouse elsewhere)."""
        view = self.window.view
        at = view.viewport().mapFromGlobal(QCursor.pos())
        if not view.viewport().rect().contains(at):
            return self._free_offset(nodes, 0.0, 0.0)
        cursor = view.mapToScene(at)
        xs = [n.x or 0.0 for n in nodes]
        ys = [n.y or 0.0 for n in nodes]
        return self._free_offset(nodes, round(cursor.x() - (min(xs) + max(xs)) / 2),
                                 round(cursor.y() - (min(ys) + max(ys)) / 2))

    def _free_offset(self, nodes, dx: float, dy: float) -> tuple[float, float]:
        """``(dx, dy)``, shifted down-right until no pasted node lands exactly on another."""
        taken = {n.position for n in self.window.map.nodes.values()}
        step = 0.0
        while any(((n.x or 0.0) + dx + step, (n.y or 0.0) + dy + step) in taken for n in nodes):
            step += PASTE_STEP
        return (dx + step, dy + step)

    def duplicate(self) -> None:
        nodes, _ = self.selection()
        if nodes:
            new = self._run(self.window.editor.duplicate, nodes)
            if new is not None:
                self.window.scene.select_ids(new.nodes, new.edges)

    def arrange(self) -> None:
        if self._run(self.window.editor.arrange, arrange(self.window.map)):
            self.window.view.fit_map(readable=True)
