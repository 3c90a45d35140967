"""Fonts, renderer-neutral: what a font file can draw, and every text of a role to check.

The font table (``layouts/fonts.yaml``, aliases to files in ``fonts/``) is read with the other
layouts (:class:`printworks.layout.FontTable`); registering a face with ReportLab, or naming
it in a deck, happens in the renderer's own package.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path

from pydantic import BaseModel

from printworks.markup import Text


@cache
def charset(path: Path | str) -> frozenset[int]:
    """The code points the font file at ``path`` has a glyph for."""
    from fontTools.ttLib import TTFont  # a parser only; loaded when coverage is asked for

    with TTFont(path, lazy=True) as font:
        return frozenset(font.getBestCmap())


class Coverage:
    """The code points some of a list of faces can draw, each face's character map read only
    when a code point is asked for that the faces read so far lack: a role in Latin letters
    never opens the CJK face (megabytes, a third of a second)."""

    def __init__(self, charsets: Iterable[Callable[[], frozenset[int]]]):
        self._unread = list(charsets)
        self._known: set[int] = set()

    def __contains__(self, code: object) -> bool:
        while code not in self._known and self._unread:
            self._known |= self._unread.pop(0)()
        return code in self._known

    def everything(self) -> frozenset[int]:
        """Every code point some face can draw (every face read)."""
        while self._unread:
            self._known |= self._unread.pop(0)()
        return frozenset(self._known)


def _texts(value: object, path: str) -> Iterator[tuple[str, Text]]:
    if isinstance(value, Text):
        yield path, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, f"{path}[{index}]")
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _texts(getattr(value, name), f"{path}.{name}" if path else name)


def role_texts(role: BaseModel) -> Iterator[tuple[str, Text]]:
    """Every text field of ``role`` with its field path, e.g. ``aliases[2]``."""
    yield from _texts(role, "")
