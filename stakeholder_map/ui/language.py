"""The window's language: the one chosen in Preferences, else the system's; English by default.

At start-up :func:`install_language` loads a ``QTranslator`` for each of the app's catalogues
(``resources/i18n/*_<language>.qm``) and Qt's own (``qtbase_<language>.qm``, the standard
buttons and dialogs), switches the Qt-free parts (:mod:`stakeholder_map.texts`) to the same
language, and makes the language's locale the default, so numbers, amounts and dates read as
people there write them. A language chosen in Preferences applies at the next start.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from stakeholder_map import texts
from stakeholder_map.resources import ResourceNotFoundError, resource_path

#: The QSettings key of the Preferences choice: ``"system"`` or a code of ``texts.LANGUAGES``.
LANGUAGE_KEY = "ui/language"
SYSTEM = "system"

_installed: list[QTranslator] = []


def preferred(settings: QSettings) -> str:
    """The Preferences choice: ``"system"`` (the default) or a language code."""
    value = settings.value(LANGUAGE_KEY, SYSTEM, type=str)
    return value if value in texts.LANGUAGES else SYSTEM


def chosen_language(settings: QSettings, environ: Mapping[str, str] | None = None) -> str:
    """The language to show: the Preferences choice, else the one the environment asks for."""
    choice = preferred(settings)
    return choice if choice != SYSTEM else texts.system_language(environ)


def locale_for(language: str) -> QLocale:
    """The system's locale when it speaks ``language`` (``de_AT`` keeps Austria's formats)
    or is the plain C locale under English, else the language's usual one (``de`` -> Germany,
    ``en`` -> the United States)."""
    system = QLocale.system()
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
