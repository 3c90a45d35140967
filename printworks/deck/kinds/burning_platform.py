"""The burning platform: the fire, and why only the role can put it out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import listed, spoken
from printworks.content.burning_platform import Content
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    return f"A burning platform: {spoken(content.headline)} On fire: {listed(content.fires)}"


def _flame(deck: Deck, slide: Slide, rect) -> None:
    """A flame in stock shapes: an outer teardrop in the warning colour, a bad one inside."""
    deck.shape(slide, rect, "TEAR", fill=deck.colour("warn"), rotation=-45, decorative=True)
    core = Rect(
        rect.left + rect.width * 0.25,
        rect.top + rect.height * 0.35,
        rect.width * 0.5,
        rect.height * 0.5,
    )
    core_fill = deck.legible(deck.colour("bad"), core, 3.0)  # it must show on the outer flame
    deck.shape(slide, core, "TEAR", fill=core_fill, rotation=-45, decorative=True)


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """The platform (a slab on stilts) with flames on it, the headline, then each fire."""
    art, words = frame.split(frame.width * 0.38, 28)
    slab = Rect(art.left, art.top + art.height * 0.62, art.width, art.height * 0.08)
    platform = deck.legible(deck.colour("dark"), slab, 3.0)  # it must show on the slide
    deck.shape(slide, slab, "rect", fill=platform)
    for fraction in (0.15, 0.8):
        leg = Rect(art.left + art.width * fraction, slab.bottom, 10, art.bottom - slab.bottom)
        deck.shape(slide, leg, "rect", fill=platform)
    for index, fraction in enumerate((0.08, 0.38, 0.66)):
        height = art.height * (0.34 if index == 1 else 0.26)
        flame = Rect(art.left + art.width * fraction, slab.top - height, art.width * 0.24, height)
        _flame(deck, slide, flame)
    deck.text(
        slide,
        Rect(words.left, words.top, words.width, 90),
        deck.para(content.headline, bold=True, colour=deck.colour("bad")),
        "big",
        top=30,
        anchor="middle",
    )
    fires = Rect(words.left, words.top + 100, words.width, words.height - 100)
    rows = fires.rows(len(content.fires), 8)
    tag = deck.say("kinds.burning_platform.fire")
    for row, fire in zip(rows, content.fires, strict=True):
        chip = Rect(row.left, row.top + (row.height - 24) / 2, 86, 24)
        deck.text(
            slide,
            chip,
            deck.para(tag, bold=True, colour=deck.colour("on_dark"), align="centre"),
            "eyebrow",
            fill=deck.colour("bad"),
            kind="round",
            anchor="middle",
        )
        deck.text(
            slide,
            Rect(row.left + 96, row.top, row.width - 96, row.height),
            deck.para(fire, colour=deck.colour("ink")),
            "body",
            top=15,
            anchor="middle",
        )
