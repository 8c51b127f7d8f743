"""The version commands of ``stakeholder-map``: ``diff``, ``merge`` and ``git-setup``.

Kept apart from ``cli.py`` so the entry point stays small; like it, nothing here imports
Qt, and each command imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import json
import shlex
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from stakeholder_map.texts import translate

COMMANDS = ("diff", "merge", "git-setup")
DRIVER = "stakemap"
PATTERN = "*.stakemap.json"
EXIT_SAME, EXIT_DIFFERENT, EXIT_CONFLICTS = 0, 1, 1


def add_commands(commands) -> None:
    """Add the three commands to the main parser's subparsers."""
    diff = commands.add_parser(
        "diff", help=translate("VersionCommands", "say what changed between two versions of a map"),
        description=translate(
            "VersionCommands", "Say what changed from OLD to NEW: nodes and edges added, removed, changed "
            "(field by field) and moved, and the roles and findings gained and lost. Exit status: "
            "0 the maps are the same, 1 they differ, 2 a file could not be read. With --textconv "
            "and one PATH, print the map one fact a line (git's diff driver uses this)."),
    )
    diff.add_argument("old", metavar="OLD", help=translate("VersionCommands", "the earlier map file"))
    diff.add_argument("new", metavar="NEW", nargs="?", help=translate("VersionCommands", "the later map file"))
    # git's diff.<driver>.command passes: path old-file old-hex old-mode new-file new-hex new-mode
    diff.add_argument("git_rest", nargs="*", help=argparse.SUPPRESS)
    diff.add_argument("--format", choices=("text", "json"), default="text",
                      help=translate("VersionCommands", "text for people (default) or json for programs"))
    diff.add_argument("--textconv", action="store_true",
                      help=translate("VersionCommands", "print one map as text for git diff and git log -p"))
    merge = commands.add_parser(
        "merge", help=translate("VersionCommands", "combine two people's changes to a map (a git merge driver)"),
        description=translate(
            "VersionCommands", "Three-way merge: combine the changes OURS and THEIRS made to BASE and write "
            "OUT. Exit status: 0 merged, 1 merged with conflicts (listed one a line; OUT keeps ours "
            "and records them), 2 a file could not be read. In git: "
            "'stakeholder-map merge %O %A %B -o %A'."),
    )
    merge.add_argument("base", metavar="BASE", help=translate("VersionCommands", "the common version (may be empty)"))
    merge.add_argument("ours", metavar="OURS", help=translate("VersionCommands", "our version"))
    merge.add_argument("theirs", metavar="THEIRS", help=translate("VersionCommands", "their version"))
    merge.add_argument("-o", "--output", metavar="OUT", required=True,
                       help=translate("VersionCommands", "the merged map to write"))
    setup = commands.add_parser(
        "git-setup", help=translate("VersionCommands", "let a git repository diff and merge maps with this program"),
        description=translate(
            "VersionCommands", "Add '{line}' to the repository's "
            ".gitattributes and configure the merge and diff drivers in its .git/config.").format(
            line=f"{PATTERN} merge={DRIVER} diff={DRIVER}"),
    )
    setup.add_argument("repo", metavar="REPO", nargs="?", default=".",
                       help=translate("VersionCommands", "a folder inside the repository (default: the current folder)"))
    setup.add_argument("--command", dest="driver_command", metavar="CMD", default=None,
                       help=translate("VersionCommands", "how git should run this program (default: stakeholder-map "
                                      "when it is on the PATH, else this Python with -m stakeholder_map)"))


def run(args: argparse.Namespace) -> int:
    if args.command == "diff":
        return run_textconv(args) if args.textconv else run_diff(args)
    if args.command == "merge":
        return run_merge(args)
    return run_git_setup(args)


def _cli():
    from stakeholder_map import cli

    return cli


def _json(value):
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return str(value)


def run_diff(args: argparse.Namespace) -> int:
    cli = _cli()
    if len(args.git_rest) == 5:
        return run_git_diff(args.old, args.new, args.git_rest[2])
    if args.git_rest:
        raise cli.CommandLineError(translate("VersionCommands", "diff takes two maps, OLD and NEW"))
    if args.new is None:
        raise cli.CommandLineError(translate(
            "VersionCommands", "diff needs two maps, OLD and NEW (or --textconv and one map)"))
    old, new = (cli._load(path, layout=False) for path in (args.old, args.new))
    from stakeholder_map.compare import diff_maps
    from stakeholder_map.compare.words import diff_text

    diff = diff_maps(old, new)
    if args.format == "json":
        cli._print(json.dumps(diff.to_json(), ensure_ascii=False, default=_json))
    else:
        cli._print(diff_text(diff))
    return EXIT_SAME if diff.is_empty else EXIT_DIFFERENT


def run_git_diff(path: str, old_file: str, new_file: str) -> int:
    """git's external diff: the changes to ``path`` in sentences. Always exit 0, since git
    stops at a non-zero status; a side that is not a map shows as a one-line note."""
    from stakeholder_map.compare import diff_maps
    from stakeholder_map.compare.words import diff_text
    from stakeholder_map.model import Map

    cli = _cli()
    sides = []
    for name in (old_file, new_file):
        if name == "/dev/null":  # git's way of saying the file is new, or gone
            sides.append(Map())
            continue
        try:
            sides.append(cli._load(name, layout=False))
        except cli.CommandLineError as exc:
            cli._print(f"{path}: {cli._one_line(str(exc))}")
            return EXIT_SAME
    cli._print(translate("VersionCommands", "Changes to the map {path}:").format(path=path))
    cli._print(diff_text(diff_maps(*sides)))
    return EXIT_SAME


def run_textconv(args: argparse.Namespace) -> int:
    cli = _cli()
    if args.new is not None:
        raise cli.CommandLineError(translate("VersionCommands", "diff --textconv takes one map"))
    from stakeholder_map.compare.words import describe_map

    try:
        the_map = cli._load(args.old, layout=False)
    except cli.CommandLineError as exc:
        # git shows what it is given: a file that is not a readable map shows as it is.
        try:
            raw = Path(args.old).read_text(encoding="utf-8", errors="replace")
        except OSError:
            raise exc from None
        cli._print(translate("VersionCommands", "(not a readable map: {reason})").format(
            reason=cli._one_line(str(exc))) + f"\n{raw.rstrip()}")
        return EXIT_SAME
    cli._print(describe_map(the_map))
    return EXIT_SAME


def _load_base(path: str):
    """The common version; git passes an empty file when both sides added the map."""
    try:
        size = Path(path).stat().st_size
        empty = size == 0 or (size < 64 and not Path(path).read_bytes().strip())
    except OSError:
        empty = False  # the loader says what is wrong
    return None if empty else _cli()._load(path, layout=False)


def run_merge(args: argparse.Namespace) -> int:
    cli = _cli()
    base = _load_base(args.base)
    ours = cli._load(args.ours, layout=False)
    theirs = cli._load(args.theirs, layout=False)
    from stakeholder_map.compare import merge_maps
    from stakeholder_map.fileio import MapSaveError, save_map

    result = merge_maps(base, ours, theirs)
    try:
        save_map(result.map, args.output)
    except MapSaveError as exc:
        raise cli.CommandLineError(str(exc)) from None
    for old, new in result.renamed.items():
        cli._print(translate("VersionCommands", "Both sides added an item with the id {old}: theirs is now {new}.").format(
            old=old, new=new))
    for conflict in result.conflicts:
        cli._print(conflict.message)
    return EXIT_CONFLICTS if result.conflicts else EXIT_SAME


def default_command() -> str:
    """How git runs this program: its command when it is on the PATH, else this Python."""
    if getattr(sys, "frozen", False):  # the packaged app: git runs the bundle itself
        return shlex.quote(sys.executable)
    if shutil.which("stakeholder-map"):
        return "stakeholder-map"
    return f"{shlex.quote(sys.executable)} -m stakeholder_map"


def _git(*argv: str, cwd: str) -> str:
    cli = _cli()
    try:
        done = subprocess.run(["git", *argv], cwd=cwd, capture_output=True, text=True, timeout=60)
    except FileNotFoundError:
        raise cli.CommandLineError(translate("VersionCommands", "git is not installed or not on the PATH")) from None
    except OSError as exc:
        raise cli.CommandLineError(translate("VersionCommands", "git could not be run ({reason})").format(
            reason=exc)) from None
    if done.returncode != 0:
        raise cli.CommandLineError(done.stderr.strip() or translate("VersionCommands", "git {command} failed").format(
            command=argv[0]))
    return done.stdout.strip()


def run_git_setup(args: argparse.Namespace) -> int:
    cli = _cli()
    if not Path(args.repo).is_dir():
        raise cli.CommandLineError(translate("VersionCommands", "{folder}: there is no such folder").format(
            folder=args.repo))
    try:
        root = _git("rev-parse", "--show-toplevel", cwd=args.repo)
    except cli.CommandLineError:
        raise cli.CommandLineError(translate("VersionCommands", "{folder}: this folder is not in a git repository").format(
            folder=args.repo)) from None
    command = args.driver_command or default_command()
    line = f"{PATTERN} merge={DRIVER} diff={DRIVER}"
    attributes = Path(root) / ".gitattributes"
    try:
        text = attributes.read_text(encoding="utf-8") if attributes.exists() else ""
        if line not in text.splitlines():
            from stakeholder_map.fileio.atomic import write_file

            text += ("" if not text or text.endswith("\n") else "\n") + line + "\n"
            write_file(attributes, text.encode("utf-8"))
    except OSError as exc:
        raise cli.CommandLineError(translate("VersionCommands", "{file}: cannot be written ({reason})").format(
            file=attributes, reason=exc.strerror or exc)) from None
    settings = {
        f"merge.{DRIVER}.name": "Stakeholder Map three-way merge",
        f"merge.{DRIVER}.driver": f"{command} merge %O %A %B -o %A",
        f"diff.{DRIVER}.textconv": f"{command} diff --textconv",
    }
    for key, value in settings.items():
        _git("config", key, value, cwd=root)
    cli._print(translate("VersionCommands", "Added '{line}' to {file}.").format(line=line, file=attributes))
    cli._print(translate("VersionCommands", "git now merges maps with '{command}' and shows their "
                         "changes in words in git diff and git log -p.").format(
        command=settings[f"merge.{DRIVER}.driver"]))
    return EXIT_SAME
