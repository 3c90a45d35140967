"""A heat map: rows by columns, each cell one of four shades of concern."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import listed, spoken
from printworks.content.heatmap import Content
from printworks.deck import clip
from printworks.deck.contrast import mix
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


HEADER = 40.0
LEGEND = 30.0
HOTTEST = 4  # how many of the hottest cells the alt text names


def legend(content: Content, deck: Deck) -> list:
    """What each shade means, coolest first: the content's words, or the copy's."""
    return list(content.legend) if content.legend else deck.says("kinds.heatmap.legend")[:4]


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    words = legend(content, deck)
    hot = [
        f"{spoken(row)} × {spoken(col)}"
        for row, values in zip(content.rows, content.values, strict=True)
        for col, value in zip(content.columns, values, strict=True)
        if value == 3
    ]
    said = (
        f"A heat map of {len(content.rows)} rows ({listed(content.rows)}) by "
        f"{len(content.columns)} columns ({listed(content.columns)}), each cell shaded from "
        f"{spoken(words[0])} to {spoken(words[3])}."
    )
    if hot:
        more = f" and {len(hot) - HOTTEST} more" if len(hot) > HOTTEST else ""
        said += f" {spoken(words[3])}: {', '.join(hot[:HOTTEST])}{more}."
    return said


def shades(deck: Deck) -> list[str]:
    """The four shades, coolest first: the pale warning, half-way to the warning, the warning,
    and the bad colour."""
    pale, warn = deck.colour("warn_pale"), deck.colour("warn")
    return [pale, mix(pale, warn, 0.5), warn, deck.colour("bad")]


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """Column names across the top, row names down the side, a grid of shaded cells with each
    shade's word in it where it fits, and the legend of the four shades underneath."""
    strong = deck.colour("strong")
    names, body = frame.split(min(frame.width * 0.24, 220.0), 10)
    grid = Rect(body.left, frame.top + HEADER, body.width, frame.height - HEADER - LEGEND - 14)
    rows = grid.rows(len(content.rows), 3)
    heads = Rect(body.left, frame.top, body.width, HEADER - 4).columns(len(content.columns), 3)

    def label(text, align="left", bold=True):
        return (deck.para(text, bold=bold, colour=strong, align=align),)

    columns = [
        clip.within(deck, c, lambda t: label(t, "centre"), r, "body", 14)
        for c, r in zip(content.columns, heads, strict=True)
    ]
    size = deck.common([label(c, "centre") for c in columns], heads, "body", 14)
    for column, head in zip(columns, heads, strict=True):
        deck.text(slide, head, label(column, "centre"), "body", top=size, anchor="bottom")
    sides = [Rect(names.left, r.top, names.width, r.height) for r in rows]
    names_ = [
        clip.within(deck, n, lambda t: label(t, "right"), r, "body", 14)
        for n, r in zip(content.rows, sides, strict=True)
    ]
    size = deck.common([label(n, "right") for n in names_], sides, "body", 14)
    for name, side in zip(names_, sides, strict=True):
        deck.text(slide, side, label(name, "right"), "body", top=size, anchor="middle")

    fills = shades(deck)

    def shade(text, fill):
        return (deck.para(text, colour=deck.ink_on(fill), align="centre"),)

    cells = [
        (cell, value)
        for row, values in zip(rows, content.values, strict=True)
        for cell, value in zip(row.columns(len(content.columns), 3), values, strict=True)
    ]
    # each cell says its shade's word too, as colour alone is not enough to read it by
    first = cells[0][0]
    said = [
        clip.within(deck, m, lambda t, f=f: shade(t, f), first, "body", 13)
        for m, f in zip(legend(content, deck), fills, strict=True)
    ]
    words = [shade(said[v], fills[v]) for _, v in cells]
    size = deck.common(words, [c for c, _ in cells], "body", 13)
    for (cell, value), word in zip(cells, words, strict=True):
        if size is None:
            deck.shape(slide, cell, fill=fills[value])
        else:
            deck.text(slide, cell, word, "body", top=size, fill=fills[value], anchor="middle")
    _legend(deck, slide, Rect(grid.left, frame.bottom - LEGEND, grid.width, LEGEND), content)


def _legend(deck: Deck, slide: Slide, band, content: Content) -> None:
    """The four shades, coolest first, each a swatch and its meaning."""
    fills = shades(deck)
    slots = band.columns(4, 14)
    boxes = [Rect(s.left + 30, s.top, s.width - 30, s.height) for s in slots]

    def word(text):
        return (deck.para(text, colour=deck.colour("muted")),)

    meanings = [
        clip.within(deck, m, word, b, "eyebrow")
        for m, b in zip(legend(content, deck), boxes, strict=True)
    ]
    size = deck.common([word(m) for m in meanings], boxes, "eyebrow")
    line = deck.colour("line")
    for fill, slot, box, meaning in zip(fills, slots, boxes, meanings, strict=True):
        swatch = Rect(slot.left, slot.top + (slot.height - 20) / 2, 24, 20)
        deck.shape(slide, swatch, fill=fill, line=line)
        deck.text(slide, box, word(meaning), "eyebrow", top=size, anchor="middle")
