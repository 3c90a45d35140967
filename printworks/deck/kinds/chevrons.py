"""A process in stock chevrons, one step after another."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import listed
from printworks.content.chevrons import Content
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    return f"A process of {len(content.steps)} steps in chevrons: {listed(content.steps)}"


def row(deck: Deck, slide: Slide, band, steps) -> None:
    """``steps`` as a row of chevrons across ``band``, the last in the accent, one size for all."""
    count = len(steps)
    cells = band.columns(count, -12)
    dark, accent = deck.colour("dark"), deck.colour("accent")
    fills = [accent if index == count - 1 else dark for index in range(count)]
    labels = [
        (deck.para(step, bold=True, colour=deck.ink_on(fill), align="centre"),)
        for step, fill in zip(steps, fills, strict=True)
    ]
    inner = [Rect(c.left + c.height / 2, c.top, c.width - c.height, c.height) for c in cells]
    size = deck.common(labels, inner, "heading", top=18)
    for cell, label, fill in zip(cells, labels, fills, strict=True):
        deck.text(
            slide, cell, label, "heading", top=size, fill=fill, kind="chevron", anchor="middle"
        )


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """A row of chevrons (the last in the accent), each step's number and caption beneath."""
    count = len(content.steps)
    band = Rect(frame.left, frame.top + 30, frame.width, min(130.0, frame.height * 0.32))
    row(deck, slide, band, content.steps)
    accent = deck.colour("accent")
    below = Rect(frame.left, band.bottom + 18, frame.width, frame.bottom - band.bottom - 18)
    columns = below.columns(count, 12)
    for index, column in enumerate(columns):
        paras = [
            deck.para(
                deck.say("kinds.chevrons.step", number=index + 1),
                bold=True,
                colour=accent,
                scale=0.8,
            )
        ]
        if content.captions:
            paras.append(deck.para(content.captions[index], colour=deck.colour("ink")))
        deck.text(slide, column.inset(8, 0), tuple(paras), "body", top=14)
