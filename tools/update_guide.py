"""Rewrite the guide's section on findings from the program's own texts (``FINDING_HELP``).

Run from the repository root after changing a finding's name, meaning or what to do:
``python tools/update_guide.py``. The tests fail while the guide and the texts disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from stakeholder_map.ui.help import with_findings_section  # noqa: E402

GUIDE = ROOT / "stakeholder_map" / "resources" / "help" / "guide.html"


def main() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    updated = with_findings_section(text)
    if updated != text:
        GUIDE.write_text(updated, encoding="utf-8")
        print(f"updated {GUIDE.relative_to(ROOT)}")
    else:
        print("the guide is up to date")


if __name__ == "__main__":
    main()
