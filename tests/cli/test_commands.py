"""``--version``, ``--help``, ``export``, and starting the window (spec section 5)."""

import json
import subprocess
import sys
import types

import pytest

from stakeholder_map import cli as cli_module
from tests.cli.helpers import ROOT, assert_one_line_error, cli, write_map

NODES = [{"id": "app", "kind": "product", "name": "App"}, {"id": "ann", "kind": "end_user", "name": "Ann"}]
EDGES = [{"id": "e1", "source": "ann", "target": "app", "relation": "uses"}]


def loaded_modules(*args: str) -> set[str]:
    """The top-level packages imported by ``main(args)`` in a fresh process."""
    code = (
        "import sys\n"
        "from stakeholder_map.cli import main\n"
        f"status = main({list(args)!r})\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    return set(done.stderr.splitlines()[-1].split())


def test_version():
    result = cli("--version")
    assert (result.returncode, result.stdout, result.stderr) == (0, "stakeholder-map 1.0.0\n", "")


def test_version_imports_neither_qt_nor_networkx():
    loaded = loaded_modules("--version")
    assert "stakeholder_map" in loaded
    assert not loaded & {"PySide6", "networkx", "scipy", "numpy"}


def test_analyze_never_imports_qt(tmp_path):
    path = write_map(tmp_path / "m.json", NODES, EDGES)
    assert "PySide6" not in loaded_modules("analyze", str(path))
    json_path = loaded_modules("analyze", str(path), "--format", "json")
    assert not json_path & {"PySide6", "networkx", "scipy"}


def test_help_lists_the_commands():
    result = cli("--help")
    assert result.returncode == 0
    assert "analyze" in result.stdout and "export" in result.stdout and "--version" in result.stdout
    sub = cli("analyze", "--help")
    assert sub.returncode == 0 and "--fail-on" in sub.stdout and "--format" in sub.stdout


def test_main_returns_statuses_instead_of_exiting(capsys):
    assert cli_module.main(["--help"]) == 0
    assert cli_module.main(["--bogus"]) == 2
    assert capsys.readouterr().err.startswith("error: ")


# -- export ----------------------------------------------------------------------------------------
@pytest.fixture
def small(tmp_path):
    return write_map(tmp_path / "small.stakemap.json", NODES, EDGES)


def test_export_json_and_png(small, tmp_path):
    out = tmp_path / "out.json"
    result = cli("export", small, "-o", out)
    assert result.returncode == 0, result.stderr
    assert {n["id"] for n in json.loads(out.read_text(encoding="utf-8"))["nodes"]} == {"app", "ann"}
    png = tmp_path / "out.png"
    result = cli("export", small, "-o", png, "--scale", "2", "--transparent", "--legend")
    assert result.returncode == 0, result.stderr
    assert png.read_bytes().startswith(b"\x89PNG")


@pytest.mark.parametrize("scale", ["0.5", "4.5", "abc", "nan"])
def test_export_scale_must_be_1_to_4(small, tmp_path, scale):
    assert_one_line_error(cli("export", small, "-o", tmp_path / "x.png", "--scale", scale), "scale")
    assert not (tmp_path / "x.png").exists()


def test_export_refusals_are_one_line(small, tmp_path):
    assert_one_line_error(cli("export", small), "-o")
    assert_one_line_error(cli("export", small, "-o", tmp_path / "x.txt"), ".txt")
    assert_one_line_error(cli("export", tmp_path / "missing.json", "-o", tmp_path / "x.png"), "missing.json")
    assert_one_line_error(cli("export", small, "-o", tmp_path / "no" / "such" / "folder" / "x.png"))


# -- the window --------------------------------------------------------------------------------------
@pytest.fixture
def fake_gui(monkeypatch):
    """Stand in for ``stakeholder_map.ui.app`` so no window opens."""
    calls = []
    fake = types.ModuleType("stakeholder_map.ui.app")
    fake.run = lambda path: calls.append(path) or 0
    monkeypatch.setitem(sys.modules, "stakeholder_map.ui.app", fake)
    return calls


def test_no_arguments_opens_an_empty_map(fake_gui):
    assert cli_module.main([]) == 0
    assert fake_gui == [None]


def test_one_path_opens_it(fake_gui):
    assert cli_module.main(["maps/plan.stakemap.json"]) == 0
    assert fake_gui == ["maps/plan.stakemap.json"]


def test_two_paths_are_refused(fake_gui, capsys):
    assert cli_module.main(["a.json", "b.json"]) == 2
    assert fake_gui == []
    assert capsys.readouterr().err.count("\n") == 1
