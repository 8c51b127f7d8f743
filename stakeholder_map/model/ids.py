"""Fresh ids: the one allocator every part of the program uses.

Ids look like ``company3`` or ``e12``: a prefix and a number. The allocator remembers, per
prefix, the number after the last one it handed out, so each new id costs constant time
(amortised: existing ids are stepped over once, not once per new id). Numbers are not reused
within a document's life, so an id freed by a delete and restored by undo never clashes.

>>> taken = {"company1", "company2"}
>>> ids = IdAllocator(taken.__contains__)
>>> ids.new_id("company"), ids.new_id("company"), ids.new_id("e")
('company3', 'company4', 'e1')
"""

from __future__ import annotations

from typing import Callable


class IdAllocator:
    """Hands out ``prefix + number`` ids for which ``taken(id)`` is False."""

    def __init__(self, taken: Callable[[str], bool]) -> None:
        self._taken = taken
        self._next: dict[str, int] = {}

    def new_id(self, prefix: str) -> str:
        number = self._next.get(prefix, 1)
        while self._taken(f"{prefix}{number}"):
            number += 1
        self._next[prefix] = number + 1
        return f"{prefix}{number}"
