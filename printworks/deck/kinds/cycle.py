"""A cycle (or wheel) of stages around a centre, arrows from each to the next."""

from __future__ import annotations

from math import cos, pi, sin
from typing import TYPE_CHECKING

from printworks.content.base import spoken
from printworks.content.cycle import Content
from printworks.deck.kinds import _drawing as d
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    stages = ", then ".join(
        spoken(stage.label) + (f" ({spoken(stage.note)})" if stage.note else "")
        for stage in content.stages
    )
    centre = f" around {spoken(content.centre)}" if content.centre else ""
    return (
        f"A cycle of {len(content.stages)} stages{centre}, each leading to the next and the "
        f"last back to the first: {stages}."
    )


def _card_size(count: int, frame) -> tuple[float, float]:
    """How big each stage's card is: the fewer the stages, the bigger."""
    width = {3: 240.0, 4: 230.0, 5: 210.0, 6: 200.0, 7: 180.0}.get(count, 170.0)
    height = {3: 96.0, 4: 92.0, 5: 84.0, 6: 76.0, 7: 70.0}.get(count, 66.0)
    return min(width, frame.width * 0.27), min(height, frame.height * 0.27)


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """The stages as numbered cards round an elliptical track, clockwise from the top, an
    arrowhead on the track between each card and the next; the centre in a hub."""
    count = len(content.stages)
    width, height = _card_size(count, frame)
    cx, cy = frame.centre
    rx, ry = (frame.width - width) / 2, (frame.height - height) / 2
    accent, track = deck.colour("accent"), deck.colour("line")
    angles = [-pi / 2 + 2 * pi * i / count for i in range(count)]

    def at(angle: float) -> tuple[float, float]:
        return cx + rx * cos(angle), cy + ry * sin(angle)

    deck.shape(
        slide,
        Rect(cx - rx, cy - ry, 2 * rx, 2 * ry),
        "oval",
        line=track,
        line_width=4,
        decorative=True,
    )
    cards = [Rect(x - width / 2, y - height / 2, width, height) for x, y in map(at, angles)]
    # an arrowhead on the track halfway along the stretch of it that shows between each card
    # and the next, pointing onwards
    heads = []
    for index, angle in enumerate(angles):
        nxt = angles[(index + 1) % count] + (2 * pi if index == count - 1 else 0)
        steps = [angle + (nxt - angle) * i / 60 for i in range(61)]
        shown = [a for a in steps if not any(_inside(at(a), c, 10) for c in cards)]
        if shown:
            middle = shown[len(shown) // 2]
            heads.append((at(middle), d.heading(at(middle - 0.02), at(middle + 0.02))))

    _hub(deck, slide, frame, cards, content)
    chip = 26.0
    rows = []
    for number, (card, stage) in enumerate(zip(cards, content.stages, strict=True), start=1):
        deck.card(slide, card)
        badge = Rect(card.left + 10, card.top + (card.height - chip) / 2, chip, chip)
        deck.shape(slide, badge, "oval", fill=accent)
        deck.text(
            slide,
            badge,
            deck.para(str(number), bold=True, colour=deck.ink_on(accent), align="centre"),
            "heading",
            top=13,
            anchor="middle",
        )
        paras = [deck.para(stage.label, bold=True, colour=deck.colour("strong"))]
        if stage.note:
            paras.append(deck.para(stage.note, colour=deck.colour("muted"), scale=0.85))
        words = Rect(badge.right + 4, card.top + 4, card.right - badge.right - 10, card.height - 8)
        rows.append((words, tuple(paras)))
    d.write(deck, slide, rows, "heading", top=15, anchor="middle")
    for tip, direction in heads:
        d.arrowhead(deck, slide, tip, direction, 16, accent)


def _inside(point, rect, margin: float) -> bool:
    """Whether ``point`` lies within ``margin`` of ``rect`` or inside it."""
    x, y = point
    grown = rect.inset(-margin)
    return grown.left < x < grown.right and grown.top < y < grown.bottom


def _hub(deck: Deck, slide: Slide, frame: Rect, cards, content) -> None:
    """The centre of the wheel: the centre's words in a disc, or a turning arrow if none."""
    cx, cy = frame.centre
    # the widest box round the centre that keeps clear of every card
    half_w, half_h = frame.width * 0.22, frame.height * 0.24
    for card in cards:
        if card.top < cy + half_h and card.bottom > cy - half_h:
            if card.left > cx:
                half_w = min(half_w, card.left - cx - 14)
            elif card.right < cx:
                half_w = min(half_w, cx - card.right - 14)
        if card.left < cx + half_w and card.right > cx - half_w:
            if card.top > cy:
                half_h = min(half_h, card.top - cy - 10)
            elif card.bottom < cy:
                half_h = min(half_h, cy - card.bottom - 10)
    hub = Rect(cx - half_w, cy - half_h, 2 * half_w, 2 * half_h)
    dark = deck.colour("dark")
    if content.centre is None:
        side = min(hub.width, hub.height) * 0.8
        deck.shape(
            slide,
            Rect(cx - side / 2, cy - side / 2, side, side),
            "CIRCULAR_ARROW",
            fill=deck.colour("accent"),
            decorative=True,
        )
        return
    deck.shape(slide, hub, "oval", fill=dark)
    words = (deck.para(content.centre, bold=True, colour=deck.ink_on(dark), align="centre"),)
    d.write(
        deck,
        slide,
        [(hub.inset(hub.width * 0.16, hub.height * 0.16), words)],
        "big",
        28,
        anchor="middle",
    )
