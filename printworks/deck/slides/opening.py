"""The cover and the agenda: the promise."""

from __future__ import annotations

from math import ceil

from printworks.deck.dialect import words_key
from printworks.deck.fit import Para
from printworks.deck.slides.parts import chip
from printworks.deck.style import Rect


def cover(deck) -> None:
    own = deck.role.deck
    title = deck.title
    subtitle = own.subtitle if own and own.subtitle else deck.say("cover.subtitle")
    slide = deck.slide("cover", title, layout="cover", notes=deck.say("cover.notes"))
    on_dark, accent = deck.colour("on_dark"), deck.colour("accent")
    deck.fill(
        slide.placeholders[1],
        (deck.para(subtitle, bold=True, colour=accent),),
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


MOST = 27  # three columns of nine: the agenda's items, the promised extras among them


def agenda(deck) -> None:
    items = agenda_items(deck)
    extras = deck.says("agenda.extras")
    if len(items) + len(extras) > MOST:  # the rest of the deck goes unlisted, as it always does
        keep = MOST - len(extras) - 1
        items = [*items[:keep], deck.say("agenda.more", count=len(items) - keep)]
    shown = len(items)
    items += extras
    count = 1 if len(items) <= 7 else 2 if len(items) <= 18 else 3
    per_column = ceil(len(items) / count)
    body = deck.body
    columns = body.columns(count, 28)
    row = min(44.0, (body.height - 6 * (per_column - 1)) / max(1, per_column))
    slide = deck.slide(
        "agenda",
        deck.say("agenda.title"),
        notes=deck.say("agenda.notes", items=items, promised=len(items) - shown),
    )
    strong, on_dark = deck.colour("strong"), deck.colour("on_dark")
    for index, item in enumerate(items):
        column = columns[index // per_column]
        top = column.top + (index % per_column) * (row + 6)
        extra = index >= shown
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


def agenda_items(deck) -> list:
    """What the agenda promises: each slide after it, by its agenda line or its title."""
    items = []
    steps = deck.running
    start = next((i for i, s in enumerate(steps) if s.frame == "agenda"), -1) + 1
    for step in steps[start:]:
        if step.own is not None:
            items.append(deck.role.deck.slides[step.own].title.one_line())
            continue
        key = step.frame if step.frame is not None else words_key(step.kind, step.section)
        for line in (f"{key}.agenda", f"{key}.title"):
            if deck.copy.has(line):
                items.append(deck.say(line).one_line())
                break
    return items
