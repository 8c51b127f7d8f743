"""Fixtures for the robustness tests: a recovery store in a temporary folder, other instances."""

import os
import selectors
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from stakeholder_map.model import Map
from stakeholder_map.ui.recovery import RecoveryStore

ROOT = Path(__file__).resolve().parents[2]
INSTANCE = Path(__file__).with_name("instance.py")


@pytest.fixture
def recovery_root(tmp_path):
    return tmp_path / "recovery"


@pytest.fixture
def store(recovery_root):
    s = RecoveryStore(recovery_root)
    yield s
    s.close()


def read_line(proc: subprocess.Popen, timeout: float = 60.0) -> str:
    """The child's first line of output, or '' if it printed none within ``timeout``.

    A child that hangs is sent SIGABRT, so that ``-X faulthandler`` writes its threads'
    stacks to its standard error for the failure message.
    """
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    ready = selector.select(timeout)
    selector.close()
    if ready:
        return proc.stdout.readline().strip()
    if proc.poll() is None:
        proc.send_signal(signal.SIGABRT)
        proc.wait(timeout=30)
    return ""


def _start(root: Path, mode: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, "-X", "faulthandler", str(INSTANCE), str(root), mode],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )


@pytest.fixture
def crashed_instance():
    """Run another instance that writes a copy and ends without clean-up; its session name."""
    def run(root: Path, mode: str = "exit") -> str:
        proc = _start(root, mode)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        return out.strip()
    return run


@pytest.fixture
def live_instance():
    """Start another instance that writes a copy and keeps running; (process, session)."""
    procs = []

    def run(root: Path):
        proc = _start(root, "wait")
        procs.append(proc)
        session = read_line(proc)
        assert session, proc.stderr.read()
        return proc, session

    yield run
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()


# -- real windows ------------------------------------------------------------------------------
@pytest.fixture
def isolated_settings(tmp_path):
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    return folder


class Dialogs:
    """Stands in for QMessageBox/QFileDialog statics: records calls, answers as told."""

    def __init__(self):
        from PySide6.QtWidgets import QMessageBox

        self.calls = []
        self.answer = QMessageBox.StandardButton.Discard
        self.save_path = ""

    def texts(self, kind):
        return [c[2] for c in self.calls if c[0] == kind]


@pytest.fixture
def dialogs(monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    d = Dialogs()

    def answering(kind):
        def show(parent, title, text, *args, **kwargs):
            d.calls.append((kind, title, text))
            return d.answer if kind != "critical" else QMessageBox.StandardButton.Ok
        return staticmethod(show)

    from stakeholder_map.ui import messages  # the plain-text boxes answer the same way

    for kind in ("warning", "question", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, answering(kind))
        if hasattr(messages, kind):
            monkeypatch.setattr(messages, kind, answering(kind).__func__)

    def get_save(parent, caption="", folder="", filters="", *args, **kwargs):
        d.calls.append(("save", caption, folder))
        return (d.save_path, "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    return d


@pytest.fixture
def make_window(qtbot, isolated_settings, dialogs):
    """Real main windows, closed at the end without questions."""
    from stakeholder_map.ui.main_window import MainWindow

    made = []

    def make(map_=None, path=None):
        window = MainWindow()
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        if map_ is not None or path is not None:
            window.open_map_object(map_ if map_ is not None else Map(), path)
        made.append(window)
        return window

    yield make
    for window in made:
        try:
            window.editor.undo_stack.setClean()
            window.close()
            window.runner.shutdown()
        except RuntimeError:
            pass  # already deleted
