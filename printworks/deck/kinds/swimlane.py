"""A swim-lane process map: lanes of steps, the manual ones marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.dml.color import RGBColor
from pptx.enum.dml import MSO_LINE
from pptx.util import Pt

from printworks.content.base import listed, spoken
from printworks.content.swimlane import Content, Step
from printworks.deck import clip
from printworks.deck.kinds._drawing import one_line
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


NAME = 130.0  # the lane names' column, at its narrowest
NAME_WORD = 12.0  # the size the longest word of a lane's name should fit the column at
NAME_MOST = 0.26  # the widest the column grows, a share of the slide's width
LEGEND = 26.0
ARROW = 20.0  # the least gap between two steps, an arrow in it
WIDEST, TALLEST = 190.0, 70.0  # a step box at its largest


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    manual = sum(step.manual for lane in content.lanes for step in lane.steps)
    total = sum(len(lane.steps) for lane in content.lanes)
    lanes = "; ".join(
        f"{spoken(lane.name)}: "
        + listed([s.label + (" (by hand)" if s.manual else "") for s in lane.steps])
        for lane in content.lanes
    )
    return (
        f"A swim-lane process map of {len(content.lanes)} lanes and {total} steps, {manual} "
        f"of them done by hand. {lanes}."
    )


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """A banded lane a row, its name in a dark cell at its left, its steps left to right with
    an arrow between each; manual steps dashed in the warning colours; a legend underneath."""
    area = Rect(frame.left, frame.top, frame.width, frame.height - LEGEND - 10)
    lanes = area.rows(len(content.lanes), 4)
    slots = max(len(lane.steps) for lane in content.lanes)
    dark, panel = deck.colour("dark"), deck.colour("panel")
    on_dark = deck.ink_on(dark)

    def name(text):
        return (deck.para(text, bold=True, colour=on_dark, align="centre"),)

    # the names' column is wide enough for the longest word of a name at a readable size: one
    # long word (a script's file name) would otherwise shrink every lane's name to the floor
    words = [deck.para(w, bold=True) for lane in content.lanes for w in lane.name.visible.split()]
    longest = max((one_line(deck, w, NAME_WORD) for w in words), default=0.0)
    column = min(max(NAME, longest + 16), area.width * NAME_MOST)
    cells = [Rect(r.left, r.top, column, r.height) for r in lanes]
    names = [
        clip.within(deck, lane.name, name, c, "body", 14)
        for lane, c in zip(content.lanes, cells, strict=True)
    ]
    size = deck.common([name(n) for n in names], cells, "body", 14)
    placed = []
    for lane, label, cell, row in zip(content.lanes, names, cells, lanes, strict=True):
        body = Rect(cell.right, row.top, row.width - column, row.height)
        deck.shape(slide, body, fill=panel, decorative=True)
        deck.text(slide, cell, name(label), "body", top=size, fill=dark, anchor="middle")
        track = body.inset(12, min(10.0, row.height * 0.16))
        slot = (track.width + ARROW) / slots
        width, height = min(slot - ARROW, WIDEST), min(track.height, TALLEST)
        top = track.top + (track.height - height) / 2
        for number, step in enumerate(lane.steps):
            box = Rect(track.left + number * slot, top, width, height)
            placed.append((box, step))
            if number:
                middle = box.top + box.height / 2
                reach = box.left - placed[-2][0].right
                arrow = Rect(box.left - reach + 4, middle - 6, reach - 8, 12)
                deck.shape(slide, arrow, "right", fill=deck.colour("muted"), decorative=True)

    def words(step: Step, text):
        fill = deck.colour("warn_pale" if step.manual else "paper")
        return (deck.para(text, colour=deck.ink_on(fill), align="centre", italic=step.manual),)

    labels = [
        clip.within(deck, step.label, lambda t, s=step: words(s, t), b, "body", 14)
        for b, step in placed
    ]
    size = deck.common(
        [words(s, t) for (_, s), t in zip(placed, labels, strict=True)],
        [b for b, _ in placed],
        "body",
        14,
    )
    for (box, step), label in zip(placed, labels, strict=True):
        _step(deck, slide, box, step.manual, words(step, label), size)
    _legend(deck, slide, Rect(frame.left + NAME + 12, frame.bottom - LEGEND, 640, LEGEND))


def _look(deck: Deck, manual: bool) -> tuple[str, str, str | None, float]:
    """A step's fill, outline, dash and outline width: the accent, or dashed warning colours."""
    if manual:
        return deck.colour("warn_pale"), deck.colour("warn"), "dash", 1.75
    return deck.colour("paper"), deck.colour("accent"), None, 1.25


def _step(deck: Deck, slide: Slide, box, manual: bool, paras, size) -> None:
    """A step: a box outlined in the accent, or dashed in the warning colours if by hand."""
    fill, line, dash, width = _look(deck, manual)
    shape = deck.text(slide, box, paras, "body", top=size, fill=fill, kind="round", anchor="middle")
    shape.line.color.rgb = RGBColor.from_string(line)
    shape.line.width = Pt(width)
    if dash:
        shape.line.dash_style = MSO_LINE.DASH


def _legend(deck: Deck, slide: Slide, band) -> None:
    """The two kinds of step, each a small box and what it means."""
    halves = band.columns(2, 24)
    words = [
        (deck.para(deck.say(f"kinds.swimlane.{key}"), colour=deck.colour("muted")),)
        for key in ("automated", "manual")
    ]
    boxes = [Rect(h.left + 52, h.top, h.width - 52, h.height) for h in halves]
    size = deck.common(words, boxes, "eyebrow")
    for half, box, word, manual in zip(halves, boxes, words, (False, True), strict=True):
        sample = Rect(half.left, half.top + 4, 44, half.height - 8)
        fill, line, dash, width = _look(deck, manual)
        deck.shape(slide, sample, "round", fill=fill, line=line, line_width=width, dash=dash)
        deck.text(slide, box, word, "eyebrow", top=size, anchor="middle")
