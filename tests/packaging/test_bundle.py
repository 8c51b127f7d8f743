"""The PyInstaller one-folder bundle builds, exports a map headless, and stays lean."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

import stakeholder_map
from stakeholder_map.texts import LANGUAGES

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "packaging" / "stakeholder-map.spec"
TEMPLATE = REPO / "stakeholder_map" / "resources" / "templates" / "enterprise-software.stakemap.json"
MAX_BUNDLE_MB = 250  # today about 170 MB; a jump means an unwanted Qt module or library

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def env(tmp_path_factory) -> dict[str, str]:
    """Headless, and the bundled editor's settings, recent files and autosaves go to a
    throwaway folder instead of the developer's own."""
    home = tmp_path_factory.mktemp("home")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("STAKEHOLDER_MAP_RESOURCES", None)  # the bundle must find its own resources
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[var] = str(home / var.lower())
    return env


def _size_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*")) / 1e6


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    pytest.importorskip("PyInstaller")
    work = tmp_path_factory.mktemp("pyinstaller")
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
        cwd=REPO, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    folder = work / "dist" / "stakeholder-map"
    du = shutil.which("du")
    shown = subprocess.run([du, "-sh", str(folder)], capture_output=True, text=True).stdout if du else ""
    print(f"\nbundle built in {time.monotonic() - started:.0f} s: {_size_mb(folder):.1f} MB {shown}")
    return folder


def _exe(bundle: Path) -> Path:
    return bundle / ("stakeholder-map.exe" if sys.platform == "win32" else "stakeholder-map")


def _run(bundle: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(_exe(bundle)), *args], cwd=bundle.parent, env=env,
                          capture_output=True, text=True, timeout=120)


def test_bundle_reports_its_version(bundle, env):
    result = _run(bundle, env, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"stakeholder-map {stakeholder_map.__version__}"


def test_bundle_exports_a_png_without_a_window(bundle, env, tmp_path):
    out = tmp_path / "out.png"
    result = _run(bundle, env, "export", str(TEMPLATE), "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width > 200 and height > 200
    assert "Traceback" not in result.stderr


def test_bundle_analyses_like_the_source(bundle, env):
    # equal output of the text report (roles, findings, key stakeholders) proves the bundled
    # analysis works as the source does
    bundled = _run(bundle, env, "analyze", str(TEMPLATE))
    source = subprocess.run([sys.executable, "-m", "stakeholder_map", "analyze", str(TEMPLATE)],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert bundled.returncode == source.returncode == 0, bundled.stderr + source.stderr
    assert bundled.stdout == source.stdout
    assert "Key stakeholders" in bundled.stdout


def test_bundle_speaks_german(bundle, env):
    result = _run(bundle, {**env, "LANGUAGE": "de", "LANG": "de_DE.UTF-8"}, "analyze", str(TEMPLATE))
    assert result.returncode == 0, result.stderr
    assert "Schlüssel-Stakeholder" in result.stdout and "Befunde" in result.stdout


def test_bundle_refuses_a_bad_file_in_one_line(bundle, env, tmp_path):
    bad = tmp_path / "bad.stakemap.json"
    bad.write_text("{not json")
    result = _run(bundle, env, "analyze", str(bad))
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1


def test_bundle_opens_the_editor(bundle, env):
    process = subprocess.Popen([str(_exe(bundle)), str(TEMPLATE)], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    try:
        exited = process.wait(timeout=6)
    except subprocess.TimeoutExpired:
        exited = None  # still running: the window is up
    finally:
        process.kill()
        _, stderr = process.communicate(timeout=30)
    assert exited is None, f"the editor quit with status {exited}: {stderr[-2000:]}"
    assert "Traceback" not in stderr


def test_bundle_carries_resources_and_leaves_out_unused_qt(bundle):
    internal = bundle / "_internal"
    assert (internal / "resources" / "help" / "guide.html").is_file()
    assert len(list((internal / "resources" / "templates").glob("*.stakemap.json"))) >= 6
    assert (internal / "resources" / "icons" / "app" / "stakeholder-map.svg").is_file()
    names = {p.name for p in internal.rglob("*")}
    # File › Print needs QtPrintSupport and its plug-ins
    assert any(n.startswith("QtPrintSupport") for n in names), "QtPrintSupport is missing"
    for unwanted in ("QtNetwork", "QtQml", "QtQuick", "QtWebEngineCore", "QtMultimedia", "Qt3DCore",
                     "QtPdf", "libQt6Network.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6",
                     "_tkinter", "tkinter"):
        assert not any(n == unwanted or n.startswith(unwanted + ".") for n in names), unwanted
    # Qt's own words only for the app's languages; the app's catalogues, built and as sources
    qt_words = {p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir()}
    assert qt_words == {f"qtbase_{code}.qm" for code in LANGUAGES if code != "en"}
    catalogues = {p.name for p in (REPO / "stakeholder_map" / "resources" / "i18n").glob("*_*.*")}
    assert catalogues and {p.name for p in (internal / "resources" / "i18n").iterdir()} >= catalogues
    assert not any(p.name == "tests" and p.is_dir() for p in internal.rglob("tests"))
    for needed in ("QtCore", "QtGui", "QtWidgets", "QtSvg"):
        assert any(n.startswith(needed + ".") for n in names), needed
    assert (internal / "PySide6" / "Qt" / "plugins" / "iconengines").is_dir()  # SVG icons
    assert _size_mb(bundle) < MAX_BUNDLE_MB
