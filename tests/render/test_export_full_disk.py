"""Exports onto a full disk or over a read-only file: exit 2, one line, the old file unchanged."""

from __future__ import annotations

import os

import pytest

from stakeholder_map.render import ExportError, export_map
from tests.fileio.helpers import fill_up, tiny_disk
from tests.render.test_cli_export import map_file, run_cli  # noqa: F401 (fixture)

SUFFIXES = [".pdf", ".png", ".svg", ".json", ".graphml", ".gexf", ".xlsx", ".csv"]
OLD = b"the old export, to be kept byte for byte\n"


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_an_export_onto_a_full_disk_fails_in_one_line_and_keeps_the_old_file(map_file, suffix):
    with tiny_disk("32k") as disk:
        out = disk / f"m{suffix}"
        out.write_bytes(OLD)
        fill_up(disk)
        result = run_cli("export", str(map_file), "-o", str(out))
        assert result.returncode == 2, result.stdout + result.stderr
        lines = result.stderr.splitlines()
        assert lines == [f"error: cannot export to {out}: the disk is full"]
        assert out.read_bytes() == OLD
        assert sorted(os.listdir(disk)) == sorted(["filler", out.name])


@pytest.mark.parametrize("suffix", [".pdf", ".png", ".svg"])
def test_a_drawing_that_only_partly_fits_is_not_left_truncated(tmp_path, suffix):
    """The case that used to succeed: Qt's writers ignored the failed writes past the free space."""
    from stakeholder_map.resources import resource_path

    template = resource_path("templates", "family-toy.stakemap.json")
    with tiny_disk("64k") as disk:
        out = disk / f"m{suffix}"
        out.write_bytes(OLD)
        fill_up(disk, leave=12 * 1024)
        result = run_cli("export", str(template), "-o", str(out))
        assert result.returncode == 2, result.stdout + result.stderr
        assert result.stderr.splitlines() == [f"error: cannot export to {out}: the disk is full"]
        assert out.read_bytes() == OLD
        assert sorted(os.listdir(disk)) == sorted(["filler", out.name])


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_an_export_over_a_read_only_file_is_refused(map_file, tmp_path, suffix):
    out = tmp_path / f"m{suffix}"
    out.write_bytes(OLD)
    out.chmod(0o444)
    result = run_cli("export", str(map_file), "-o", str(out))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"error: cannot export to {out}: the file is read-only"]
    assert out.read_bytes() == OLD


def test_a_failing_writer_fails_every_format_in_process(map_file, tmp_path, monkeypatch):
    import errno

    from stakeholder_map.fileio import load_map

    the_map = load_map(map_file)

    def full(*args):
        raise OSError(errno.ENOSPC, "No space left on device")

    for suffix in SUFFIXES:
        out = tmp_path / f"m{suffix}"
        out.write_bytes(OLD)
        monkeypatch.setattr(os, "fsync", full)
        with pytest.raises(ExportError, match="the disk is full"):
            export_map(the_map, out)
        monkeypatch.undo()
        assert out.read_bytes() == OLD
    assert sorted(os.listdir(tmp_path)) == sorted(
        ["search.stakemap.json"] + [f"m{s}" for s in SUFFIXES])
