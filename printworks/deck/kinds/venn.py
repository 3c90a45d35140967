"""A Venn diagram of two or three circles and the synergy where they meet."""

from __future__ import annotations

from math import cos, radians, sin
from typing import TYPE_CHECKING

from printworks.content.base import listed, spoken
from printworks.content.venn import Content
from printworks.deck.contrast import mix
from printworks.deck.kinds import _drawing as d
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


ALPHA = 0.45  # how opaque each circle is: where they overlap, their colours mix
FILLS = ("accent", "good", "warn")


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    return (
        f"A Venn diagram of {len(content.circles)} overlapping circles, "
        f"{listed(content.circles)}; where they all meet: {spoken(content.centre)}."
    )


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """Two circles side by side, or three in a triangle, each translucent in a colour of its
    own and named in the part only it covers; the centre's words in a chip where all meet."""
    cx, cy = frame.centre
    count = len(content.circles)
    paper = deck.colour("paper")
    if count == 2:
        radius = min(frame.height / 2, frame.width / 3.3) - 2
        apart = radius * 0.62
        centres = [(cx - apart, cy), (cx + apart, cy)]
        outward = [180.0, 0.0]
    else:
        # three circles reach 1.5 ``apart`` and two radii from top to bottom
        radius = min(frame.height / 2.96, frame.width / 3.3) - 2
        apart = radius * 0.64  # from the middle to each circle's centre
        outward = [-90.0, 150.0, 30.0]
        cy += apart / 4  # the top circle reaches further from the middle: centre the whole
        centres = [(cx + apart * cos(radians(a)), cy + apart * sin(radians(a))) for a in outward]
    fills = [deck.colour(name) for name in FILLS[:count]]
    for (x, y), fill in zip(centres, fills, strict=True):
        deck.shape(
            slide,
            Rect(x - radius, y - radius, 2 * radius, 2 * radius),
            "oval",
            fill=fill,
            alpha=ALPHA,
            line=fill,
            line_width=2,
        )
    # each name in the part of its circle that no other covers, along its outward direction
    names = []
    for (x, y), angle, fill, label in zip(centres, outward, fills, content.circles, strict=True):
        reach = radius * (0.5 if count == 2 else 0.52)
        mx, my = x + reach * cos(radians(angle)), y + reach * sin(radians(angle))
        width = radius * (0.78 if count == 2 else 1.05)
        height = radius * (0.9 if count == 2 else 0.5)
        tint = mix(paper, fill, ALPHA)
        para = deck.para(label, bold=True, colour=deck.ink_on(tint), align="centre")
        names.append((Rect(mx - width / 2, my - height / 2, width, height), (para,)))
    d.write(deck, slide, names, "big", 26, anchor="middle")

    dark = deck.colour("dark")
    centre = deck.para(content.centre, bold=True, colour=deck.ink_on(dark), align="centre")
    width = min(d.one_line(deck, centre, 16) + 12, radius * 1.5)
    chip = Rect(cx - width / 2, cy - 22, width, 44)
    d.write(
        deck, slide, [(chip, (centre,))], "heading", 16, fill=dark, kind="round", anchor="middle"
    )
