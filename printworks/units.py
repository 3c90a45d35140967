"""Lengths as layouts write them (``"12mm"``, ``"0.5in"``, ``"9pt"``), read into points.

Each renderer converts points to its own units at its edge (EMUs in the deck).
"""

from __future__ import annotations

import re
from functools import cache

_PER_UNIT = {"pt": 1.0, "mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0}
_LENGTH = re.compile(r"\s*(-?(?:\d+(?:\.\d+)?|\.\d+))\s*(pt|mm|cm|in)\s*")


@cache
def points(length: str) -> float:
    """``length``, a number and its unit (pt, mm, cm or in), in points; ValueError if not."""
    match = _LENGTH.fullmatch(length)
    if not match:
        raise ValueError(f"{length!r} is not a length: write a number and pt, mm, cm or in")
    return float(match[1]) * _PER_UNIT[match[2]]
