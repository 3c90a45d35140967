"""An iceberg: what shows above the waterline, and the bulk beneath it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import listed
from printworks.content.iceberg import Content
from printworks.deck import backdrop
from printworks.deck.contrast import mix
from printworks.deck.kinds import _drawing as d
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


WATERLINE = 0.3  # of the frame's height: the little that shows, above it


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    return (
        f"An iceberg. Above the waterline: {listed(content.above)}. "
        f"Below it, much larger: {listed(content.below)}."
    )


# the iceberg's outline, as fractions of its box (x across, y down from the tip); the tip
# ends at the waterline's height in the box, where the bulk begins, wider
_TIP = [(0.36, 1.0), (0.44, 0.35), (0.5, 0.0), (0.57, 0.3), (0.61, 0.45), (0.67, 1.0)]
_BULK = [
    (0.3, 0.0),
    (0.73, 0.0),
    (0.9, 0.18),
    (1.0, 0.45),
    (0.88, 0.78),
    (0.62, 1.0),
    (0.3, 0.95),
    (0.06, 0.7),
    (0.0, 0.38),
    (0.12, 0.12),
]


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """The sea below a wavy waterline; the small tip above it, its words beside it; the bulk
    below, far wider, its words inside it (in two columns when there are many)."""
    accent, paper = deck.colour("accent"), deck.colour("paper")
    water_y = frame.top + frame.height * WATERLINE
    sea = mix(paper, accent, 0.14)
    ice = mix(deck.colour("panel"), accent, 0.1)
    bulk_fill = mix(paper, accent, 0.42)
    deck.shape(
        slide, Rect(frame.left, water_y, frame.width, frame.bottom - water_y), "rect", fill=sea
    )

    berg = Rect(frame.left + frame.width * 0.05, frame.top, frame.width * 0.58, frame.height)
    tip = Rect(berg.left, frame.top + 2, berg.width, water_y - frame.top - 2)
    bulk = Rect(berg.left, water_y, berg.width, frame.bottom - water_y - 4)
    deck.path(
        slide,
        _placed(_BULK, bulk),
        fill=bulk_fill,
        line=accent,
        line_width=1.5,
        closed=True,
        smooth=True,
    )
    deck.path(slide, _placed(_TIP, tip), fill=ice, line=accent, line_width=1.5, closed=True)
    waves = [
        (frame.left + frame.width * i / 24, water_y + (2.5 if i % 2 else -2.5)) for i in range(25)
    ]
    # the waterline must show on the sea, on the paper above it and on the berg it crosses
    line = backdrop.legible(accent, (sea, paper, ice, bulk_fill), 3.0)
    deck.path(slide, waves, line=line, line_width=2, smooth=True)

    muted, strong = deck.colour("muted"), deck.colour("strong")
    peak = tip.left + tip.width * 0.5
    side = Rect(
        peak + tip.width * 0.22,
        frame.top,
        frame.right - peak - tip.width * 0.22,
        water_y - frame.top - 8,
    )
    above = [deck.para(deck.say("kinds.iceberg.above"), bold=True, colour=muted, scale=0.75)]
    above += [deck.para("▲ " + item, bold=True, colour=strong) for item in content.above]
    d.write(deck, slide, [(side, tuple(above))], "heading", top=17, anchor="bottom")

    ink = deck.ink_on(bulk_fill)
    inner = Rect(
        bulk.left + bulk.width * 0.2,
        bulk.top + bulk.height * 0.06,
        bulk.width * 0.62,
        bulk.height * 0.8,
    )
    head = deck.para(deck.say("kinds.iceberg.below"), bold=True, colour=ink, scale=0.75)
    items = [deck.para("▼ " + item, colour=ink, space_after=0.25) for item in content.below]
    if len(items) > 4:
        half = (len(items) + 1) // 2
        left, right = inner.columns(2, 14)
        blocks = [
            (left, (head, *items[:half])),
            (right, (deck.para(" ", scale=0.75), *items[half:])),
        ]
    else:
        blocks = [(inner, (head, *items))]
    d.write(deck, slide, blocks, "heading", top=15)

    # beside the bulk, the scale of it: the share of the berg below the waterline
    note = Rect(berg.right + 24, water_y + 20, frame.right - berg.right - 24, bulk.height - 40)
    d.write(
        deck,
        slide,
        [
            (
                note,
                (
                    deck.para(deck.say("kinds.iceberg.share"), bold=True, colour=accent, scale=2),
                    deck.para(deck.say("kinds.iceberg.share_note"), colour=muted),
                ),
            )
        ],
        "heading",
        top=17,
        anchor="middle",
    )


def _placed(outline, box):
    return [(box.left + box.width * x, box.top + box.height * y) for x, y in outline]
