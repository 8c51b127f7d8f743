"""Automatic layout of a map: banded columns, products in the middle (no Qt).

>>> from stakeholder_map.model import Map
>>> arrange(Map())
{}
"""

from stakeholder_map.layout.bands import NODE_HEIGHT, NODE_WIDTH, arrange
from stakeholder_map.layout.align import ALIGNMENTS, DIRECTIONS, align, distribute
from stakeholder_map.layout.placement import lay_out_missing, place_missing

__all__ = ["ALIGNMENTS", "DIRECTIONS", "NODE_HEIGHT", "NODE_WIDTH", "align", "arrange", "distribute",
           "lay_out_missing", "place_missing"]
