"""The slides a role's habits bring into its deck: a burning platform to open on, a wall of
logos and a glossary of acronyms to close with. Each is drawn by a kind, from the copy."""

from __future__ import annotations

from printworks.deck import kinds, shapes
from printworks.deck.style import Rect
from printworks.deck.titling import acronym


def _own(deck, kind: str, **content):
    """A slide of ``kind`` made from the copy, drawn as a role's own slide would be."""
    module = kinds.module(kind)
    slide = module.Content(kind=kind, **content)
    page = deck.slide(kind, slide.title, notes=slide.notes)
    with deck.group(page, module.describe(slide, deck)):
        module.draw(deck, page, deck.body, slide)


def burning_platform(deck) -> None:
    fires = [place.one_line() for place in deck.role.habitat] or [
        deck.say("burning_platform.headline")
    ]
    _own(
        deck,
        "burning_platform",
        title=deck.say("burning_platform.title"),
        notes=deck.say("burning_platform.notes"),
        headline=deck.say("burning_platform.headline"),
        fires=fires[:6],
    )


def logo_wall(deck) -> None:
    _own(
        deck,
        "logo_wall",
        title=deck.say("logo_wall.title"),
        notes=deck.say("logo_wall.notes"),
        logos=deck.says("logo_wall.logos"),
        caption=deck.say("logo_wall.caption"),
    )


def glossary(deck) -> None:
    """Every acronym the deck's kickers used, each defined by the next one."""
    terms = [  # as each content slide's kicker printed it: its title and its slide number
        acronym(str(page.title), number)
        for number, page in enumerate(deck.pages, start=1)
        if page.layout == "content"
    ]
    terms = [t for t in dict.fromkeys(terms) if not t.startswith("TBD")][:12] or ["TBD-00"]
    slide = deck.slide("glossary", deck.say("glossary.title"), notes=deck.say("glossary.notes"))
    body = deck.body
    rows = body.rows(len(terms) + 1, 2)
    strong, muted = deck.colour("strong"), deck.colour("muted")
    with deck.group(slide, f"A glossary of {len(terms)} acronyms, each defined by another."):
        for index, row in enumerate(rows):
            term_cell, meaning_cell = row.split(row.width * 0.3, 8)
            if index == 0:
                shapes.box(slide, row, "rect", fill=deck.colour("panel"))
                words = (deck.say("glossary.term"), deck.say("glossary.meaning"))
            else:
                term = terms[index - 1]
                words = (term, "See " + terms[index % len(terms)])
            cells = zip((term_cell, meaning_cell), words, (strong, muted), strict=True)
            for cell, word, colour in cells:
                deck.text(
                    slide,
                    Rect(cell.left + 6, cell.top, cell.width - 12, cell.height),
                    deck.para(word, bold=index == 0 or cell is term_cell, colour=colour),
                    "body",
                    anchor="middle",
                )
