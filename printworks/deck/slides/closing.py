"""The ending: key takeaways, next steps (another meeting), questions."""

from __future__ import annotations

from printworks.deck.kinds import chevrons
from printworks.deck.slides.parts import card, card_pages, standing_slide
from printworks.deck.style import Rect

NUMERAL = 84.0


def takeaways(deck) -> None:
    items = list(enumerate(deck.says("takeaways.items"), start=1))
    strong, accent = deck.colour("strong"), deck.colour("accent")

    def paras(item):
        return (deck.para(item[1], bold=True, colour=strong),)

    def inner(rect: Rect) -> Rect:
        return Rect(rect.left + NUMERAL, rect.top + 8, rect.width - NUMERAL - 12, rect.height - 16)

    pages = card_pages(deck, items, deck.body, 2, 2, paras, inner, "heading")
    for number, page in enumerate(pages):
        slide = standing_slide(deck, "takeaways", number)
        for item, rect in zip(page.items, page.rects, strict=True):
            card(deck, slide, rect, accent)
            deck.text(
                slide,
                Rect(rect.left + 10, rect.top, NUMERAL - 14, rect.height),
                deck.para(f"{item[0]}", bold=True, colour=accent, align="centre"),
                "big",
                anchor="middle",
            )
            deck.text(slide, inner(rect), paras(item), "heading", top=page.size, anchor="middle")


def next_steps(deck) -> None:
    steps = deck.says("next_steps.steps")
    body = deck.body
    slide = standing_slide(deck, "next_steps")
    band = Rect(body.left, body.top + 40, body.width, 120)
    strong = deck.colour("strong")
    chevrons.row(deck, slide, band, steps)
    owner = Rect(body.left, band.bottom + 40, body.width, body.bottom - band.bottom - 40)
    card(deck, slide, owner, deck.colour("good"))
    deck.text(
        slide,
        owner.inset(16, 10),
        tuple(
            deck.para(line, colour=strong, bold=i == 0)
            for i, line in enumerate(deck.says("next_steps.owners"))
        ),
        "body",
        top=15,
        anchor="middle",
    )


def questions(deck) -> None:
    slide = deck.slide(
        "questions",
        deck.say("questions.title"),
        layout="statement",
        notes=deck.say("questions.notes"),
    )
    accent = deck.colour("accent")
    deck.fill(
        slide.placeholders[1],
        (deck.para(deck.say("questions.subtitle"), colour=accent),),
        "heading",
        accent,
        "top",
    )
