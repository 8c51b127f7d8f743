"""Exports: the map drawn exactly as on the canvas (PNG, SVG, PDF) or as data (JSON, GraphML, GEXF,
spreadsheets).

>>> from stakeholder_map.render import export_map, ExportError, SUPPORTED_SUFFIXES
>>> SUPPORTED_SUFFIXES
('.png', '.svg', '.pdf', '.json', '.graphml', '.gexf', '.xlsx', '.csv')
"""

from stakeholder_map.render.errors import ExportError
from stakeholder_map.render.export import SUPPORTED_SUFFIXES, export_format, export_map

__all__ = ["SUPPORTED_SUFFIXES", "ExportError", "export_format", "export_map"]
