"""A role not finished yet: ``draft: true`` says so, and the scaffold's placeholders say so too.

A draft is left out of the zine (``zine --drafts`` puts it in, its stamp reading DRAFT);
:class:`Placeholders` finds, field by field, the text ``printworks new`` wrote that is still
there. Pure data: reading a role's text, never rendering.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from printworks.errors import WARNING, Problem
from printworks.loader import RoleFile
from printworks.markup import Text
from printworks.model import Role
from printworks.yamldoc import Loc

STAMP = "DRAFT"
# a top-level `draft:` line whose value YAML reads as true
_DRAFT_LINE = re.compile(
    r"^draft:[ \t]*(?:true|True|TRUE|yes|Yes|YES|on|On|ON)[ \t]*(?:#.*)?$", re.M
)
_LEAST_WORDS = 3  # a placeholder is a phrase: "USD" or "50" may well be what a role means


def drafted(path: Path) -> bool:
    """Whether the role file ``path`` says ``draft: true`` (read from its text: a draft is
    known without reading the whole role, and a broken draft is still a draft)."""
    try:
        text = path.read_text(encoding="utf-8-sig", errors="replace")
    except OSError:
        return False
    return _DRAFT_LINE.search(text) is not None


def stamped(role: Role) -> Role:
    """``role`` as a draft goes into a zine: its stamp (the flight-risk label) reads DRAFT."""
    risk = role.flight_risk.model_copy(update={"label": Text.plain(STAMP)})
    return role.model_copy(update={"flight_risk": risk}).with_slug(role.slug)


@cache
def _placeholders() -> dict[str, str]:
    """Every phrase the scaffold writes as a placeholder (not the title made from the slug,
    nor values that may well be meant), and the field it stands in."""
    # the scaffold (and pydantic's JSON Schema), only when a role is checked for placeholders
    from printworks.scaffold import scaffold_text

    data = yaml.safe_load(scaffold_text("placeholder-role", "OTI-0000"))
    found: dict[str, str] = {}
    for loc, value in _strings(data, ()):
        if loc in (("title",), ("case_number",)) or len(value.split()) < _LEAST_WORDS:
            continue
        found.setdefault(value, str(loc[-1]) if isinstance(loc[-1], str) else str(loc[-2]))
    return found


def _strings(value: Any, loc: Loc):
    if isinstance(value, str):
        yield loc, value
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, (*loc, index))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, (*loc, key))


class Placeholders:
    """The check for a scaffold's placeholder text still in a role: a warning a field."""

    def __init__(self) -> None:
        self.phrases = _placeholders()

    def of(self, file: RoleFile) -> list[Problem]:
        """A warning for each field of ``file`` that still holds a placeholder."""
        found = []
        for loc, value in _strings(file.doc.data, ()):
            if value.strip() in self.phrases:
                message = (
                    f"{_short(value)!r} is the placeholder `printworks new` wrote: write the "
                    "role's own words (and take out `draft: true` once none is left)"
                )
                found.append(file.doc.problem(loc, message, severity=WARNING))
        return found


def _short(text: str, most: int = 50) -> str:
    return text if len(text) <= most else text[: most - 1].rstrip() + "…"
