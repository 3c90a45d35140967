"""A funnel of narrowing stages, each with an optional figure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import spoken
from printworks.content.funnel import Content
from printworks.deck.kinds import _drawing as d
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


GAP = 5.0  # between stages


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    stages = ", then ".join(
        spoken(stage.label) + (f" ({spoken(stage.value)})" if stage.value else "")
        for stage in content.stages
    )
    return f"A funnel of {len(content.stages)} stages, narrowing from the top: {stages}."


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """The stages as one narrowing stack of bands, each labelled inside in the theme's chart
    colours; each stage's figure beside its band, joined by a leader line."""
    count = len(content.stages)
    valued = any(stage.value for stage in content.stages)
    top_width = frame.width * (0.62 if valued else 0.8)
    spout = top_width * 0.3  # the narrowest band's bottom edge
    art = Rect(frame.left, frame.top, top_width, frame.height)
    if not valued:
        art = Rect(frame.centre[0] - top_width / 2, frame.top, top_width, frame.height)
    centre = art.left + top_width / 2
    band = (frame.height - GAP * (count - 1)) / count
    series = deck.theme.series

    def width_at(depth: float) -> float:
        return top_width - (top_width - spout) * depth / frame.height

    labels, values = [], []
    column = Rect(art.right + 36, frame.top, frame.right - art.right - 36, frame.height)
    for index, stage in enumerate(content.stages):
        fill = series[index % len(series)]
        top = frame.top + index * (band + GAP)
        wide, narrow = width_at(top - frame.top), width_at(top - frame.top + band)
        d.band(deck, slide, Rect(centre - wide / 2, top, wide, band), narrow, fill, flip="v")
        inner = Rect(centre - narrow / 2 + 8, top + 2, narrow - 16, band - 4)
        ink = deck.ink_on(fill)
        labels.append((inner, (deck.para(stage.label, bold=True, colour=ink, align="centre"),)))
        if stage.value:
            middle = top + band / 2
            edge = centre + (wide + narrow) / 4
            deck.line(slide, edge + 6, middle, column.left - 8, middle, deck.colour("line"), 1.25)
            para = deck.para(stage.value, bold=True, colour=deck.colour("strong"))
            values.append((Rect(column.left, top, column.width, band), (para,)))
    d.write(deck, slide, labels, "heading", top=18, anchor="middle")
    d.write(deck, slide, values, "big", top=26, anchor="middle")
