"""A wheel (and so a plain ``pip install .``) carries the templates, the Guide, the icons and
the schema, and the app installed from it opens a template headless."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel built from a copy of the source (the checkout gets no build folders)."""
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    shutil.copytree(REPO / "stakeholder_map", source / "stakeholder_map",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(source)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (found,) = out.glob("stakeholder_map-*.whl")
    return found


def test_the_wheel_holds_templates_guide_icons_and_schema(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    data = "stakeholder_map/resources/"
    templates = [n for n in names if n.startswith(data + "templates/") and n.endswith(".stakemap.json")]
    assert len(templates) >= 6
    assert data + "help/guide.html" in names
    assert data + "help/guide_de.html" in names  # the German guide and templates
    assert len([n for n in templates if n.startswith(data + "templates/de/")]) == len(templates) // 2
    assert data + "icons/app/stakeholder-map.svg" in names
    assert data + "icons/app/stakeholder-map-256.png" in names
    assert len([n for n in names if n.startswith(data + "icons/kinds/")]) == 6
    assert len([n for n in names if n.startswith(data + "icons/relations/")]) == 5
    assert data + "stakemap.schema.json" in names
    # the translation catalogues: each .ts and the .qm built from it
    catalogues = {f"{data}i18n/{p.name}" for p in (REPO / "stakeholder_map" / "resources" / "i18n").glob("*_*.*")}
    assert any(n.endswith(".qm") for n in catalogues) and any(n.endswith(".ts") for n in catalogues)
    assert catalogues <= set(names)


def test_the_wheel_has_a_command_and_a_gui_entry_point_without_console(wheel):
    import configparser

    archive = zipfile.ZipFile(wheel)
    (entry_points,) = [n for n in archive.namelist() if n.endswith(".dist-info/entry_points.txt")]
    parser = configparser.ConfigParser()
    parser.read_string(archive.read(entry_points).decode())
    assert parser["console_scripts"]["stakeholder-map"] == "stakeholder_map.cli:main"
    # on Windows a gui script runs without a console window
    assert parser["gui_scripts"]["stakeholder-map-gui"] == "stakeholder_map.cli:gui_main"


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    """A fresh virtual environment with only the wheel installed (no network: PySide6,
    networkx and the rest come from this interpreter's site-packages, added after the venv's own)."""
    folder = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True, timeout=300)
    python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # a plain folder line: the shared site-packages' own .pth files (an editable install of
    # the checkout) are not run, so only the wheel can provide stakeholder_map
    Path(site, "shared-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    result = subprocess.run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return folder


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "STAKEHOLDER_MAP_RESOURCES")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "HOME"):
        env[var] = str(tmp_path / var.lower())
    return env


OPEN_A_TEMPLATE = """
import json, sys
from pathlib import Path
import stakeholder_map
from stakeholder_map.resources import resource_path, template_paths
from stakeholder_map.ui.app import application
from stakeholder_map.ui.main_window import MainWindow

app = application()
window = MainWindow()
window.show()
template = template_paths()[0]
window.files.open_path(str(template), ask=False)
app.processEvents()
print(json.dumps({
    "package": stakeholder_map.__file__,
    "templates": [p.name for p in template_paths()],
    "opened_nodes": len(window.map.nodes),
    "title": window.map.title,
    "guide": resource_path("help", "guide.html").stat().st_size,
    "icon": not app.windowIcon().isNull(),
    "schema": json.loads(resource_path("stakemap.schema.json").read_text())["$schema"],
}))
"""


def test_the_installed_app_opens_a_template_headless(venv, tmp_path):
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    result = subprocess.run([str(python), "-c", OPEN_A_TEMPLATE], capture_output=True, text=True,
                            timeout=300, cwd=tmp_path, env=_env(tmp_path))
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert Path(seen["package"]).is_relative_to(venv)  # the wheel's copy, not the checkout
    assert len(seen["templates"]) >= 6 and seen["opened_nodes"] > 3 and seen["title"]
    assert seen["guide"] > 1000 and seen["icon"]
    assert seen["schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_the_installed_command_analyses_a_template(venv, tmp_path):
    command = venv / ("Scripts/stakeholder-map.exe" if os.name == "nt" else "bin/stakeholder-map")
    template = REPO / "stakeholder_map" / "resources" / "templates" / "search-advertising.stakemap.json"
    result = subprocess.run([str(command), "analyze", str(template), "--format", "json"],
                            capture_output=True, text=True, timeout=300, cwd=tmp_path, env=_env(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "roles" in json.loads(result.stdout)
    assert (venv / ("Scripts/stakeholder-map-gui.exe" if os.name == "nt" else "bin/stakeholder-map-gui")).exists()
