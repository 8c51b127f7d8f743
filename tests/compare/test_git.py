"""Maps in real git repositories: the merge driver and the diff driver set up by git-setup."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import ROOT, cli

from .maps import base_doc, edge, node, write


MAP = "accounts.stakemap.json"


class Repo:
    def __init__(self, path: Path) -> None:
        self.path = path
        home = path.parent / "home"
        home.mkdir(exist_ok=True)
        # git runs the driver: it must find this checkout's program, and no user settings.
        self.env = {**os.environ, "PYTHONPATH": str(ROOT), "HOME": str(home), "GIT_CONFIG_NOSYSTEM": "1",
                    "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
        self.git("init", "-q", "-b", "main")
        self.git("config", "user.name", "Ann Example")
        self.git("config", "user.email", "ann@example.com")

    def git(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        done = subprocess.run(["git", *args], cwd=self.path, capture_output=True, text=True,
                              env=self.env, timeout=120)
        if check:
            assert done.returncode == 0, done.stdout + done.stderr
        return done

    def commit(self, doc: dict, message: str) -> None:
        write(self.path / MAP, doc)
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)

    def read(self) -> dict:
        return json.loads((self.path / MAP).read_text(encoding="utf-8"))


@pytest.fixture
def repo(tmp_path) -> Repo:
    folder = tmp_path / "maps"
    folder.mkdir()
    repo = Repo(folder)
    command = f"{shlex.quote(sys.executable)} -m stakeholder_map"
    setup = cli("git-setup", folder, "--command", command)
    assert setup.returncode == 0, setup.stderr
    assert "*.stakemap.json merge=stakemap diff=stakemap" in (folder / ".gitattributes").read_text()
    repo.commit(base_doc(), "The map as the team drew it")
    return repo


def test_git_setup_is_idempotent(repo):
    again = cli("git-setup", repo.path, "--command", "stakeholder-map")
    assert again.returncode == 0, again.stderr
    lines = (repo.path / ".gitattributes").read_text().splitlines()
    assert lines.count("*.stakemap.json merge=stakemap diff=stakemap") == 1
    assert repo.git("config", "merge.stakemap.driver").stdout.strip() == "stakeholder-map merge %O %A %B -o %A"


def test_a_branch_merge_combines_both_sides_through_the_driver(repo):
    repo.git("checkout", "-q", "-b", "theirs")
    doc = base_doc()
    node(doc, "ads")["notes"] = "renewal in May"
    doc["nodes"].append({"id": "company3", "kind": "company", "name": "Globex", "x": 400, "y": 0})
    doc["edges"].append({"id": "e3", "source": "company3", "target": "search", "relation": "pays"})
    repo.commit(doc, "Globex pays too")
    repo.git("checkout", "-q", "main")
    doc = base_doc()
    node(doc, "people")["name"] = "Users"
    node(doc, "search")["x"] = 40
    doc["nodes"].append({"id": "company3", "kind": "company", "name": "Acme", "x": 400, "y": 100})
    repo.commit(doc, "Acme, and searchers are users")
    done = repo.git("merge", "-q", "--no-edit", "theirs")
    merged = repo.read()
    assert node(merged, "people")["name"] == "Users"
    assert node(merged, "ads")["notes"] == "renewal in May"
    assert node(merged, "search")["x"] == 40
    names = {n["id"]: n["name"] for n in merged["nodes"]}
    assert names["company3"] == "Acme" and names["company4"] == "Globex"
    assert edge(merged, "e3")["source"] == "company4"
    assert "merge_conflicts" not in merged
    assert cli("analyze", repo.path / MAP).returncode == 0, done.stdout


def test_a_conflict_keeps_ours_records_it_and_still_loads(repo):
    repo.git("checkout", "-q", "-b", "theirs")
    doc = base_doc()
    edge(doc, "e1")["amount"] = 2000
    repo.commit(doc, "Advertisers pay 2000")
    repo.git("checkout", "-q", "main")
    doc = base_doc()
    edge(doc, "e1")["amount"] = 1500
    repo.commit(doc, "Advertisers pay 1500")
    done = repo.git("merge", "--no-edit", "theirs", check=False)
    assert done.returncode != 0
    assert "edge e1" in done.stdout + done.stderr and "1500" in done.stdout + done.stderr
    merged = repo.read()
    assert edge(merged, "e1")["amount"] == 1500
    [conflict] = merged["merge_conflicts"]
    assert (conflict["ours"], conflict["theirs"]) == (1500, 2000)
    assert cli("analyze", repo.path / MAP).returncode == 0
    assert "<<<<<<<" not in (repo.path / MAP).read_text(encoding="utf-8")


def test_git_diff_and_log_show_map_changes_in_words(repo):
    doc = base_doc()
    node(doc, "people")["name"] = "Users"
    write(repo.path / MAP, doc)
    diff = repo.git("diff").stdout
    assert '-node people: "Searchers", end user' in diff
    assert '+node people: "Users", end user' in diff
    repo.git("commit", "-q", "-am", "Searchers are users")
    log = repo.git("log", "-p", "-1").stdout
    assert '+node people: "Users", end user' in log
    assert '+role: "Users" is a user' in log


def test_git_diff_can_run_the_diff_command_itself(repo):
    command = f"{shlex.quote(sys.executable)} -m stakeholder_map diff"
    repo.git("config", "diff.stakemap.command", command)
    doc = base_doc()
    node(doc, "people")["name"] = "Users"
    node(doc, "search")["x"] = 25
    write(repo.path / MAP, doc)
    shown = repo.git("diff").stdout
    assert f"Changes to the map {MAP}:" in shown
    assert 'Changed node "Users" (people): name "Searchers" → "Users".' in shown
    assert 'Moved node "Web search" (search) from (0, 0) to (25, 0).' in shown
    (repo.path / "new.stakemap.json").write_text((repo.path / MAP).read_text(encoding="utf-8"), encoding="utf-8")
    repo.git("add", "-A")
    shown = repo.git("diff", "--cached").stdout
    assert 'Added node "Users" (people, end user).' in shown  # a new file compares with nothing


def test_git_setup_without_the_command_on_the_path_runs_this_python(tmp_path):
    folder = tmp_path / "plain"
    folder.mkdir()
    repo = Repo(folder)
    env = {**repo.env, "PATH": os.pathsep.join(p for p in ("/usr/bin", "/bin") if Path(p).is_dir())}
    done = subprocess.run([sys.executable, "-m", "stakeholder_map", "git-setup", str(folder)], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    driver = repo.git("config", "merge.stakemap.driver").stdout.strip()
    assert driver == f"{shlex.quote(sys.executable)} -m stakeholder_map merge %O %A %B -o %A"


def test_the_readme_recipe_sets_up_a_repository(tmp_path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Keeping maps in git", 1)[1]
    recipe = section.split("```sh\n", 1)[1].split("```", 1)[0]
    assert len(recipe.strip().splitlines()) == 2
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "stakeholder-map"  # the installed command, as the recipe expects it
    shim.write_text(f"#!/bin/sh\nexec {shlex.quote(sys.executable)} -m stakeholder_map \"$@\"\n")
    shim.chmod(0o755)
    folder = tmp_path / "maps"
    folder.mkdir()
    repo = Repo(folder)
    repo.env["PATH"] = f"{bin_dir}{os.pathsep}{repo.env.get('PATH', '')}"
    done = subprocess.run(["sh", "-c", recipe], cwd=folder, env=repo.env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    repo.commit(base_doc(), "base")
    repo.git("checkout", "-q", "-b", "theirs")
    doc = base_doc()
    doc["nodes"].append({"id": "legal", "kind": "person", "name": "Legal"})
    repo.commit(doc, "theirs")
    repo.git("checkout", "-q", "main")
    doc = base_doc()
    node(doc, "people")["name"] = "Users"
    doc["nodes"].append({"id": "boss", "kind": "person", "name": "Boss"})
    repo.commit(doc, "ours")
    # Both added a node at the same place in the file: a merge of lines would conflict.
    repo.git("merge", "-q", "--no-edit", "theirs")
    merged = repo.read()
    assert node(merged, "people")["name"] == "Users"
    assert {"boss", "legal"} <= {n["id"] for n in merged["nodes"]}
    assert "+node people: \"Users\", end user" in repo.git("log", "-p", "-1", "HEAD^1").stdout
