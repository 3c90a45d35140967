"""A RACI grid: tasks down the side, roles across, a letter in each cell."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import listed, spoken
from printworks.content.raci import Content
from printworks.deck import clip
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


# each letter's chip colour, by the theme's colour names; "-" has no chip
CHIPS = {"R": "accent", "A": "strong", "RA": "bad", "C": "warn", "I": "muted"}
HEADER = 46.0
LEGEND = 26.0


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    said = []
    for row in content.tasks:
        who = []
        for word, letters in (("responsible", ("R", "RA")), ("accountable", ("A", "RA"))):
            roles = [r for r, c in zip(content.roles, row.cells, strict=True) if c in letters]
            who.append(f"{listed(roles) if roles else 'nobody'} {word}")
        said.append(f"{spoken(row.task)}: {', '.join(who)}")
    return (
        f"A RACI grid of {len(content.tasks)} tasks by {len(content.roles)} roles "
        f"({listed(content.roles)}). " + "; ".join(said) + "."
    )


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """Roles across the top, tasks down the side on banded rows, a coloured letter chip in each
    cell, and the legend of the letters underneath."""
    strong, ink, panel = deck.colour("strong"), deck.colour("ink"), deck.colour("panel")
    names, body = frame.split(min(frame.width * 0.3, 280.0), 8)
    grid = Rect(frame.left, frame.top + HEADER, frame.width, frame.height - HEADER - LEGEND - 10)
    rows = grid.rows(len(content.tasks), 0)
    cols = Rect(body.left, frame.top, body.width, HEADER).columns(len(content.roles), 6)

    def head(text):
        return (deck.para(text, bold=True, colour=strong, align="centre"),)

    def task(text):
        return (deck.para(text, colour=ink),)

    roles = [
        clip.within(deck, r, head, c, "body", 14) for r, c in zip(content.roles, cols, strict=True)
    ]
    size = deck.common([head(r) for r in roles], cols, "body", 14)
    for role, col in zip(roles, cols, strict=True):
        deck.text(slide, col, head(role), "body", top=size, anchor="bottom")
    deck.line(slide, frame.left, grid.top - 3, frame.right, grid.top - 3, strong, 1.5)

    cells = [Rect(names.left + 4, r.top, names.width - 4, r.height) for r in rows]
    tasks = [
        clip.within(deck, t.task, task, c, "body", 14)
        for t, c in zip(content.tasks, cells, strict=True)
    ]
    size = deck.common([task(t) for t in tasks], cells, "body", 14)
    chip_h = min(26.0, rows[0].height - 6)
    chip_w = min(48.0, cols[0].width - 8)
    letters = {key: deck.say(f"kinds.raci.letters.{key}") for key in (*CHIPS, "-")}
    for number, (row, label, cell, rect) in enumerate(
        zip(content.tasks, tasks, cells, rows, strict=True)
    ):
        if number % 2 == 0:
            deck.shape(slide, rect, fill=panel, decorative=True)
        deck.text(slide, cell, task(label), "body", top=size, anchor="middle")
        for letter, col in zip(row.cells, cols, strict=True):
            middle = rect.top + rect.height / 2
            chip = Rect(col.left + (col.width - chip_w) / 2, middle - chip_h / 2, chip_w, chip_h)
            if letter == "-":
                deck.text(
                    slide,
                    chip,
                    deck.para(letters["-"], colour=deck.colour("muted"), align="centre"),
                    "body",
                    top=14,
                    anchor="middle",
                )
                continue
            fill = deck.colour(CHIPS[letter])
            deck.text(
                slide,
                chip,
                deck.para(letters[letter], bold=True, colour=deck.ink_on(fill), align="centre"),
                "body",
                top=14,
                fill=fill,
                kind="round",
                anchor="middle",
            )
    deck.line(slide, frame.left, grid.bottom + 2, frame.right, grid.bottom + 2, strong, 0.75)
    _legend(deck, slide, Rect(frame.left, frame.bottom - LEGEND, frame.width, LEGEND))


def _legend(deck: Deck, slide: Slide, band) -> None:
    """What each letter means: a chip and its meaning, across the foot of the grid."""
    keys = list(CHIPS)
    slots = band.columns(len(keys), 12)
    words = [
        (deck.para(deck.say(f"kinds.raci.meaning.{key}"), colour=deck.colour("muted")),)
        for key in keys
    ]
    boxes = [Rect(s.left + 34, s.top, s.width - 34, s.height) for s in slots]
    size = deck.common(words, boxes, "eyebrow")
    for key, slot, word, box in zip(keys, slots, words, boxes, strict=True):
        fill = deck.colour(CHIPS[key])
        deck.text(
            slide,
            Rect(slot.left, slot.top + 1, 30, slot.height - 2),
            deck.para(
                deck.say(f"kinds.raci.letters.{key}"),
                bold=True,
                colour=deck.ink_on(fill),
                align="centre",
            ),
            "eyebrow",
            fill=fill,
            kind="round",
            anchor="middle",
        )
        deck.text(slide, box, word, "eyebrow", top=size, anchor="middle")
