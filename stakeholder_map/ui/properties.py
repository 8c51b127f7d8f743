"""The properties panel: every spec field of the selection, each edit one undo step.

It shows the map's title when nothing is selected, a node's or a link's fields when one is
selected, and kind/relation for all when several are. It re-reads the map after every
change, so it follows undo and redo.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QLabel, QLineEdit, QStackedWidget, QVBoxLayout, QWidget,
)

from stakeholder_map.canvas.text import EDITABLE_CHARACTERS, clip
from stakeholder_map.editing import Editor
from stakeholder_map.model import (
    Agreement, Kind, ModelError, Period, Relation, allowed_relations,
)
from stakeholder_map.ui.fields import CurrencyBox, NotesEdit, NumberEdit, choice_box, select_data
from stakeholder_map.ui.icons import kind_icon, relation_icon
from stakeholder_map.ui.node_extras import LinkLabelRow, LookRows, StanceRows
from stakeholder_map.ui.messages import links_text, nodes_text, number
from stakeholder_map.ui.tag_colours import TagColours

translate = QCoreApplication.translate

PERIOD_LABELS = {Period.ONE_TIME: QT_TRANSLATE_NOOP("Properties", "One-time"),
                 Period.MONTHLY: QT_TRANSLATE_NOOP("Properties", "Monthly"),
                 Period.YEARLY: QT_TRANSLATE_NOOP("Properties", "Yearly")}
# Absent and "none" mean the same (spec section 1): one entry, "No agreement", for both.
AGREEMENT_LABELS = {Agreement.SUBSCRIPTION: QT_TRANSLATE_NOOP("Properties", "Subscription"),
                    Agreement.CONTRACT: QT_TRANSLATE_NOOP("Properties", "Contract")}
NOT_SET = ""


def _form(parent: QWidget) -> QFormLayout:
    """A form at the top of ``parent`` (a bare QFormLayout would centre its rows vertically)."""
    outer = QVBoxLayout(parent)
    outer.setContentsMargins(0, 0, 0, 0)
    holder = QWidget(parent)
    outer.addWidget(holder)
    outer.addStretch(1)
    form = QFormLayout(holder)
    form.setContentsMargins(10, 10, 10, 10)
    form.setVerticalSpacing(8)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return form


def _heading(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names come from the file: never HTML
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: 600; padding-bottom: 4px;")
    return label


class PropertiesPanel(QWidget):
    """Edits the selection through the editor; ``message`` reports refused edits."""

    message = Signal(str)

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("properties")
        self.setAccessibleName(translate("Properties", "Properties"))
        self.editor = editor
        self.node_ids: list[str] = []
        self.edge_ids: list[str] = []
        self._amount_edge: str | None = None
        self.pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._build_map_page()
        self._build_node_page()
        self._build_edge_page()
        self._build_multi_page()
        self.refresh()

    # -- pages ---------------------------------------------------------------------------
    def _build_map_page(self) -> None:
        page = QWidget()
        form = _form(page)
        self.map_title = QLineEdit()
        self.map_title.setObjectName("mapTitle")
        self.map_title.setAccessibleName(translate("Properties", "Map title"))
        self.map_title.setPlaceholderText(translate("Properties", "Untitled map"))
        self.map_title.editingFinished.connect(self._commit_title)
        form.addRow(translate("Properties", "Title"), self.map_title)
        self.currency = CurrencyBox()
        self.currency.setObjectName("currency")
        self.currency.setAccessibleName(translate("Properties", "Currency"))
        self.currency.lineEdit().editingFinished.connect(self._commit_currency)
        self.currency.activated.connect(lambda _index: self._commit_currency())
        form.addRow(translate("Properties", "&Currency"), self.currency)
        form.addRow("", self.currency.note)
        self.map_summary = QLabel()
        self.map_summary.setWordWrap(True)
        self.map_summary.setStyleSheet("color: palette(placeholder-text);")
        self.map_summary.setContentsMargins(10, 0, 10, 0)
        # Below the form, not a form row: a form row keeps the height it measured at another
        # width, so a narrow dock cut the wrapped text at the top and bottom.
        page.layout().insertWidget(1, self.map_summary)
        self.tag_colours = TagColours(self.editor, self._run)
        page.layout().insertWidget(2, self.tag_colours)
        self.map_page = page
        self.pages.addWidget(page)

    def _build_node_page(self) -> None:
        page = QWidget()
        form = _form(page)
        self.node_heading = _heading()
        form.addRow(self.node_heading)
        self.node_name = QLineEdit()
        self.node_name.setObjectName("nodeName")
        self.node_name.setAccessibleName(translate("Properties", "Name"))
        # The default limit (32,767) would cut a longer name, and leaving the field would
        # then save the cut one: the panel holds the whole name, however long.
        self.node_name.setMaxLength(2**31 - 1)
        self.node_name.editingFinished.connect(self._commit_name)
        form.addRow(translate("Properties", "&Name"), self.node_name)
        self.node_kind = choice_box("nodeKind", [(k.label, k.value) for k in Kind])
        for i, kind in enumerate(Kind):
            self.node_kind.setItemIcon(i, kind_icon(kind))
        self.node_kind.setAccessibleName(translate("Properties", "Kind"))
        self.node_kind.currentIndexChanged.connect(self._commit_node_kind)
        form.addRow(translate("Properties", "&Kind"), self.node_kind)
        self.headcount = NumberEdit(whole=True, placeholder=translate("Properties", "Not set (one)"))
        self.headcount.setObjectName("headcount")
        self.headcount.setAccessibleName(translate("Properties", "Headcount"))
        self.headcount.setToolTip(translate("Properties", "How many people this node stands for"))
        self.headcount.editingFinished.connect(self._commit_headcount)
        form.addRow(translate("Properties", "&Headcount"), self.headcount)
        form.addRow("", self.headcount.note)
        self.internal = QCheckBox(translate("Properties", "Part of my own organisation"))
        self.internal.setObjectName("internal")
        self.internal.setAccessibleName(translate("Properties", "Internal"))
        self.internal.toggled.connect(self._commit_internal)
        form.addRow("", self.internal)
        self.members_inside = QCheckBox(QCoreApplication.translate("Properties", "Show members inside"))
        self.members_inside.setObjectName("membersInside")
        self.members_inside.setAccessibleName(QCoreApplication.translate("Properties", "Show members inside"))
        self.members_inside.setToolTip(QCoreApplication.translate(
            "Properties", "Draw the company as a box holding its members instead of linking them; "
            "drop a person into the box to make them a member"))
        self.members_inside.toggled.connect(self._commit_members_inside)
        form.addRow("", self.members_inside)
        self.stance = StanceRows(form, self.editor, self._run, lambda: self.node_ids)
        self.look = LookRows(form, self.editor, self._run, lambda: self.node_ids)
        self.node_notes = NotesEdit()
        self.node_notes.setObjectName("nodeNotes")
        self.node_notes.setAccessibleName(translate("Properties", "Notes"))
        self.node_notes.committed.connect(self._commit_node_notes)
        form.addRow(translate("Properties", "N&otes"), self.node_notes)
        self.node_form = form
        self.node_page = page
        self.pages.addWidget(page)

    def _build_edge_page(self) -> None:
        page = QWidget()
        form = _form(page)
        self.edge_heading = _heading()
        form.addRow(self.edge_heading)
        self.relation = choice_box("relation", [])
        self.relation.setAccessibleName(translate("Properties", "Relation"))
        self.relation.currentIndexChanged.connect(self._commit_relation)
        form.addRow(translate("Properties", "&Relation"), self.relation)
        self.amount = NumberEdit(whole=False)
        self.amount.setObjectName("amount")
        self.amount.setAccessibleName(translate("Properties", "Amount"))
        self.amount.editingFinished.connect(self._commit_amount)
        form.addRow(translate("Properties", "&Amount"), self.amount)
        self.amount_label = form.labelForField(self.amount)
        form.addRow("", self.amount.note)
        self.period = choice_box("period", [(translate("Properties", "Not set"), NOT_SET)]
                                 + [(translate("Properties", label), p.value) for p, label in PERIOD_LABELS.items()])
        self.period.setAccessibleName(translate("Properties", "Period"))
        self.period.currentIndexChanged.connect(self._commit_period)
        form.addRow(translate("Properties", "&Period"), self.period)
        self.agreement = choice_box("agreement", [(translate("Properties", "No agreement"), NOT_SET)]
                                    + [(translate("Properties", label), a.value)
                                       for a, label in AGREEMENT_LABELS.items()])
        self.agreement.setAccessibleName(translate("Properties", "Agreement"))
        self.agreement.currentIndexChanged.connect(self._commit_agreement)
        form.addRow(translate("Properties", "A&greement"), self.agreement)
        self.link_label = LinkLabelRow(form, self.editor, self._run, lambda: self.edge_ids)
        self.edge_notes = NotesEdit()
        self.edge_notes.setObjectName("edgeNotes")
        self.edge_notes.setAccessibleName(translate("Properties", "Notes"))
        self.edge_notes.committed.connect(self._commit_edge_notes)
        form.addRow(translate("Properties", "N&otes"), self.edge_notes)
        self.edge_page = page
        self.pages.addWidget(page)

    def _build_multi_page(self) -> None:
        page = QWidget()
        form = _form(page)
        self.multi_heading = _heading()
        form.addRow(self.multi_heading)
        self.multi_kind = choice_box("multiKind", [(k.label, k.value) for k in Kind])
        for i, kind in enumerate(Kind):
            self.multi_kind.setItemIcon(i, kind_icon(kind))
        self.multi_kind.setAccessibleName(translate("Properties", "Kind of all selected nodes"))
        self.multi_kind.setPlaceholderText(translate("Properties", "Mixed"))
        self.multi_kind.currentIndexChanged.connect(self._commit_multi_kind)
        form.addRow(translate("Properties", "&Kind"), self.multi_kind)
        self.multi_relation = choice_box("multiRelation", [])
        self.multi_relation.setAccessibleName(translate("Properties", "Relation of all selected links"))
        self.multi_relation.setPlaceholderText(translate("Properties", "Mixed"))
        self.multi_relation.currentIndexChanged.connect(self._commit_multi_relation)
        form.addRow(translate("Properties", "&Relation"), self.multi_relation)
        self.multi_page = page
        self.pages.addWidget(page)

    # -- showing -------------------------------------------------------------------------
    def show_selection(self, node_ids: list[str], edge_ids: list[str]) -> None:
        if (list(node_ids), list(edge_ids)) == (self.node_ids, self.edge_ids):
            return
        self._flush()
        self.node_ids, self.edge_ids = list(node_ids), list(edge_ids)
        self.refresh()

    def _flush(self) -> None:
        """Commit the field being typed in before the panel shows something else."""
        pending = {
            self.map_title: self._commit_title, self.node_name: self._commit_name,
            self.headcount: self._commit_headcount, self.node_notes: self._commit_node_notes,
            self.amount: self._commit_amount, self.edge_notes: self._commit_edge_notes,
            self.look.tags: self.look.commit_tags, self.link_label.label: self.link_label.commit,
        }
        for widget, commit in pending.items():
            if widget.hasFocus() and widget.isVisible():
                commit()

    def refresh(self) -> None:
        """Re-read the map (after any change, undo or redo)."""
        m = self.editor.map
        self.node_ids = [i for i in self.node_ids if i in m.nodes]
        self.edge_ids = [i for i in self.edge_ids if i in m.edges]
        count = len(self.node_ids) + len(self.edge_ids)
        if count == 0:
            self._show_map()
        elif count > 1:
            self._show_multi()
        elif self.node_ids:
            self._show_node()
        else:
            self._show_edge()

    def _show_map(self) -> None:
        m = self.editor.map
        if not self.map_title.hasFocus():
            self.map_title.setText(m.title or "")
            self.map_title.setCursorPosition(0)  # a long title shows its beginning
        if not (self.currency.hasFocus() or self.currency.note.text()):
            self.currency.show_code(m.currency)
        self.map_summary.setText(
            translate("Properties", "{nodes}, {links}.\n\nSelect a node or a link to edit it. "
                      "Pick a kind in the palette and click the map to add a node; drag from one node to "
                      "another with a relation to link them.").format(
                nodes=nodes_text(len(m.nodes)), links=links_text(len(m.edges))))
        self.tag_colours.refresh()
        self.pages.setCurrentWidget(self.map_page)

    def _show_node(self) -> None:
        node = self.editor.map.node(self.node_ids[0])
        self.node_heading.setText(node.kind.label)
        too_long = len(node.name) > EDITABLE_CHARACTERS
        self.node_name.setReadOnly(too_long)
        self.node_name.setText(clip(node.name, EDITABLE_CHARACTERS) if too_long else node.name)
        self.node_name.setToolTip(
            translate("Properties", "This name is {length} characters long: the map keeps all of it; "
                      "here you see its first {shown}.").format(
                length=number(len(node.name)), shown=number(EDITABLE_CHARACTERS)) if too_long else "")
        self.node_name.setCursorPosition(0)
        select_data(self.node_kind, node.kind.value)
        self.headcount.show_value(node.headcount)
        # A product is not people: no headcount to offer.
        for widget in (self.headcount, self.headcount.note):
            self.node_form.setRowVisible(widget, node.kind is not Kind.PRODUCT)
        self.internal.blockSignals(True)
        self.internal.setChecked(bool(node.internal))
        self.internal.blockSignals(False)
        self.internal.setVisible(node.kind is Kind.COMPANY)
        self.members_inside.blockSignals(True)
        self.members_inside.setChecked(node.is_box)
        self.members_inside.blockSignals(False)
        self.members_inside.setVisible(node.kind is Kind.COMPANY)
        self.stance.show(node)
        self.look.show(node)
        self.node_notes.show_value(node.notes)
        self.pages.setCurrentWidget(self.node_page)

    def _show_edge(self) -> None:
        m = self.editor.map
        edge = m.edge(self.edge_ids[0])
        src, tgt = m.nodes.get(edge.source), m.nodes.get(edge.target)
        self.edge_heading.setText(f"{clip(src.name if src else edge.source, 200)} → "
                                  f"{clip(tgt.name if tgt else edge.target, 200)}")
        self.amount_label.setText(translate("Properties", "&Amount ({currency})").format(currency=m.currency)
                                  if m.currency else translate("Properties", "&Amount"))
        choices = allowed_relations(src.kind, tgt.kind) if src and tgt else ()
        self._fill_relations(self.relation, choices, edge.relation)
        is_pays = edge.relation is Relation.PAYS
        if not (self.amount.note.text() and self._amount_edge == edge.id):
            self.amount.show_value(edge.amount)  # a refused text stays until corrected
        self._amount_edge = edge.id
        select_data(self.period, edge.period.value if edge.period else NOT_SET)
        select_data(self.agreement, edge.agreement.value
                    if edge.agreement not in (None, Agreement.NONE) else NOT_SET)
        for widget in (self.amount, self.period, self.agreement):
            widget.setEnabled(is_pays)
            widget.setToolTip("" if is_pays else translate("Properties", "Only a “pays for” link carries money"))
        self.link_label.show(edge)
        self.edge_notes.show_value(edge.notes)
        self.pages.setCurrentWidget(self.edge_page)

    def _show_multi(self) -> None:
        m = self.editor.map
        nodes, links = nodes_text(len(self.node_ids)), links_text(len(self.edge_ids))
        if self.node_ids and self.edge_ids:
            heading = translate("Properties", "{nodes} and {links} selected").format(nodes=nodes, links=links)
        else:
            heading = translate("Properties", "{items} selected").format(items=nodes if self.node_ids else links)
        self.multi_heading.setText(heading)
        kinds = {m.node(i).kind for i in self.node_ids}
        self.multi_kind.setEnabled(bool(self.node_ids))
        select_data(self.multi_kind, kinds.pop().value if len(kinds) == 1 else None)
        relations = {m.edge(i).relation for i in self.edge_ids}
        common = set(Relation)
        for eid in self.edge_ids:
            edge = m.edge(eid)
            common &= set(allowed_relations(m.node(edge.source).kind, m.node(edge.target).kind))
        current = relations.pop() if len(relations) == 1 else None
        self._fill_relations(self.multi_relation, tuple(r for r in Relation if r in common), current)
        self.multi_relation.setEnabled(bool(self.edge_ids) and bool(common))
        self.pages.setCurrentWidget(self.multi_page)

    @staticmethod
    def _fill_relations(box, choices, current: Relation | None) -> None:
        """Only the relations the two kinds allow; a current one that breaks the table stays
        visible, marked, so the panel never lies about the map."""
        box.blockSignals(True)
        box.clear()
        for rel in choices:
            box.addItem(relation_icon(rel), rel.label, rel.value)
        if current is not None and current not in choices:
            box.addItem(relation_icon(current), translate("Properties", "{relation} (not allowed here)").format(relation=current.label), current.value)
        box.setCurrentIndex(box.findData(current.value) if current is not None else -1)
        box.blockSignals(False)

    # -- committing ----------------------------------------------------------------------
    def _run(self, verb, *args, **fields) -> None:
        try:
            verb(*args, **fields)
        except (ModelError, ValueError) as err:
            self.message.emit(translate("Properties", "Not changed: {reason}").format(reason=err))
        self.refresh()

    def _commit_title(self) -> None:
        if (self.editor.map.title or "") != self.map_title.text().strip():
            self._run(self.editor.set_title, self.map_title.text())

    def _commit_currency(self) -> None:
        try:
            code = self.currency.code()
        except ValueError as err:  # the text stays, so it can be corrected
            self.currency.show_refusal(str(err))
            self.message.emit(translate("Properties", "Currency not changed: {reason}").format(reason=err))
            return
        self.currency.show_refusal("")
        if code != self.editor.map.currency:
            self._run(self.editor.set_currency, code)
        else:
            self.currency.show_code(code)

    def _commit_name(self) -> None:
        if self.node_name.isReadOnly():
            return  # a name too long to edit here: the field shows only its start
        if self.node_ids and self.editor.map.node(self.node_ids[0]).name != self.node_name.text():
            self._run(self.editor.rename, self.node_ids[0], self.node_name.text())

    def _commit_node_kind(self) -> None:
        if self.node_ids:
            self._run(self.editor.set_node_fields, self.node_ids[:1],
                      kind=Kind(self.node_kind.currentData()))

    def _commit_headcount(self) -> None:
        if not self.node_ids:
            return
        try:
            value = self.headcount.value()
        except ValueError as err:  # the text stays, so it can be corrected
            self.headcount.show_refusal(str(err))
            self.message.emit(translate("Properties", "Headcount not changed: {reason}").format(reason=err))
            return
        if value != self.editor.map.node(self.node_ids[0]).headcount:
            self._run(self.editor.set_node_fields, self.node_ids[:1], headcount=value)

    def _commit_internal(self, checked: bool) -> None:
        if self.node_ids:
            self._run(self.editor.set_node_fields, self.node_ids[:1], internal=checked)

    def _commit_members_inside(self, checked: bool) -> None:
        if self.node_ids:
            self._run(self.editor.show_members_inside, self.node_ids[:1], checked)

    def _commit_node_notes(self) -> None:
        if self.node_ids and self.pages.currentWidget() is self.node_page:
            if self.editor.map.node(self.node_ids[0]).notes != self.node_notes.value():
                self._run(self.editor.set_node_fields, self.node_ids[:1],
                          notes=self.node_notes.value())

    def _commit_relation(self) -> None:
        if self.edge_ids and self.relation.currentIndex() >= 0:
            self._run(self.editor.set_edge_fields, self.edge_ids[:1],
                      relation=Relation(self.relation.currentData()))

    def _commit_amount(self) -> None:
        if not self.edge_ids:
            return
        try:
            value = self.amount.value()
        except ValueError as err:  # the text stays, so it can be corrected
            self.amount.show_refusal(str(err))
            self.message.emit(translate("Properties", "Amount not changed: {reason}").format(reason=err))
            return
        if value != self.editor.map.edge(self.edge_ids[0]).amount:
            self._run(self.editor.set_edge_fields, self.edge_ids[:1], amount=value)
        else:
            self.refresh()  # "$1,200" for 1200: show the number as stored

    def _commit_period(self) -> None:
        if self.edge_ids:
            data = self.period.currentData()
            self._run(self.editor.set_edge_fields, self.edge_ids[:1],
                      period=Period(data) if data else None)

    def _commit_agreement(self) -> None:
        if self.edge_ids:
            data = self.agreement.currentData()
            self._run(self.editor.set_edge_fields, self.edge_ids[:1],
                      agreement=Agreement(data) if data else None)

    def _commit_edge_notes(self) -> None:
        if self.edge_ids and self.pages.currentWidget() is self.edge_page:
            if self.editor.map.edge(self.edge_ids[0]).notes != self.edge_notes.value():
                self._run(self.editor.set_edge_fields, self.edge_ids[:1],
                          notes=self.edge_notes.value())

    def _commit_multi_kind(self) -> None:
        if self.node_ids and self.multi_kind.currentIndex() >= 0:
            self._run(self.editor.set_node_fields, self.node_ids,
                      kind=Kind(self.multi_kind.currentData()))

    def _commit_multi_relation(self) -> None:
        if self.edge_ids and self.multi_relation.currentIndex() >= 0:
            self._run(self.editor.set_edge_fields, self.edge_ids,
                      relation=Relation(self.multi_relation.currentData()))
