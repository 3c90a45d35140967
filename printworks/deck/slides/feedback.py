"""Outward-facing slides: the engagement playbook, stakeholder feedback, partner roles."""

from __future__ import annotations

from printworks.deck import shapes
from printworks.deck.slides.parts import banner, card, card_pages, chip, standing_slide
from printworks.deck.style import Rect

TOP = 46.0


def playbook(deck) -> None:
    items = list(enumerate(deck.role.encounter_guide, start=1))
    strong, on_dark = deck.colour("strong"), deck.colour("on_dark")
    response = deck.say("playbook.response")

    def paras(item):
        return (deck.para(item[1].situation.one_line(), bold=True, colour=on_dark, align="centre"),)

    def inner(rect: Rect) -> Rect:
        width = rect.width * 0.36
        return Rect(rect.left, rect.top, max(8.0, width - rect.height * 0.5), rect.height)

    pages = card_pages(deck, items, deck.body, 1, 4, paras, inner, "heading")
    for number, page in enumerate(pages):
        slide = standing_slide(deck, "playbook", number)
        for item, rect in zip(page.items, page.rects, strict=True):
            rect = Rect(rect.left, rect.top, rect.width, min(rect.height, 110))
            trigger = Rect(rect.left, rect.top, rect.width * 0.36, rect.height)
            deck.text(
                slide,
                trigger,
                paras(item),
                "heading",
                top=page.size,
                fill=deck.colour("dark"),
                kind="pentagon",
                anchor="middle",
            )
            rest = Rect(trigger.right + 14, rect.top, rect.right - trigger.right - 14, rect.height)
            card(deck, slide, rest, deck.colour("accent"))
            deck.text(
                slide,
                rest.inset(12, 6),
                deck.para(response, colour=strong),
                "heading",
                top=15,
                anchor="middle",
            )
        banner(
            deck,
            slide,
            [Rect(r.left, r.top, r.width, min(r.height, 110)) for r in page.rects],
            "playbook",
        )


def feedback(deck) -> None:
    items = list(enumerate(deck.role.burn_ward, start=1))
    labels = deck.says("feedback.sentiments")
    strong, good = deck.colour("strong"), deck.colour("good")

    def paras(item):
        number, _ = item
        return (
            deck.para(labels[(number - 1) % len(labels)], bold=True, colour=strong),
            deck.para(
                deck.say("feedback.highlight", number=number),
                colour=deck.colour("muted"),
                scale=0.8,
            ),
        )

    def inner(rect: Rect) -> Rect:
        return Rect(rect.left + 12, rect.top + TOP + 30, rect.width - 22, rect.height - TOP - 40)

    pages = card_pages(deck, items, deck.body, 3, 2, paras, inner, "heading", max_height=210)
    for number, page in enumerate(pages):
        slide = standing_slide(deck, "feedback", number)
        for item, rect in zip(page.items, page.rects, strict=True):
            card(deck, slide, rect, good)
            chip(
                deck,
                slide,
                Rect(rect.left + 12, rect.top + 12, rect.width - 24, TOP - 18),
                deck.say("feedback.channel", channel=item[1].posted_on.one_line()),
                deck.colour("dark"),
                deck.colour("on_dark"),
            )
            for dot in range(5):
                shapes.box(
                    slide,
                    Rect(rect.left + 14 + dot * 20, rect.top + TOP + 6, 14, 14),
                    "oval",
                    fill=good,
                )
            deck.text(slide, inner(rect), paras(item), "heading", top=page.size)
        banner(deck, slide, page.rects, "feedback")


def partners(deck) -> None:
    items = list(deck.role.related)
    strong, accent = deck.colour("strong"), deck.colour("accent")

    def paras(item):
        return (deck.para(item.title.one_line(), bold=True, colour=strong),)

    def inner(rect: Rect) -> Rect:
        return Rect(rect.left + 12, rect.top + 12, rect.width - 22, rect.height - 76)

    pages = card_pages(deck, items, deck.body, 3, 2, paras, inner, "heading", max_height=210)
    for number, page in enumerate(pages):
        slide = standing_slide(deck, "partners", number)
        for item, rect in zip(page.items, page.rects, strict=True):
            card(deck, slide, rect, accent)
            deck.text(slide, inner(rect), paras(item), "heading", top=page.size, anchor="middle")
            label = Rect(rect.left + 12, rect.bottom - 60, rect.width - 24, 22)
            deck.text(
                slide,
                label,
                deck.para(
                    deck.say("partners.match", match=item.match),
                    bold=True,
                    colour=deck.colour("muted"),
                ),
                "eyebrow",
                anchor="bottom",
            )
            track = Rect(rect.left + 14, rect.bottom - 32, rect.width - 28, 12)
            line, paper = deck.colour("line"), deck.colour("paper")
            shapes.box(slide, track, "round", fill=paper, line=line)
            filled = Rect(track.left, track.top, max(12.0, track.width * item.match / 100), 12)
            shapes.box(slide, filled, "round", fill=deck.colour("good"))
        banner(deck, slide, page.rects, "partners")
