"""A maturity staircase: steps up to the top, the role's own step marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import spoken
from printworks.content.staircase import Content
from printworks.deck.contrast import mix
from printworks.deck.kinds import _drawing as d
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


HEADROOM = 74.0  # above the top step: room for the figure and its chip, or the flag
SHARED = 114.0  # the same, when the figure and the flag share a step: the chip goes higher
GAP = 4.0  # between steps


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    steps = ", ".join(
        f"{number}. {spoken(step)}" for number, step in enumerate(content.steps, start=1)
    )
    here = content.steps[content.we_are_at - 1]
    said = (
        f"A staircase of {len(content.steps)} steps rising left to right: {steps}. "
        f"We stand on step {content.we_are_at}, {spoken(here)}"
    )
    if content.target is not None:
        goal = content.steps[content.target - 1]
        said += f"; the flag is on step {content.target}, {spoken(goal)}"
    return said + "."


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """The steps as blocks rising left to right, each with its level and name; those below us
    done, ours in the accent, those above still to climb; a figure on our step with a
    "we are here" chip, and a flag on the target."""
    count = len(content.steps)
    same = content.target == content.we_are_at
    headroom, rise = _heights(frame, count, max(content.we_are_at, content.target or 0), same)
    base = frame.height - headroom - rise * (count - 1)
    columns = frame.columns(count, GAP)
    accent, paper, panel = deck.colour("accent"), deck.colour("paper"), deck.colour("panel")
    done = mix(paper, accent, 0.4)
    blocks, treads = [], []
    for number, column in enumerate(columns, start=1):
        height = base + rise * (number - 1)
        block = Rect(column.left, frame.bottom - height, column.width, height)
        treads.append(block)
        if number < content.we_are_at:
            fill, line, dash = done, None, None
        elif number == content.we_are_at:
            fill, line, dash = accent, None, None
        else:
            fill, line, dash = panel, deck.colour("line"), None
        if number == content.target and number != content.we_are_at:
            line, dash = accent, "dash"
        deck.shape(slide, block, "rect", fill=fill, line=line, line_width=1.5, dash=dash)
        ink = deck.ink_on(fill)
        paras = (
            deck.para(
                deck.say("kinds.staircase.level", number=number), bold=True, colour=ink, scale=0.7
            ),
            deck.para(content.steps[number - 1], bold=True, colour=ink),
        )
        blocks.append((block.inset(8, 6), paras))
    d.write(deck, slide, blocks, "heading", top=16)

    ours = treads[content.we_are_at - 1]
    if content.target is not None:
        goal = treads[content.target - 1]
        _flag(deck, slide, goal, frame, right=same)
    _figure(deck, slide, ours, frame, left=same)


def _heights(frame, count: int, marked: int, same: bool) -> tuple[float, float]:
    """The room above the top step, and the rise of each step: the figure (or the flag) needs
    its headroom above the highest step it stands on, which the steps beyond it may lend."""
    need = SHARED if same else HEADROOM
    lowest = 80.0  # the first step's height: room for its level and its name
    rise = min((frame.height - need - lowest) / (count - 1), 70.0)
    headroom = max(8.0, need - rise * (count - marked))
    rise = min((frame.height - headroom - lowest) / (count - 1), 70.0)
    return headroom, rise


def _figure(deck: Deck, slide: Slide, step, frame, left: bool) -> None:
    """A figure standing on ``step`` (on its left half when it shares it with the flag), and
    the "we are here" chip above it."""
    strong = deck.colour("strong")
    x = step.left + step.width * (0.3 if left else 0.5)
    feet = step.top - 2
    deck.shape(slide, Rect(x - 7, feet - 40, 14, 14), "oval", fill=strong)
    deck.shape(slide, Rect(x - 8, feet - 24, 16, 24), "round", fill=strong)
    bad = deck.colour("bad")
    para = deck.para(
        deck.say("kinds.staircase.here"), bold=True, colour=deck.ink_on(bad), align="centre"
    )
    width = min(d.one_line(deck, para, 12) + 6, frame.width * 0.3)
    chip = d.within(Rect(x - width / 2, feet - (112 if left else 72), width, 26), frame)
    d.write(deck, slide, [(chip, (para,))], "body", 12, fill=bad, kind="round", anchor="middle")


def _flag(deck: Deck, slide: Slide, step, frame, right: bool) -> None:
    """A flag on a pole planted on ``step`` (on its right half when shared), "target" on it."""
    good = deck.colour("good")
    x = step.left + step.width * (0.72 if right else 0.3)
    foot = step.top - 1
    top = foot - (82 if right else 72)
    deck.line(slide, x, foot, x, top, deck.colour("strong"), 2)
    para = deck.para(deck.say("kinds.staircase.target"), bold=True, colour=deck.ink_on(good))
    width = min(d.one_line(deck, para, 12) + 14, step.width)
    # the flag flies to the right of its pole, unless the frame ends first
    flag = (
        Rect(x + 1, top, width, 30) if x + width < frame.right else Rect(x - width, top, width, 30)
    )
    deck.shape(slide, flag, "FLOWCHART_PUNCHED_TAPE", fill=good)
    d.write(deck, slide, [(flag.inset(2, 3), (para,))], "body", 12, anchor="middle")
