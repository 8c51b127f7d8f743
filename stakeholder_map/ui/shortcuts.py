"""Every command's keys, the same on Linux (X11 and Wayland), Windows and macOS.

A command names a standard key (the platform's own list, e.g. Ctrl+S) and keys it wants on
every platform. A platform's standard list may hold a key another command owns: under X11 the
standard *Delete* includes Ctrl+D (Duplicate here) and Qt would then run neither ("ambiguous
shortcut"), so such keys are left out of the standard list. Windows has no standard *Quit* and
X11 no Ctrl+Y for *Redo*: the keys added below make the menus, the README and the Guide true
everywhere. (On macOS Qt reads "Ctrl" as the Command key.)
"""

from __future__ import annotations

from typing import Callable, Iterable

from PySide6.QtGui import QKeySequence

Key = QKeySequence.StandardKey

#: objectName of the action -> its standard key and/or portable key texts, in menu order
SHORTCUTS: dict[str, tuple] = {
    "actionNew": (Key.New, "Ctrl+N"),
    "actionOpen": (Key.Open, "Ctrl+O"),
    "actionSave": (Key.Save, "Ctrl+S"),
    "actionSaveAs": (Key.SaveAs, "Ctrl+Shift+S"),
    "actionExport": ("Ctrl+E",),
    "actionPrint": (Key.Print, "Ctrl+P"),
    "actionClose": (Key.Close, "Ctrl+W"),
    "actionQuit": (Key.Quit, "Ctrl+Q"),
    "actionUndo": (Key.Undo, "Ctrl+Z"),
    "actionRedo": (Key.Redo, "Ctrl+Shift+Z", "Ctrl+Y"),
    "actionCut": (Key.Cut, "Ctrl+X"),
    "actionCopy": (Key.Copy, "Ctrl+C"),
    "actionCopyAsImage": ("Ctrl+Shift+C",),
    "actionPaste": (Key.Paste, "Ctrl+V"),
    "actionDuplicate": ("Ctrl+D",),
    "actionDelete": (Key.Delete, "Del", "Backspace"),
    "actionSelectAll": (Key.SelectAll, "Ctrl+A"),
    "actionRename": ("F2",),
    "actionFind": (Key.Find, "Ctrl+F"),
    "actionFindNext": (Key.FindNext, "F3"),
    "actionFindPrevious": (Key.FindPrevious, "Shift+F3"),
    "actionZoomIn": (Key.ZoomIn, "Ctrl++", "Ctrl+="),
    "actionZoomOut": (Key.ZoomOut, "Ctrl+-"),
    "actionZoom100": ("Ctrl+1",),
    "actionFitMap": ("Ctrl+0",),
    "actionArrange": ("Ctrl+Shift+L",),
    "actionPreferences": (Key.Preferences,),
    "actionGuide": (Key.HelpContents, "F1"),
}

Bindings = Callable[[QKeySequence.StandardKey], Iterable[str]]


def platform_bindings(key: QKeySequence.StandardKey) -> list[str]:
    """This platform's standard key sequences for ``key``, as portable text."""
    fmt = QKeySequence.SequenceFormat.PortableText
    return [seq.toString(fmt) for seq in QKeySequence.keyBindings(key)]


def resolve(bindings: Bindings = platform_bindings) -> dict[str, list[str]]:
    """Each command's key texts under ``bindings`` (one platform's standard keys), with the
    standard keys that another command asks for by name left out.

    >>> resolve(lambda key: ["Del", "Ctrl+D"] if key == Key.Delete else [])["actionDelete"]
    ['Del', 'Backspace']
    >>> resolve(lambda key: ["Ctrl+Shift+Z"] if key == Key.Redo else [])["actionRedo"]
    ['Ctrl+Shift+Z', 'Ctrl+Y']
    """
    named = {name: {k for k in keys if isinstance(k, str)} for name, keys in SHORTCUTS.items()}
    resolved: dict[str, list[str]] = {}
    for name, keys in SHORTCUTS.items():
        others = set().union(*(v for n, v in named.items() if n != name))
        # The named keys first: the menus show the first, and the Guide names these.
        texts = [k for k in keys if isinstance(k, str)]
        for key in keys:
            if not isinstance(key, str):
                texts.extend(t for t in bindings(key) if t and t not in others and t not in texts)
        resolved[name] = texts
    return resolved


def key_sequences(name: str) -> list[QKeySequence]:
    """The keys of the command ``name`` on this platform."""
    return [QKeySequence(t, QKeySequence.SequenceFormat.PortableText) for t in resolve()[name]]
