"""The diff and merge commands as a user runs them: exit codes, output, files left intact."""

from __future__ import annotations

import json

from tests.compare.maps import base_doc, node, write

from .helpers import assert_one_line_error, cli


def test_diff_exits_0_for_the_same_map_written_differently(tmp_path):
    old = write(tmp_path / "old.stakemap.json", base_doc())
    new = tmp_path / "new.stakemap.json"
    new.write_text(json.dumps(base_doc(), separators=(",", ":"), sort_keys=True), encoding="utf-8")
    result = cli("diff", old, new)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "The maps are the same."


def test_diff_exits_1_and_says_what_changed(tmp_path):
    doc = base_doc()
    node(doc, "people")["name"] = "Users"
    old, new = write(tmp_path / "a.json", base_doc()), write(tmp_path / "b.json", doc)
    result = cli("diff", old, new)
    assert result.returncode == 1
    assert 'Changed node "Users" (people): name "Searchers" → "Users".' in result.stdout
    result = cli("diff", old, new, "--format", "json")
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert report["equal"] is False
    assert report["nodes"] == [{"id": "people", "status": "changed",
                                "fields": [{"field": "name", "old": "Searchers", "new": "Users"}]}]


def test_diff_exits_2_with_one_line_on_an_unreadable_file(tmp_path):
    good = write(tmp_path / "a.json", base_doc())
    bad = tmp_path / "b.json"
    bad.write_text("{not json", encoding="utf-8")
    assert_one_line_error(cli("diff", good, bad), "b.json")
    assert_one_line_error(cli("diff", good, tmp_path / "missing.json"), "missing.json")
    assert_one_line_error(cli("diff", good), "two maps")


def test_merge_writes_both_sides_and_exits_0(tmp_path):
    ours, theirs = base_doc(), base_doc()
    node(ours, "people")["name"] = "Users"
    node(theirs, "ads")["notes"] = "pays per click"
    paths = [write(tmp_path / f"{n}.json", d) for n, d in (("base", base_doc()), ("ours", ours), ("theirs", theirs))]
    out = tmp_path / "out.stakemap.json"
    result = cli("merge", *paths, "-o", out)
    assert result.returncode == 0, result.stderr
    merged = json.loads(out.read_text(encoding="utf-8"))
    assert node(merged, "people")["name"] == "Users" and node(merged, "ads")["notes"] == "pays per click"


def test_merge_conflicts_are_one_line_each_and_exit_1(tmp_path):
    ours, theirs = base_doc(), base_doc()
    node(ours, "people")["name"] = "Users"
    node(theirs, "people")["name"] = "People"
    node(ours, "ads")["headcount"] = 3
    node(theirs, "ads")["headcount"] = 4
    paths = [write(tmp_path / f"{n}.json", d) for n, d in (("base", base_doc()), ("ours", ours), ("theirs", theirs))]
    out = tmp_path / "out.json"
    result = cli("merge", *paths, "-o", out)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    assert any("people" in line and '"Users"' in line and '"People"' in line for line in lines)
    assert any("ads" in line and "3" in line and "4" in line for line in lines)
    assert cli("analyze", out).returncode == 0  # OUT loads
    merged = json.loads(out.read_text(encoding="utf-8"))
    assert node(merged, "people")["name"] == "Users"
    assert len(merged["merge_conflicts"]) == 2


def test_merge_of_an_unreadable_file_exits_2_and_leaves_out_alone(tmp_path):
    base = write(tmp_path / "base.json", base_doc())
    broken = tmp_path / "theirs.json"
    broken.write_text('{"format": "stakeholder-map"', encoding="utf-8")
    out = write(tmp_path / "out.json", base_doc())
    before = out.read_bytes()
    assert_one_line_error(cli("merge", base, base, broken, "-o", out), "theirs.json")
    assert out.read_bytes() == before


def test_merge_with_an_empty_base_merges_two_additions(tmp_path):
    empty = tmp_path / "empty"
    empty.write_bytes(b"")
    ours = write(tmp_path / "ours.json", base_doc())
    out = tmp_path / "out.json"
    result = cli("merge", empty, ours, ours, "-o", out)
    assert result.returncode == 0, result.stderr
    assert cli("diff", ours, out).returncode == 0
    empty.write_bytes(b"\n")  # a blank line is no map either
    assert cli("merge", empty, ours, ours, "-o", out).returncode == 0


def test_merge_reports_a_folder_it_cannot_write(tmp_path):
    base = write(tmp_path / "base.json", base_doc())
    assert_one_line_error(cli("merge", base, base, base, "-o", tmp_path / "no" / "out.json"), "out.json")


def test_git_setup_outside_a_repository_is_refused(tmp_path):
    assert_one_line_error(cli("git-setup", tmp_path), "not in a git repository")


def test_textconv_prints_one_fact_a_line_and_shows_a_broken_file_as_it_is(tmp_path):
    good = write(tmp_path / "a.json", base_doc())
    result = cli("diff", "--textconv", good)
    assert result.returncode == 0
    assert 'node people: headcount 1000' in result.stdout.splitlines()
    broken = tmp_path / "b.json"
    broken.write_text("<<<<<<< HEAD\n{}", encoding="utf-8")
    result = cli("diff", "--textconv", broken)
    assert result.returncode == 0
    assert result.stdout.splitlines()[1] == "<<<<<<< HEAD"
    assert_one_line_error(cli("diff", "--textconv", good, good), "one map")


def test_diff_and_merge_never_load_qt(tmp_path):
    import subprocess
    import sys

    from .helpers import ROOT

    a = write(tmp_path / "a.json", base_doc())
    code = ("import sys; from stakeholder_map.cli import main; "
            f"main(['diff', {str(a)!r}, {str(a)!r}]); "
            f"main(['merge', {str(a)!r}, {str(a)!r}, {str(a)!r}, '-o', {str(tmp_path / 'o.json')!r}]); "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"
