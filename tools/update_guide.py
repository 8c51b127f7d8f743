"""Rewrite the guides' sections on findings from the program's own texts (``FINDING_HELP``).

Each guide (``guide.html`` in English, ``guide_<language>.html`` in another language) gets
the texts in its own language.

Run from the repository root after changing a finding's name, meaning or what to do:
``python tools/update_guide.py``. The tests fail while the guide and the texts disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from stakeholder_map.ui.help import with_findings_section  # noqa: E402

HELP = ROOT / "stakeholder_map" / "resources" / "help"
GUIDE = HELP / "guide.html"


def guides() -> dict[str, Path]:
    """Every guide by its language: ``guide.html`` is English, ``guide_de.html`` German."""
    found = {"en": GUIDE}
    for path in sorted(HELP.glob("guide_*.html")):
        found[path.stem.removeprefix("guide_")] = path
    return found


def main() -> None:
    for language, guide in guides().items():
        text = guide.read_text(encoding="utf-8")
        updated = with_findings_section(text, language)
        if updated != text:
            guide.write_text(updated, encoding="utf-8")
            print(f"updated {guide.relative_to(ROOT)}")
        else:
            print(f"{guide.relative_to(ROOT)} is up to date")


if __name__ == "__main__":
    main()
