"""A loss curve: one to three series over training steps, as a native line chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import spoken
from printworks.content.loss_curve import Content, lowest
from printworks.deck import charts, clip
from printworks.deck.kinds._drawing import side_card, side_figure
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


CATEGORY = 14  # the longest step name the chart's axis shows, in characters
NAME = 24  # the longest series name its legend shows, in characters
STACK = 250.0  # the card's kicker, figure and words, stood in its middle


def names(content: Content, deck: Deck) -> list:
    """Each curve's name: its own, or the copy's numbered one."""
    return [
        c.name if c.name else deck.say("kinds.loss_curve.series", number=number)
        for number, c in enumerate(content.curves, 1)
    ]


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    index, _ = lowest(content)
    curves = [
        f"{spoken(name)} from {c.values[0]:g} to {c.values[-1]:g}"
        for name, c in zip(names(content, deck), content.curves, strict=True)
    ]
    return (
        f"A loss curve over {len(content.steps)} steps, from {spoken(content.steps[0])} to "
        f"{spoken(content.steps[-1])}: {', '.join(curves)}. The lowest point, "
        f"{content.curves[0].values[index]:g}, is at {spoken(content.steps[index])}."
    )


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """A native line chart of the curves, and a card beside it with the first curve's lowest
    point, large, and the step it was reached at."""
    chart_rect, side = frame.split(frame.width * 0.7, 24)
    colours = [deck.colour(n) for n in ("accent", "muted", "strong")]
    charts.lines(
        slide,
        chart_rect,
        [str(clip.cut(s.one_line(), CATEGORY)) for s in content.steps],
        [
            (str(clip.cut(name.one_line(), NAME)), curve.values, colour)
            for name, curve, colour in zip(
                names(content, deck), content.curves, colours, strict=False
            )
        ],
        deck.chart_look,
    )
    accent = deck.colour("accent")
    inner = side_card(deck, slide, side, accent, STACK)
    index, _ = lowest(content)
    below = side_figure(
        deck,
        slide,
        inner,
        (deck.para(deck.say("kinds.loss_curve.kicker"), bold=True, colour=deck.colour("muted")),),
        deck.para(f"{content.curves[0].values[index]:g}", bold=True, colour=accent),
        tall=80,
        top=60,
    )
    step = clip.cut(content.steps[index].one_line(), CATEGORY)

    def words(caption):
        said = [
            deck.para(
                deck.say("kinds.loss_curve.at", step=step), bold=True, colour=deck.colour("strong")
            )
        ]
        said.append(deck.para(caption, colour=deck.colour("ink")))
        return tuple(said)

    caption = content.caption or deck.say("kinds.loss_curve.verdict")
    caption = clip.within(deck, caption, words, below, "body", 15)
    deck.text(slide, below, words(caption), "body", top=15)
