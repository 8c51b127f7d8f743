"""Comparing and merging versions of a map, for teams that keep maps in git.

Plain functions of maps and their file documents (no Qt): ``diff_maps`` says what changed,
``merge_maps`` combines two people's changes to a common base.
"""

from stakeholder_map.compare.diff import MapDiff, diff_maps
from stakeholder_map.compare.merge import CONFLICTS_FIELD, Conflict, MergeResult, merge_maps

__all__ = ["CONFLICTS_FIELD", "Conflict", "MapDiff", "MergeResult", "diff_maps", "merge_maps"]
