"""UI test set-up: settings in a temporary folder, modal dialogs replaced, a real window."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from stakeholder_map.model import Agreement, Kind, Map, Period, Relation

Button = QMessageBox.StandardButton


@dataclass
class Dialogs:
    """Replaces QMessageBox and QFileDialog statics: records calls, answers as told."""

    calls: list = field(default_factory=list)
    unsaved_answer: Button = Button.Discard
    question_answer: Button = Button.Discard
    open_path: str = ""
    save_path: str = ""

    def kinds(self) -> list[str]:
        return [c[0] for c in self.calls]

    def texts(self, kind: str) -> list[str]:
        return [c[2] for c in self.calls if c[0] == kind]


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    """Settings and recovery copies in the test's folder, never in the person's home."""
    folder = tmp_path / "settings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    import stakeholder_map.ui.recovery as recovery

    monkeypatch.setattr(recovery, "default_root", lambda: tmp_path / "recovery")
    yield folder


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    d = Dialogs()

    def warning(parent, title, text, *args, **kwargs):
        d.calls.append(("warning", title, text))
        return d.unsaved_answer

    def question(parent, title, text, *args, **kwargs):
        d.calls.append(("question", title, text))
        return d.question_answer

    def critical(parent, title, text, *args, **kwargs):
        d.calls.append(("critical", title, text))
        return Button.Ok

    def about(parent, title, text):
        d.calls.append(("about", title, text))

    def get_open(parent, caption="", folder="", filters="", *args, **kwargs):
        d.calls.append(("open", caption, folder))
        return (d.open_path, "")

    def get_save(parent, caption="", folder="", filters="", *args, **kwargs):
        d.calls.append(("save", caption, folder))
        return (d.save_path, "")

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(about))
    from stakeholder_map.ui import messages  # the plain-text boxes answer the same way

    for kind, show in (("warning", warning), ("question", question), ("critical", critical)):
        monkeypatch.setattr(messages, kind, show)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    return d


def sample_map() -> Map:
    """A small map with findings: a B2B product, its users, a decision-maker."""
    m = Map("Team chat")
    m.add_node("chat", Kind.PRODUCT, "Chat app", x=0, y=0)
    m.add_node("acme", Kind.COMPANY, "Acme Corp", x=-260, y=-120, internal=False)
    m.add_node("cto", Kind.DECISION_MAKER, "CTO", x=-260, y=60)
    m.add_node("staff", Kind.END_USER, "Staff", x=260, y=0, headcount=400)
    m.add_node("advisor", Kind.PERSON, "Advisor", x=-260, y=220)
    m.connect("acme", "chat", Relation.PAYS, edge_id="pay", amount=1200, period=Period.MONTHLY,
              agreement=Agreement.CONTRACT)
    m.connect("cto", "chat", Relation.DECIDES, edge_id="dec")
    m.connect("staff", "chat", Relation.USES, edge_id="use")
    m.connect("cto", "acme", Relation.MEMBER_OF, edge_id="mem")
    m.connect("staff", "acme", Relation.MEMBER_OF, edge_id="mem2")
    return m


@pytest.fixture
def make_window(qtbot):
    """Build real main windows (closed at the end without questions)."""
    from stakeholder_map.ui.main_window import MainWindow

    made = []

    def make(map_: Map | None = None):
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        if map_ is not None:
            window.open_map_object(map_)
            qtbot.wait(1)
            # open_map_object fits the view a moment later; fit now so coordinates taken by a
            # test stay valid whenever that deferred (idempotent) fit runs.
            window.view.fit_map()
        made.append(window)
        return window

    yield make
    for window in made:
        window.editor.undo_stack.setClean()
        window.close()
        window.runner.shutdown()


@pytest.fixture
def window(make_window):
    return make_window(sample_map())
