"""The window's language: the one chosen in Preferences, else the system's; English by default.

At start-up :func:`install_language` (``render.language``: exports made without the window
install the same) loads the translators of the app's catalogues and of Qt's own, switches the
Qt-free parts to the same language and makes the language's locale the default. A language
chosen in Preferences applies at the next start.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QSettings

from stakeholder_map import texts
from stakeholder_map.render.language import install_language, locale_for

__all__ = ["LANGUAGE_KEY", "SYSTEM", "chosen_language", "install_language", "locale_for", "preferred"]

#: The QSettings key of the Preferences choice: ``"system"`` or a code of ``texts.LANGUAGES``.
LANGUAGE_KEY = "ui/language"
SYSTEM = "system"


def preferred(settings: QSettings) -> str:
    """The Preferences choice: ``"system"`` (the default) or a language code."""
    value = settings.value(LANGUAGE_KEY, SYSTEM, type=str)
    return value if value in texts.LANGUAGES else SYSTEM


def chosen_language(settings: QSettings, environ: Mapping[str, str] | None = None) -> str:
    """The language to show: the Preferences choice, else the one the environment asks for."""
    choice = preferred(settings)
    return choice if choice != SYSTEM else texts.system_language(environ)
