"""Small builders for file tests."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest

SPEC_EXAMPLE = """{
  "format": "stakeholder-map",
  "version": 1,
  "title": "Search advertising",
  "nodes": [
    {"id": "search", "kind": "product", "name": "Web search", "x": 0, "y": 0},
    {"id": "ads", "kind": "company", "name": "Advertisers", "notes": "pay per click"},
    {"id": "people", "kind": "end_user", "name": "Searchers", "headcount": 1000000}
  ],
  "edges": [
    {"id": "e1", "source": "ads", "target": "search", "relation": "pays",
     "amount": 1200, "period": "monthly", "agreement": "contract"},
    {"id": "e2", "source": "people", "target": "search", "relation": "uses"}
  ]
}
"""


def document(**top: Any) -> dict[str, Any]:
    """A valid document with a product ``p`` and a user ``u`` who uses it; ``top`` overrides."""
    doc: dict[str, Any] = {
        "format": "stakeholder-map",
        "version": 1,
        "nodes": [
            {"id": "p", "kind": "product", "name": "P", "x": 0, "y": 0},
            {"id": "u", "kind": "end_user", "name": "U", "x": 300, "y": 0},
        ],
        "edges": [{"id": "e", "source": "u", "target": "p", "relation": "uses"}],
    }
    doc.update(top)
    return doc


def with_node(**fields: Any) -> str:
    """The document with the second node's fields changed (``None`` removes a field)."""
    doc = document()
    node = {**doc["nodes"][1], **fields}
    doc["nodes"][1] = {k: v for k, v in node.items() if v is not None}
    return json.dumps(doc)


def with_edge(**fields: Any) -> str:
    """The document with the edge's fields changed (``None`` removes a field)."""
    doc = document()
    edge = {**doc["edges"][0], **fields}
    doc["edges"][0] = {k: v for k, v in edge.items() if v is not None}
    return json.dumps(doc)


@contextlib.contextmanager
def tiny_disk(size: str = "64k", *, full: bool = False):
    """A real small file system (tmpfs), filled up with ``full``; skips where mounting is not permitted."""
    folder = Path(tempfile.mkdtemp())
    if shutil.which("mount") is None:
        folder.rmdir()
        pytest.skip("no mount command")
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0777", "tmpfs", str(folder)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        folder.rmdir()
        pytest.skip(f"cannot mount a small file system here: {result.stderr.strip() or 'not permitted'}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)
        folder.rmdir()


def fill_up(folder: Path, leave: int = 0) -> None:
    """Take every free byte of the file system holding ``folder`` but ``leave``."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        if leave:
            os.ftruncate(fd, max(0, os.fstat(fd).st_size - leave))
        os.close(fd)


def saved_positions(m):
    """A copy of the map as it comes back from a file: positions rounded to 0.1."""
    from stakeholder_map.fileio.writer import rounded_position

    copy = m.copy()
    copy.move_nodes({i: (rounded_position(n.x), rounded_position(n.y))
                     for i, n in m.nodes.items() if n.position is not None})
    return copy
