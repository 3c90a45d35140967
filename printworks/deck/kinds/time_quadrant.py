"""An application portfolio on Gartner's TIME quadrant: Tolerate, Invest, Migrate, Eliminate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import listed, spoken
from printworks.content.time_quadrant import QUADRANTS, Content
from printworks.deck.kinds import _drawing as d
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


# each quadrant's rule colour and fill, by the theme's names
LOOKS = {
    "migrate": ("warn", "warn_pale"),
    "invest": ("good", "good_pale"),
    "eliminate": ("bad", "bad_pale"),
    "tolerate": ("muted", "panel"),
}
GUTTER, FOOT = 30.0, 30.0  # room for the value axis's word, and the fit axis's


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    parts = []
    for quadrant in QUADRANTS:
        filed = [a.label for a in content.applications if a.quadrant == quadrant]
        name = deck.say(f"kinds.time_quadrant.{quadrant}")
        parts.append(f"{name}: " + (listed(filed) if filed else "none"))
    ours = [spoken(a.label) for a in content.applications if a.us]
    tail = f" The role's own: {', '.join(ours)}." if ours else ""
    return (
        f"A TIME quadrant of {len(content.applications)} applications, "
        f"{deck.say('kinds.time_quadrant.y_axis')} up and "
        f"{deck.say('kinds.time_quadrant.x_axis')} across: {'; '.join(parts)}.{tail}"
    )


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """Four quadrants (migrate, invest above; eliminate, tolerate below), each tinted with its
    verdict's colour and headed by it, its applications listed (the role's own in bold, marked);
    the two axes along the left and the bottom."""
    muted, strong = deck.colour("muted"), deck.colour("strong")
    grid = Rect(frame.left + GUTTER, frame.top, frame.width - GUTTER, frame.height - FOOT)
    cells = [c for row in grid.rows(2, 8) for c in row.columns(2, 8)]
    ours = deck.say("kinds.time_quadrant.us")
    empty = deck.say("kinds.time_quadrant.empty")
    items = []
    for cell, quadrant in zip(cells, QUADRANTS, strict=True):
        rule, fill = (deck.colour(n) for n in LOOKS[quadrant])
        deck.shape(slide, cell, "rect", fill=fill)
        deck.shape(slide, Rect(cell.left, cell.top, 6, cell.height), "rect", fill=rule)
        ink = deck.ink_on(fill)
        paras = [
            deck.para(deck.say(f"kinds.time_quadrant.{quadrant}"), bold=True, colour=ink, scale=1.3)
        ]
        filed = [a for a in content.applications if a.quadrant == quadrant]
        for app in filed:
            said = app.label + f" ({ours})" if app.us else app.label
            paras.append(deck.para("• " + said, bold=app.us, colour=ink, space_after=0.2))
        if not filed:
            paras.append(deck.para(empty, italic=True, colour=ink))
        items.append((cell.inset(16, 8), tuple(paras)))
    d.write(deck, slide, items, "heading", top=15)

    axis_x, axis_y = grid.left - 8, grid.bottom + 6
    deck.line(slide, axis_x, axis_y, axis_x, grid.top + 8, muted, 1.5)
    d.arrowhead(deck, slide, (axis_x, grid.top), -90, 10, muted)
    deck.line(slide, axis_x, axis_y, grid.right - 8, axis_y, muted, 1.5)
    d.arrowhead(deck, slide, (grid.right, axis_y), 0, 10, muted)
    under = Rect(grid.left, axis_y + 2, grid.width, FOOT - 8)
    d.write(
        deck,
        slide,
        [
            (
                under,
                (
                    deck.para(
                        deck.say("kinds.time_quadrant.x_axis"),
                        bold=True,
                        colour=strong,
                        align="centre",
                    ),
                ),
            )
        ],
        "eyebrow",
        top=11,
        anchor="middle",
    )
    d.rotated_text(
        deck,
        slide,
        (frame.left + 11, grid.top + grid.height / 2),
        min(grid.height / 2, 2 * (frame.left + 11)),  # the box, before its turn, on the slide
        22,
        (
            deck.para(
                deck.say("kinds.time_quadrant.y_axis"), bold=True, colour=strong, align="centre"
            ),
        ),
        "eyebrow",
        top=11,
        anchor="middle",
    )
