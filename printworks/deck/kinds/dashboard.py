"""A dashboard of checks, every one of them green."""

from __future__ import annotations

from math import ceil
from typing import TYPE_CHECKING

from printworks.content.base import listed, spoken
from printworks.content.dashboard import Content
from printworks.deck import clip
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


BANNER = 96.0  # the headline band
BADGE_W, BADGE_H = 92.0, 26.0


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    checks = [
        c.label + (f" ({spoken(c.status)})" if c.status is not None else "") for c in content.checks
    ]
    return (
        f"A dashboard headed {spoken(content.headline)}: {len(content.checks)} checks, every "
        f"badge green: {listed(checks)}."
    )


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """A band with the headline, large, in the good colour, and a tick drawn in a ring; under
    it a grid of cards, one a check, each with a green dot, its label and a green badge."""
    good, strong = deck.colour("good"), deck.colour("strong")
    band = Rect(frame.left, frame.top, frame.width, BANNER)
    deck.card(slide, band, good)
    tick = Rect(band.left + 22, band.top + (band.height - 64) / 2, 64, 64)
    deck.shape(slide, tick, "oval", fill=good)
    _tick(deck, slide, tick.inset(16), deck.ink_on(good))
    words = Rect(tick.right + 20, band.top + 8, band.width - 420, band.height - 16)

    def headline(text):
        return (deck.para(text, bold=True, colour=good),)

    said = clip.within(deck, content.headline, headline, words, "big", 48)
    deck.text(slide, words, headline(said), "big", top=48, anchor="middle")
    total = len(content.checks)
    deck.text(
        slide,
        Rect(band.right - 300, band.top + 12, 280, band.height - 24),
        (
            deck.para(deck.say("kinds.dashboard.summary", count=total), bold=True, colour=strong),
            deck.para(deck.say("kinds.dashboard.since"), colour=deck.colour("muted")),
        ),
        "body",
        top=14,
        anchor="middle",
        colour=strong,
    )

    area = Rect(frame.left, band.bottom + 14, frame.width, frame.height - BANNER - 14)
    cols = 2 if total == 4 else min(3, total)
    rows = ceil(total / cols)
    height = min((area.height - 12 * (rows - 1)) / rows, 86.0)
    cells = [
        c for r in range(rows) for c in area.slice(r * (height + 12), height).columns(cols, 12)
    ]
    default = deck.say("kinds.dashboard.status")

    def label(text):
        return (deck.para(text, bold=True, colour=strong),)

    def inner(cell):
        return Rect(cell.left + 34, cell.top + 6, cell.width - 40 - BADGE_W - 8, height - 12)

    labels = [
        clip.within(deck, c.label, label, inner(cell), "body", 15)
        for c, cell in zip(content.checks, cells, strict=False)
    ]
    size = deck.common([label(t) for t in labels], [inner(c) for c in cells[:total]], "body", 15)
    on_good = deck.ink_on(good)

    def status_of(text):
        return (deck.para(text, bold=True, colour=on_good, align="centre"),)

    for check, text, cell in zip(content.checks, labels, cells, strict=False):
        card = Rect(cell.left, cell.top, cell.width, height)
        deck.card(slide, card)
        middle = card.top + card.height / 2
        deck.shape(slide, Rect(card.left + 14, middle - 6, 12, 12), "oval", fill=good)
        deck.text(slide, inner(card), label(text), "body", top=size, anchor="middle")
        badge = Rect(card.right - BADGE_W - 12, middle - BADGE_H / 2, BADGE_W, BADGE_H)
        status = clip.within(deck, check.status or default, status_of, badge, "eyebrow", 11)
        deck.text(
            slide,
            badge,
            status_of(status),
            "eyebrow",
            top=11,
            fill=good,
            kind="round",
            anchor="middle",
        )


def _tick(deck: Deck, slide: Slide, rect, colour: str) -> None:
    """A tick mark, drawn as a thick two-stroke line."""
    points = [
        (rect.left, rect.top + rect.height * 0.55),
        (rect.left + rect.width * 0.38, rect.bottom - rect.height * 0.08),
        (rect.right, rect.top + rect.height * 0.12),
    ]
    deck.path(slide, points, line=colour, line_width=6)
