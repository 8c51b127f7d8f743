"""``export_map``: one call that writes a map as PNG, SVG, PDF, JSON, GraphML or CSV."""

from __future__ import annotations

import math
import os
from pathlib import Path

from stakeholder_map.fileio.saving import reason
from stakeholder_map.model import Map
from stakeholder_map.render.atomic import (
    check_folder,
    replace,
    temporary_sibling,
    write_atomically,
    write_pair_atomically,
)
from stakeholder_map.render.errors import ExportError

SUPPORTED_SUFFIXES = (".png", ".svg", ".pdf", ".json", ".graphml", ".csv")
MIN_SCALE, MAX_SCALE = 1.0, 4.0


def export_format(out_path: str | os.PathLike[str]) -> str:
    """The format for a destination, from its suffix in any case: ``"png"``, ``"svg"``...

    Raises ``ExportError`` for any other suffix, listing the supported ones.
    """
    suffix = Path(out_path).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        what = f"'{suffix}' is not a format this program writes" if suffix else "the name has no suffix"
        raise ExportError(
            f"cannot export to {os.fspath(out_path)}: {what} "
            f"(use one of {', '.join(SUPPORTED_SUFFIXES)})"
        )
    return suffix[1:]


def export_map(
    map_: Map, out_path: str | os.PathLike[str], *, scale: float = 1.0,
    transparent: bool = False, legend: bool = False,
) -> list[Path]:
    """Write ``map_`` to ``out_path`` in the format its suffix names; return the files written.

    - ``.png``: the map as on the canvas (roles, finding marks, optional legend), cropped to
      the map, ``scale`` 1 to 4 pixels per scene pixel, DPI 96 x scale recorded; with
      ``transparent`` the background is left see-through.
    - ``.svg`` / ``.pdf``: the same drawing as vectors with real text; the PDF is one page
      the size of the map. ``scale`` must still be 1-4 but changes nothing: vectors have no
      pixel size.
    - ``.json``: the v1 map file. ``.graphml``: a typed multigraph for yEd, Gephi, networkx.
    - ``.csv``: a pair of files: ``NAME.csv`` holds the elements and ``NAME-connections.csv``
      the connections (see ``stakeholder_map.fileio.spreadsheet``).

    Works without a display (a QApplication is created when needed, offscreen when no
    display is available). Every file is written to a temporary sibling first and moved into
    place, so a failure leaves no half-written file. Raises ``ExportError`` (one line) for an
    unknown suffix, a scale outside 1-4, a missing or unwritable folder, or a failed write.

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
        raise ExportError(f"the scale must be between {MIN_SCALE:g} and {MAX_SCALE:g}, not {scale}")
    out = Path(out_path)
    check_folder(out)
    if fmt == "csv":
        return _export_csv(map_, out)
    if fmt == "json":
        return [_export_json(map_, out)]
    if fmt == "graphml":
        return [_export_graphml(map_, out)]
    return [_export_drawing(map_, out, fmt, float(scale), transparent, legend)]


def _export_drawing(map_: Map, out: Path, fmt: str, scale: float, transparent: bool, legend: bool) -> Path:
    from stakeholder_map.render import raster, vector
    from stakeholder_map.render.scene import prepare

    writers = {"png": raster.write_png, "svg": vector.write_svg, "pdf": vector.write_pdf}
    # The temporary file comes first, so an unwritable folder is refused before any drawing.
    with temporary_sibling(out) as temp:
        prepared = prepare(map_, legend=legend)
        try:
            if fmt == "png":
                raster.write_png(prepared, temp, scale, transparent=transparent, legend=legend)
            else:
                writers[fmt](prepared, temp, transparent=transparent, legend=legend)
            written = temp.stat().st_size
        except OSError as err:
            raise ExportError(f"cannot export to {out}: {reason(err)}") from None
        if written == 0:  # Qt's writers report some failures only by writing nothing
            raise ExportError(f"cannot export to {out}: nothing could be written")
        replace(temp, out)
    return out


def _export_json(map_: Map, out: Path) -> Path:
    from stakeholder_map.fileio import save_map

    try:
        save_map(map_, out)
    except (OSError, ValueError) as err:
        # MapSaveError carries the plain reason; its own text repeats the file name.
        message = " ".join(str(getattr(err, "reason", None) or err).split()) or type(err).__name__
        raise ExportError(f"cannot export to {out}: {message}") from None
    return out


def _export_graphml(map_: Map, out: Path) -> Path:
    from stakeholder_map.analysis import analyze
    from stakeholder_map.fileio.graphml import write_graphml

    roles = analyze(map_).roles
    write_atomically(out, lambda tmp: write_graphml(map_, str(tmp), roles))
    return out


def _export_csv(map_: Map, out: Path) -> list[Path]:
    from stakeholder_map.fileio.spreadsheet import connections_path, spreadsheet_bytes

    elements, connections = spreadsheet_bytes(map_)
    pair = [(out, elements), (connections_path(out), connections)]
    write_pair_atomically(pair)
    return [p for p, _ in pair]
