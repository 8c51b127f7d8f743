"""The translation catalogues: every module in one, every string in its catalogue and translated,
every ``.qm`` built from its current ``.ts`` (``tools/translations.py check``)."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("translations_tool", REPO / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tool = _tool()


def test_every_module_belongs_to_exactly_one_catalogue():
    modules = sorted(p.relative_to(REPO) for p in (REPO / "stakeholder_map").rglob("*.py")
                     if "__pycache__" not in p.parts)
    assert len(modules) > 100
    wrong = {str(m): tool.catalogues_of(m) for m in modules if len(tool.catalogues_of(m)) != 1}
    assert wrong == {}


def test_the_table_names_only_what_exists():
    for entries in tool.CATALOGUES.values():
        for entry in entries:
            assert (REPO / entry).exists(), entry


def test_the_catalogues_are_complete_translated_and_built():
    """Fails when a string in the code is missing from its catalogue or untranslated, or a
    .qm is stale: run ``python tools/translations.py update``, translate, then ``release``."""
    done = subprocess.run([sys.executable, "tools/translations.py", "check"], cwd=REPO,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture
def copy(tmp_path):
    """A copy of the package's modules and catalogues to break."""
    root = tmp_path / "repo"
    shutil.copytree(REPO / "stakeholder_map", root / "stakeholder_map",
                    ignore=shutil.ignore_patterns("__pycache__", "templates", "icons", "help"))
    return root


def _add_line(root: Path, module: str, line: str) -> None:
    path = root / module
    path.write_text(path.read_text(encoding="utf-8") + "\n" + line + "\n", encoding="utf-8")


def test_check_finds_a_new_string_then_its_missing_translation_then_a_stale_qm(copy):
    assert tool.problems("core", "de", copy) == []
    _add_line(copy, "stakeholder_map/analysis/wording.py",
              'NEW = translate("Findings", "A sentence nobody has translated yet.")')
    found = tool.problems("core", "de", copy)
    assert any("not in the catalogue yet" in p and "nobody has translated" in p for p in found)

    ts_file = tool.update("core", "de", copy)
    found = tool.problems("core", "de", copy)
    assert any("untranslated" in p and "nobody has translated" in p for p in found)

    text = ts_file.read_text(encoding="utf-8")
    marker = "<source>A sentence nobody has translated yet.</source>"
    start = text.index(marker) + len(marker)
    old = text[start:text.index("</translation>", start) + len("</translation>")]
    ts_file.write_text(text[:start] + text[start:].replace(
        old, "\n        <translation>Ein Satz, den noch niemand übersetzt hat.</translation>", 1),
        encoding="utf-8")
    found = tool.problems("core", "de", copy)
    assert len(found) == 1 and "run release" in found[0]

    tool.release("core", "de", copy)
    assert tool.problems("core", "de", copy) == []


def test_check_finds_a_string_the_code_no_longer_has_and_a_lost_placeholder(copy):
    _add_line(copy, "stakeholder_map/look.py", 'X = translate("Look", "{name} is new")')
    ts_file = tool.update("core", "de", copy)
    text = ts_file.read_text(encoding="utf-8")
    marker = "<source>{name} is new</source>"
    start = text.index(marker) + len(marker)
    end = text.index("</translation>", start) + len("</translation>")
    ts_file.write_text(text[:start] + "\n        <translation>{nmae} ist neu</translation>"
                       + text[end:], encoding="utf-8")
    tool.release("core", "de", copy)
    assert any("other placeholders" in p for p in tool.problems("core", "de", copy))

    path = copy / "stakeholder_map" / "look.py"
    path.write_text(path.read_text(encoding="utf-8").replace('X = translate("Look", "{name} is new")', ""),
                    encoding="utf-8")
    assert any("no longer in the code" in p and "is new" in p for p in tool.problems("core", "de", copy))


def test_a_catalogue_file_of_no_catalogue_is_reported(copy):
    (copy / tool.I18N_FOLDER / "stray_de.ts").write_text("<TS/>", encoding="utf-8")
    assert any("stray_de.ts" in p for p in tool.stray_files(copy))


def test_check_exits_non_zero_when_a_catalogue_is_incomplete(copy):
    _add_line(copy, "stakeholder_map/model/ids.py", 'Y = QT_TRANSLATE_NOOP("Kinds", "A kind nobody knows")')
    shutil.copytree(REPO / "tools", copy / "tools")
    done = subprocess.run([sys.executable, "tools/translations.py", "check", "core"], cwd=copy,
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert "A kind nobody knows" in done.stdout
