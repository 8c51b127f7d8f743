"""The language Qt speaks: the translators of the app's catalogues and of Qt's own, and the
language's locale. The window installs it at start-up (``ui.language`` says which language);
pictures drawn without the window (``stakeholder-map export`` and ``report``) install the
language the command line chose when they create their application (``render.qt_app``).

:func:`install_language` loads a ``QTranslator`` for each of the app's catalogues
(``resources/i18n/*_<language>.qm``) and Qt's own (``qtbase_<language>.qm``, the standard
buttons and dialogs), switches the Qt-free parts (:mod:`stakeholder_map.texts`) to the same
language, and makes the language's locale the default, so numbers, amounts and dates read as
people there write them.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from stakeholder_map import texts
from stakeholder_map.resources import ResourceNotFoundError, resource_path

_installed: list[QTranslator] = []


def locale_for(language: str) -> QLocale:
    """The system's locale when it speaks ``language`` (``de_AT`` keeps Austria's formats)
    or is the plain C locale under English, else the language's usual one (``de`` -> Germany,
    ``en`` -> the United States)."""
    asked = texts.asked_locale()  # the system's, when the machine lacks it (see texts)
    system = QLocale(asked) if asked else QLocale.system()
    wanted = QLocale(language)
    if system.language() == wanted.language():
        return system
    if language == texts.ENGLISH and system.language() == QLocale.Language.C:
        return system
    return wanted


def _catalogue_files(language: str) -> list[str]:
    """The app's ``.qm`` files for ``language`` and then Qt's own, those that exist."""
    found: list[str] = []
    try:
        folder = resource_path("i18n")
        found += [str(p) for p in sorted(folder.glob(f"*_{language}.qm"))]
    except ResourceNotFoundError:
        pass
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_file = os.path.join(qt_folder, f"qtbase_{language}.qm")
    if os.path.isfile(qt_file):
        found.append(qt_file)
    return found


def install_language(language: str) -> str:
    """Show ``language`` from now on (windows made later use it); returns the language used.

    Replaces the translators an earlier call installed; English installs none.
    """
    app = QCoreApplication.instance()
    language = language if language in texts.LANGUAGES else texts.ENGLISH
    while _installed:
        app.removeTranslator(_installed.pop())
    if language != texts.ENGLISH:
        for path in _catalogue_files(language):
            translator = QTranslator(app)
            if translator.load(path):
                app.installTranslator(translator)
                _installed.append(translator)
    texts.set_language(language)
    QLocale.setDefault(locale_for(language))
    return language
