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
from stakeholder_map.texts import translate

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


class _Formatter(argparse.HelpFormatter):
    """argparse's help in the user's language: "usage:" is argparse's own word."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups,
                          translate("CommandLine", "usage: ") if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """An ArgumentParser that reports problems to ``main`` instead of exiting, and whose own
    headings, ``--help`` and common error sentences read in the user's language."""

    def __init__(self, *args, add_help: bool = True, **kwargs) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, add_help=False, **kwargs)
        self._positionals.title = translate("CommandLine", "positional arguments")
        self._optionals.title = translate("CommandLine", "options")
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS,
                              help=translate("CommandLine", "show this help message and exit"))

    def error(self, message: str) -> NoReturn:
        raise CommandLineError(translate("CommandLine", "{message} (see '{prog} --help')").format(
            message=_argparse_words(message), prog=self.prog))

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise _Exit(status)


# argparse's own messages people meet (it has no catalogue of its own), matched and said again
_ARGPARSE_MESSAGES = (
    (re.compile(r"the following arguments are required: (?P<names>.*)"),
     lambda: translate("CommandLine", "the following arguments are required: {names}")),
    (re.compile(r"unrecognized arguments: (?P<names>.*)"),
     lambda: translate("CommandLine", "unrecognized arguments: {names}")),
    (re.compile(r"argument (?P<name>\S+): invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)"),
     lambda: translate("CommandLine", "argument {name}: invalid choice: {value} (choose from {choices})")),
    (re.compile(r"argument (?P<name>\S+): expected one argument"),
     lambda: translate("CommandLine", "argument {name}: expected one argument")),
    (re.compile(r"argument (?P<name>\S+): (?P<problem>.*)"),
     lambda: translate("CommandLine", "argument {name}: {problem}")),
)


def _argparse_words(message: str) -> str:
    """One of argparse's error sentences in the user's language (as it is when unknown)."""
    for pattern, sentence in _ARGPARSE_MESSAGES:
        match = pattern.fullmatch(message)
        if match:
            return sentence().format(**match.groupdict())
    return message


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(translate("CommandLine", "the scale must be a number, not {text}")
                                         .format(text=repr(text))) from None
    if not MIN_SCALE <= value <= MAX_SCALE:  # also refuses nan
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "the scale must be between {low} and {high}, not {text}").format(
                low=f"{MIN_SCALE:g}", high=f"{MAX_SCALE:g}", text=text))
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="stakeholder-map",
        description=translate("CommandLine", "Draw who uses, pays for, decides on and influences a product, "
                              "and see the gaps. Without a command, opens the editor (on PATH when given)."),
        epilog=translate("CommandLine", "Examples: 'stakeholder-map' opens an empty map; 'stakeholder-map "
                         "PATH' opens PATH; 'stakeholder-map analyze PATH --fail-on error' checks a map "
                         "in a script."),
    )
    parser.add_argument("--version", action="version", version=f"stakeholder-map {__version__}",
                        help=translate("CommandLine", "show program's version number and exit"))
    commands = parser.add_subparsers(dest="command", title=translate("CommandLine", "commands"),
                                     metavar="COMMAND")
    analyze = commands.add_parser(
        "analyze", help=translate("CommandLine", "list each stakeholder's roles and the map's gaps, without "
                                  "a window"),
        description=translate("CommandLine", "Analyse a map: each stakeholder's roles and the gaps found. "
                              "Exit status: 0 analysed, 1 a finding at or above --fail-on exists, 2 the file "
                              "could not be read."),
    )
    analyze.add_argument("path", metavar="PATH", help=translate(
        "CommandLine", "the map file (.stakemap.json), or - to read standard input"))
    analyze.add_argument("--format", choices=("text", "json"), default="text",
                         help=translate("CommandLine", "text for people (default) or json for programs"))
    analyze.add_argument("--fail-on", choices=("error", "warning", "info"), default=None,
                         help=translate("CommandLine", "exit with status 1 when a finding of this severity "
                                        "or higher exists"))
    export = commands.add_parser(
        "export", help=translate("CommandLine", "render the map to .png, .svg, .pdf, .json, .graphml, .gexf, "
                                 ".xlsx or .csv, without a window"),
        description=translate("CommandLine", "Render a map to a file; the format follows OUT's suffix."),
    )
    export.add_argument("path", metavar="PATH", help=translate("CommandLine", "the map file (.stakemap.json)"))
    export.add_argument("-o", "--output", metavar="OUT", required=True,
                        help=translate("CommandLine", "the file to write"))
    export.add_argument("--scale", type=_scale, default=1.0,
                        help=translate("CommandLine", "image scale, {low} to {high} (default 1)").format(
                            low=f"{MIN_SCALE:g}", high=f"{MAX_SCALE:g}"))
    export.add_argument("--transparent", action="store_true",
                        help=translate("CommandLine", "no background (png, svg)"))
    export.add_argument("--legend", action="store_true",
                        help=translate("CommandLine", "draw the legend of kinds and links"))
    export.add_argument("--title", action="store_true",
                        help=translate("CommandLine", "draw the map's title above it"))
    export.add_argument("--no-rings", dest="rings", action="store_false",
                        help=translate("CommandLine", "leave out the finding rings: a clean picture (roles stay)"))
    export.add_argument("--slide", choices=("1920x1080", "3840x2160"), default=None,
                        help=translate("CommandLine", "a 16:9 picture of exactly this many pixels, the map "
                                       "fitted in"))
    _add_import(commands)
    _add_report_parser(commands)
    from stakeholder_map import cli_versions

    cli_versions.add_commands(commands)
    return parser


def _add_report_parser(commands) -> None:
    report = commands.add_parser(
        "report", help=translate("CommandLine", "write a stakeholder report (.pdf or .html), without a window"),
        description=translate("CommandLine", "Write a stakeholder report: the title, the map's picture, every "
                              "stakeholder with its roles and links, the findings with what to do, and the key "
                              "stakeholders. The format follows OUT's suffix: .pdf or .html."),
    )
    report.add_argument("path", metavar="PATH", help=translate("CommandLine", "the map file (.stakemap.json)"))
    report.add_argument("-o", "--output", metavar="OUT", required=True,
                        help=translate("CommandLine", "the report to write (.pdf or .html)"))
    report.add_argument("--page", choices=("a4", "letter"), default=None,
                        help=translate("CommandLine", "the PDF's paper size (default: from your locale)"))


def run_report(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from stakeholder_map.render import ExportError
        from stakeholder_map.render.report import report_format, write_report
    except ImportError as exc:
        raise CommandLineError(translate("CommandLine", "reports are not available here ({reason})").format(
            reason=exc)) from None
    try:
        report_format(args.output)  # a wrong suffix is refused before the map is read
    except ExportError as exc:
        raise CommandLineError(str(exc)) from None
    the_map = _load(args.path, layout=True)
    try:
        write_report(the_map, args.output, page=args.page)
    except (ExportError, OSError, ValueError) as exc:
        raise CommandLineError(str(exc) or translate("CommandLine", "{path}: the report cannot be written").format(
            path=args.output)) from None
    return EXIT_OK


def _add_import(commands) -> None:
    sheet = commands.add_parser(
        "import", help=translate("CommandLine", "build a map from a spreadsheet (.xlsx, or either file of a "
                                 "CSV pair)"),
        description=translate("CommandLine", "Build a map from a Kumu-style spreadsheet: an .xlsx workbook "
                              "with Elements and Connections sheets, or a CSV pair (map.csv + "
                              "map-connections.csv, Elements.csv + Connections.csv, 'X - Elements.csv' + "
                              "'X - Connections.csv'). Whatever does not come in is listed on standard error "
                              "with its line; nodes without X and Y are laid out. Exit status: 0 written, 2 "
                              "nothing could be imported or written."),
    )
    sheet.add_argument("path", metavar="SHEET",
                       help=translate("CommandLine", "the workbook, or either file of the CSV pair"))
    sheet.add_argument("-o", "--output", metavar="MAP", required=True,
                       help=translate("CommandLine", "the map file to write (.stakemap.json)"))


def run_import(args: argparse.Namespace) -> int:
    from stakeholder_map.fileio import save_map
    from stakeholder_map.fileio.spreadsheet import SpreadsheetError, import_spreadsheet

    if not args.output.lower().endswith(".json"):
        raise CommandLineError(translate("CommandLine", "{path}: the map file's name must end in "
                                         ".stakemap.json").format(path=args.output))
    try:
        the_map, problems = import_spreadsheet(args.path)
    except SpreadsheetError as exc:
        raise CommandLineError(str(exc)) from None
    if not the_map.nodes:
        if problems:
            raise CommandLineError(translate("CommandLine", "{path}: nothing in it can be imported ({file}, "
                                             "line {line}: {reason})").format(
                path=args.path, file=problems[0].file, line=problems[0].line, reason=problems[0].message))
        raise CommandLineError(translate("CommandLine", "{path}: nothing in it can be imported").format(
            path=args.path))
    for where, line, message in problems:
        what = translate("CommandLine", "not imported: {file}, line {line}: {reason}").format(
            file=where, line=line, reason=message)
        sys.stderr.write(f"{_one_line(what)}\n")
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
        raise CommandLineError(translate("CommandLine", "{path}: the map cannot be read ({reason})").format(
            path=path, reason=exc)) from None


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
        raise CommandLineError(translate("CommandLine", "exporting is not available here ({reason})").format(
            reason=exc)) from None

    try:
        export_map(the_map, args.output, scale=args.scale, transparent=args.transparent,
                   legend=args.legend, title=args.title, rings=args.rings, slide=args.slide)
    except (ExportError, OSError, ValueError) as exc:
        raise CommandLineError(str(exc) or translate("CommandLine", "{path}: the map cannot be exported").format(
            path=args.output)) from None
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
    texts.settle_locale_environment()  # before Qt reads it
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
            raise CommandLineError(translate("CommandLine", "choose a command (see 'stakeholder-map --help')"))
        if len(argv) > 1:
            raise CommandLineError(translate(
                "CommandLine", "unknown command {command}: the commands are {commands}, or give one PATH to "
                "open it (see 'stakeholder-map --help')").format(command=repr(argv[0]), commands=", ".join(COMMANDS)))
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
