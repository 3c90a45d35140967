"""The role charter: the job ad's claims, framed as pillars. The notes translate them."""

from __future__ import annotations

from printworks.deck.slides.parts import banner, card, card_pages, chip, standing_slide
from printworks.deck.style import Rect

HEAD = 14.0
FOOT = 34.0


def charter(deck) -> None:
    items = list(enumerate(deck.role.jd_autopsy, start=1))
    strong, muted = deck.colour("strong"), deck.colour("muted")

    def paras(item):
        number, claim = item
        return (
            deck.para(
                deck.say("charter.pillar", number=number),
                bold=True,
                colour=deck.colour("accent"),
                scale=0.75,
            ),
            deck.para("“" + claim.claim.one_line() + "”", italic=True, colour=strong),
        )

    def inner(rect: Rect) -> Rect:
        return Rect(rect.left + 14, rect.top + HEAD, rect.width - 24, rect.height - HEAD - FOOT - 8)

    pages = card_pages(deck, items, deck.body, 3, 1, paras, inner, "heading", max_height=250)
    for number, page in enumerate(pages):
        slide = standing_slide(deck, "charter", number)
        for item, rect in zip(page.items, page.rects, strict=True):
            card(deck, slide, rect, deck.colour("accent"))
            deck.text(slide, inner(rect), paras(item), "heading", top=page.size)
            claim = item[1]
            source = (
                deck.say("charter.source_redacted")
                if claim.source_redacted
                else deck.say("charter.source", source=claim.source.one_line())
            )
            chip(
                deck,
                slide,
                Rect(rect.left + 14, rect.bottom - FOOT, rect.width - 28, FOOT - 10),
                source,
                deck.colour("line"),
                muted,
            )
        banner(deck, slide, page.rects, "charter")
