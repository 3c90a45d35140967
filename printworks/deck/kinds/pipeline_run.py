"""A CI pipeline run: its stages in order, each passed, failed or skipped."""

from __future__ import annotations

from itertools import pairwise
from math import ceil
from typing import TYPE_CHECKING

from printworks.content.base import spoken
from printworks.content.pipeline_run import Content, counts
from printworks.deck.kinds._drawing import arrowhead, write
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


HEADER = 28.0  # the run's name and its summary
GAP = 26.0  # between two stages: room for the arrow
BAND = 26.0  # a stage's status band
COLOURS = {"pass": "good", "fail": "bad", "skipped": "muted"}


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    found = counts(content)
    stages = "; ".join(
        f"{number}. {spoken(s.name)}: {deck.say(f'kinds.pipeline_run.status.{s.status}')}"
        for number, s in enumerate(content.stages, 1)
    )
    run = f" {spoken(content.run)}" if content.run else ""
    return (
        f"A pipeline run{run} of {len(content.stages)} stages, {found['pass']} passed, "
        f"{found['fail']} failed, {found['skipped']} skipped: {stages}."
    )


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """A header with the run's name and its tally; under it the stages in order, left to right
    in one or two rows, each a card with a band in its status's colour (a mark and the status),
    its name, its duration and a line of its log, an arrow from each to the next."""
    strong, muted, ink = deck.colour("strong"), deck.colour("muted"), deck.colour("ink")
    found = counts(content)
    header = Rect(frame.left, frame.top, frame.width, HEADER)
    summary = deck.say(
        "kinds.pipeline_run.summary",
        passed=found["pass"],
        failed=found["fail"],
        skipped=found["skipped"],
    )
    head = [(header, (deck.para(summary, bold=True, colour=strong, align="right"),))]
    if content.run:
        half = Rect(header.left, header.top, header.width / 2, header.height)
        head = [
            (
                half,
                (
                    deck.para(
                        deck.say("kinds.pipeline_run.run") + " " + content.run,
                        bold=True,
                        colour=strong,
                    ),
                ),
            ),
            (Rect(half.right, header.top, half.width, header.height), head[0][1]),
        ]
    write(deck, slide, head, "body", top=14)
    total = len(content.stages)
    per_row = total if total <= 4 else ceil(total / 2)
    rows = ceil(total / per_row)
    area = Rect(frame.left, header.bottom + 10, frame.width, frame.height - HEADER - 10)
    bands = area.rows(rows, 16)
    cards = [cell for band in bands for cell in band.columns(per_row, GAP)][:total]
    bands_items, names, notes = [], [], []
    for stage, card in zip(content.stages, cards, strict=True):
        colour = deck.colour(COLOURS[stage.status])
        deck.card(slide, card)
        band = Rect(card.left, card.top, card.width, BAND)
        deck.shape(slide, band, fill=colour)
        mark = deck.say(f"kinds.pipeline_run.mark.{stage.status}")
        word = deck.say(f"kinds.pipeline_run.status.{stage.status}")
        on = deck.ink_on(colour)
        bands_items.append((band, (deck.para(mark + " " + word, bold=True, colour=on),)))
        body = Rect(card.left + 4, band.bottom + 2, card.width - 8, card.height - BAND - 6)
        name = (deck.para(stage.name, bold=True, colour=strong),)
        if stage.duration:
            name += (deck.para(stage.duration, colour=muted),)
        name_h = min(body.height * 0.45, 56.0)
        names.append((Rect(body.left, body.top, body.width, name_h), name))
        if stage.note:
            notes.append(
                (
                    Rect(body.left, body.top + name_h, body.width, body.height - name_h),
                    (deck.para(stage.note.one_line(), colour=ink),),
                )
            )
    write(deck, slide, bands_items, "eyebrow", top=11)
    write(deck, slide, names, "body", top=14)
    write(deck, slide, notes, "footnote", top=11)
    for one, other in pairwise(cards):
        if abs(one.top - other.top) > 1:
            continue  # the next row starts again at the left
        y = one.top + BAND + (one.height - BAND) / 2
        deck.line(slide, one.right + 3, y, other.left - 7, y, strong, 1.5)
        arrowhead(deck, slide, (other.left - 2, y), 0, 9, strong)
