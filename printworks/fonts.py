"""Font aliases (``layouts/fonts.yaml``) -> font files in ``fonts/``, and their glyph coverage.

Renderer-neutral: registering a face with ReportLab, or naming it in a deck, happens in the
renderer's own package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict

from printworks.errors import PrintworksError
from printworks.layout import read_layout
from printworks.resources import fonts_dir


class FontError(PrintworksError):
    """A font alias with no file behind it."""


class FontTable(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    faces: dict[str, str]


@cache
def font_table() -> FontTable:
    return read_layout("fonts.yaml", FontTable)


def font_path(alias: str) -> Path:
    """The file of the face called ``alias``."""
    try:
        name = font_table().faces[alias]
    except KeyError:
        known = ", ".join(font_table().faces)
        raise FontError(f"no font alias '{alias}' in fonts.yaml (known: {known})") from None
    path = fonts_dir() / name
    if not path.is_file():
        raise FontError(f"font alias '{alias}' names {path}, which does not exist")
    return path


@cache
def charset(alias: str) -> frozenset[int]:
    """The code points the face called ``alias`` has a glyph for."""
    from fontTools.ttLib import TTFont  # a parser only; loaded when coverage is asked for

    with TTFont(font_path(alias), lazy=True) as font:
        return frozenset(font.getBestCmap())
