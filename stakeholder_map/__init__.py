"""Stakeholder Map: draw who uses, pays for, decides on and influences a product."""

__version__ = "1.0.0"
