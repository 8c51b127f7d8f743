"""The user's language for the parts that run without Qt (analysis, files, command line).

The window translates through Qt (``QCoreApplication.translate`` and ``QTranslator``); the
analysis sentences, file messages and the command line translate through :func:`translate`
here, which needs no Qt so that ``stakeholder-map analyze`` stays light. Both read the same
catalogues: the Qt Linguist sources ``resources/i18n/*_<language>.ts`` (this module parses
them with the standard library; the window loads the ``.qm`` files built from them).

Source texts are English and are the fallback. ``pyside6-lupdate`` finds calls written as
``translate("Context", "text")`` and ``QT_TRANSLATE_NOOP("Context", "text")`` in any module.

>>> set_language("en")
>>> translate("Kinds", "Product")
'Product'
>>> system_language({"LANGUAGE": "fr:de", "LANG": "en_US.UTF-8"})
'de'
>>> system_language({"LC_ALL": "C"})
'en'

Numbers and dates in Qt-free text follow the language too (the window formats with
``QLocale``); how a language writes them is part of its catalogue ("Numbers", "Dates"):

>>> from datetime import date
>>> format_number(1234.5, 2), format_number(1200), format_date(date(2026, 12, 1))
('1,234.50', '1,200', '1 December 2026')
"""

from __future__ import annotations

import os
from collections.abc import Mapping, MutableMapping
from functools import cache
from typing import TYPE_CHECKING

from stakeholder_map.resources import ResourceNotFoundError, resources_root

if TYPE_CHECKING:
    from datetime import date
    from decimal import Decimal

ENGLISH = "en"
#: Languages with a catalogue, English first (the source language).
LANGUAGES = ("en", "de")
#: What each language is called in itself, for the Preferences list.
NATIVE_NAMES = {"en": "English", "de": "Deutsch"}

_current = ENGLISH


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - Qt's name, lupdate looks for it
    """Mark *text* for the catalogue where it is defined; translate it where it is shown."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """*text* in the current language, or *text* itself where the catalogue has none."""
    if _current == ENGLISH:
        return text
    return _catalogue(_current).get((context, text, disambiguation or ""), text)


def set_language(code: str) -> None:
    """Use *code* (one of :data:`LANGUAGES`) from now on; anything else means English."""
    global _current
    _current = code if code in LANGUAGES else ENGLISH


def language() -> str:
    """The language in use, for example ``"de"``."""
    return _current


_MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "January"), QT_TRANSLATE_NOOP("Dates", "February"),
    QT_TRANSLATE_NOOP("Dates", "March"), QT_TRANSLATE_NOOP("Dates", "April"),
    QT_TRANSLATE_NOOP("Dates", "May"), QT_TRANSLATE_NOOP("Dates", "June"),
    QT_TRANSLATE_NOOP("Dates", "July"), QT_TRANSLATE_NOOP("Dates", "August"),
    QT_TRANSLATE_NOOP("Dates", "September"), QT_TRANSLATE_NOOP("Dates", "October"),
    QT_TRANSLATE_NOOP("Dates", "November"), QT_TRANSLATE_NOOP("Dates", "December"),
)


def format_number(value: int | float | Decimal, places: int = 0) -> str:
    """``value`` with ``places`` decimals and thousands grouped as the language writes them:
    ``1,234.50`` in English, ``1.234,50`` in German."""
    text = f"{value:,.{places}f}"
    point = translate("Numbers", ".", "decimal point")
    group = translate("Numbers", ",", "thousands separator")
    return text.translate(str.maketrans({",": group, ".": point}))


def format_date(day: date) -> str:
    """A day in words, never mistaken for another: ``1 December 2026``, ``1. Dezember 2026``."""
    month = translate("Dates", _MONTHS[day.month - 1])
    return translate("Dates", "{day} {month} {year}").format(day=day.day, month=month, year=day.year)


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The first supported language the environment asks for, as gettext reads it.

    ``LANGUAGE`` is a colon-separated list of preferences and wins unless the locale is
    exactly ``C`` or ``POSIX`` (as GNU gettext has it: ``C.UTF-8`` does not silence it); then
    ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``, the first one set.

    >>> system_language({"LANGUAGE": "de", "LANG": "C.UTF-8"}), system_language({"LANG": "C.UTF-8"})
    ('de', 'en')
    >>> system_language({"LANGUAGE": "de", "LC_ALL": "POSIX"}), system_language({"LC_ALL": "de_AT.UTF-8"})
    ('en', 'de')
    """
    env = os.environ if environ is None else environ
    locale_name = next((env[k] for k in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(k)), "")
    if locale_name in ("C", "POSIX"):
        return ENGLISH
    wanted = [part for part in env.get("LANGUAGE", "").split(":") if part] + [locale_name]
    for name in wanted:
        code = name.split(".")[0].split("@")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH


def settle_locale_environment(environ: MutableMapping[str, str] | None = None) -> None:
    """Keep the language of an ``LC_ALL`` this system has no locale for, without Qt's warning.

    Qt needs a UTF-8 C-library locale; given ``LC_ALL=de_DE.UTF-8`` on a machine without that
    locale it falls back to ``C.UTF-8`` and prints four lines about it on every start (Python
    does the same fallback for ``LANG`` silently, PEP 538, but leaves ``LC_ALL`` alone). So do
    what Qt would, quietly, and keep the language the name asked for in ``LANGUAGE``, where both
    :func:`system_language` and Qt read it.

    >>> env = {"LC_ALL": "xx_YY.UTF-8", "LANG": "C.UTF-8"}
    >>> settle_locale_environment(env); env == {"LC_ALL": "C.UTF-8", "LANGUAGE": "xx_YY", "LANG": "C.UTF-8"}
    True
    """
    import locale

    env = os.environ if environ is None else environ
    name = env.get("LC_ALL", "")
    if not name or name in ("C", "POSIX") or _locale_exists(locale, name):
        return
    asked = name.split(".")[0].split("@")[0]  # "de_AT" of "de_AT.UTF-8@euro"
    if not env.get("LANGUAGE"):
        env["LANGUAGE"] = asked
    env["LC_ALL"] = "C.UTF-8"
    if environ is None:
        global _ASKED_LOCALE
        _ASKED_LOCALE = asked


_ASKED_LOCALE: str | None = None  # the LC_ALL replaced above (its territory: paper, units)


def asked_locale() -> str | None:
    """The locale ``LC_ALL`` named before :func:`settle_locale_environment` replaced it
    (``"en_US"``), or None when it was kept: Qt's system locale then says ``C``."""
    return _ASKED_LOCALE


def _locale_exists(locale, name: str) -> bool:
    """Whether the C library has ``name`` (tried on LC_CTYPE, then put back)."""
    current = locale.setlocale(locale.LC_CTYPE)
    try:
        locale.setlocale(locale.LC_CTYPE, name)
    except locale.Error:
        return False
    locale.setlocale(locale.LC_CTYPE, current)
    return True


@cache
def _catalogue(code: str) -> dict[tuple[str, str, str], str]:
    """Every finished translation of *code*'s ``.ts`` files, keyed by context, source, comment."""
    import xml.etree.ElementTree as ElementTree  # only when a language other than English is used

    table: dict[tuple[str, str, str], str] = {}
    try:
        folder = resources_root() / "i18n"
    except ResourceNotFoundError:
        return table
    if not folder.is_dir():
        return table
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(f"_{code}.ts"):
            continue
        root = ElementTree.fromstring(entry.read_bytes())
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                    continue
                if translation.text:
                    key = (name, message.findtext("source", ""), message.findtext("comment", ""))
                    table[key] = translation.text
    return table
