"""A team health check: areas down the side, a traffic light and a trend in each cell."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import spoken
from printworks.content.health_check import Content
from printworks.deck.kinds._drawing import write
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


ROW = 72.0  # a row at its tallest
HEAD = 26.0  # the column names
LEGEND = 24.0  # the key under the grid
CELL = 116.0  # a column of lights at its widest
DOT = 22.0
LIGHTS = {"green": "good", "amber": "warn", "red": "bad"}
ARROWS = {"up": "UP_ARROW", "flat": "RIGHT_ARROW", "down": "DOWN_ARROW"}


def columns(content: Content, deck: Deck) -> list:
    return list(content.columns) if content.columns else [deck.say("kinds.health_check.column")]


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    heads = columns(content, deck)
    rows = []
    for area in content.areas:
        cells = ", ".join(
            f"{spoken(head)} {deck.say(f'kinds.health_check.light.{c.light}')}, "
            f"{deck.say(f'kinds.health_check.trend.{c.trend}')}"
            for head, c in zip(heads, area.cells, strict=True)
        )
        rows.append(f"{spoken(area.area)}: {cells}")
    return f"A team health check of {len(content.areas)} areas: " + "; ".join(rows) + "."


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """A grid: each area's name (and its note) down the side, a column of traffic lights a
    team or sprint, each light with an arrow for its trend; a key under the grid."""
    strong, muted, ink = deck.colour("strong"), deck.colour("muted"), deck.colour("ink")
    heads = columns(content, deck)
    notes = any(a.note for a in content.areas)
    lights_w = min(CELL, (frame.width * 0.5) / len(heads)) * len(heads)
    label_w = (frame.width - lights_w) * (0.34 if notes else 1.0)
    note_w = frame.width - lights_w - label_w
    grid = Rect(frame.left, frame.top, frame.width, frame.height - LEGEND - 8)
    height = min(ROW, (grid.height - HEAD) / len(content.areas))
    cell_w = lights_w / len(heads)
    x0 = frame.left + label_w + note_w
    head_items = [
        (
            Rect(x0 + i * cell_w, grid.top, cell_w, HEAD),
            (deck.para(h, bold=True, colour=muted, align="centre"),),
        )
        for i, h in enumerate(heads)
    ]
    write(deck, slide, head_items, "footnote", top=11, anchor="bottom")
    deck.shape(slide, Rect(frame.left, grid.top + HEAD - 2, frame.width, 2), fill=strong)
    labels, said = [], []
    for number, area in enumerate(content.areas):
        top = grid.top + HEAD + number * height
        if number % 2:
            deck.shape(slide, Rect(frame.left, top, frame.width, height), fill=deck.colour("panel"))
        labels.append(
            (
                Rect(frame.left, top, label_w, height),
                (deck.para(area.area, bold=True, colour=strong),),
            )
        )
        if area.note:
            said.append(
                (
                    Rect(frame.left + label_w, top, note_w, height),
                    (deck.para(area.note.one_line(), colour=ink),),
                )
            )
        for index, cell in enumerate(area.cells):
            middle_x = x0 + index * cell_w + cell_w / 2
            middle_y = top + height / 2
            colour = deck.colour(LIGHTS[cell.light])
            deck.shape(
                slide, Rect(middle_x - DOT - 2, middle_y - DOT / 2, DOT, DOT), "oval", fill=colour
            )
            arrow = Rect(middle_x + 4, middle_y - 8, 16, 16)
            deck.shape(slide, arrow, ARROWS[cell.trend], fill=strong)
    write(deck, slide, labels, "body", top=15, anchor="middle")
    write(deck, slide, said, "body", top=13, anchor="middle")
    below = grid.top + HEAD + len(content.areas) * height + 14
    _legend(deck, slide, Rect(frame.left, min(below, frame.bottom - LEGEND), frame.width, LEGEND))


def _legend(deck: Deck, slide: Slide, rect: Rect) -> None:
    """The key: a dot for each light, an arrow for each trend, each with its word."""
    muted, strong = deck.colour("muted"), deck.colour("strong")
    keys = [(LIGHTS[n], "oval", f"kinds.health_check.light.{n}") for n in LIGHTS]
    keys += [("strong", ARROWS[n], f"kinds.health_check.trend.{n}") for n in ARROWS]
    slots = rect.columns(len(keys), 8)
    items = []
    for (colour, shape, key), slot in zip(keys, slots, strict=True):
        mark = Rect(slot.left, slot.top + (slot.height - 12) / 2, 12, 12)
        deck.shape(slide, mark, shape, fill=deck.colour(colour) if colour != "strong" else strong)
        items.append(
            (
                Rect(slot.left + 16, slot.top, slot.width - 16, slot.height),
                (deck.para(deck.say(key), colour=muted),),
            )
        )
    write(deck, slide, items, "footnote", top=11)
