"""Fixtures for the robustness tests: a recovery store in a temporary folder, other instances."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from stakeholder_map.ui.recovery import RecoveryStore

ROOT = Path(__file__).resolve().parents[2]
INSTANCE = Path(__file__).with_name("instance.py")


@pytest.fixture
def recovery_root(tmp_path):
    return tmp_path / "recovery"


@pytest.fixture
def store(recovery_root):
    s = RecoveryStore(recovery_root)
    yield s
    s.close()


def _start(root: Path, mode: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, str(INSTANCE), str(root), mode],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )


@pytest.fixture
def crashed_instance():
    """Run another instance that writes a copy and ends without clean-up; its session name."""
    def run(root: Path, mode: str = "exit") -> str:
        proc = _start(root, mode)
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        return out.strip()
    return run


@pytest.fixture
def live_instance():
    """Start another instance that writes a copy and keeps running; (process, session)."""
    procs = []

    def run(root: Path):
        proc = _start(root, "wait")
        procs.append(proc)
        session = proc.stdout.readline().strip()
        assert session, proc.stderr.read()
        return proc, session

    yield run
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
