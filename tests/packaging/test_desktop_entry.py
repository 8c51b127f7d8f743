"""The Linux desktop entry, MIME type and AppStream metadata agree with the app and validate."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import stakeholder_map

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
APP_ID = "io.github.stakeholdermap.StakeholderMap"
DESKTOP = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MIME = PACKAGING / "stakeholder-map-mime.xml"
MIME_TYPE = "application/x-stakeholder-map+json"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _command() -> str:
    pyproject = tomllib.loads((DESKTOP.parents[1] / "pyproject.toml").read_text())
    (name,) = pyproject["project"]["scripts"]
    return name


def test_desktop_entry_launches_the_installed_command():
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Stakeholder Map"
    assert entry["Exec"].split()[0] == _command() == entry["TryExec"]
    assert "%f" in entry["Exec"]  # a double-clicked map opens
    assert entry["Icon"] == APP_ID == DESKTOP.stem  # the icon is named after the app id too
    assert entry["Terminal"] == "false"
    assert MIME_TYPE in entry["MimeType"].split(";")


def test_window_matches_the_desktop_file(qapp):
    from PySide6.QtGui import QGuiApplication

    from stakeholder_map.ui.app import application

    application()
    # Wayland groups the window by its desktop file name, X11 by its class (the program's name)
    assert QGuiApplication.desktopFileName() == DESKTOP.stem
    assert _entry()["StartupWMClass"] == _command()


def test_mime_type_claims_map_files():
    root = ET.parse(MIME).getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = root.find("m:mime-type", ns)
    assert mime.get("type") == MIME_TYPE
    assert mime.find("m:glob", ns).get("pattern") == "*.stakemap.json"


def test_metainfo_names_the_app_and_its_version():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == METAINFO.name.removesuffix(".metainfo.xml")
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == _command()
    assert root.findtext("provides/mediatype") == MIME_TYPE
    versions = [r.get("version") for r in root.iter("release")]
    assert versions[0] == stakeholder_map.__version__


def test_metainfo_has_a_homepage_and_a_screenshot_for_software_centres():
    root = ET.parse(METAINFO).getroot()
    assert root.find("url[@type='homepage']").text.startswith("https://")
    (shot,) = root.iter("screenshot")
    assert shot.get("type") == "default" and shot.findtext("caption")
    image = shot.find("image")
    assert image.text.startswith("https://") and image.text.endswith("docs/screenshot.png")
    assert (PACKAGING.parent / "docs" / "screenshot.png").is_file()


def test_mime_type_icon_is_the_app_icon():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    assert ET.parse(MIME).getroot().find("m:mime-type/m:icon", ns).get("name") == APP_ID


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate (desktop-file-utils) is not installed")
def test_desktop_entry_validates():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_metainfo_validates():
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
