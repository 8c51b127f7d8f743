"""A real running editor for the crash test: it edits an untitled map, waits until autosave
has written the recovery copy, prints ``ready`` and keeps running until it is killed.

Run as ``python gui_instance.py RECOVERY_ROOT`` with ``QT_QPA_PLATFORM=offscreen``.
"""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from stakeholder_map.model import Kind, Relation
from stakeholder_map.ui.main_window import MainWindow
from stakeholder_map.ui.recovery_dialog import start_recovery


def edit(window) -> None:
    """The edits the test expects to get back."""
    editor = window.editor
    app = editor.add_node(Kind.PRODUCT, (0, 0), "Night bus app")
    riders = editor.add_node(Kind.END_USER, (250, 40), "Riders")
    city = editor.add_node(Kind.COMPANY, (-250, 0), "City transport")
    editor.connect(riders, app, Relation.USES)
    editor.connect(city, app, Relation.PAYS, amount=5000, period="yearly")
    editor.set_title("Night buses")
    editor.move({riders: (260.5, 45.3)})


def main(root: str) -> int:
    app = QApplication(sys.argv[:1])
    window = MainWindow()
    window.show()
    session = start_recovery(window, root=root, delay_ms=100)
    window.autosaver.written.connect(lambda _: print("ready", flush=True))
    QTimer.singleShot(0, lambda: edit(window))
    code = app.exec()
    session.store.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
