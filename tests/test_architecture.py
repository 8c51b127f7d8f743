"""The layer boundaries of ARCHITECTURE.md hold (import-linter contracts in pyproject.toml)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_editing_layer_uses_no_widgets():
    # import-linter cannot forbid a submodule of an external package, so check it here.
    for path in (ROOT / "stakeholder_map" / "editing").glob("*.py"):
        assert "QtWidgets" not in path.read_text(encoding="utf-8"), path.name
