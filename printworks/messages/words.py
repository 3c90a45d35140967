"""How a mistake is shown: the value as it was written, quoted, cut short, or as a line to copy."""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from .synonyms import meant

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Written:
    """A value as it stands in the file: its source text, whether quoted, and its line."""

    source: str  # the scalar as written (a mapping or list: its first line)
    plain: bool  # written without quotes (or a block scalar)
    line: int
    column: int
    line_text: str  # the whole line the value starts on
    comment: tuple[int, str] | None = None  # a ' #' comment after it: (column, text from '#')


def as_written(value: object) -> str:
    if value is True or value is False:
        return str(value).lower()
    return "" if value is None else str(value)


def quoted(text: str) -> str:
    """``text`` as a YAML quoted scalar, in the quotes that need no escapes where possible."""
    if '"' in text and "'" not in text:
        return f"'{text}'"
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def short(text: str, width: int = 40) -> str:
    """``text`` cut at a word to about ``width`` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    cut = text[:width].rsplit(" ", 1)[0] if " " in text[:width] else text[:width]
    return cut.rstrip() + " …"


def as_entry(loc: Loc, value: str) -> str:
    """How the field at ``loc`` is written with ``value``: ``title: "x"`` or ``- "x"``."""
    key = loc[-1] if loc else ""
    return f"{key}: {value}" if isinstance(key, str) and key else f"- {value}"


def key_of(loc: Loc) -> str:
    """The key a field is written under, for 'under ...' phrases (a list item: its list's)."""
    for part in reversed(loc):
        if isinstance(part, str) and part != "<key>":
            return part
    return ""


def one_of(value: str, allowed: Sequence[str], what: str) -> str:
    """``value`` is not among ``allowed``: a did-you-mean, and every allowed value."""
    near = [meant(value, list(allowed))] if meant(value, list(allowed)) else []
    near = near or difflib.get_close_matches(value, allowed, n=1)
    hint = f" (did you mean '{near[0]}'?)" if near else ""
    return f"{value!r} is not {what}{hint}; the choices: {', '.join(allowed)}"
