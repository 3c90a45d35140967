"""A pyramid of levels, top first; upside down for a role that builds it the wrong way up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import spoken
from printworks.content.pyramid import Content
from printworks.deck.kinds import _drawing as d
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


GAP = 5.0  # between levels


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    levels = "; ".join(
        spoken(level.label) + (f" ({spoken(level.note)})" if level.note else "")
        for level in content.levels
    )
    shape = "An upside-down pyramid" if content.inverted else "A pyramid"
    widest = "top" if content.inverted else "bottom"
    return f"{shape} of {len(content.levels)} levels, widest at the {widest}, top first: {levels}."


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """The levels as one tapering stack (a triangle at the point, trapezoids below it), in a
    ramp from the accent; each level's label and note beside it, joined by a leader line."""
    count = len(content.levels)
    base = min(frame.width * 0.5, frame.height * 1.45)
    art = Rect(frame.left, frame.top, base, frame.height)
    centre = art.left + base / 2
    band = (frame.height - GAP * (count - 1)) / count
    colours = d.ramp(deck.colour("accent"), deck.colour("strong"), count)
    column = Rect(art.right + 40, frame.top, frame.right - art.right - 40, frame.height)
    rows = []
    for index, (level, fill) in enumerate(zip(content.levels, colours, strict=True)):
        top = frame.top + index * (band + GAP)
        # how far each edge of this level is from the point, and the widths there
        near, far = index * (band + GAP), index * (band + GAP) + band
        if content.inverted:
            near, far = frame.height - far, frame.height - near
        narrow, wide = base * near / frame.height, base * far / frame.height
        flip = "v" if content.inverted else ""
        d.band(deck, slide, Rect(centre - wide / 2, top, wide, band), narrow, fill, flip)
        middle = top + band / 2
        edge = centre + (narrow + wide) / 4  # the slanted side, halfway down the level
        deck.line(slide, edge + 6, middle, column.left - 8, middle, deck.colour("line"), 1.25)
        dot = Rect(edge + 2, middle - 4, 8, 8)  # where the leader leaves the level
        deck.shape(slide, dot, "oval", fill=deck.legible(deck.colour("strong"), dot, 3.0))
        paras = [deck.para(level.label, bold=True, colour=deck.colour("strong"))]
        if level.note:
            paras.append(deck.para(level.note, colour=deck.colour("muted"), scale=0.8))
        rows.append((Rect(column.left, top, column.width, band), tuple(paras)))
    d.write(deck, slide, rows, "heading", top=18, anchor="middle")
