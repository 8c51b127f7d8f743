"""``stakeholder-map analyze``: output, exit statuses and refusals (spec section 5)."""

import json

import pytest

from tests.cli.helpers import assert_one_line_error, cli, write_map

SEARCH_NODES = [
    {"id": "search", "kind": "product", "name": "Web search", "x": 0, "y": 0},
    {"id": "ads", "kind": "company", "name": "Advertisers"},
    {"id": "people", "kind": "end_user", "name": "Searchers", "headcount": 1000000},
]
SEARCH_EDGES = [
    {"id": "e1", "source": "ads", "target": "search", "relation": "pays", "amount": 1200,
     "period": "monthly", "agreement": "contract"},
    {"id": "e2", "source": "people", "target": "search", "relation": "uses"},
]


@pytest.fixture
def search(tmp_path):
    """The spec's example: a warning (company without decision-maker) and an info."""
    return write_map(tmp_path / "search.stakemap.json", SEARCH_NODES, SEARCH_EDGES, title="Search advertising")


@pytest.fixture
def clean(tmp_path):
    """A map without findings: one person uses and pays for the product."""
    return write_map(
        tmp_path / "clean.stakemap.json",
        [{"id": "app", "kind": "product", "name": "App"}, {"id": "ann", "kind": "end_user", "name": "Ann"}],
        [{"id": "e1", "source": "ann", "target": "app", "relation": "uses"},
         {"id": "e2", "source": "ann", "target": "app", "relation": "pays"}],
    )


@pytest.fixture
def broken(tmp_path):
    """An error: nobody pays for the product."""
    return write_map(tmp_path / "broken.stakemap.json", [{"id": "app", "kind": "product", "name": "App"}])


def test_json_output_has_the_spec_shape(search):
    result = cli("analyze", search, "--format", "json")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    doc = json.loads(result.stdout)
    assert doc["roles"] == {"ads": ["client"], "people": ["free_user", "user"]}
    assert [f["code"] for f in doc["findings"]] == ["company_without_decision_maker", "users_not_customers"]
    assert doc["findings"][1] == {
        "code": "users_not_customers", "severity": "info", "nodes": ["search"], "edges": [],
        "message": 'Nobody who uses "Web search" pays for it: its users and its customers are different people.',
    }
    assert doc["findings"][0]["nodes"] == ["ads", "search"] and doc["findings"][0]["edges"] == ["e1"]


def test_every_actor_has_a_sorted_roles_entry(tmp_path):
    path = write_map(tmp_path / "m.json", [
        {"id": "toy", "kind": "product", "name": "Toy"}, {"id": "mum", "kind": "buyer", "name": "Mum"},
        {"id": "kid", "kind": "end_user", "name": "Kid"}, {"id": "gran", "kind": "person", "name": "Gran"},
    ], [
        {"id": "e1", "source": "mum", "target": "toy", "relation": "pays"},
        {"id": "e2", "source": "kid", "target": "toy", "relation": "uses"},
        {"id": "e3", "source": "kid", "target": "mum", "relation": "influences"},
    ])
    roles = json.loads(cli("analyze", path, "--format", "json").stdout)["roles"]
    assert roles == {"mum": ["customer"], "kid": ["influencer", "sponsored_user", "user"], "gran": []}


def test_text_output_is_for_people(search):
    result = cli("analyze", search)
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("Stakeholder map: Search advertising\n")
    assert "  Advertisers (company): Client\n" in out
    assert "  Searchers (end user): Free user, User\n" in out
    assert "Findings: 1 warning, 1 info" in out
    assert out.index("Warnings (1)") < out.index("Info (1)")
    assert '"Advertisers" pay for "Web search", but nobody in them decides on buying it.' in out
    assert "{" not in out and "free_user" not in out


def test_text_output_without_findings(clean):
    result = cli("analyze", clean, "--format", "text")
    assert result.returncode == 0
    assert "Findings: none." in result.stdout


@pytest.mark.parametrize("level, status", [("error", 0), ("warning", 1), ("info", 1)])
def test_fail_on_levels_with_a_warning_and_an_info(search, level, status):
    assert cli("analyze", search, "--format", "json", "--fail-on", level).returncode == status


@pytest.mark.parametrize("level", ["error", "warning", "info"])
def test_fail_on_any_level_with_an_error(broken, level):
    result = cli("analyze", broken, "--fail-on", level)
    assert result.returncode == 1
    assert "Nobody pays for" in result.stdout  # the report is still printed


@pytest.mark.parametrize("level", ["error", "warning", "info"])
def test_fail_on_never_fails_a_clean_map(clean, level):
    assert cli("analyze", clean, "--fail-on", level).returncode == 0


def test_findings_alone_do_not_fail_without_fail_on(broken):
    assert cli("analyze", broken, "--format", "json").returncode == 0


def test_missing_file(tmp_path):
    assert_one_line_error(cli("analyze", tmp_path / "nope.stakemap.json"), "nope.stakemap.json")


@pytest.mark.parametrize("content, words", [
    ("{not json", ["JSON"]),
    ("", ["JSON"]),
    ('{"format": "stakeholder-map", "version": 99, "nodes": [], "edges": []}', ["version"]),
    ('{"format": "stakeholder-map", "version": 1, "nodes": [{"id": "a", "kind": "boss", "name": "A"}], '
     '"edges": []}', ["boss"]),
    ('{"format": "stakeholder-map", "version": 1, "nodes": [], '
     '"edges": [{"id": "e", "source": "a", "target": "b", "relation": "uses"}]}', ["e"]),
    ("[" * 100000 + "]" * 100000, []),
])
def test_invalid_maps_are_refused_in_one_line(tmp_path, content, words):
    path = tmp_path / "bad.stakemap.json"
    path.write_text(content, encoding="utf-8")
    assert_one_line_error(cli("analyze", path, "--format", "json"), *words)


def test_binary_garbage_and_a_folder_are_refused(tmp_path):
    garbage = tmp_path / "garbage.stakemap.json"
    garbage.write_bytes(b"\xff\xfe\x00\x81" * 100)
    assert_one_line_error(cli("analyze", garbage))
    assert_one_line_error(cli("analyze", tmp_path))


@pytest.mark.parametrize("args, words", [
    (["analyze"], ["PATH"]),
    (["analyze", "x.json", "--format", "xml"], ["--format", "xml"]),
    (["analyze", "x.json", "--fail-on", "fatal"], ["--fail-on"]),
    (["analyze", "x.json", "--bogus"], ["--bogus"]),
    (["analyze", "a.json", "b.json"], ["b.json"]),
    (["--bogus"], ["--bogus"]),
    (["analyse", "x.json"], ["analyse", "analyze"]),
])
def test_bad_arguments_are_refused_in_one_line(args, words):
    assert_one_line_error(cli(*args), *words)


def test_a_terminal_that_cannot_show_some_letters_gets_question_marks(tmp_path):
    import os
    import subprocess
    import sys

    from tests.cli.helpers import ROOT

    path = write_map(tmp_path / "u.json", [{"id": "a", "kind": "person", "name": "Zoë ☕"}], title="Café")
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    done = subprocess.run([sys.executable, "-m", "stakeholder_map", "analyze", path], cwd=ROOT,
                          capture_output=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert b"Stakeholder map: Caf?" in done.stdout and b"Zo? ? (person)" in done.stdout


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path, monkeypatch, capsys):
    """``analyze ... | head -1``: writing fails with a broken pipe; the command ends quietly."""
    import sys

    from stakeholder_map.cli import main

    class ClosedPipe:
        encoding = "utf-8"

        def __init__(self, fd):
            self.fd = fd

        def write(self, text):
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self):
            pass

        def fileno(self):
            return self.fd

    path = write_map(tmp_path / "m.json", [{"id": "app", "kind": "product", "name": "App"}])
    with open(tmp_path / "stdout", "w") as stand_in:
        monkeypatch.setattr(sys, "stdout", ClosedPipe(stand_in.fileno()))
        assert main(["analyze", str(path)]) == 0
    assert capsys.readouterr().err == ""
