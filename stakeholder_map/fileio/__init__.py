"""Files: the v1 map format (read, write, save atomically) and interchange formats.

>>> from stakeholder_map.model import Map, Kind
>>> m = Map("Demo")
>>> _ = m.add_node("app", Kind.PRODUCT, "App", x=0, y=0)
>>> loads_map(dumps_map(m)) == m
True
"""

from stakeholder_map.fileio.atomic import is_read_only, remove_leftovers
from stakeholder_map.fileio.errors import MapFileError, MapSaveError
from stakeholder_map.fileio.saving import save_map
from stakeholder_map.fileio.v1 import load_map, loads_map
from stakeholder_map.fileio.writer import dumps_map

__all__ = [
    "MapFileError", "MapSaveError", "dumps_map", "is_read_only", "load_map", "loads_map",
    "remove_leftovers", "save_map",
]
