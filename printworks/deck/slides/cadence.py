"""The operating cadence: the day's meetings on a timeline of native shapes."""

from __future__ import annotations

from printworks.deck import backdrop, shapes
from printworks.deck.slides.parts import banner, card, card_pages, chip, standing_slide
from printworks.deck.style import Rect
from printworks.facts import Block, hours, on_lanes

AXIS = 128.0
BAR = 16.0
CHIP = 26.0


def cadence(deck) -> None:
    body = deck.body
    axis_band = Rect(body.left, body.top, body.width, AXIS)
    cards = Rect(body.left, axis_band.bottom + 18, body.width, body.height - AXIS - 18)
    strong, accent, muted = deck.colour("strong"), deck.colour("accent"), deck.colour("muted")

    def paras(block: Block):
        return (deck.para(block.entry.title.one_line(), bold=True, colour=strong),)

    def inner(rect: Rect) -> Rect:
        return Rect(rect.left + 10, rect.top + CHIP + 14, rect.width - 18, rect.height - CHIP - 20)

    pages = card_pages(
        deck, deck.facts.blocks, cards, 4, 1, paras, inner, "heading", max_height=130
    )
    for number, page in enumerate(pages):
        slide = standing_slide(deck, "cadence", number)
        blocks = on_lanes(page.items)  # the slide's own lanes
        first, last = hours(blocks)
        span = (last - first) * 60
        line_y = axis_band.bottom - 22
        track = Rect(axis_band.left + 20, line_y, axis_band.width - 40, 0)

        def x_at(minutes: int, track=track, first=first, span=span) -> float:
            return track.left + track.width * (minutes - first * 60) / span

        shapes.box(
            slide, Rect(track.left, line_y - 2, track.width, 4), "rect", fill=deck.colour("line")
        )
        ticks = backdrop.legible(deck.colour("strong"), (deck.colour("line"),), 3.0)
        step = max(1, (last - first) // 10 + 1)
        for hour in range(first, last + 1, step):
            x = x_at(hour * 60)
            tick = Rect(x - 3, line_y - 3, 6, 6)
            shapes.box(slide, tick, "oval", fill=ticks)
            deck.text(
                slide,
                Rect(x - 28, line_y + 4, 56, 24),
                deck.para(f"{hour:02d}:00", colour=muted, align="centre"),
                "eyebrow",
            )
        lane_pitch = min(BAR + 6, (AXIS - 34) / max(1, max(b.lane for b in blocks) + 1))
        for block, rect in zip(blocks, page.rects, strict=True):
            entry, lane = block.entry, block.lane
            left, right = x_at(block.start), x_at(block.end)
            bar = Rect(
                left, line_y - 12 - (lane + 1) * lane_pitch, max(4.0, right - left), lane_pitch - 4
            )
            shapes.box(slide, bar, "round", fill=accent)
            centre = bar.left + bar.width / 2
            shapes.connector(slide, centre, bar.bottom, centre, line_y - 2, accent, 1)
            card(deck, slide, rect, accent)
            chip(
                deck,
                slide,
                Rect(rect.left + 10, rect.top + 10, min(120, rect.width - 20), CHIP),
                f"{entry.start}–{entry.end}",
                deck.colour("dark"),
                deck.colour("on_dark"),
            )
            deck.text(slide, inner(rect), paras(block), "heading", top=page.size)
        banner(deck, slide, page.rects, "cadence")
