"""The cover and the agenda: the promise."""

from __future__ import annotations

from math import ceil

from printworks.deck.fit import Para
from printworks.deck.slides import SLIDES, present
from printworks.deck.slides.parts import chip
from printworks.deck.style import Rect


def cover(deck) -> None:
    slide = deck.slide(
        "cover", deck.say("cover.title"), layout="cover", notes=deck.say("cover.notes")
    )
    on_dark, accent = deck.colour("on_dark"), deck.colour("accent")
    deck.fill(
        slide.placeholders[1],
        (deck.para(deck.say("cover.subtitle"), bold=True, colour=accent),),
        "heading",
        accent,
        "top",
    )
    deck.text(
        slide,
        deck.box("cover_meta"),
        deck.para(deck.say("cover.meta"), colour=on_dark),
        "footnote",
        colour=on_dark,
    )


def agenda(deck) -> None:
    kinds = [k for k in deck.plan.slides if k in SLIDES and present(k, deck.role)]
    items = [deck.say(f"{k}.agenda") for k in kinds if deck.copy.has(f"{k}.agenda")]
    items += deck.says("agenda.extras")
    per_column = ceil(len(items) / 2)
    body = deck.body
    columns = body.columns(2, 28)
    row = min(44.0, (body.height - 6 * (per_column - 1)) / max(1, per_column))
    slide = deck.slide(
        "agenda",
        deck.say("agenda.title"),
        notes=deck.say("agenda.notes", items=items, promised=len(items) - len(kinds)),
    )
    strong, on_dark = deck.colour("strong"), deck.colour("on_dark")
    for index, item in enumerate(items):
        column = columns[index // per_column]
        top = column.top + (index % per_column) * (row + 6)
        extra = index >= len(items) - len(deck.says("agenda.extras"))
        chip(
            deck,
            slide,
            Rect(column.left, top + 4, 38, row - 8),
            f"{index + 1:02d}",
            deck.colour("accent") if not extra else deck.colour("line"),
            on_dark if not extra else strong,
        )
        deck.text(
            slide,
            Rect(column.left + 46, top, column.width - 46, row),
            Para(deck.para(item, bold=not extra, colour=strong).spans),
            "heading",
            anchor="middle",
            top=15,
        )
