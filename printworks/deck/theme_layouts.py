"""Which of a template's slide layouts the deck draws its cover, content and statement slides
on: matched by name first, then by the placeholders a layout has.

A slide kind needs a title placeholder; the cover and the statement also a second text
placeholder (the subtitle) at index 1, which is where the deck writes it. A content slide
draws its own body, so the best content layout has a title and nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from printworks.deck.style import Rect

EMU_PER_PT = 12700
TITLES = {"title", "ctrTitle"}
TEXTS = {"subTitle", "body", "obj"}  # what may hold a cover's or a statement's second line
FURNITURE = {"dt", "ftr", "sldNum", "hdr"}
# words in a layout's name that say what it is for, by the kind that wants it
NAMES = {
    "cover": re.compile(r"title slide|cover|opening|opener|intro|front|^title$", re.I),
    "content": re.compile(
        r"title only|title and content|title, content|^content$|^content\b", re.I
    ),
    "statement": re.compile(r"section|statement|divider|header|quote|break|chapter|centred", re.I),
}


@dataclass
class Holder:
    """A placeholder on a layout: its type (as the XML says it, "obj" when it says none), its
    index, where it sits (inherited from the master when the layout does not say), its shape."""

    kind: str
    idx: int
    rect: Rect | None
    shape: Any


@dataclass
class Candidate:
    """A slide layout, and its placeholders."""

    name: str
    layout: Any
    holders: list[Holder] = field(default_factory=list)

    def of(self, kinds: set[str]) -> list[Holder]:
        return [h for h in self.holders if h.kind in kinds]

    @property
    def title(self) -> Holder | None:
        found = self.of(TITLES)
        return found[0] if found else None

    @property
    def second(self) -> Holder | None:
        """The text placeholder a cover's subtitle or a statement's line goes into."""
        texts = self.of(TEXTS)
        return min(
            texts, key=lambda h: (h.kind != "subTitle", h.kind != "body", h.idx), default=None
        )

    @property
    def content(self) -> list[Holder]:
        """Placeholders other than the title and the furniture (a content slide has none)."""
        return [h for h in self.holders if h.kind not in TITLES | FURNITURE]


def holder_kind(shape) -> tuple[str, int]:
    ph = shape.element.ph
    return ph.get("type", "obj"), int(ph.get("idx", "0"))


def rect_of(shape) -> Rect | None:
    values = (shape.left, shape.top, shape.width, shape.height)
    if any(v is None for v in values):
        return None
    return Rect(*(v / EMU_PER_PT for v in values))


def candidates(master) -> list[Candidate]:
    """Every layout of ``master``, with its placeholders."""
    found = []
    for layout in master.slide_layouts:
        holders = []
        for shape in layout.placeholders:
            kind, idx = holder_kind(shape)
            holders.append(Holder(kind, idx, rect_of(shape), shape))
        found.append(Candidate(layout.name or "", layout, holders))
    return found


def score(kind: str, candidate: Candidate) -> float:
    """How well ``candidate`` suits slides of ``kind`` (below zero: not at all)."""
    if candidate.title is None:
        return -1
    named = 10 if NAMES[kind].search(candidate.name) else 0
    centred = candidate.title.kind == "ctrTitle"
    subtitle = any(h.kind == "subTitle" for h in candidate.holders)
    extra = len(candidate.content)
    if kind == "cover":
        return named + 4 * centred + 4 * subtitle + 2 * (candidate.second is not None) - extra
    if kind == "content":
        return named + 6 * (extra == 0) + 2 * (extra == 1) - 3 * centred - 3 * subtitle - extra
    # a statement: a title and one line, not the cover's centred title if another will do
    one = candidate.second is not None and extra == 1
    return named + 4 * one - 2 * centred - extra


def choose(kinds: list[str], found: list[Candidate]) -> dict[str, Candidate | None]:
    """The best layout for each kind (None: no layout has a title)."""
    chosen: dict[str, Candidate | None] = {}
    for kind in kinds:
        ranked = sorted(
            (c for c in found if score(kind, c) >= 0),
            key=lambda c: (-score(kind, c), found.index(c)),
        )
        # the statement on a layout of its own when another will do
        taken = {id(c) for c in chosen.values() if c is not None}
        free = [c for c in ranked if id(c) not in taken and (kind != "statement" or c.second)]
        chosen[kind] = (free or ranked or [None])[0]
    return chosen
