"""A bridge (waterfall) of bars: a starting figure, the steps up and down, the total it comes to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import spoken
from printworks.content.waterfall import Content, running, total
from printworks.deck import clip
from printworks.deck.charts_bridge import bridge
from printworks.deck.kinds._drawing import side_card, side_figure
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


CATEGORY = 22  # the longest bar name the chart's axis shows, in characters
STACK = 250.0  # the card's kicker, figure and words, stood in its middle


def _names(content: Content, deck: Deck):
    start = content.start_label or deck.say("kinds.waterfall.start")
    end = content.total_label or deck.say("kinds.waterfall.total")
    return start, end


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    start, end = _names(content, deck)
    unit = f" {spoken(content.unit)}" if content.unit else ""
    steps = "; ".join(f"{spoken(s.label)} {s.value:+,.0f}" for s in content.steps)
    return (
        f"A bridge chart from {spoken(start)}, {content.start:,.0f}{unit}, through "
        f"{len(content.steps)} steps ({steps}), to {spoken(end)}, {total(content):,.0f}{unit}."
    )


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """A native stacked column chart drawn as a bridge (rises in the good colour, falls in the
    bad one, the start and the total in the accent), and a card beside it with the total."""
    chart_rect, side = frame.split(frame.width * 0.7, 24)
    start, end = _names(content, deck)
    categories = [
        str(clip.cut(t.one_line(), CATEGORY)) for t in (start, *(s.label for s in content.steps))
    ]
    categories.append(str(clip.cut(end.one_line(), CATEGORY)))
    bars = [(0.0, content.start, True)]
    bars += [(low, high, False) for low, high in running(content)]
    bars.append((0.0, total(content), True))
    colours = (deck.colour("good"), deck.colour("bad"), deck.colour("accent"))
    bridge(
        slide,
        chart_rect,
        categories,
        bars,
        tuple(str(deck.say(f"kinds.waterfall.{n}")) for n in ("base", "up", "down", "total")),
        colours,
        deck.colour("paper"),
        describe(content, deck),
        deck.chart_look,
    )
    accent = deck.colour("accent")
    inner = side_card(deck, slide, side, accent, STACK)
    muted, strong = deck.colour("muted"), deck.colour("strong")

    def kicker(text):
        return (deck.para(text, bold=True, colour=muted),)

    head = Rect(inner.left, inner.top, inner.width, 48)
    below = side_figure(
        deck,
        slide,
        inner,
        kicker(clip.within(deck, end, kicker, head, "eyebrow")),
        deck.para(f"{total(content):,.0f}", bold=True, colour=strong),
        head=head.height,
        tall=90,
        top=60,
    )

    def words(text):
        return (deck.para(text, colour=deck.colour("ink")),)

    said = start + f": {content.start:,.0f}"
    if content.unit:
        said = said + " " + content.unit
    deck.text(
        slide, below, words(clip.within(deck, said, words, below, "body", 15)), "body", top=15
    )
