"""The ``stakeholder-map`` command (spec section 5).

``analyze`` and ``--version`` never import Qt (``--version`` not even networkx): every
heavy import happens inside the function of the command that needs it. Bad input never
shows a traceback: one ``error: ...`` line on standard error and exit status 2.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import re
import sys
from typing import NoReturn, Sequence

from stakeholder_map import __version__, heap, texts

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2
COMMANDS = ("analyze", "export", "import", "diff", "merge", "git-setup", "report")
MIN_SCALE, MAX_SCALE = 1.0, 4.0


class CommandLineError(Exception):
    """Bad arguments or bad input: the message is shown as ``error: <message>``."""


class _Exit(Exception):
    """argparse finished on its own (``--help``) with this status."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that reports problems to ``main`` instead of exiting."""

    def error(self, message: str) -> NoReturn:
        raise CommandLineError(f"{message} (see '{self.prog} --help')")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise _Exit(status)


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"the scale must be a number, not {text!r}") from None
    if not MIN_SCALE <= value <= MAX_SCALE:  # also refuses nan
        raise argparse.ArgumentTypeError(
            f"the scale must be between {MIN_SCALE:g} and {MAX_SCALE:g}, not {text}"
        )
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="stakeholder-map",
        description="Draw who uses, pays for, decides on and influences a product, and see "
        "the gaps. Without a command, opens the editor (on PATH when given).",
        epilog="Examples: 'stakeholder-map' opens an empty map; 'stakeholder-map PATH' opens "
        "PATH; 'stakeholder-map analyze PATH --fail-on error' checks a map in a script.",
    )
    parser.add_argument("--version", action="version", version=f"stakeholder-map {__version__}")
    commands = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    analyze = commands.add_parser(
        "analyze", help="list each stakeholder's roles and the map's gaps, without a window",
        description="Analyse a map: each stakeholder's roles and the gaps found. Exit status: "
        "0 analysed, 1 a finding at or above --fail-on exists, 2 the file could not be read.",
    )
    analyze.add_argument("path", metavar="PATH", help="the map file (.stakemap.json), or - to read standard input")
    analyze.add_argument("--format", choices=("text", "json"), default="text",
                         help="text for people (default) or json for programs")
    analyze.add_argument("--fail-on", choices=("error", "warning", "info"), default=None,
                         help="exit with status 1 when a finding of this severity or higher exists")
    export = commands.add_parser(
        "export", help="render the map to .png, .svg, .pdf, .json, .graphml, .gexf, .xlsx or .csv, without a window",
        description="Render a map to a file; the format follows OUT's suffix.",
    )
    export.add_argument("path", metavar="PATH", help="the map file (.stakemap.json)")
    export.add_argument("-o", "--output", metavar="OUT", required=True, help="the file to write")
    export.add_argument("--scale", type=_scale, default=1.0,
                        help=f"image scale, {MIN_SCALE:g} to {MAX_SCALE:g} (default 1)")
    export.add_argument("--transparent", action="store_true", help="no background (png, svg)")
    export.add_argument("--legend", action="store_true", help="draw the legend of kinds and links")
    export.add_argument("--title", action="store_true", help="draw the map's title above it")
    export.add_argument("--no-rings", dest="rings", action="store_false",
                        help="leave out the finding rings: a clean picture (roles stay)")
    export.add_argument("--slide", choices=("1920x1080", "3840x2160"), default=None,
                        help="a 16:9 picture of exactly this many pixels, the map fitted in")
    _add_import(commands)
    _add_report_parser(commands)
    from stakeholder_map import cli_versions

    cli_versions.add_commands(commands)
    return parser


def _add_report_parser(commands) -> None:
    report = commands.add_parser(
        "report", help="write a stakeholder report (.pdf or .html), without a window",
        description="Write a stakeholder report: the title, the map's picture, every "
        "stakeholder with its roles and links, the findings with what to do, and the key "
        "stakeholders. The format follows OUT's suffix: .pdf or .html.",
    )
    report.add_argument("path", metavar="PATH", help="the map file (.stakemap.json)")
    report.add_argument("-o", "--output", metavar="OUT", required=True,
                        help="the report to write (.pdf or .html)")
    report.add_argument("--page", choices=("a4", "letter"), default=None,
                        help="the PDF's paper size (default: from your locale)")


def run_report(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from stakeholder_map.render import ExportError
        from stakeholder_map.render.report import report_format, write_report
    except ImportError as exc:
        raise CommandLineError(f"reports are not available here ({exc})") from None
    try:
        report_format(args.output)  # a wrong suffix is refused before the map is read
    except ExportError as exc:
        raise CommandLineError(str(exc)) from None
    the_map = _load(args.path, layout=True)
    try:
        write_report(the_map, args.output, page=args.page)
    except (ExportError, OSError, ValueError) as exc:
        raise CommandLineError(str(exc) or f"{args.output}: the report cannot be written") from None
    return EXIT_OK


def _add_import(commands) -> None:
    sheet = commands.add_parser(
        "import", help="build a map from a spreadsheet (.xlsx, or either file of a CSV pair)",
        description="Build a map from a Kumu-style spreadsheet: an .xlsx workbook with Elements "
        "and Connections sheets, or a CSV pair (map.csv + map-connections.csv, Elements.csv + "
        "Connections.csv, 'X - Elements.csv' + 'X - Connections.csv'). Whatever does not come in "
        "is listed on standard error with its line; nodes without X and Y are laid out. Exit "
        "status: 0 written, 2 nothing could be imported or written.",
    )
    sheet.add_argument("path", metavar="SHEET", help="the workbook, or either file of the CSV pair")
    sheet.add_argument("-o", "--output", metavar="MAP", required=True,
                       help="the map file to write (.stakemap.json)")


def run_import(args: argparse.Namespace) -> int:
    from stakeholder_map.fileio import save_map
    from stakeholder_map.fileio.spreadsheet import SpreadsheetError, import_spreadsheet

    if not args.output.lower().endswith(".json"):
        raise CommandLineError(f"{args.output}: the map file's name must end in .stakemap.json")
    try:
        the_map, problems = import_spreadsheet(args.path)
    except SpreadsheetError as exc:
        raise CommandLineError(str(exc)) from None
    if not the_map.nodes:
        first = f" ({problems[0].file}, line {problems[0].line}: {problems[0].message})" if problems else ""
        raise CommandLineError(f"{args.path}: nothing in it can be imported{first}")
    for where, line, message in problems:
        sys.stderr.write(f"not imported: {_one_line(f'{where}, line {line}: {message}')}\n")
    from stakeholder_map.layout import lay_out_missing

    try:
        save_map(lay_out_missing(the_map), args.output)
    except (OSError, ValueError) as exc:
        raise CommandLineError(str(exc)) from None
    return EXIT_OK


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="stakeholder-map", add_help=False)
    parser.add_argument("path", metavar="PATH", nargs="?")
    return parser


# Terminal control characters (C0 but tab and newline, DEL, C1) and the invisible
# direction overrides: a name holding ESC [8m would hide whatever is printed after it.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    r"""``text`` with every control character shown as an escape, so a terminal shows it
    instead of obeying it; tab and newline stay as they are.

    >>> visible("Ann\x1b[8m hidden\x07")
    'Ann\\x1b[8m hidden\\x07'
    """
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _one_line(text: str) -> str:
    return visible(" ".join(str(text).split()))


def _load(path: str, *, layout: bool):
    from stakeholder_map.fileio import MapFileError, load_map

    try:
        if path == "-":
            from stakeholder_map.fileio import loads_map
            from stakeholder_map.fileio.v1 import MAX_BYTES

            loaded = loads_map(sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>")
        else:
            loaded = load_map(path)
        if not layout:
            return loaded
        from stakeholder_map.layout import lay_out_missing

        return lay_out_missing(loaded)
    except MapFileError as exc:
        raise CommandLineError(str(exc)) from None
    except (OSError, ValueError, RecursionError, MemoryError) as exc:
        raise CommandLineError(f"{path}: the map cannot be read ({exc})") from None


def _print(text: str) -> None:
    """The one way output is written: whatever the terminal's encoding (unprintable
    characters become '?'), control characters shown, never obeyed (JSON has none raw)."""
    encoding = sys.stdout.encoding or "utf-8"
    sys.stdout.write(visible(text).encode(encoding, "replace").decode(encoding) + "\n")
    sys.stdout.flush()


def run_analyze(args: argparse.Namespace) -> int:
    # A one-shot command that makes hundreds of thousands of objects and no garbage
    # cycles worth collecting: without the cycle collector a big map loads, analyses
    # and prints in about two thirds of the time.
    with heap.paused():
        return _analyze(args)


def _analyze(args: argparse.Namespace) -> int:
    the_map = _load(args.path, layout=False)
    from stakeholder_map.analysis import Severity, analyze

    result = analyze(the_map)
    if args.format == "json":
        _print(json.dumps(result.to_json(the_map.nodes)))
    else:
        from stakeholder_map.analysis.report import text_report

        _print(text_report(the_map, result))
    if args.fail_on is not None:
        threshold = Severity(args.fail_on).rank
        if any(f.severity.rank >= threshold for f in result.findings):
            return EXIT_FINDINGS
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    the_map = _load(args.path, layout=True)
    # Rendering needs no screen; the user's own QT_QPA_PLATFORM still wins.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from stakeholder_map.render import ExportError, export_map
    except ImportError as exc:
        raise CommandLineError(f"exporting is not available here ({exc})") from None

    try:
        export_map(the_map, args.output, scale=args.scale, transparent=args.transparent,
                   legend=args.legend, title=args.title, rings=args.rings, slide=args.slide)
    except (ExportError, OSError, ValueError) as exc:
        raise CommandLineError(str(exc) or f"{args.output}: the map cannot be exported") from None
    return EXIT_OK


def run_gui(path: str | None) -> int:
    from stakeholder_map.display import problem

    reason = problem()
    if reason is not None:
        raise CommandLineError(reason)
    from stakeholder_map.ui.app import run

    return run(path)


def gui_main() -> int:
    """The entry point without a console (Windows' ``pythonw``): like ``main``, but with
    nowhere to print, messages go nowhere instead of failing."""
    if sys.stdout is None:
        sys.stdout = _Nowhere()
    if sys.stderr is None:
        sys.stderr = _Nowhere()
    return main()


class _Nowhere(io.TextIOBase):
    """A text stream that takes everything and keeps nothing."""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return len(text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 done, 1 findings, 2 bad input)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    texts.set_language(texts.system_language())  # the window may choose another (Preferences)
    try:
        if argv and (argv[0] in COMMANDS or argv[0].startswith("-")):
            args = build_parser().parse_args(argv)
            if args.command == "analyze":
                return run_analyze(args)
            if args.command == "export":
                return run_export(args)
            if args.command == "import":
                return run_import(args)
            if args.command == "report":
                return run_report(args)
            if args.command is not None:
                from stakeholder_map import cli_versions

                return cli_versions.run(args)
            raise CommandLineError("choose a command (see 'stakeholder-map --help')")
        if len(argv) > 1:
            raise CommandLineError(
                f"unknown command {argv[0]!r}: the commands are {', '.join(COMMANDS)}, or give "
                "one PATH to open it (see 'stakeholder-map --help')"
            )
        return run_gui(_gui_parser().parse_args(argv).path)
    except _Exit as done:
        return done.status
    except CommandLineError as exc:
        sys.stderr.write(f"error: {_one_line(str(exc))}\n")
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        # The reader went away (``| head``): stop quietly, without a traceback at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
