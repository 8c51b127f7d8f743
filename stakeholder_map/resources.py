"""Find the files the app ships with: templates, icons and the guide.

They live in ``stakeholder_map/resources/``, next to this module, as package data: the same
folder in a source checkout, an editable install and a wheel (or ``pip install .``). A
PyInstaller bundle carries them as ``resources/`` next to the frozen modules.

>>> resource_path("icons", "kinds", "company.svg").name
'company.svg'
>>> template_title(template_paths()[0]) != ""
True
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ENV_VAR = "STAKEHOLDER_MAP_RESOURCES"
"""Set to a folder to use it instead of the built-in resources (packagers, tests)."""

TEMPLATE_SUFFIX = ".stakemap.json"


class ResourceNotFoundError(FileNotFoundError):
    """A resource (or the resources folder itself) is missing from this installation."""


def _candidates() -> list[Path]:
    """Where the resources folder may be, most specific first."""
    found: list[Path] = []
    override = os.environ.get(ENV_VAR)
    if override:
        found.append(Path(override))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller unpacks data files next to the frozen modules
        found.append(Path(bundle) / "resources")
    # a checkout, an editable install or a wheel: package data next to this module
    found.append(Path(__file__).resolve().parent / "resources")
    return found


def resources_root() -> Path:
    """The folder holding ``templates/``, ``icons/`` and ``help/``.

    Raises ``ResourceNotFoundError`` naming every place looked at when none exists.
    """
    candidates = _candidates()
    for folder in candidates:
        if folder.is_dir():
            return folder
    from stakeholder_map.texts import translate  # texts reads its catalogues through this module

    looked = ", ".join(str(c) for c in candidates)
    raise ResourceNotFoundError(translate(
        "Resources", "the Stakeholder Map resources folder is missing (looked in: {places}); reinstall the "
        "program or set {variable}").format(places=looked, variable=ENV_VAR))


def resource_path(*parts: str) -> Path:
    """The path of a shipped file or folder, e.g. ``resource_path("help", "guide.html")``.

    Raises ``ResourceNotFoundError`` when it does not exist, and ``ValueError`` for a
    path that would leave the resources folder.
    """
    from stakeholder_map.texts import translate  # texts reads its catalogues through this module

    if any(part == ".." or ".." in Path(part).parts or Path(part).is_absolute() for part in parts):
        raise ValueError(translate("Resources", "resource path {path} must stay inside the resources folder")
                         .format(path=repr("/".join(parts))))
    root = resources_root()
    path = root.joinpath(*parts)
    if not path.exists():
        raise ResourceNotFoundError(translate("Resources", "the resource {path} is missing from {folder}")
                                    .format(path=repr("/".join(parts)), folder=root))
    return path


def _other_language(language: str) -> bool:
    """True for a language code other than English (letters only: never a path)."""
    return bool(language) and language.isascii() and language.isalpha() and language != "en"


def guide_path(language: str) -> tuple[Path, str]:
    """The guide to show in ``language`` and the language it is written in.

    ``help/guide_<language>.html`` when there is one, else the English ``help/guide.html``
    (then the language returned is ``"en"``, so the window can say the guide is in English).
    """
    if _other_language(language):
        try:
            return resource_path("help", f"guide_{language}.html"), language
        except (ResourceNotFoundError, ValueError):
            pass
    return resource_path("help", "guide.html"), "en"


def template_paths(language: str = "en") -> list[Path]:
    """Every map template (``templates/*.stakemap.json``), sorted by file name.

    For another language, each template's translation in ``templates/<language>/`` (same
    file name) where there is one, else the English template.
    """
    folder = resource_path("templates")
    english = sorted(folder.glob("*" + TEMPLATE_SUFFIX), key=lambda p: p.name)
    if not _other_language(language):
        return english
    translated = folder / language
    return [translated / p.name if (translated / p.name).is_file() else p for p in english]


def template_title(path: Path | str) -> str:
    """The title a template shows in menus: its ``title`` field, else one made from its file name.

    Never raises for a broken or unreadable file: menus must still be built.
    """
    path = Path(path)
    try:
        title = json.loads(path.read_text(encoding="utf-8")).get("title")
    except (OSError, ValueError, AttributeError):
        title = None
    if isinstance(title, str) and title.strip():
        return title.strip()
    stem = path.name.removesuffix(TEMPLATE_SUFFIX).removesuffix(".json")
    words = stem.replace("_", " ").replace("-", " ").split()
    return " ".join(words).capitalize() if words else path.name
