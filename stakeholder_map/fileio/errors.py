"""The two errors of the file layer: a file that cannot be read, a map that cannot be saved.

Both read as one plain line, fit for a dialog or the command line's ``error: ...``.

>>> str(MapFileError("map.json", "$.nodes[3].kind", "unknown kind 'boss'"))
"map.json: $.nodes[3].kind: unknown kind 'boss'"
>>> str(MapSaveError("map.json", "the disk is full"))
'Could not save map.json: the disk is full'
"""

from __future__ import annotations

import re

from stakeholder_map.texts import translate

_LINE_BREAKS = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]")


def one_line(text: str) -> str:
    """The text with line breaks and other control characters shown as escapes."""
    return _LINE_BREAKS.sub(lambda m: repr(m.group())[1:-1], text)


def show(value: object, limit: int = 40) -> str:
    """A short quoted form of a value from a file, for messages (long texts are cut)."""
    text = repr(value)
    if len(text) > limit:
        text = text[: limit - 4] + "...'" if isinstance(value, str) else text[: limit - 3] + "..."
    return one_line(text)


class MapFileError(ValueError):
    """A map file was refused. ``source`` is the file, ``where`` the id or JSON path.

    ``str(error)`` is one line: ``<source>: <where>: <what is wrong>``.
    """

    def __init__(self, source: str, where: str | None, problem: str) -> None:
        self.source = source
        self.where = where
        self.problem = problem
        parts = [p for p in (source, where, problem) if p]
        super().__init__(one_line(": ".join(parts)))


class MapSaveError(OSError):
    """A map could not be saved; the previous file (if any) is untouched.

    ``str(error)`` is one line: ``Could not save <name>: <reason>``.
    """

    def __init__(self, name: str, reason: str, *, read_only: bool = False) -> None:
        self.name = name
        self.reason = reason
        self.read_only = read_only  # the file is marked read-only: saving again may be asked for
        super().__init__(one_line(translate("Files", "Could not save {name}: {reason}").format(name=name, reason=reason)))

    def __str__(self) -> str:
        return self.args[0]
