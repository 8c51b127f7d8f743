"""Keep the translation catalogues in step with the code (a tool for developers and translators).

    python tools/translations.py update  [CATALOGUE...]   # new strings into the .ts files
    python tools/translations.py release [CATALOGUE...]   # build the .qm files from the .ts files
    python tools/translations.py check   [CATALOGUE...]   # fail on anything untranslated or stale

Every module of ``stakeholder_map`` belongs to exactly one catalogue (:data:`CATALOGUES`, the
one table of them); each catalogue is one Qt Linguist file per language,
``stakeholder_map/resources/i18n/<catalogue>_<language>.ts``, and the ``.qm`` built from it
next to it. ``update`` runs ``pyside6-lupdate`` over the catalogue's modules (strings no
longer in the code are dropped, new ones arrive marked unfinished); translate them with Qt
Linguist (``pyside6-linguist FILE.ts``) or any text editor, then ``release``. ``check``
exits 1, listing the problems, when a string in the code is missing from its catalogue, a
catalogue holds a string the code no longer has, a translation is unfinished or loses a
``{placeholder}``, or a ``.qm`` is not built from its current ``.ts``; the tests run it.

English is the source language and needs no catalogue. The languages are
``stakeholder_map.texts.LANGUAGES``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "stakeholder_map"
I18N_FOLDER = Path(PACKAGE, "resources", "i18n")

#: Catalogue -> the folders and modules (relative to the repository) whose strings it holds.
CATALOGUES: dict[str, tuple[str, ...]] = {
    "core": (
        "stakeholder_map/analysis", "stakeholder_map/model", "stakeholder_map/layout",
        "stakeholder_map/__init__.py", "stakeholder_map/__main__.py", "stakeholder_map/cli.py",
        "stakeholder_map/display.py", "stakeholder_map/look.py", "stakeholder_map/heap.py",
        "stakeholder_map/resources.py", "stakeholder_map/texts.py",
    ),
    "files": ("stakeholder_map/fileio", "stakeholder_map/compare", "stakeholder_map/cli_versions.py"),
    "window": ("stakeholder_map/ui",),
    "canvas": ("stakeholder_map/canvas", "stakeholder_map/render", "stakeholder_map/editing"),
}

_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def languages(root: Path = ROOT) -> list[str]:
    """The languages with catalogues (every one but English), from ``texts.LANGUAGES``."""
    text = (root / PACKAGE / "texts.py").read_text(encoding="utf-8")
    match = re.search(r"^LANGUAGES\s*=\s*\(([^)]*)\)", text, re.MULTILINE)
    if match is None:
        raise SystemExit("texts.py defines no LANGUAGES tuple")
    codes = re.findall(r"[\"']([A-Za-z_]+)[\"']", match.group(1))
    return [code for code in codes if code != "en"]


def source_files(catalogue: str, root: Path = ROOT) -> list[Path]:
    """The Python modules whose strings ``catalogue`` holds, sorted, relative to ``root``."""
    found: set[Path] = set()
    for entry in CATALOGUES[catalogue]:
        path = root / entry
        if path.is_dir():
            found.update(p for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        elif path.is_file():
            found.add(path)
    return sorted(p.relative_to(root) for p in found)


def catalogues_of(module: Path, root: Path = ROOT) -> list[str]:
    """The catalogues claiming ``module`` (a path relative to ``root``); exactly one is right."""
    return [name for name in CATALOGUES if Path(module) in source_files(name, root)]


def ts_path(catalogue: str, language: str, root: Path = ROOT) -> Path:
    return root / I18N_FOLDER / f"{catalogue}_{language}.ts"


def _tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease``: next to this Python first (a venv), else on PATH."""
    where = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    found = shutil.which(f"pyside6-{name}", path=where)
    if found is None:
        raise SystemExit(f"pyside6-{name} is missing: install PySide6-Essentials (pip install -e .)")
    return found


def lupdate(sources: list[Path], ts_file: Path, language: str, root: Path = ROOT) -> None:
    """Merge the strings of ``sources`` into ``ts_file`` (created when missing), dropping old ones."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as listing:
        listing.write("\n".join(str(root / s) for s in sources) + "\n")
    try:
        subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", language,
                        f"@{listing.name}", "-ts", str(ts_file)], check=True, cwd=root)
    finally:
        os.unlink(listing.name)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    """Build ``qm_file`` from ``ts_file``; unfinished translations stay out (English shows)."""
    subprocess.run([_tool("lrelease"), "-silent", "-nounfinished", str(ts_file), "-qm", str(qm_file)],
                   check=True)


def messages(ts_file: Path) -> dict[tuple[str, str, str], tuple[str, str]]:
    """(context, source, comment) -> (translation, its type) for every message in ``ts_file``."""
    table = {}
    root = ElementTree.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            if translation is None:
                table[key] = ("", "unfinished")
            else:
                table[key] = (translation.text or "", translation.get("type", ""))
    return table


def update(catalogue: str, language: str, root: Path = ROOT) -> Path:
    ts_file = ts_path(catalogue, language, root)
    lupdate(source_files(catalogue, root), ts_file, language, root)
    return ts_file


def release(catalogue: str, language: str, root: Path = ROOT) -> Path | None:
    ts_file = ts_path(catalogue, language, root)
    if not ts_file.exists():
        return None
    qm_file = ts_file.with_suffix(".qm")
    lrelease(ts_file, qm_file)
    return qm_file


def problems(catalogue: str, language: str, root: Path = ROOT) -> list[str]:
    """What is wrong with one catalogue in one language, one sentence each (empty: all good)."""
    ts_file = ts_path(catalogue, language, root)
    name = ts_file.relative_to(root)
    found: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / ts_file.name
        if ts_file.exists():
            shutil.copyfile(ts_file, fresh)
        lupdate(source_files(catalogue, root), fresh, language, root)
        current = messages(fresh)
        if not ts_file.exists():
            if current:
                found.append(f"{name} is missing ({len(current)} strings in the code): run update")
            return found
        kept = messages(ts_file)
        new = sorted(set(current) - set(kept))
        gone = sorted(set(kept) - set(current))
        found += [f"{name}: not in the catalogue yet: [{c}] {s!r} (run update)" for c, s, _ in new]
        found += [f"{name}: no longer in the code: [{c}] {s!r} (run update)" for c, s, _ in gone]
        for (context, source, _), (text, kind) in sorted(current.items()):
            if kind in ("unfinished", "vanished", "obsolete") or not text:
                found.append(f"{name}: untranslated: [{context}] {source!r}")
            elif sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(source)):
                found.append(f"{name}: the translation of [{context}] {source!r} has other "
                             f"placeholders: {text!r}")
        qm_file = ts_file.with_suffix(".qm")
        built = Path(scratch) / qm_file.name
        lrelease(ts_file, built)
        if not qm_file.exists() or qm_file.read_bytes() != built.read_bytes():
            found.append(f"{qm_file.relative_to(root)} is not built from the current {ts_file.name}: "
                         "run release")
    return found


def stray_files(root: Path = ROOT) -> list[str]:
    """Catalogue files in the folder that belong to no catalogue or language."""
    expected = {f"{c}_{lang}{ext}" for c in CATALOGUES for lang in languages(root) for ext in (".ts", ".qm")}
    folder = root / I18N_FOLDER
    if not folder.is_dir():
        return []
    return [f"{folder.relative_to(root) / p.name} belongs to no catalogue (see CATALOGUES)"
            for p in sorted(folder.iterdir()) if p.suffix in (".ts", ".qm") and p.name not in expected]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("update", "release", "check"))
    parser.add_argument("catalogues", nargs="*", metavar="CATALOGUE",
                        help=f"some of {', '.join(CATALOGUES)} (default: all)")
    args = parser.parse_args(argv)
    unknown = [c for c in args.catalogues if c not in CATALOGUES]
    if unknown:
        parser.error(f"unknown catalogue {unknown[0]!r}; choose from {', '.join(CATALOGUES)}")
    chosen = args.catalogues or list(CATALOGUES)
    if args.command == "update":
        for catalogue in chosen:
            for language in languages():
                ts_file = update(catalogue, language)
                left = sum(1 for _, kind in messages(ts_file).values() if kind == "unfinished")
                print(f"{ts_file.relative_to(ROOT)}: {len(messages(ts_file))} strings, {left} to translate")
        return 0
    if args.command == "release":
        for catalogue in chosen:
            for language in languages():
                qm_file = release(catalogue, language)
                if qm_file is not None:
                    print(f"built {qm_file.relative_to(ROOT)}")
        return 0
    found = [p for c in chosen for lang in languages() for p in problems(c, lang)]
    if not args.catalogues:
        found += stray_files()
    for problem in found:
        print(problem)
    if found:
        print(f"{len(found)} problem(s); see tools/translations.py for how to fix them", file=sys.stderr)
        return 1
    print(f"The catalogues are complete and built ({', '.join(chosen)}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
