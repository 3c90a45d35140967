"""Checks of one role file against itself, the layouts and the fonts: day-log blocks out of
order or overlapping, a deck theme or ``after:`` the layouts do not have, characters no bundled
font can print. Each returns located problems; :mod:`printworks.checks` runs them."""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from printworks.errors import WARNING, Problem
from printworks.loader import RoleFile
from printworks.markup import Text
from printworks.messages import SLUG, one_of
from printworks.sections import FRAMES, SECTIONS
from printworks.yamldoc import Loc

if TYPE_CHECKING:
    from printworks.layout import Layouts

_SPACES = frozenset(map(ord, " \n\r\t"))
_NAME = re.compile(SLUG.pattern)  # a theme given by name, not by folder


def day_log(file: RoleFile) -> list[Problem]:
    """A warning for each block of the day log that starts before the block above it, or while
    an earlier block is still going."""
    assert file.role is not None
    found = []
    latest: tuple[str, str] | None = None  # the block that ends last so far
    previous = None
    for index, entry in enumerate(file.role.day_log):
        loc = ("day_log", index, "start")
        if previous is not None and entry.start < previous.start:
            message = (
                f"starts at {entry.start}, before the block above ({previous.start}–"
                f"{previous.end}): list the blocks in the order of the day"
            )
            found.append(file.doc.problem(loc, message, severity=WARNING))
        elif latest is not None and entry.start < latest[1]:
            message = (
                f"starts at {entry.start}, while the block {latest[0]}–{latest[1]} above is "
                f"still going: start it at {latest[1]} or later, or end that block earlier"
            )
            found.append(file.doc.problem(loc, message, severity=WARNING))
        if latest is None or entry.end > latest[1]:
            latest = (entry.start, entry.end)
        previous = entry
    return found


def deck_section(file: RoleFile, layouts: Layouts) -> list[Problem]:
    """An error for a deck theme or dialect the layouts have none of, for each line of the
    role's own its dialect cannot take, and for each own slide that goes ``after:`` a place no
    running order has."""
    deck = file.role.deck if file.role else None
    if deck is None:
        return []
    from printworks.deck import overrides  # the deck's layout: a case file reads none
    from printworks.deck.order import FORMER
    from printworks.deck.style import DeckLayout

    deck_layout: DeckLayout = layouts.deck
    found = []
    if deck.theme is not None:
        names = deck_layout.theme_names()
        if _NAME.match(deck.theme) and deck.theme not in names:
            message = one_of(deck.theme, names, "a theme")
            found.append(file.doc.problem(("deck", "theme"), message))
        elif not _NAME.match(deck.theme) and not (Path(deck.theme) / "theme.yaml").is_file():
            message = (
                f"no theme folder at {deck.theme!r} (a theme folder holds a theme.yaml): "
                f"name a theme ({', '.join(names)}) or give the path of a theme folder"
            )
            found.append(file.doc.problem(("deck", "theme"), message))
    dialects = deck_layout.dialect_names()
    if deck.dialect is not None and deck.dialect not in dialects:
        message = one_of(deck.dialect, dialects, "a dialect")
        found.append(file.doc.problem(("deck", "dialect"), message))
    if deck.dialect is None or deck.dialect in dialects:
        spoken = deck_layout.dialect(deck.dialect)
        found += [
            file.doc.problem(loc, said) for loc, said in overrides.problems(spoken, file.role)
        ]
    places = [*SECTIONS, *FRAMES]
    for index, slide in enumerate(deck.slides):
        if slide.after is not None and slide.after not in places and slide.after not in FORMER:
            message = one_of(slide.after, places, "a section or frame slide")
            found.append(file.doc.problem(("deck", "slides", index, "after"), message))
    return found


def _texts(value: object, loc: Loc) -> Iterator[tuple[Loc, Text]]:
    if isinstance(value, Text):
        yield loc, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, (*loc, index))
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _texts(getattr(value, name), (*loc, name))


def glyphs(file: RoleFile, coverage: Container[int]) -> list[Problem]:
    """A warning for each field holding characters that no bundled font can print (they would
    print as their code), located at the first of them."""
    assert file.role is not None
    found: list[Problem] = []
    texts = [(loc, text.visible) for loc, text in _texts(file.role, ())]
    # every character of the role looked up once (a space or line break is no glyph to look
    # for, and would have every face read to find it in none); most roles have none missing
    used = set("".join(t for _, t in texts)) - {chr(c) for c in _SPACES}
    unprintable = {c for c in used if ord(c) not in coverage}
    if not unprintable:
        return found
    for loc, visible in texts:
        missing = [c for c in dict.fromkeys(visible) if c in unprintable]
        if not missing:
            continue
        named = ", ".join(f"U+{ord(c):04X} {c!r}" for c in missing[:4])
        more = f" and {len(missing) - 4} more" if len(missing) > 4 else ""
        message = (
            f"no bundled font can print {named}{more} (each would print as its code): "
            "use other characters, or remove them"
        )
        problem = file.doc.problem(loc, message, severity=WARNING)
        found.append(_at_character(file, problem, missing[0]))
    return found


def _at_character(file: RoleFile, problem: Problem, char: str) -> Problem:
    """``problem`` moved onto the first ``char`` after its position, if the source has it."""
    lines = file.doc.lines
    for number in range(problem.line, min(problem.line + 40, len(lines)) + 1):
        start = problem.column - 1 if number == problem.line else 0
        column = lines[number - 1].find(char, start)
        if column >= 0:
            return Problem(
                problem.path, number, column + 1, problem.field, problem.message, problem.severity
            )
    return problem
