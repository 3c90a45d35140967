"""Lengths as DrawingML stores them: points to EMUs and to hundredths of a point."""

from __future__ import annotations

EMU_PER_PT = 12700
_EMU_PER_CENTIPOINT = 127


def emu(points: float) -> int:
    """A length in points as EMUs, rounded to the nearest (a plain int: what DrawingML writes,
    and what python-pptx takes for a length)."""
    return round(points * EMU_PER_PT)


def centipoints(points: float) -> int:
    """A length in points as the hundredths of a point DrawingML stores, as python-pptx rounds."""
    return int(points * EMU_PER_PT) // _EMU_PER_CENTIPOINT
