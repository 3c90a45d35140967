"""A velocity chart: points a sprint, as delivered and as normalised."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import spoken
from printworks.content.velocity import Content
from printworks.deck import charts, clip
from printworks.deck.kinds._drawing import side_card, side_figure
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


CATEGORY = 18  # the longest sprint name a chart's axis shows, in characters
UNIT = 40  # the longest unit its legend shows, in characters
STACK = 240.0  # the card's kicker, figure and words, stood in its middle


def uplift(content: Content) -> int | None:
    """How much more the normalised figures say than the delivered ones, in percent (None when
    nothing was delivered at all)."""
    delivered, normalised = sum(content.delivered), sum(content.normalised)
    return round(100 * (normalised - delivered) / delivered) if delivered else None


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    count = len(content.sprints)
    return (
        f"A velocity chart of {spoken(content.unit)} over {count} sprints, from "
        f"{spoken(content.sprints[0])} to {spoken(content.sprints[-1])}: delivered "
        f"{sum(content.delivered)} in all, {sum(content.normalised)} once normalised."
    )


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """A native clustered column chart (delivered, then normalised, a pair a sprint) and a card
    beside it with the uplift normalisation brings, large."""
    chart_rect, side = frame.split(frame.width * 0.7, 24)
    unit = clip.cut(content.unit.one_line(), UNIT)  # as the legend names it
    delivered, normalised = deck.colour("muted"), deck.colour("accent")
    charts.columns(
        slide,
        chart_rect,
        [str(clip.cut(s.one_line(), CATEGORY)) for s in content.sprints],
        [
            (
                str(deck.say("kinds.velocity.delivered", unit=unit)),
                content.delivered,
                delivered,
            ),
            (
                str(deck.say("kinds.velocity.normalised", unit=unit)),
                content.normalised,
                normalised,
            ),
        ],
        deck.chart_look,
    )
    good = deck.colour("good")
    inner = side_card(deck, slide, side, good, STACK)
    percent = uplift(content)
    below = side_figure(
        deck,
        slide,
        inner,
        (deck.para(deck.say("kinds.velocity.kicker"), bold=True, colour=deck.colour("muted")),),
        deck.para(deck.say("kinds.velocity.uplift", percent=percent), bold=True, colour=good),
    )
    count = len(content.sprints)
    average = deck.say(
        "kinds.velocity.average",
        delivered=round(sum(content.delivered) / count),
        normalised=round(sum(content.normalised) / count),
    )

    def words(unit):
        return (
            deck.para(unit, bold=True, colour=deck.colour("strong")),
            deck.para(average, colour=deck.colour("ink")),
        )

    unit = clip.within(deck, content.unit, words, below, "body", 15)
    deck.text(slide, below, words(unit), "body", top=15)
