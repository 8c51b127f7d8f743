"""Fixtures for driving the export and import dialogs in the real main window.

QSettings live in the test's folder; QFileDialog and QMessageBox statics are replaced by
recorders that answer as the test says, so no modal dialog ever blocks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from stakeholder_map.model import Kind, Map, Relation

Button = QMessageBox.StandardButton


@dataclass
class Answers:
    calls: list = field(default_factory=list)
    save_path: str = ""
    open_path: str = ""
    question: Button = Button.Yes
    unsaved: Button = Button.Discard

    def of(self, kind: str) -> list[tuple]:
        return [c for c in self.calls if c[0] == kind]


@pytest.fixture
def answers(tmp_path, monkeypatch) -> Answers:
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    import stakeholder_map.ui.recovery as recovery

    monkeypatch.setattr(recovery, "default_root", lambda: tmp_path / "recovery")
    a = Answers()

    def get_save(parent, caption="", folder="", filters="", *args, **kwargs):
        a.calls.append(("save", caption, folder, filters))
        return (a.save_path, "")

    def get_open(parent, caption="", folder="", filters="", *args, **kwargs):
        a.calls.append(("open", caption, folder, filters))
        return (a.open_path, "")

    def warning(parent, title, text, *args, **kwargs):
        a.calls.append(("warning", title, text))
        return a.unsaved

    def question(parent, title, text, *args, **kwargs):
        a.calls.append(("question", title, text))
        return a.question

    def critical(parent, title, text, *args, **kwargs):
        a.calls.append(("critical", title, text))
        return Button.Ok

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(critical))
    from stakeholder_map.ui import messages  # the plain-text boxes answer the same way

    for kind, show in (("warning", warning), ("question", question), ("critical", critical)):
        monkeypatch.setattr(messages, kind, show)
    return a


def sample_map() -> Map:
    m = Map("Team chat")
    m.add_node("chat", Kind.PRODUCT, "Chat app", x=0, y=0)
    m.add_node("acme", Kind.COMPANY, "Acme Corp", x=-260, y=-120)
    m.add_node("cto", Kind.DECISION_MAKER, "CTO", x=-260, y=60)
    m.add_node("staff", Kind.END_USER, "Staff", x=260, y=0, headcount=400)
    m.connect("acme", "chat", Relation.PAYS, amount=1200, period="monthly", agreement="contract")
    m.connect("cto", "chat", Relation.DECIDES)
    m.connect("staff", "chat", Relation.USES)
    m.connect("cto", "acme", Relation.MEMBER_OF)
    return m


@pytest.fixture
def window(qtbot, answers):
    from stakeholder_map.ui.main_window import MainWindow

    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.open_map_object(sample_map())
    yield w
    w.editor.undo_stack.setClean()
    w.close()
    w.runner.shutdown()


def when_dialog_opens(dialog_type, act) -> list:
    """Call ``act(dialog)`` on the next modal dialog of ``dialog_type`` once it is shown."""
    seen = []

    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, dialog_type):
            seen.append(widget)
            act(widget)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen
