"""One enormous number, what it counts, and the small print."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import spoken
from printworks.content.hero_number import Content
from printworks.deck.kinds._drawing import one_line
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    said = f"A hero number: {spoken(content.number)}, {spoken(content.label)}"
    return said + (f" ({spoken(content.caption)})" if content.caption else "")


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """The figure as large as the frame allows, on a card, its label and caption beside it."""
    figure, words = frame.split(frame.width * 0.55, 24)
    deck.card(slide, figure, deck.colour("accent"))
    room = figure.inset(24, 16)
    number = deck.para(content.number, bold=True, colour=deck.colour("accent"), align="centre")
    deck.text(slide, room, number, "hero", top=_one_line(deck, number, room.width), anchor="middle")
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


SLACK = 1.4  # room for a viewer whose substitute face is wider than the one measured


def _one_line(deck: Deck, number, width: float) -> float:
    """The largest hero size (in points) at which the figure stands on one line: a figure
    broken inside itself ('$127,3' over '10') misreads."""
    largest, floor = deck.theme.size("hero")
    size = largest
    while size > floor and one_line(deck, number, size) * SLACK > width:
        size -= 2
    return max(size, floor)
