"""The KPI dashboard: every metric good, every line up and to the right."""

from __future__ import annotations

import zlib

from printworks.deck import charts
from printworks.deck.slides.parts import card, card_pages, chip, standing_slide
from printworks.deck.style import Rect

TILE_BAND = 150.0
BADGE = 30.0


def attainment(name: str) -> int:
    """A metric's self-reported attainment: over target, always, and the same every run."""
    return 104 + zlib.crc32(name.encode("utf-8")) % 27


def trend(name: str, points: int) -> list[int]:
    start = 58 + zlib.crc32(name[::-1].encode("utf-8")) % 20
    end = attainment(name)
    return [round(start + (end - start) * i / (points - 1)) for i in range(points)]


def dashboard(deck) -> None:
    metrics = list(enumerate(deck.role.metrics, start=1))
    body = deck.body
    tiles = Rect(body.left, body.top, body.width, TILE_BAND)
    below = Rect(body.left, tiles.bottom + 14, body.width, body.height - TILE_BAND - 14)
    strong, good, on_dark = deck.colour("strong"), deck.colour("good"), deck.colour("on_dark")

    def paras(item):
        number, metric = item
        return (
            deck.para(
                deck.say("kpis.label", number=number),
                bold=True,
                colour=deck.colour("muted"),
                scale=0.75,
            ),
            deck.para(metric.name.one_line(), bold=True, colour=strong),
        )

    def inner(rect: Rect) -> Rect:
        return Rect(rect.left + 10, rect.top + 6, rect.width - 16, rect.height - BADGE - 16)

    pages = card_pages(deck, metrics, tiles, 3, 1, paras, inner, "heading")
    quarters = deck.copy.raw("kpis.quarters")
    for number, page in enumerate(pages):
        slide = standing_slide(deck, "kpis", number)
        solo = page.rects[0] is tiles or page.rects[0].height > TILE_BAND
        for item, rect in zip(page.items, page.rects, strict=True):
            if solo:
                rect = Rect(rect.left, rect.top, rect.width, min(rect.height, TILE_BAND))
            card(deck, slide, rect, good)
            deck.text(slide, inner(rect), paras(item), "heading", top=page.size)
            value = attainment(str(item[1].name.one_line()))
            badge = Rect(rect.left + 10, rect.bottom - BADGE - 8, 110, BADGE)
            deck.text(
                slide,
                badge,
                deck.para(deck.say("kpis.value", value=value), bold=True, colour=good),
                "heading",
                anchor="middle",
                top=18,
            )
            chip(
                deck,
                slide,
                Rect(rect.right - 104, rect.bottom - BADGE - 6, 94, BADGE - 6),
                deck.say("kpis.status"),
                good,
                on_dark,
            )
        chart_rect = Rect(below.left, below.top, below.width * 0.7, below.height)
        series = [
            (
                deck.say("kpis.label", number=n),
                trend(str(m.name.one_line()), len(quarters)),
                deck.theme.series[(n - 1) % len(deck.theme.series)],
            )
            for n, m in page.items
        ]
        charts.lines(
            slide,
            chart_rect,
            quarters,
            series,
            deck.chart_look,
            number_format='0"%"',
        )
        side = Rect(
            chart_rect.right + 18, below.top, below.right - chart_rect.right - 18, below.height
        )
        card(deck, slide, side, good)
        deck.text(
            slide,
            side.inset(12),
            (
                deck.para(
                    deck.say("kpis.summary_head", count=deck.facts.counts["metrics"]),
                    bold=True,
                    colour=good,
                    scale=1.8,
                ),
                deck.para(deck.say("kpis.summary"), colour=strong),
            ),
            "body",
            top=13,
            anchor="middle",
        )
