"""The whole window in German: every menu, action, panel and dialog, and no English left.

The window is built with the language installed the way the app installs it at start-up
(``ui.language.install_language``). Every text a person can see or hear (titles, labels,
buttons, tooltips, status tips, placeholders, list and combo entries, headers, accessible
names, message boxes, file-dialog captions and filters) is collected; a text fails when it is
an English source text of the catalogues whose German differs, or when, with the map's own
names taken out, it still holds a common English word that German does not share.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPointF, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QColorDialog, QComboBox, QDialog, QFileDialog, QGroupBox, QHeaderView,
    QInputDialog, QLabel, QLineEdit, QMenu, QMessageBox, QPlainTextEdit, QSpinBox,
    QTabBar, QWidget,
)

from stakeholder_map.fileio import save_map
from stakeholder_map.model import Agreement, Kind, Map, Period, Relation
from stakeholder_map.resources import resource_path

from .helpers import wait_analysis

#: Words that are English and not German (German shares "in", "name", "filter", "zoom"...).
ENGLISH_WORDS = frozenset("""
    a about add all and any are as at back be by can cannot change close colour copy could
    delete does edit every export file files find findings finding for from has have help hide
    how if import is it its link map maps menu new no node nodes none not of on open or
    other paste print quit redo save saved select selected show shows stakeholders than that the
    their them there these this to undo untitled view views what when where which will with
    you your error errors warning warnings kind relation amount period agreement notes power
    interest attitude roles key score title preferences guide report spreadsheet picture page
    pages width size scale legend grid snap fit arrange align distribute recover restore discard
    overwrite replace unsaved changes yet nothing something only here product products company
    buyer user users customer customers decides pays uses influences member champion supporter
    sceptic blocker low medium high them who
""".split())

#: Proper nouns and words of both languages that the word check must let through.
ALLOWED = frozenset("""
    stakeholder map graphml png svg pdf csv json kumu gexf yed gephi networkx excel mit usd eur
    gbp xlsx html bak ctrl shift alt esc del mendelow mendelows k
""".split())


def english_sources() -> set[str]:
    """Every source text of the German catalogues whose German differs, without accelerators."""
    sources = set()
    for path in sorted(Path(resource_path("i18n")).glob("*_de.ts")):
        for message in ElementTree.parse(path).getroot().iter("message"):
            source = message.findtext("source", "")
            german = message.findtext("translation", "")
            if german and _plain(german) != _plain(source):
                sources.add(_plain(source))
    return sources


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


class Shown:
    """The texts collected from the window, each with where it was found."""

    def __init__(self) -> None:
        self.texts: list[tuple[str, str]] = []
        self.compare_entries: set[str] = set()

    def add(self, where: str, text) -> None:
        if isinstance(text, str) and text.strip():
            self.texts.append((where, text))

    def widget(self, where: str, widget: QWidget) -> None:
        """A widget and all its children: texts, tooltips, placeholders, entries, headers."""
        for w in [widget, *widget.findChildren(QWidget)]:
            name = f"{where}/{type(w).__name__}:{w.objectName()}"
            self.add(name + " tooltip", w.toolTip())
            self.add(name + " accessible", w.accessibleName())
            self.add(name + " status tip", w.statusTip())
            self.add(name + " title", w.windowTitle())
            if isinstance(w, (QLabel, QAbstractButton)):
                self.add(name, w.text())
            if isinstance(w, QGroupBox):
                self.add(name, w.title())
            if isinstance(w, QLineEdit):
                self.add(name + " placeholder", w.placeholderText())
            if isinstance(w, QPlainTextEdit):
                self.add(name + " placeholder", w.placeholderText())
            if isinstance(w, QSpinBox):
                self.add(name + " suffix", w.suffix())
            if isinstance(w, QComboBox):
                self.add(name + " placeholder", w.placeholderText())
                for i in range(w.count()):
                    self.add(f"{name} item {i}", w.itemText(i))
            if isinstance(w, QTabBar):
                for i in range(w.count()):
                    self.add(f"{name} tab {i}", w.tabText(i))
                    self.add(f"{name} tab {i} tooltip", w.tabToolTip(i))
            if isinstance(w, QHeaderView) and w.model() is not None:
                model = w.model()
                for i in range(model.columnCount()):
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        self.add(f"{name} header {i}", model.headerData(i, Qt.Orientation.Horizontal, role))
            if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
                self.model(name, w.model(), QModelIndex())
            for action in w.actions():
                self.action(name, action)

    def model(self, where: str, model, parent: QModelIndex) -> None:
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list model: one column, no children
            columns, parent = 1, None
        for row in range(model.rowCount(parent or QModelIndex())):
            for column in range(max(1, columns)):
                index = model.index(row, column, parent or QModelIndex())
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.AccessibleTextRole):
                    self.add(f"{where} row {row}", index.data(role))
                if parent is not None:
                    self.model(where, model, index)

    def action(self, where: str, action: QAction) -> None:
        if action.isSeparator():
            return
        name = f"{where}/{action.objectName() or action.text()}"
        self.add(name, action.text())
        self.add(name + " tooltip", action.toolTip())
        self.add(name + " status tip", action.statusTip())
        if action.menu() is not None:
            self.menu(name, action.menu())

    def menu(self, where: str, menu: QMenu) -> None:
        if hasattr(menu, "aboutToShow"):
            menu.aboutToShow.emit()  # menus filled when opened (recent files, views)
        self.add(where + " title", menu.title())
        self.add(where + " accessible", menu.accessibleName())
        for action in menu.actions():
            self.action(where, action)


#: German nouns spelled like English words ("Kind" is a child); as German writes them, capitalised.
GERMAN_NOUNS = frozenset({"Kind", "Hut"})


def _german_homograph(word: str) -> bool:
    """An acronym ("IT") or a capitalised German noun, not the English word it looks like."""
    return (len(word) > 1 and word.isupper()) or word in GERMAN_NOUNS


def english_left(shown: Shown, names: set[str]) -> list[str]:
    """The collected texts that are still English, each as ``where: text``."""
    sources = english_sources()
    names_first = sorted(names, key=len, reverse=True)
    left, seen = [], set()
    for where, text in shown.texts:
        if text in seen:
            continue
        seen.add(text)
        plain = _plain(text)
        if plain in sources:
            left.append(f"{where}: {text!r} (an English source text)")
            continue
        # tooltips and About are HTML; menu texts carry accelerators
        rest = html.unescape(re.sub(r"<[^>]+>", " ", text)) if "<" in text else plain
        rest = re.sub(r"(?:/[^/\s<>]+)+/?", " ", rest)  # file paths are names too
        for name in names_first:
            rest = rest.replace(name, " ")
        words = {w.lower() for w in re.findall(r"[A-Za-zÄÖÜäöüß']+", rest) if not _german_homograph(w)}
        english = sorted(w.strip("'") for w in words if w.strip("'") in ENGLISH_WORDS - ALLOWED)
        if english:
            left.append(f"{where}: {text!r} (English words: {', '.join(english)})")
    return left


def german_test_map() -> Map:
    """A map with every kind, relation, a tag, a note, a saved view and some findings."""
    m = Map("Kassensystem Nord", currency="EUR")
    m.add_node("prod", Kind.PRODUCT, "Kasse X", x=0, y=0, tags=("Pilot",))
    m.add_node("firm", Kind.COMPANY, "Meyer GmbH", x=-260, y=-120)
    m.add_node("buy", Kind.BUYER, "Einkauf Meyer", x=-260, y=-260)
    m.add_node("boss", Kind.DECISION_MAKER, "Dr. Berg", x=-260, y=60)
    m.add_node("team", Kind.END_USER, "Filialteam", x=260, y=0, headcount=40)
    m.add_node("ana", Kind.PERSON, "Ana", x=-260, y=220)
    m.add_node("solo", Kind.PERSON, "Otto", x=400, y=300)
    m.connect("firm", "prod", Relation.PAYS, edge_id="pay", amount=1200, period=Period.MONTHLY,
              agreement=Agreement.CONTRACT)
    m.connect("boss", "prod", Relation.DECIDES, edge_id="dec")
    m.connect("team", "prod", Relation.USES, edge_id="use")
    m.connect("ana", "boss", Relation.INFLUENCES, edge_id="inf")
    m.connect("buy", "firm", Relation.MEMBER_OF, edge_id="mem")
    return m


NAMES = {"Kassensystem Nord", "Kasse X", "Meyer GmbH", "Einkauf Meyer", "Dr. Berg", "Filialteam",
         "Ana", "Otto", "Pilot", "Pilotansicht", "Notiz am Rand", "karte.stakemap.json",
         "andere.stakemap.json", "Kassensystem Nord.stakemap.json", "Kassensystem Nord report.pdf"}


@pytest.fixture
def german(qapp):
    """German installed as the app installs it at start-up; English again afterwards."""
    from stakeholder_map.ui.language import install_language

    assert install_language("de") == "de"
    yield
    install_language("en")


@pytest.fixture
def german_window(german, make_window, qtbot, tmp_path):
    from stakeholder_map.resources import template_paths, template_title

    # the map's own words: its folder, and the German templates' titles (maps, like this one;
    # tests/resources/test_templates_de.py checks that they are translated)
    NAMES.update({tmp_path.name, *(template_title(p) for p in template_paths("de"))})
    path = tmp_path / "karte.stakemap.json"
    save_map(german_test_map(), path)
    window = make_window()
    window.files.open_path(path, ask=False)
    window.resize(1280, 820)
    wait_analysis(qtbot, window)
    return window


def collect_window(window, qtbot, monkeypatch, dialogs, tmp_path) -> Shown:
    """Walk the window, its panels in every state, its menus and every dialog."""
    shown = Shown()
    shown.add("window title", window.windowTitle())
    for action in window.menuBar().actions():
        shown.action("menu bar", action)
    shown.widget("tool bar", window.toolbar)

    # panels: nothing selected (the map's properties), one node, one link, several
    shown.widget("window", window)
    for nodes, edges in ((["boss"], []), (["prod"], []), ([], ["pay"]), ([], ["use"]),
                         (["boss", "team"], ["pay", "use"]), (["boss", "team"], []), ([], ["pay", "use"])):
        window.scene.select_ids(nodes, edges)
        qtbot.wait(1)
        shown.widget(f"selection {nodes + edges}", window.docks.properties_panel)
        for action in window.menuBar().actions():
            shown.action(f"menu bar with {nodes + edges}", action)

    # canvas menus: a node, a link, a selection, the empty canvas, the kind chooser
    menus = window.canvas_menus
    for nodes, edges in ((["boss"], []), ([], ["pay"]), (["boss", "team"], []), ([], [])):
        window.scene.select_ids(nodes, edges)
        shown.menu(f"canvas menu {nodes + edges}", menus.show_menu(QPointF(500, 500), window.pos()))
        menus.menu.close()
    shown.menu("kind chooser", menus.choose_kind(QPointF(500, 500)))
    menus.menu.close()
    window.edits._ask_relation("ana", "boss", [Relation.INFLUENCES])
    shown.menu("relation chooser", window.edits.relation_menu)
    window.edits.relation_menu.close()

    # the filter panel ticked, the find bar with and without a match
    filter_panel = window.docks.filter_panel
    filter_panel.entry("kinds", Kind.PERSON).setCheckState(0, Qt.CheckState.Checked)
    shown.widget("filter ticked", filter_panel)
    filter_panel.clear()
    window.finder.open()
    window.finder.field.setText("Kasse")
    shown.widget("find bar", window.finder.bar)
    window.finder.field.setText("zzz")
    shown.widget("find bar, no match", window.finder.bar)
    window.finder.close()

    # saved views: one saved, then the menu lists it
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda parent, title, label, *a, **k: (shown.add("save view", title), shown.add("save view", label),
                                                ("Pilotansicht", True))[-1]))
    window.saved_views.save_current()
    shown.menu("views menu", window.saved_views.menu)
    window.scene.select_ids(["boss"], [])
    window.saved_views.fill()
    shown.menu("views menu, selection", window.saved_views.menu)
    window.saved_views.focus(1)
    shown.widget("filter while focused", filter_panel)
    window.saved_views.show_everything()

    # status bar messages of everyday commands
    window.scene.select_ids(["boss", "team"], [])
    window.edits.copy()
    shown.add("status after copy", window.statusBar().currentMessage())
    window.edits.connect_nodes("boss", "boss", "")
    shown.add("status after self link", window.statusBar().currentMessage())
    window.edits.connect_nodes("ana", "boss", "influences")
    shown.add("status after same link", window.statusBar().currentMessage())
    shown.widget("status bar", window.statusBar())

    # file dialogs: captions and filters
    def capture(kind):
        def dialog(parent, caption="", folder="", filters="", *args, **kwargs):
            shown.add(f"{kind} caption", caption)
            shown.add(f"{kind} filters", filters)
            shown.add(f"{kind} suggested name", Path(folder).name if folder else "")
            return ("", "")
        return staticmethod(dialog)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", capture("open"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", capture("save"))
    window.files.save_as()
    window.sharing.export_report()
    window.versions.compare.compare_with()
    window.editor.undo_stack.setClean()
    window.files.open()
    from stakeholder_map.ui.import_dialog import import_with_dialog

    import_with_dialog(window)

    # every dialog, walked instead of run
    def walk_dialog(dialog, *_args):
        shown.widget(f"dialog {dialog.windowTitle()}", dialog)
        shown.add("dialog title", dialog.windowTitle())
        if hasattr(dialog, "format_box"):  # every format's hint
            for i in range(dialog.format_box.count()):
                dialog.format_box.setCurrentIndex(i)
                for j in range(dialog.size_box.count()):
                    dialog.size_box.setCurrentIndex(j)
                    shown.add("export hint", dialog.hint.text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QDialog, "exec", walk_dialog)
    window.show_preferences()
    from stakeholder_map.ui.export_dialog import export_with_dialog

    window.scene.select_ids(["boss"], [])
    export_with_dialog(window)
    window.sharing.print_map()
    window.show_about()
    window.show_guide()
    shown.add("guide title", window.guide.windowTitle())
    shown.widget("guide", window.guide)
    window.guide.close()

    # the plain-text message boxes: unsaved changes, revert, changed on disk, read-only, save failed
    def walk_box(box, *_args):
        shown.widget(f"message box {box.windowTitle()}", box)
        shown.add("box text", box.text())
        shown.add("box detail", box.informativeText())
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", walk_box)
    from stakeholder_map.ui import safe_save

    safe_save.ask_changed_on_disk(window, Path("karte.stakemap.json"))
    safe_save.ask_read_only(window, Path("karte.stakemap.json"))
    window.editor.set_node_fields(["ana"], notes="Notiz am Rand")
    window.files.maybe_save()
    window.files.revert()

    # the small questions: a sticky note's text, a tag's colour, a node's fill colour
    def ask_text(parent, title, label, *args, **kwargs):
        shown.add("text question title", title)
        shown.add("text question", label)
        return "", False

    def ask_colour(initial, parent=None, title="", *args, **kwargs):
        shown.add("colour question title", title)
        return QColor()

    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(ask_text))
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(ask_colour))
    window.sticky.add_at(QPointF(0, 0))
    window.scene.select_ids([], [])
    tag_colours = window.docks.properties_panel.tag_colours
    tag_colours.list.setCurrentRow(0)
    tag_colours.choose()
    window.scene.select_ids(["boss"], [])
    window.docks.properties_panel.look._choose_fill()

    # another version compared with this one, then a merged map with a conflict
    other = german_test_map()
    other.add_node("neu", Kind.PERSON, "Otto", x=500, y=500)
    save_map(other, tmp_path / "andere.stakemap.json")
    assert window.versions.compare.compare_with(tmp_path / "andere.stakemap.json")
    qtbot.wait(300)
    shown.add("compare heading", window.versions.compare.panel.heading.text())
    shown.compare_entries = compare_entries(window)
    shown.widget("compare panel", window.versions.compare.dock)
    window.versions.compare.close()
    merged = german_test_map()
    merged.extra["merge_conflicts"] = [{"message": "Otto", "item": "node", "id": "solo"}]
    save_map(merged, tmp_path / "karte.stakemap.json")
    window.editor.undo_stack.setClean()
    window.files.open_path(tmp_path / "karte.stakemap.json", ask=False)
    shown.add("status after a merged map", window.statusBar().currentMessage())
    shown.widget("conflicts panel", window.versions.conflicts.dock)

    for _kind, title, text in dialogs.calls:
        shown.add("message title", title)
        shown.add("message text", text)
    return shown


def other_catalogues(window) -> set[str]:
    """The texts the window shows from the model, the analysis and the canvas, in whatever
    language those catalogues give them today: the kinds', relations', roles', findings',
    attitudes' and levels' names, the findings' sentences and the key stakeholders' reasons."""
    from stakeholder_map.analysis import FINDING_HELP, FindingCode, Role, Severity
    from stakeholder_map.analysis.ranking import why
    from stakeholder_map.model import Attitude, Level

    texts = set()
    for enum in (Kind, Relation, Role, FindingCode, Attitude, Level, Severity):
        for member in enum:
            texts.update({member.label, member.label.capitalize()})
    for help_ in FINDING_HELP.values():
        texts.update({help_.title, help_.meaning, help_.action})
    analysis = window.analysis
    texts.update(f.message for f in analysis.findings)
    texts.update(row.text for row in window.docks.findings_list.rows)
    for actor in analysis.key_stakeholders(20):
        texts.update(why(window.map.nodes, actor, analysis.stakes[actor]).split("; "))
    texts.add(window.tabs.grid_view.accessibleName())
    return {t for t in texts if t}


def compare_entries(window) -> set[str]:
    """The compare panel's entries: sentences of the files catalogue (the change, the role)."""
    panel = window.versions.compare.panel
    return {panel.list.item(i).text() for i in range(panel.list.count())}


def test_every_text_of_the_window_is_german(german_window, qtbot, monkeypatch, dialogs, tmp_path):
    """The window's own texts (its catalogue): what the model, the analysis and the canvas
    contribute is left to their catalogues (see the next test)."""
    others = other_catalogues(german_window)
    shown = collect_window(german_window, qtbot, monkeypatch, dialogs, tmp_path)
    assert len(shown.texts) > 400  # the walk reached the menus, panels and dialogs
    texts = {t for _w, t in shown.texts}
    # a few landmarks prove the walk saw German, not an empty window
    for landmark in ("&Datei", "Eigenschaften", "Schlüssel-Stakeholder", "Karte exportieren",
                     "Einstellungen", "Aktuelle Ansicht &speichern…", "Kein Treffer", "Text der Notiz:",
                     "Farbe für „Pilot“", "Datei wurde geändert", "Ungespeicherte Änderungen"):
        assert landmark in texts, landmark
    assert any(t.startswith("Seit andere.stakemap.json: ") for t in texts)
    assert any(t.startswith("Diese Karte wurde mit 1 Konflikt zusammengeführt") for t in texts)
    left = english_left(shown, NAMES | others | shown.compare_entries)
    assert not left, "English left in the German window:\n" + "\n".join(left)


def test_nothing_in_the_german_window_is_english(german_window, qtbot, monkeypatch, dialogs, tmp_path):
    shown = collect_window(german_window, qtbot, monkeypatch, dialogs, tmp_path)
    left = english_left(shown, NAMES)
    assert not left, "English left in the German window:\n" + "\n".join(left)


def test_the_recovery_question_is_german(german, qtbot, tmp_path):
    from stakeholder_map.ui.recovery import RecoveryStore
    from stakeholder_map.ui.recovery_dialog import RecoveryDialog

    other = RecoveryStore(tmp_path / "recovery")
    other.write("doc0", german_test_map(), tmp_path / "karte.stakemap.json")
    other.write("doc1", Map(), None)
    other.close()
    store = RecoveryStore(tmp_path / "recovery")
    orphans = store.orphans()
    assert len(orphans) == 2
    dialog = RecoveryDialog(orphans)
    qtbot.addWidget(dialog)
    shown = Shown()
    shown.widget("recovery", dialog)
    shown.add("recovery title", dialog.windowTitle())
    for i in range(dialog.list.count()):
        dialog.set_checked(i, False)
    shown.add("restore none", dialog.restore_button.text())
    store.close()
    texts = {t for _w, t in shown.texts}
    assert "Ungespeicherte Karten wiederherstellen" in texts
    assert any("heute um" in t and "nie gespeichert" in t and "Unbenannte Karte" in t for t in texts)
    left = english_left(shown, NAMES)
    assert not left, "English left in the recovery question:\n" + "\n".join(left)


def test_the_check_finds_english(german_window, qtbot):
    """The word check and the source check each catch an English text among German ones."""
    shown = Shown()
    shown.add("German", "Die Karte exportieren")
    shown.add("a name", "Kasse X")
    shown.add("untranslated source", "Save the map")
    shown.add("English sentence", "Drag the thing over there")
    shown.add("German homographs", "Die IT-Leitung wählt, was das Kind lernt")
    shown.add("English kind", "What kind of node is it")
    left = english_left(shown, NAMES)
    assert [line.split(":")[0] for line in left] == ["untranslated source", "English sentence", "English kind"]


def test_the_guide_says_when_it_is_shown_in_english(qtbot, qapp):
    from stakeholder_map.ui.help import GuideDialog
    from stakeholder_map.ui.language import install_language

    english = GuideDialog()
    qtbot.addWidget(english)
    assert english.note.isHidden()  # English: the guide is in the language asked for
    install_language("de")
    try:
        german = GuideDialog()
        qtbot.addWidget(german)
        assert german.windowTitle() == "Anleitung zu Stakeholder Map"
        if not (Path(resource_path("help")) / "guide_de.html").exists():
            assert not german.note.isHidden()
            assert german.note.text() == "Die Anleitung gibt es noch nicht auf Deutsch: Hier ist sie auf Englisch."
        else:
            assert german.note.isHidden()
    finally:
        install_language("en")


def test_a_german_amount_is_written_and_read_back_with_a_decimal_comma(german, make_window, qtbot):
    from decimal import Decimal

    window = make_window(german_test_map())
    window.editor.set_edge_fields(["pay"], amount=Decimal("1200.5"))
    window.editor.undo_stack.setClean()
    window.scene.select_ids([], ["pay"])
    panel = window.docks.properties_panel
    assert panel.amount.text() == "1200,5"
    panel.amount.editingFinished.emit()  # leaving the field unchanged changes nothing
    assert window.map.edge("pay").amount == Decimal("1200.5")
    assert window.editor.undo_stack.isClean()
    panel.amount.setText("2.500,75")
    panel.amount.editingFinished.emit()
    assert window.map.edge("pay").amount == Decimal("2500.75")
