"""Colours as arithmetic on six hex digits: one mixed toward another, and how well two stand
apart, as WCAG measures it."""

from __future__ import annotations

from functools import lru_cache

TEXT = 4.5  # the least contrast of text with what is behind it
GRAPHIC = 3.0  # the least contrast of a graphic (a bar, an icon) with what is behind it


@lru_cache(maxsize=4096)
def luminance(colour: str) -> float:
    """WCAG relative luminance of a hex colour (six hex digits)."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(one: str, other: str) -> float:
    """The WCAG contrast ratio of two hex colours (1 to 21)."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def mix(one: str, other: str, share: float) -> str:
    """The colour ``share`` of the way from ``one`` to ``other`` (0: ``one``, 1: ``other``): a
    tint, a shade, or ``other`` laid over ``one`` at opacity ``share``."""
    a = [int(one[i : i + 2], 16) for i in (0, 2, 4)]
    b = [int(other[i : i + 2], 16) for i in (0, 2, 4)]
    return "".join(f"{round(x + (y - x) * share):02X}" for x, y in zip(a, b, strict=True))
