"""A burn-down chart: what is left sprint by sprint, beside the ideal line to zero."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_LABEL_POSITION, XL_LEGEND_POSITION, XL_MARKER_STYLE
from pptx.enum.dml import MSO_LINE
from pptx.util import Pt

from printworks.content.base import spoken
from printworks.content.burndown import Content
from printworks.deck import charts, clip
from printworks.deck.kinds._drawing import side_card, side_figure
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


STACK = 240.0  # the card's kicker, figure and words, stood in its middle
CATEGORY = 18  # the longest sprint name a chart's axis shows, in characters
UNIT = 40  # the longest unit its legend shows, in characters


def ideal(remaining: list[int]) -> list[float]:
    """The ideal line: from the first figure straight down to zero at the last sprint."""
    start, steps = remaining[0], len(remaining) - 1
    return [round(start * (1 - i / steps), 1) for i in range(len(remaining))]


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    first, last = content.remaining[0], content.remaining[-1]
    return (
        f"A burn-down chart of {spoken(content.unit)} over {len(content.sprints)} sprints, "
        f"from {spoken(content.sprints[0])} to {spoken(content.sprints[-1])}: {first} at the "
        f"start, {last} at the end, against an ideal line that reaches zero."
    )


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """A native line chart (what is left, and the ideal line dashed beside it), the last point
    marked as where we are; a card beside it with what is left, large."""
    chart_rect, side = frame.split(frame.width * 0.7, 24)
    unit = clip.cut(content.unit.one_line(), UNIT)  # as the legend names it
    actual = deck.legible(deck.colour("bad"), chart_rect)  # it names the "we are here" point
    target = deck.colour("muted")
    shown = deck.colour("strong")
    graphic = charts.lines(
        slide,
        chart_rect,
        [str(clip.cut(s.one_line(), CATEGORY)) for s in content.sprints],
        [
            (
                str(deck.say("kinds.burndown.remaining", unit=unit)),
                content.remaining,
                actual,
            ),
            (str(deck.say("kinds.burndown.ideal")), ideal(content.remaining), target),
        ],
        deck.chart_look,
    )
    chart = graphic.chart
    chart.legend.position = XL_LEGEND_POSITION.BOTTOM
    chart.value_axis.minimum_scale = 0
    straight = chart.plots[0].series[1]
    straight.format.line.dash_style = MSO_LINE.DASH
    straight.format.line.width = Pt(1.75)
    straight.marker.style = XL_MARKER_STYLE.NONE
    here = chart.plots[0].series[0].points[len(content.remaining) - 1].data_label
    here.has_text_frame = True
    here.text_frame.text = str(deck.say("kinds.burndown.here"))
    here.position = XL_LABEL_POSITION.ABOVE
    here.font.bold = True
    here.font.color.rgb = RGBColor.from_string(actual)

    inner = side_card(deck, slide, side, actual, STACK)
    count = len(content.sprints)
    below = side_figure(
        deck,
        slide,
        inner,
        (deck.para(deck.say("kinds.burndown.kicker", sprints=count), bold=True, colour=target),),
        deck.para(str(content.remaining[-1]), bold=True, colour=actual),
    )

    def words(unit):
        return (
            deck.para(unit, bold=True, colour=shown),
            deck.para(deck.say("kinds.burndown.forecast"), colour=deck.colour("ink")),
        )

    deck.text(
        slide,
        below,
        words(clip.within(deck, content.unit, words, below, "body", 15)),
        "body",
        top=15,
    )
