"""Locating the shipped resources from a checkout, a PyInstaller bundle or an override."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from stakeholder_map import resources
from stakeholder_map.resources import (
    ResourceNotFoundError,
    resource_path,
    resources_root,
    template_paths,
    template_title,
)

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def clean_env(monkeypatch):
    monkeypatch.delenv(resources.ENV_VAR, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    return monkeypatch


def _fake_tree(root: Path) -> Path:
    (root / "resources" / "templates").mkdir(parents=True)
    (root / "resources" / "help").mkdir()
    (root / "resources" / "help" / "guide.html").write_text("<html></html>")
    return root / "resources"


def test_checkout_resources_are_the_package_data_folder(clean_env):
    assert resources_root() == REPO / "stakeholder_map" / "resources"
    assert resource_path("templates") == REPO / "stakeholder_map" / "resources" / "templates"


def test_pyinstaller_bundle_folder_wins_over_the_checkout(clean_env, tmp_path):
    bundled = _fake_tree(tmp_path)
    clean_env.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_root() == bundled
    assert resource_path("help", "guide.html") == bundled / "help" / "guide.html"


def test_environment_override_wins(clean_env, tmp_path):
    override = _fake_tree(tmp_path)
    clean_env.setenv(resources.ENV_VAR, str(override))
    assert resources_root() == override


def test_wheel_package_data_folder_is_found(clean_env, tmp_path):
    # no checkout around the package, but the folder shipped inside it
    package = tmp_path / "site-packages" / "stakeholder_map"
    inside = _fake_tree(package.parent.parent / "pkgdata")
    package.mkdir(parents=True)
    inside.rename(package / "resources")
    clean_env.setattr(resources, "__file__", str(package / "resources.py"))
    assert resources_root() == package / "resources"


def test_missing_folder_is_a_clear_error(clean_env, tmp_path):
    clean_env.setattr(resources, "__file__", str(tmp_path / "pkg" / "resources.py"))
    with pytest.raises(ResourceNotFoundError) as caught:
        resources_root()
    message = str(caught.value)
    assert "resources folder is missing" in message
    assert str(tmp_path / "pkg" / "resources") in message


def test_missing_file_names_it(clean_env):
    with pytest.raises(ResourceNotFoundError, match="icons/kinds/nope.svg"):
        resource_path("icons", "kinds", "nope.svg")


@pytest.mark.parametrize("parts", [("..", "pyproject.toml"), ("help/../../pyproject.toml",), ("/etc",)])
def test_paths_cannot_leave_the_folder(clean_env, parts):
    with pytest.raises(ValueError, match="inside the resources folder"):
        resource_path(*parts)


def test_template_paths_are_sorted_templates(clean_env):
    paths = template_paths()
    assert paths and paths == sorted(paths, key=lambda p: p.name)
    assert all(p.name.endswith(".stakemap.json") and p.parent.name == "templates" for p in paths)


def test_template_paths_ignore_other_files(clean_env, tmp_path):
    folder = _fake_tree(tmp_path)
    (folder / "templates" / "b.stakemap.json").write_text("{}")
    (folder / "templates" / "a.stakemap.json").write_text("{}")
    (folder / "templates" / "notes.txt").write_text("")
    clean_env.setenv(resources.ENV_VAR, str(folder))
    assert [p.name for p in template_paths()] == ["a.stakemap.json", "b.stakemap.json"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ('{"title": "  Chickens  "}', "Chickens"),
        ('{"title": ""}', "Hotel chickens"),
        ('{"title": 3}', "Hotel chickens"),
        ("[1, 2]", "Hotel chickens"),
        ("not json", "Hotel chickens"),
        (b"\xff\xfe", "Hotel chickens"),
    ],
)
def test_template_title_never_fails(tmp_path, text, expected):
    path = tmp_path / "hotel-chickens.stakemap.json"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    assert template_title(path) == expected


def test_template_title_of_a_missing_file_uses_its_name(tmp_path):
    assert template_title(tmp_path / "family_toy.stakemap.json") == "Family toy"
