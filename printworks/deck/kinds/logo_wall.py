"""A wall of partner logos: far too many of them."""

from __future__ import annotations

import zlib
from math import ceil, sqrt
from typing import TYPE_CHECKING

from printworks.content.base import listed, spoken
from printworks.content.logo_wall import Content
from printworks.deck import clip
from printworks.deck.contrast import ratio as contrast
from printworks.deck.style import Rect
from printworks.markup import Segment, Text

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


CAPTION = 30.0
GAP = 12.0
# the marks a made-up logo is drawn with: a stock shape, and whether it holds the initial
MARKS = (
    ("oval", True),
    ("HEXAGON", True),
    ("round", True),
    ("OCTAGON", True),
    ("DIAMOND", False),
    ("ISOSCELES_TRIANGLE", False),
    ("DONUT", False),
    ("BLOCK_ARC", False),
    ("MOON", False),
    ("LIGHTNING_BOLT", False),
    ("STAR_4_POINT", False),
    ("CHEVRON", False),
    ("WAVE", False),
    ("PIE", False),
    ("TEAR", False),
    ("CUBE", False),
)


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    said = f"A wall of {len(content.logos)} partner logos: {listed(content.logos)}."
    return said + (f" {spoken(content.caption)}" if content.caption else "")


def _columns(count: int) -> int:
    """How many tiles a row: a wide wall, at most six across."""
    return count if count <= 4 else min(6, ceil(sqrt(count * 1.8)))


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """A grid of tiles, each a made-up logo (a stock shape in a chart colour, some with the
    name's initial, and the name set in a style of its own); any spare tile says how many more
    there are; the caption underneath."""
    count = len(content.logos)
    cols = _columns(count)
    rows = ceil(count / cols)
    area = frame if not content.caption else frame.slice(0, frame.height - CAPTION - 8)
    height = min((area.height - GAP * (rows - 1)) / rows, 110.0)
    tiles = [
        t for r in range(rows) for t in area.slice(r * (height + GAP), height).columns(cols, GAP)
    ]
    styles = [zlib.crc32(str(name).encode()) for name in content.logos]
    inks, fills = _palettes(deck)

    def name(text, seed):
        upper = seed % 3 == 0
        shown = text if not upper else _upper(text)
        colour = inks[seed % len(inks)] if seed % 4 == 1 and inks else None
        return (
            deck.para(
                shown,
                bold=seed % 2 == 0,
                italic=seed % 5 == 2,
                colour=colour or deck.colour("strong"),
            ),
        )

    words = [_words(t) for t in tiles[:count]]
    names = [
        clip.within(deck, n, lambda t, s=s: name(t, s), r, "heading", 18)
        for n, r, s in zip(content.logos, words, styles, strict=True)
    ]
    size = deck.common(
        [name(n, s) for n, s in zip(names, styles, strict=True)], words, "heading", 18
    )
    for logo, shown, seed, tile, box in zip(
        content.logos, names, styles, tiles, words, strict=False
    ):
        deck.card(slide, tile)
        _mark(deck, slide, tile, logo, seed, fills)
        deck.text(slide, box, name(shown, seed), "heading", top=size, anchor="middle")
    if count < len(tiles):
        spare = Rect(
            tiles[count].left, tiles[count].top, tiles[-1].right - tiles[count].left, height
        )
        deck.shape(slide, spare, "round", line=deck.colour("line"), dash="dash")
        deck.text(
            slide,
            spare.inset(8),
            deck.para(
                deck.say("kinds.logo_wall.more", count=count * 3 + 1),
                bold=True,
                colour=deck.colour("muted"),
                align="centre",
            ),
            "heading",
            top=16,
            anchor="middle",
        )
    if content.caption:
        foot = Rect(frame.left, frame.bottom - CAPTION, frame.width, CAPTION)

        def caption(text):
            return (deck.para(text, italic=True, colour=deck.colour("muted"), align="centre"),)

        said = clip.within(deck, content.caption, caption, foot, "body")
        deck.text(slide, foot, caption(said), "body", anchor="middle")


def _words(tile):
    """Where a tile's name goes: right of its mark."""
    side = min(40.0, tile.height * 0.5)
    return Rect(tile.left + side + 18, tile.top + 6, tile.width - side - 26, tile.height - 12)


def _palettes(deck: Deck) -> tuple[list[str], list[str]]:
    """The chart colours that read as type on a tile, and those that show as a mark on one."""
    tile = deck.colour("panel")
    series = deck.theme.series
    inks = [c for c in series if contrast(c, tile) >= 3.0]
    marks = [c for c in series if contrast(c, tile) >= 1.6] or [deck.colour("accent")]
    return inks, marks


def _mark(deck: Deck, slide: Slide, tile, logo, seed: int, fills: list[str]) -> None:
    """A logo's mark: a stock shape in one of the theme's chart colours, with the initial."""
    side = min(40.0, tile.height * 0.5)
    box = Rect(tile.left + 12, tile.top + (tile.height - side) / 2, side, side)
    kind, lettered = MARKS[seed % len(MARKS)]
    fill = fills[(seed // 7) % len(fills)]
    initial = _initial(logo)
    if lettered and initial:
        deck.text(
            slide,
            box,
            deck.para(initial, bold=True, colour=deck.ink_on(fill), align="centre"),
            "heading",
            top=side * 0.5,
            fill=fill,
            kind=kind,
            anchor="middle",
        )
    else:
        deck.shape(slide, box, kind, fill=fill, decorative=True)


def _initial(logo) -> str:
    """The first letter of a name, if the name does not open with a redaction."""
    first = logo.segments[0] if logo.segments else None
    if first is None or first.hidden:
        return ""
    return next((c.upper() for c in first.text if c.isalnum()), "")


def _upper(text):
    """``text`` in capitals, its redactions as they were."""
    return Text(tuple(Segment(s.text.upper(), s.hidden) for s in text.segments))
