"""Fonts for the case file: registering faces with ReportLab, and picking a face per character.

A style names a chain of font aliases; each character is drawn in the first face of the chain
(then of the layout's fallback chain) that has a glyph for it. A character no face has is
reported by :func:`glyph_warnings` and drawn as a visible code, never as an empty box. Faces
are known here by their ReportLab names, one per font file.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics

from printworks.fonts import Coverage, role_texts
from printworks.layout import FontTable
from printworks.model import Role

from .compat import fix_to_unicode, kept_font
from .config import CasefileLayout, FontChains

PREFIX = "pw-"
_SPACES = frozenset(map(ord, " \n\r\t"))
_JOINERS = frozenset("\u200d\ufe0e\ufe0f")
# ReportLab's font registry is per process; so are these: the ReportLab name of each face
# (alias and file), and the file of each name, which is registered when it is first needed
_NAMES: dict[tuple[str, Path], str] = {}
_FILES: dict[str, Path] = {}
_REGISTERED: set[str] = set()
# the characters a face draws as something else (fonts.yaml's `unlike`), by ReportLab name
_UNLIKE: dict[str, frozenset[int]] = {}


def face_name(alias: str, path: Path, unlike: str = "") -> str:
    """The ReportLab name of the face ``alias`` (the file ``path``); not yet registered.
    ``unlike``: characters it has glyphs for that do not look like them (never drawn in it)."""
    key = (alias, path)
    name = _NAMES.get(key)
    if name is None:
        taken = {n for (a, _), n in _NAMES.items() if a == alias}
        name = PREFIX + alias if not taken else f"{PREFIX}{alias}-{len(taken)}"
        _NAMES[key] = name
        _FILES[name] = path
    if unlike:
        _UNLIKE[name] = frozenset(map(ord, unlike))
    return name


def ensure(name: str) -> str:
    """``name``, registered with ReportLab (once). A big face (CJK) costs tens of
    milliseconds, so a face is registered only when a role has a character it must draw."""
    if name not in _REGISTERED:
        fix_to_unicode()
        pdfmetrics.registerFont(kept_font(name, _FILES[name]))
        _REGISTERED.add(name)
    return name


def register(alias: str, path: Path) -> str:
    """The ReportLab name of the face ``alias`` (the file ``path``), registered."""
    return ensure(face_name(alias, path))


@cache
def charset(name: str) -> frozenset[int]:
    """The code points the face ``name`` draws, read from the registered face (ReportLab has
    parsed its character map already; reading it again would cost as much), but those its
    glyphs do not look like."""
    found = frozenset(pdfmetrics.getFont(ensure(name)).face.charToGlyph)
    return found - _UNLIKE.get(name, frozenset())


def chain(chains: FontChains, table: FontTable, style: str) -> tuple[str, ...]:
    """The faces tried, in order, for text set in the font style ``style``."""
    aliases = dict.fromkeys([*getattr(chains, style), *chains.fallback_chain])
    return tuple(face_name(a, table.path(a), table.unlike_in(a)) for a in aliases)


def all_faces(chains: FontChains, table: FontTable) -> tuple[str, ...]:
    """Every face the case file may draw with."""
    styles = type(chains).model_fields
    aliases = dict.fromkeys(a for style in styles for a in getattr(chains, style))
    return tuple(face_name(a, table.path(a), table.unlike_in(a)) for a in aliases)


@cache
def face_for(char: str, faces: tuple[str, ...]) -> str | None:
    """The first face of ``faces`` that can draw ``char``, or None."""
    code = ord(char)
    for face in faces:
        if code in charset(face):
            return face
    return None


def runs(text: str, faces: tuple[str, ...]) -> Iterator[tuple[str | None, str]]:
    """``text`` cut into (face, run) pieces; face None marks characters no face can draw.

    Whitespace stays in the run it sits in, so a line of text is not needlessly split.
    """
    if not text:
        return
    if _covers(faces[0], text):  # the usual case: the style's own face draws it all
        yield faces[0], text
        return
    current: str | None = faces[0]
    buffer: list[str] = []
    for char in text:
        if char in " \n\r\t":
            if current is not None and current != faces[0] and _wide_space(current):
                # an emoji face's space is over an em wide: spaces go in the style's own face
                if buffer:
                    yield current, "".join(buffer)
                    buffer = []
                current = faces[0]
            buffer.append(char)
            continue
        if char in _JOINERS:  # zero-width joiners and variation selectors go with their glyph
            buffer.append(char)
            continue
        face = face_for(char, faces)
        if face != current and buffer:
            yield current, "".join(buffer)
            buffer = []
        current = face
        buffer.append(char)
    if buffer:
        yield current, "".join(buffer)


@cache
def _wide_space(name: str) -> bool:
    """Whether the face ``name`` has a space wider than a typewriter's cell (0.6 em)."""
    return pdfmetrics.stringWidth(" ", ensure(name), 1000) > 600


def _covers(face: str, text: str) -> bool:
    """Whether ``face`` can draw every character of ``text`` (whitespace aside)."""
    return set(map(ord, text)).difference(_SPACES) <= charset(face)


def coverage(layout: CasefileLayout, table: FontTable) -> Coverage:
    """The code points some face of the case file can draw (from the faces as registered, each
    registered only when a character asks for it)."""
    faces = all_faces(layout.fonts, table)
    return Coverage(lambda face=face: charset(face) for face in faces)


def glyph_warnings(role: Role, layout: CasefileLayout, table: FontTable) -> list[str]:
    """One line per character of ``role`` that no face of the case file can draw."""
    faces = all_faces(layout.fonts, table)
    warnings = []
    for path, text in role_texts(role):
        if path.startswith("deck"):  # the deck's own slides are drawn in the deck's faces
            continue
        seen: set[str] = set()
        for char in text.visible:
            if char in seen or char in "\n\r\t" or face_for(char, faces):
                continue
            seen.add(char)
            warnings.append(f"{role.slug}: {path}: no glyph for U+{ord(char):04X} {char!r}")
    return warnings
