"""A wall of sticky notes from the last retro, in clusters."""

from __future__ import annotations

import zlib
from dataclasses import replace
from math import ceil
from typing import TYPE_CHECKING

from printworks.content.base import listed, spoken
from printworks.content.sticky_wall import Content
from printworks.deck import clip
from printworks.deck.style import Rect
from printworks.markup import Text

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


HEADING = 34.0  # a cluster's heading band
GAP = 10.0
TILT = 3.5  # the most a note leans either way, in degrees
ASPECT = 1.15  # a note is a little wider than tall
LARGEST = 160.0


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    said = "; ".join(
        f"{spoken(c.label)} ({len(c.notes)}): {listed(c.notes)}" for c in content.clusters
    )
    return f"A wall of sticky notes in {len(content.clusters)} clusters. {said}."


def tilt(text: Text, number: int) -> float:
    """How far a note leans: the same every run, different from note to note."""
    seed = zlib.crc32(f"{number}:{text}".encode())
    return round((seed % 1000) / 1000 * 2 * TILT - TILT, 1)


def _grid(count: int, area) -> tuple[int, float, float]:
    """How many notes a row, and each note's width and height, that make ``count`` notes as
    large as ``area`` allows."""
    best = (0.0, 1, 0.0)
    for cols in (1, 2, 3):
        rows = ceil(count / cols)
        width = (area.width - GAP * (cols - 1)) / cols
        height = (area.height - GAP * (rows - 1)) / rows
        side = min(width, height * ASPECT, LARGEST)
        if side > best[0] + 1:
            best = (side, cols, side)
    side, cols = best[0], best[1]
    return cols, side, side / ASPECT


def barred(para, redaction: str, ink: str):
    """``para`` with its redaction bars in ``ink``: a bar on a pale note reads as a bar."""
    spans = tuple(replace(s, colour=ink) if s.colour == redaction else s for s in para.spans)
    return replace(para, spans=spans)


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """A column a cluster: its heading over a rule in its sticky colour, then its notes, each
    leaning a little, as squarish as the column allows; one type size for every note."""
    strong, stickies = deck.colour("strong"), deck.theme.sticky
    columns = frame.columns(len(content.clusters), 22)

    def heading(text: Text):
        return (deck.para(text, bold=True, colour=strong),)

    def note(text: Text, fill: str):
        ink = deck.ink_on(fill)
        return (barred(deck.para(text, colour=ink, align="centre"), deck.colour("redaction"), ink),)

    # one note size for the whole wall, as large as the fullest cluster allows; the wall
    # (headings and notes) stands in the middle of the frame
    fullest = max(len(c.notes) for c in content.clusters)
    area = Rect(frame.left, frame.top + HEADING + 6, columns[0].width, frame.height - HEADING - 6)
    cols, width, height = _grid(fullest, area)
    rows = ceil(fullest / cols)
    drop = (area.height - rows * height - (rows - 1) * GAP) * 0.4
    tops = [Rect(c.left, c.top + drop, c.width, HEADING - 8) for c in columns]
    # what does not fit its box even at the floor is cut short (the alt text keeps every word)
    labels = [
        clip.within(deck, c.label, heading, r, "heading", 16)
        for c, r in zip(content.clusters, tops, strict=True)
    ]
    size = deck.common([heading(t) for t in labels], tops, "heading", 16)
    placed: list[tuple[Rect, Text, str]] = []
    for index, (cluster, column) in enumerate(zip(content.clusters, columns, strict=True)):
        fill = stickies[index % len(stickies)]
        deck.text(slide, tops[index], heading(labels[index]), "heading", top=size, anchor="bottom")
        rule = Rect(column.left, tops[index].bottom + 2, column.width, 3)
        deck.shape(slide, rule, fill=deck.legible(fill, rule, 3.0))
        left = column.left + (column.width - cols * width - (cols - 1) * GAP) / 2
        for number, text in enumerate(cluster.notes):
            row, col = divmod(number, cols)
            top = area.top + drop + row * (height + GAP)
            placed.append((Rect(left + col * (width + GAP), top, width, height), text, fill))
    notes = [
        (r, clip.within(deck, t, lambda t, f=f: note(t, f), r, "heading"), f) for r, t, f in placed
    ]
    # most notes share one size; the few wordier ones are set smaller rather than all of them
    sizes = sorted(deck.fits(note(t, f), r, "heading").size for r, t, f in notes)
    wall = sizes[len(sizes) // 5]
    shadow = deck.colour("ink")
    for number, (rect, text, fill) in enumerate(notes):
        angle = tilt(text, number)
        deck.shape(
            slide,
            Rect(rect.left + 2, rect.top + 3, rect.width, rect.height),
            fill=shadow,
            alpha=0.14,
            rotation=angle,
            decorative=True,
        )
        sticky = deck.text(
            slide, rect, note(text, fill), "heading", top=wall, fill=fill, anchor="middle"
        )
        sticky.rotation = angle
