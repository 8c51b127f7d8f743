"""``export_map``: one call that writes a map as PNG, SVG, PDF, JSON, GraphML or CSV."""

from __future__ import annotations

import io
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from stakeholder_map.fileio.atomic import check_regular, is_read_only, probe_folder, reason, write_files
from stakeholder_map.model import Map
from stakeholder_map.render.errors import ExportError
from stakeholder_map.texts import translate

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF

SUPPORTED_SUFFIXES = (".png", ".svg", ".pdf", ".json", ".graphml", ".gexf", ".xlsx", ".csv")
SLIDE_SIZES = {"1920x1080": (1920, 1080), "3840x2160": (3840, 2160)}  # 16:9 slides, in pixels
MIN_SCALE, MAX_SCALE = 1.0, 4.0


def export_format(out_path: str | os.PathLike[str]) -> str:
    """The format for a destination, from its suffix in any case: ``"png"``, ``"svg"``...

    Raises ``ExportError`` for any other suffix, listing the supported ones.
    """
    suffix = Path(out_path).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        text = (translate("Export", "cannot export to {path}: '{suffix}' is not a format this program "
                                    "writes (use one of {formats})") if suffix
                else translate("Export", "cannot export to {path}: the name has no suffix (use one of {formats})"))
        raise ExportError(text.format(path=os.fspath(out_path), suffix=suffix,
                                      formats=", ".join(SUPPORTED_SUFFIXES)))
    return suffix[1:]


def export_map(
    map_: Map, out_path: str | os.PathLike[str], *, scale: float = 1.0,
    transparent: bool = False, legend: bool = False, title: bool = False, rings: bool = True,
    area: QRectF | None = None, only: Iterable[str] | None = None, slide: str | None = None,
) -> list[Path]:
    """Write ``map_`` to ``out_path`` in the format its suffix names; return the files written.

    - ``.png``: the map as on the canvas (roles, finding marks, optional legend), cropped to
      the map, ``scale`` 1 to 4 pixels per scene pixel, DPI 96 x scale recorded; with
      ``transparent`` the background is left see-through.
    - ``.svg`` / ``.pdf``: the same drawing as vectors with real text; the PDF is one page
      the size of the map. ``scale`` must still be 1-4 but changes nothing: vectors have no
      pixel size.
    - Drawings only: ``title`` draws the map's title above it, ``rings=False`` leaves out the
      finding rings (a clean picture; roles stay), ``area`` (a scene rectangle: the window's
      view) or ``only`` (node ids: the window's selection) draw part of the map, and
      ``slide`` (``"1920x1080"`` or ``"3840x2160"``) makes a 16:9 picture of exactly that
      many pixels with the map fitted in (``scale`` then must stay 1).
    - ``.json``: the v1 map file. ``.graphml``: a typed multigraph for yEd, Gephi, networkx,
      with yEd's drawing of each node and link. ``.gexf``: the same graph for Gephi, with
      positions and colours.
    - ``.xlsx``: a workbook with the sheets *Elements* and *Connections* (Kumu's layout).
    - ``.csv``: a pair of files: ``NAME.csv`` holds the elements and ``NAME-connections.csv``
      the connections (see ``stakeholder_map.fileio.spreadsheet``).

    Works without a display (a QApplication is created when needed, offscreen when no
    display is available). Every file is drawn in memory, then written by the program's one
    atomic writer (``fileio.atomic``): a failure leaves the old file byte-identical and no
    temporary file. Raises ``ExportError`` (one line) for an unknown suffix, a scale outside
    1-4, a missing or unwritable folder, a read-only file in the way, or a failed write.

    >>> import pathlib, tempfile
    >>> from stakeholder_map.model import Kind, Map
    >>> m = Map("Demo")
    >>> _ = m.add_node("app", Kind.PRODUCT, "App", x=0, y=0)
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> [p.name for p in export_map(m, folder / "demo.csv")]
    ['demo.csv', 'demo-connections.csv']
    >>> export_map(m, folder / "demo.bmp")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    stakeholder_map.render.errors.ExportError: cannot export to ...demo.bmp: '.bmp' is not a format ...
    """
    fmt = export_format(out_path)
    if isinstance(scale, bool) or not isinstance(scale, (int, float)) or not math.isfinite(scale) \
            or not MIN_SCALE <= scale <= MAX_SCALE:
        raise ExportError(translate("Export", "the scale must be between {low} and {high}, not {scale}").format(
            low=f"{MIN_SCALE:g}", high=f"{MAX_SCALE:g}", scale=scale))
    if slide is not None and slide not in SLIDE_SIZES:
        raise ExportError(translate("Export", "the slide size must be one of {sizes}, not {slide}").format(
            sizes=", ".join(SLIDE_SIZES), slide=repr(slide)))
    if slide is not None and scale != 1:
        raise ExportError(translate("Export", "choose a scale or a slide size, not both"))
    if only is not None and not (only := frozenset(only)):
        raise ExportError(translate("Export", "nothing is selected: select the nodes to export, or export the "
                                              "whole map"))
    out = Path(out_path)
    outputs = [out]
    if fmt == "csv":
        from stakeholder_map.fileio.spreadsheet import connections_path

        outputs.append(connections_path(out))
    for path in outputs:
        check_destination(path)
    if fmt == "csv":
        files = _csv_files(map_, out)
    elif fmt == "json":
        files = [(out, _json_bytes(map_, out))]
    elif fmt == "graphml":
        files = [(out, _graphml_bytes(map_))]
    elif fmt == "gexf":
        files = [(out, _gexf_bytes(map_))]
    elif fmt == "xlsx":
        files = [(out, _xlsx_bytes(map_, out))]
    else:
        from stakeholder_map.render.scene import Picture

        picture = Picture(title=title, legend=legend, rings=rings, area=area, only=only)
        files = [(out, _drawing_bytes(map_, out, fmt, float(scale), transparent, picture,
                                      SLIDE_SIZES.get(slide)))]
    write_output(files)
    return [path for path, _ in files]


def check_destination(destination: Path) -> None:
    """Raise ``ExportError`` unless ``destination`` can be written (tried, not guessed)."""
    folder = destination.parent
    if not folder.exists():
        raise ExportError(translate("Export", "cannot export to {path}: the folder {folder} does not exist").format(
            path=destination, folder=folder))
    if not folder.is_dir():
        raise ExportError(translate("Export", "cannot export to {path}: {folder} is not a folder").format(
            path=destination, folder=folder))
    if destination.is_dir():
        raise ExportError(translate("Export", "cannot export to {path}: it is a folder").format(path=destination))
    if is_read_only(destination):
        raise ExportError(translate("Export", "cannot export to {path}: the file is read-only").format(
            path=destination))
    try:
        check_regular(destination)
    except OSError as err:
        raise ExportError(cannot_export(destination, reason(err))) from None
    try:
        probe_folder(destination)
    except OSError as err:
        raise ExportError(translate("Export", "cannot export to {path}: the folder is not writable ({reason})").format(
            path=destination, reason=reason(err))) from None


def cannot_export(path, why: str) -> str:
    """``cannot export to PATH: WHY`` in the user's language (``why`` already is)."""
    return translate("Export", "cannot export to {path}: {reason}").format(path=path, reason=why)


def write_output(files: list[tuple[Path, bytes]]) -> None:
    """Write every export file through the program's one atomic writer; ``ExportError`` on failure."""
    try:
        write_files(files)
    except OSError as err:
        where = err.filename or files[0][0]
        raise ExportError(cannot_export(where, reason(err))) from None


def _drawing_bytes(map_: Map, out: Path, fmt: str, scale: float, transparent: bool, picture,
                   size: tuple[int, int] | None) -> bytes:
    from stakeholder_map.render import raster, vector
    from stakeholder_map.render.scene import prepare

    try:
        prepared = prepare(map_, picture=picture)
        if fmt == "png":
            data = raster.png_bytes(prepared, scale, transparent=transparent, size=size)
        elif fmt == "svg":
            data = vector.svg_bytes(prepared, transparent=transparent, size=size)
        else:
            data = vector.pdf_bytes(prepared, transparent=transparent, size=size)
    except (OverflowError, MemoryError):
        # Qt's sizes are 32-bit: coordinates far out (valid in the file) do not fit them.
        raise ExportError(translate(
            "Export", "cannot export to {path}: the map is too large to draw as {format} (some nodes are "
            "very far from the others; move them closer)").format(path=out, format=fmt.upper())) from None
    if not data:  # Qt's writers report some failures only by writing nothing
        raise ExportError(translate("Export", "cannot export to {path}: nothing could be written").format(path=out))
    return data


def _json_bytes(map_: Map, out: Path) -> bytes:
    from stakeholder_map.fileio import dumps_map

    try:
        return dumps_map(map_).encode("utf-8")
    except UnicodeEncodeError:
        raise ExportError(translate(
            "Export", "cannot export to {path}: the map holds text that cannot be written as UTF-8").format(
                path=out)) from None
    except ValueError as err:
        message = " ".join(str(err).split()) or type(err).__name__
        raise ExportError(cannot_export(out, message)) from None


def _graphml_bytes(map_: Map) -> bytes:
    from stakeholder_map.analysis import analyze
    from stakeholder_map.fileio.graphml import write_graphml

    buffer = io.BytesIO()
    write_graphml(map_, buffer, analyze(map_).roles)
    return buffer.getvalue()


def _gexf_bytes(map_: Map) -> bytes:
    from stakeholder_map.analysis import analyze
    from stakeholder_map.fileio.graphml import write_gexf

    buffer = io.BytesIO()
    write_gexf(map_, buffer, analyze(map_).roles)
    return buffer.getvalue()


def _xlsx_bytes(map_: Map, out: Path) -> bytes:
    from stakeholder_map.fileio.spreadsheet import write_xlsx
    from stakeholder_map.fileio.spreadsheet_xlsx import CellTooLongError

    buffer = io.BytesIO()
    try:
        write_xlsx(map_, buffer)
    except CellTooLongError as err:
        raise ExportError(cannot_export(out, str(err))) from None
    return buffer.getvalue()


def _csv_files(map_: Map, out: Path) -> list[tuple[Path, bytes]]:
    from stakeholder_map.fileio.spreadsheet import connections_path, spreadsheet_bytes

    elements, connections = spreadsheet_bytes(map_)
    return [(out, elements), (connections_path(out), connections)]
