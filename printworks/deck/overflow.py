"""A slide made so far, and the text that did not fit it, continued on slides of its own.

Text that cannot fit its box even at the floor size is never dropped or left hanging: the part
that fits stays, and the rest continues on a following "(cont.)" slide.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from printworks.deck.fit import Para
from printworks.markup import Text


@dataclass
class Page:
    """A slide made so far, with what it is about."""

    slide: Any
    kind: str
    title: Text | str
    layout: str
    overflow: list[Para] = field(default_factory=list)
    continued: int = 0  # how many slides this one's text has run on to so far
    last: list[Any] = field(default_factory=list)  # footnote, then ornaments: read after the body
    backdrop: Any = None  # what the slide has painted so far (see .backdrop)


def run_on(deck) -> None:
    """Continue any text that did not fit ``deck``'s last slide onto slides of its own."""
    if not deck.pages or not deck.pages[-1].overflow:
        return
    page = deck.pages[-1]
    rest, page.overflow = tuple(page.overflow), []
    measure = deck.measure
    while rest:
        page.continued += 1
        slide = deck.slide(
            page.kind,
            page.title,
            layout="content",
            page=page.continued,
            notes=deck.say("furniture.continued_notes", title=page.title),
        )
        body = deck.body
        largest, floor = deck.theme.size("body")
        fitted = measure.fit(rest, body.width, body.height, largest, floor)
        if fitted:
            deck.text(slide, body, rest)
            rest = ()
        else:
            head, rest = measure.split(rest, body.width, body.height, floor)
            if not head:  # a single line taller than the page cannot happen at the floor
                break
            deck.text(slide, body, head)
