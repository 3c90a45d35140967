"""One enormous number, what it counts, and the small print."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.deck.kinds.base import KindSlide, Label, spoken
from printworks.markup import Text


class Content(KindSlide):
    kind: Literal["hero_number"]
    number: Label = Field(description="The figure, as printed: '10×', '97%'.")
    label: Text = Field(description="What the figure counts.")
    caption: Text | None = None


def describe(content: Content) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    said = f"A hero number: {spoken(content.number)}, {spoken(content.label)}"
    return said + (f" ({spoken(content.caption)})" if content.caption else "")


def draw(deck, slide, frame, content: Content) -> None:
    """The figure as large as the frame allows, on a card, its label and caption beside it."""
    figure, words = frame.split(frame.width * 0.55, 24)
    deck.card(slide, figure, deck.colour("accent"))
    deck.text(
        slide,
        figure.inset(24, 16),
        deck.para(content.number, bold=True, colour=deck.colour("accent"), align="centre"),
        "hero",
        anchor="middle",
    )
    paras = [deck.para(content.label, bold=True, colour=deck.colour("strong"), scale=1.3)]
    if content.caption:
        paras.append(deck.para(content.caption, colour=deck.colour("muted")))
    deck.text(
        slide,
        words,
        tuple(paras),
        "body",
        top=22,
        anchor="middle",
    )
