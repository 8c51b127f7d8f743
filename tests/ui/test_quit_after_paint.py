"""STAKEHOLDER_MAP_QUIT_AFTER_PAINT=1 ends the editor at its first painted frame (start-up
benchmarks); without it, painting does not quit."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtWidgets import QApplication, QWidget

from stakeholder_map.ui import app as app_module


def test_the_filter_quits_once_the_widget_paints(qtbot, monkeypatch):
    quits = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(1)))
    widget = QWidget()
    qtbot.addWidget(widget)
    app_module.quit_after_first_paint(widget)
    assert quits == []
    widget.show()
    qtbot.waitUntil(lambda: quits == [1])
    widget.repaint()  # the filter is gone after the first paint: no second quit
    qtbot.wait(20)
    assert quits == [1]


def test_the_editor_started_with_the_variable_exits_after_its_first_frame(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path),
               XDG_RUNTIME_DIR=str(tmp_path), STAKEHOLDER_MAP_QUIT_AFTER_PAINT="1")
    done = subprocess.run([sys.executable, "-m", "stakeholder_map"], env=env,
                          capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
