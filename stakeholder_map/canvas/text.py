"""Fonts and text layout for names and labels: wrapped to a width, elided, never overflowing.

Fonts are sized in pixels, so text has the same size in scene units on every screen and in
every export. They are made on first use (a QApplication must exist by then).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF


SHOWN_CHARACTERS = 500  # more than two lines of any name can hold; the rest is elided
# Qt's text editors lay out the whole text (about 1 s per million characters): a longer
# name is shown cut and read-only in the panel, and not renamed in place.
EDITABLE_CHARACTERS = 100_000


def clip(text: str, limit: int = SHOWN_CHARACTERS) -> str:
    """``text`` cut to ``limit`` characters with "…" when longer: what a label can show.

    Measuring or wrapping a 10 MB name takes seconds; the full text stays in the map.

    >>> clip("Advertisers", 5)
    'Adve…'
    """
    return text if len(text) <= limit else text[: limit - 1] + "…"


@lru_cache(maxsize=None)
def font(role: str) -> QFont:
    """The font for ``name`` (under a node), ``inside`` (in a node), ``badge``, ``edge``, ``legend``,
    ``legend_title`` or ``hint``."""
    size, weight = {
        "name": (13, QFont.Weight.Medium),
        "inside": (13, QFont.Weight.DemiBold),
        "badge": (10, QFont.Weight.DemiBold),
        "edge": (11, QFont.Weight.DemiBold),
        "legend": (11, QFont.Weight.Normal),
        "legend_title": (11, QFont.Weight.Bold),
        "hint": (14, QFont.Weight.Normal),
    }[role]
    f = QFont()
    f.setPixelSize(size)
    f.setWeight(weight)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)  # same shapes at every zoom
    return without_ligatures(f)


def without_ligatures(f: QFont) -> QFont:
    """``f`` drawing "fi" and "ffl" letter by letter: a PDF's text then reads back (and is
    found by search) as typed, not as the ligature characters."""
    f.setFeature(QFont.Tag("liga"), 0)
    return f


@lru_cache(maxsize=None)
def metrics(role: str) -> QFontMetricsF:
    return QFontMetricsF(font(role))


def wrap(text: str, role: str, width: float, max_lines: int = 2) -> list[str]:
    """Break ``text`` into at most ``max_lines`` lines no wider than ``width``; elide the last."""
    fm = metrics(role)
    single = " ".join(clip(text).split())
    if not single:
        return []
    single_width = fm.horizontalAdvance(single)
    if single_width <= width:  # the common case: one measurement
        _remember_width(single, role, single_width)
        return [single]
    words = single.split(" ")
    lines: list[str] = []
    current = ""
    i = 0
    while i < len(words):
        word = words[i]
        candidate = f"{current} {word}" if current else word
        if fm.horizontalAdvance(candidate) <= width:
            current = candidate
            i += 1
            continue
        if not current:  # one word wider than the line: cut it
            current = fm.elidedText(word, Qt.TextElideMode.ElideRight, width)
            i += 1
        lines.append(current)
        current = ""
        if len(lines) == max_lines:
            break
    if len(lines) < max_lines and current:
        lines.append(current)
    elif i < len(words) or current:
        rest = " ".join([lines[-1]] + ([current] if current else []) + words[i:])
        lines[-1] = fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    return lines


_WIDTHS: dict[tuple[str, str], float] = {}  # the last texts measured (a node's name: twice)


def _remember_width(text: str, role: str, width: float) -> None:
    if len(_WIDTHS) > 2000:
        _WIDTHS.clear()
    _WIDTHS[(text, role)] = width


def text_width(text: str, role: str) -> float:
    width = _WIDTHS.get((text, role))
    if width is None:
        width = metrics(role).horizontalAdvance(text)
        _remember_width(text, role, width)
    return width


def line_height(role: str) -> float:
    return metrics(role).height()
