"""Fonts for the case file: registering faces with ReportLab, and picking a face per character.

A style names a chain of font aliases; each character is drawn in the first face of the chain
(then of the layout's fallback chain) that has a glyph for it. A character no face has is
reported by :func:`glyph_warnings` and drawn as a visible code, never as an empty box.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from pydantic import BaseModel

from printworks.fonts import font_path
from printworks.markup import Text
from printworks.model import Role

from .config import CasefileLayout, load_layout

PREFIX = "pw-"
_SPACES = frozenset(map(ord, " \n\r\t"))


@cache
def registered(alias: str) -> str:
    """The ReportLab name of the face called ``alias``, registering it on first use."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = PREFIX + alias
    pdfmetrics.registerFont(TTFont(name, str(font_path(alias))))
    return name


@cache
def charset(alias: str) -> frozenset[int]:
    """The code points the face ``alias`` has glyphs for, read from the registered face
    (ReportLab has parsed its character map already; reading it again would cost as much)."""
    from reportlab.pdfbase import pdfmetrics

    return frozenset(pdfmetrics.getFont(registered(alias)).face.charToGlyph)


def chain(layout: CasefileLayout, style: str) -> tuple[str, ...]:
    """The aliases tried, in order, for text set in ``style``."""
    own = layout.fonts[style]
    return tuple(dict.fromkeys([*own, *layout.fonts["fallback_chain"]]))


def all_aliases(layout: CasefileLayout) -> tuple[str, ...]:
    return tuple(dict.fromkeys(alias for aliases in layout.fonts.values() for alias in aliases))


@cache
def face_for(char: str, aliases: tuple[str, ...]) -> str | None:
    """The first alias of ``aliases`` that can draw ``char``, or None."""
    code = ord(char)
    for alias in aliases:
        if code in charset(alias):
            return alias
    return None


def runs(text: str, aliases: tuple[str, ...]) -> Iterator[tuple[str | None, str]]:
    """``text`` cut into (alias, run) pieces; alias None marks characters no face can draw.

    Whitespace stays in the run it sits in, so a line of text is not needlessly split.
    """
    if not text:
        return
    if _covers(aliases[0], text):  # the usual case: the style's own face draws it all
        yield aliases[0], text
        return
    current: str | None = aliases[0]
    buffer: list[str] = []
    for char in text:
        if char in " \n\r\t":
            buffer.append(char)
            continue
        alias = face_for(char, aliases)
        if alias != current and buffer:
            yield current, "".join(buffer)
            buffer = []
        current = alias
        buffer.append(char)
    if buffer:
        yield current, "".join(buffer)


def _covers(alias: str, text: str) -> bool:
    """Whether the face ``alias`` can draw every character of ``text`` (whitespace aside)."""
    return set(map(ord, text)).difference(_SPACES) <= charset(alias)


def _texts(value: object, path: str) -> Iterator[tuple[str, Text]]:
    if isinstance(value, Text):
        yield path, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, f"{path}[{index}]")
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _texts(getattr(value, name), f"{path}.{name}" if path else name)


def role_texts(role: Role) -> Iterator[tuple[str, Text]]:
    """Every text field of ``role`` with its field path, e.g. ``aliases[2]``."""
    yield from _texts(role, "")


def glyph_warnings(role: Role, layout: CasefileLayout | None = None) -> list[str]:
    """One line per character of ``role`` that no face of the case file can draw."""
    aliases = all_aliases(layout or load_layout())
    warnings = []
    for path, text in role_texts(role):
        seen: set[str] = set()
        for char in text.visible:
            if char in seen or char in "\n\r\t" or face_for(char, aliases):
                continue
            seen.add(char)
            warnings.append(f"{role.slug}: {path}: no glyph for U+{ord(char):04X} {char!r}")
    return warnings
