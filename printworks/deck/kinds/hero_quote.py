"""One quotation, large, and who said it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import spoken
from printworks.content.hero_quote import Content
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    return f"A quotation: “{spoken(content.quote)}”, attributed to {spoken(content.attribution)}"


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """A large quotation mark, the quote in big italic, the attribution under a rule."""
    accent = deck.colour("accent")
    mark = Rect(frame.left, frame.top, 110, 130)
    deck.text(
        slide,
        mark,
        deck.para(deck.say("kinds.hero_quote.mark"), bold=True, colour=accent),
        "hero",
        top=150,
    )
    quote = Rect(frame.left + 120, frame.top + 10, frame.width - 160, frame.height - 90)
    deck.text(
        slide,
        quote,
        deck.para(content.quote, italic=True, colour=deck.colour("strong")),
        "big",
        top=36,
        anchor="middle",
    )
    rule_y = quote.bottom + 14
    deck.shape(slide, Rect(quote.left, rule_y, 60, 3), "rect", fill=accent)
    deck.text(
        slide,
        Rect(quote.left, rule_y + 10, quote.width, frame.bottom - rule_y - 10),
        deck.para("— " + content.attribution, bold=True, colour=deck.colour("muted")),
        "heading",
    )
