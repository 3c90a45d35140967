"""The cover and the agenda: the promise."""

from __future__ import annotations

from math import ceil

from printworks.deck import clip
from printworks.deck.dialect import words_key
from printworks.deck.fit import Para
from printworks.deck.slides.parts import chip
from printworks.deck.style import Rect
from printworks.markup import Text


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
    places = []
    for index in range(len(items)):
        column = columns[index // per_column]
        top = column.top + (index % per_column) * (row + 6)
        places.append(Rect(column.left, top, column.width, row))
    texts = [Rect(p.left + 46, p.top, p.width - 46, p.height) for p in places]

    def paras(index: int, item) -> tuple[Para, ...]:
        extra = index >= shown
        return (Para(deck.para(item, bold=not extra, colour=strong).spans),)

    # an item too long for its row is cut short (never run on to an "Agenda (cont.)" slide of
    # its own), and every item is set in one size: the largest at which all of them fit
    items = [
        clip.within(deck, clip_text(item), lambda t, i=i: paras(i, t), texts[i], "heading", 15)
        for i, item in enumerate(items)
    ]
    blocks = [paras(i, item) for i, item in enumerate(items)]
    size = deck.common(blocks, texts, "heading", 15)
    numbers = [f"{index + 1:02d}" for index in range(len(items))]
    chips = [Rect(p.left, p.top + 4, 38, row - 8) for p in places]
    chip_size = deck.common(
        [(deck.para(n, bold=True, align="centre"),) for n in numbers], chips, "eyebrow"
    )
    for index, block in enumerate(blocks):
        extra = index >= shown
        chip(
            deck,
            slide,
            chips[index],
            numbers[index],
            deck.colour("accent") if not extra else deck.colour("line"),
            on_dark if not extra else strong,
            top=chip_size,
        )
        deck.text(slide, texts[index], block, "heading", anchor="middle", top=size or 15)


def clip_text(item) -> Text:
    """An agenda item as text to cut."""
    return item if isinstance(item, Text) else Text.plain(str(item))


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
