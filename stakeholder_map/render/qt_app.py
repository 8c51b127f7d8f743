"""A QApplication for exports, created on demand so the command line needs no window, and
speaking the language the command line chose (``stakeholder_map.texts.language()``)."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from stakeholder_map.render.errors import ExportError

_app: QApplication | None = None  # kept alive for the life of the process
_translators: list[QTranslator] = []  # installed by use_language (the application does not own them)


def ensure_application() -> None:
    """Create a ``QApplication`` when none exists (QGraphicsScene needs one), in the language
    chosen for the Qt-free parts (see :func:`use_language`).

    Without a display (no ``DISPLAY``/``WAYLAND_DISPLAY``) and no platform chosen by the
    user, Qt would abort trying to reach a screen, so the offscreen platform is used.
    Raises ``ExportError`` when the program already runs a ``QGuiApplication``, which cannot
    hold a scene.
    """
    global _app
    existing = QApplication.instance()
    if existing is not None:
        if not isinstance(existing, QApplication):
            raise ExportError(QCoreApplication.translate(
                "Export", "drawing an export needs a QApplication, but this program started a {kind}"
            ).format(kind=type(existing).__name__))
        return
    env = os.environ
    if not env.get("QT_QPA_PLATFORM") and not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    _app = QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "stakeholder-map"])
    from stakeholder_map.texts import language

    use_language(language())


def use_language(code: str) -> None:
    """Speak ``code`` (``"de"``...) in everything Qt translates from now on, as the window does
    at start-up: a translator for each of the program's catalogues in that language
    (``resources/i18n/*_<code>.qm``) and for Qt's own (``qtbase_<code>.qm``), and the
    language's locale as the default, so numbers read as people there write them (the
    system's locale when it speaks the language, or is the bare C locale under English).
    English, the source language, installs no translator and removes earlier ones.
    """
    from stakeholder_map.resources import ResourceNotFoundError, resources_root
    from stakeholder_map.texts import ENGLISH, LANGUAGES

    code = code if code in LANGUAGES else ENGLISH
    app = QCoreApplication.instance()
    while _translators:
        QCoreApplication.removeTranslator(_translators.pop())
    system, wanted = QLocale.system(), QLocale(code)
    same = system.language() == wanted.language()
    QLocale.setDefault(system if same or (code == ENGLISH and system.language() == QLocale.Language.C)
                       else wanted)
    if code == ENGLISH:
        return
    files: list[str] = []
    try:
        folder = resources_root() / "i18n"
        files = [str(p) for p in sorted(folder.glob(f"*_{code}.qm"))] if folder.is_dir() else []
    except ResourceNotFoundError:
        pass
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in [*files, os.path.join(qt_folder, f"qtbase_{code}.qm")]:
        translator = QTranslator(app)
        if translator.load(path):
            QCoreApplication.installTranslator(translator)
            _translators.append(translator)
