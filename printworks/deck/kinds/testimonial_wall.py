"""A wall of testimonials: quote cards, each signed with a name and a handle."""

from __future__ import annotations

from math import ceil
from typing import TYPE_CHECKING

from printworks.content.base import spoken
from printworks.content.testimonial_wall import Content
from printworks.deck.kinds._drawing import write
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


GAP = 16.0
MARK = 44.0  # the quotation mark's corner
SIGN = 40.0  # the name and handle at a card's foot
STAR = 13.0
ROW = 230.0  # a row of cards at its tallest


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    said = []
    for q in content.quotes:
        by = spoken(q.name) + (f" ({spoken(q.handle)})" if q.handle else "")
        stars = f", {q.stars} of 5 stars" if q.stars is not None else ""
        said.append(f"“{spoken(q.quote)}”, {by}{stars}")
    return f"A wall of {len(content.quotes)} testimonials: " + "; ".join(said) + "."


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """Cards in a grid (two or three across), each with a large quotation mark in the accent,
    the quote, its stars when it has them, and its name in bold over its handle."""
    accent, strong, muted = deck.colour("accent"), deck.colour("strong"), deck.colour("muted")
    total = len(content.quotes)
    across = 2 if total in (2, 4) else 3
    rows = ceil(total / across)
    tall = min(frame.height, rows * ROW + (rows - 1) * GAP)
    grid = Rect(frame.left, frame.top + (frame.height - tall) / 2, frame.width, tall)
    cards = [c for band in grid.rows(rows, GAP) for c in band.columns(across, GAP)][:total]
    quotes, signs = [], []
    for quote, card in zip(content.quotes, cards, strict=True):
        deck.card(slide, card, accent)
        inner = card.inset(14, 8)
        deck.text(
            slide,
            Rect(inner.left - 4, inner.top, MARK + 16, MARK + 6),
            deck.para(deck.say("kinds.testimonial_wall.mark"), bold=True, colour=accent),
            "big",
            top=44,
        )
        if quote.stars is not None:
            _stars(deck, slide, inner.right - 5 * (STAR + 3), inner.top + 6, quote.stars)
        room = inner.height - MARK - SIGN + 6
        quotes.append(
            (
                Rect(inner.left, inner.top + MARK - 6, inner.width, room),
                (deck.para(quote.quote, italic=True, colour=strong),),
            )
        )
        sign = (deck.para(quote.name, bold=True, colour=strong),)
        if quote.handle:
            sign += (deck.para(quote.handle, colour=muted),)
        signs.append((Rect(inner.left, inner.bottom - SIGN, inner.width, SIGN), sign))
    write(deck, slide, quotes, "big", top=24)
    write(deck, slide, signs, "body", top=13)


def _stars(deck: Deck, slide: Slide, left: float, top: float, count: int) -> None:
    """Five stars in a row, the first ``count`` filled in the accent, the rest outlined."""
    accent = deck.colour("accent")
    for number in range(5):
        rect = Rect(left + number * (STAR + 3), top, STAR, STAR)
        filled = number < count
        deck.shape(slide, rect, "STAR_5_POINT", fill=accent if filled else None, line=accent)
