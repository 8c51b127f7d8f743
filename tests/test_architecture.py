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


def test_nothing_read_from_a_file_can_run_code():
    # Maps, recovery copies, clipboard fragments and spreadsheets are parsed as data only:
    # no eval/exec, no pickle or marshal, no YAML object loading, no shell.
    import re

    banned = re.compile(r"(?<![\w.])(eval|exec)\(|\bpickle\b|\bmarshal\b|yaml\.load|shell=True|os\.system")
    offenders = []
    for path in (ROOT / "stakeholder_map").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            if banned.search(code):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []


def test_only_the_heap_module_touches_the_garbage_collector():
    import re

    calls = re.compile(r"\bgc\.|import gc\b")
    users = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "stakeholder_map").rglob("*.py")
                   if calls.search(p.read_text(encoding="utf-8")))
    assert users == ["stakeholder_map/heap.py"]


def test_overlapping_pauses_of_the_collector_resume_it_once_all_end():
    import gc
    import threading

    from stakeholder_map import heap

    inside, release = threading.Event(), threading.Event()

    def worker():
        with heap.paused():
            inside.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    with heap.paused():
        thread.start()
        inside.wait(5)
    assert not gc.isenabled()  # the worker's pause still holds
    release.set()
    thread.join(5)
    assert gc.isenabled()


def test_nothing_attaches_state_to_the_window_or_probes_it_by_name():
    # The window declares its collaborators; the canvas imports the analysis type.
    import re

    probe = re.compile(r"\b(setattr|getattr)\((window|self\._window|target|app|analysis|self\.analysis)\b")
    offenders = []
    for path in (ROOT / "stakeholder_map").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if probe.search(line.split("#", 1)[0]):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []
