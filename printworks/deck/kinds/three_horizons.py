"""McKinsey's three horizons: three rising curves, today's core to tomorrow's options."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import listed, spoken
from printworks.content.three_horizons import Content
from printworks.deck.kinds import _drawing as d
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


PLOT = 0.52  # the share of the frame the curves take; their words go under them
GUTTER = 30.0  # room for the value axis's word
MARK = 16.0
# each horizon's curve, as (across, up) fractions of the plot: the core peaks and declines,
# the emerging one rises later, the future one last and highest
CURVES = (
    ((0.0, 0.42), (0.22, 0.66), (0.46, 0.58), (0.72, 0.18)),
    ((0.12, 0.06), (0.42, 0.46), (0.68, 0.74), (0.86, 0.66)),
    ((0.34, 0.02), (0.64, 0.3), (0.86, 0.68), (1.0, 0.96)),
)
COLOURS = ("muted", "accent", "strong")


def _name(content: Content, deck: Deck, index: int):
    return content.horizons[index].label or deck.say(f"kinds.three_horizons.h{index + 1}")


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    parts = []
    for index, horizon in enumerate(content.horizons):
        said = f"horizon {index + 1}, {spoken(_name(content, deck, index))}"
        parts.append(said + (f" ({listed(horizon.items)})" if horizon.items else ""))
    here = f" The role places itself in horizon {content.we_are_in}." if content.we_are_in else ""
    return f"Three horizons of value over time, each a rising curve: {'; '.join(parts)}.{here}"


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """Three curves over time (value up, time across), each tagged H1, H2, H3 at its height;
    under them a column a horizon, headed by its name in its curve's colour, its items listed;
    the horizon the role stands in gets a marked dot on its curve and a card of its own."""
    muted, strong = deck.colour("muted"), deck.colour("strong")
    plot = Rect(
        frame.left + GUTTER, frame.top + 4, frame.width - GUTTER - 70, frame.height * PLOT - 30
    )
    # the axes: value up the left, time along the bottom
    deck.line(slide, plot.left, plot.bottom, plot.left, plot.top + 8, muted, 1.5)
    d.arrowhead(deck, slide, (plot.left, plot.top), -90, 10, muted)
    deck.line(slide, plot.left, plot.bottom, plot.right + 52, plot.bottom, muted, 1.5)
    d.arrowhead(deck, slide, (plot.right + 60, plot.bottom), 0, 10, muted)
    time = Rect(plot.right - 140, plot.bottom + 2, 200, 22)
    d.write(
        deck,
        slide,
        [
            (
                time,
                (deck.para(deck.say("kinds.three_horizons.x_axis"), colour=muted, align="right"),),
            )
        ],
        "eyebrow",
        top=11,
    )
    d.rotated_text(
        deck,
        slide,
        (frame.left + 11, plot.top + plot.height / 2),
        min(plot.height, 2 * (frame.left + 11)),  # the box, before its turn, on the slide
        22,
        (deck.para(deck.say("kinds.three_horizons.y_axis"), colour=muted, align="centre"),),
        "eyebrow",
        top=11,
        anchor="middle",
    )

    tags, here = [], None
    for index, shape in enumerate(CURVES):
        colour = deck.colour(COLOURS[index])
        points = [(plot.left + x * plot.width, plot.bottom - y * plot.height) for x, y in shape]
        deck.path(slide, points, line=colour, line_width=4.5, smooth=True)
        end = points[-1]
        tag = Rect(end[0] + 6, end[1] - 13, 56, 26)
        if index == 0:
            tag = Rect(end[0] - 28, end[1] + 4, 56, 26)
        tags.append(
            (
                d.within(tag, frame),
                (
                    deck.para(
                        deck.say("kinds.three_horizons.number", number=index + 1),
                        bold=True,
                        colour=colour,
                    ),
                ),
            )
        )
        if content.we_are_in == index + 1:
            samples = d.curve(points)
            here = samples[len(samples) * 3 // 5]
            spot = Rect(here[0] - MARK / 2, here[1] - MARK / 2, MARK, MARK)
            deck.shape(
                slide,
                spot,
                "oval",
                fill=deck.colour("bad"),
                line=deck.colour("paper"),
                line_width=2,
            )
    d.write(deck, slide, tags, "heading", top=18)
    if here is not None:
        label = d.within(Rect(here[0] - 150, here[1] - 40, 140, 22), plot)
        d.write(
            deck,
            slide,
            [
                (
                    label,
                    (
                        deck.para(
                            deck.say("kinds.three_horizons.here"),
                            bold=True,
                            colour=deck.colour("bad"),
                            align="right",
                        ),
                    ),
                )
            ],
            "eyebrow",
            top=11,
            anchor="middle",
        )

    below = Rect(
        frame.left, frame.top + frame.height * PLOT + 6, frame.width, frame.height * (1 - PLOT) - 6
    )
    columns = below.columns(3, 16)
    items = []
    for index, (column, horizon) in enumerate(zip(columns, content.horizons, strict=True)):
        colour = deck.colour(COLOURS[index])
        ours = content.we_are_in == index + 1
        deck.card(slide, column, colour)
        ink = deck.ink_on(deck.colour("panel"))
        paras = [deck.para(_name(content, deck, index), bold=True, colour=strong, scale=1.15)]
        paras += [deck.para("• " + item, colour=ink, space_after=0.2) for item in horizon.items]
        items.append((column.inset(14, 8), tuple(paras)))
        if ours:
            deck.shape(
                slide,
                Rect(column.right - 18, column.top + 8, 10, 10),
                "oval",
                fill=deck.colour("bad"),
            )
    d.write(deck, slide, items, "heading", top=15)
