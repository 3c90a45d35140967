"""A 2×2 matrix with two labelled axes, four quadrants and a placed ‘us’."""

from __future__ import annotations

from typing import TYPE_CHECKING

from printworks.content.base import listed, spoken
from printworks.content.matrix import Content, Placement
from printworks.deck.kinds import _drawing as d
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


POSITIONS = ("top left", "top right", "bottom left", "bottom right")
MARK = 18.0  # the diameter of the dot that places "us"


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    x, y = content.x_axis, content.y_axis
    quadrants = "; ".join(
        f"{where}, {spoken(q.label)}" + (f" ({listed(q.items)})" if q.items else "")
        for where, q in zip(POSITIONS, content.quadrants, strict=True)
    )
    return (
        f"A 2×2 matrix of {spoken(x.label)} (from {spoken(x.low)} to {spoken(x.high)}) against "
        f"{spoken(y.label)} (from {spoken(y.low)} to {spoken(y.high)}). Quadrants: {quadrants}. "
        f"{spoken(content.us.label)} is placed at {content.us.x} across and {content.us.y} up, "
        f"in the {POSITIONS[_quadrant(content.us)]} quadrant."
    )


def _quadrant(us: Placement) -> int:
    """The index of the quadrant ``us`` stands in (on a line: the higher, the further right)."""
    return (0 if us.y >= 50 else 2) + (1 if us.x >= 50 else 0)


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """Four quadrants (the one ‘us’ stands in picked out), the two axes with their ends and
    names, and a dot with a label where ‘us’ is placed; quadrant text keeps clear of the dot."""
    muted, strong = deck.colour("muted"), deck.colour("strong")
    gutter, foot = 34.0, 34.0  # room for the y axis's words, and for the x axis's
    grid = Rect(frame.left + gutter, frame.top, frame.width - gutter, frame.height - foot)
    gap = 6.0
    cells = [c for row in grid.rows(2, gap) for c in row.columns(2, gap)]
    ours = _quadrant(content.us)

    # where "us" stands, and the band across the grid its dot and label take
    cx = grid.left + grid.width * content.us.x / 100
    cy = grid.bottom - grid.height * content.us.y / 100
    cx = min(max(cx, grid.left + MARK), grid.right - MARK)
    cy = min(max(cy, grid.top + MARK), grid.bottom - MARK)
    band = Rect(grid.left, cy - MARK, grid.width, 2 * MARK)

    fills = [deck.colour("good_pale" if i == ours else "panel") for i in range(4)]
    for cell, fill in zip(cells, fills, strict=True):
        deck.shape(slide, cell, "rect", fill=fill)
    items = []
    for cell, fill, quadrant in zip(cells, fills, content.quadrants, strict=True):
        ink = deck.ink_on(fill)
        paras = [deck.para(quadrant.label, bold=True, colour=ink, scale=1.25)]
        paras += [deck.para("• " + item, colour=ink, space_after=0.2) for item in quadrant.items]
        items.append((_clear_of(cell.inset(10, 8), band), tuple(paras)))
    d.write(deck, slide, items, "heading", top=15)

    # the axes: arrows along the grid's left and bottom edges
    axis_x, axis_y = grid.left - 8, grid.bottom + 8
    deck.line(slide, axis_x, grid.bottom + 8, axis_x, grid.top + 8, muted, 1.5)
    d.arrowhead(deck, slide, (axis_x, grid.top), -90, 10, muted)
    deck.line(slide, grid.left - 8, axis_y, grid.right - 8, axis_y, muted, 1.5)
    d.arrowhead(deck, slide, (grid.right, axis_y), 0, 10, muted)
    x, y = content.x_axis, content.y_axis
    under = Rect(grid.left, axis_y + 4, grid.width, foot - 12)
    low, name, high = under.columns(3, 8)
    d.write(
        deck,
        slide,
        [
            (low, (deck.para(x.low, colour=muted),)),
            (name, (deck.para(x.label, bold=True, colour=strong, align="centre"),)),
            (high, (deck.para(x.high, colour=muted, align="right"),)),
        ],
        "eyebrow",
        top=11,
        anchor="middle",
    )
    # the y axis reads bottom to top: its words are turned a quarter, low end at the bottom
    third = (grid.height - 16) / 3
    side = [
        (grid.bottom - third / 2, deck.para(y.low, colour=muted)),
        (grid.top + grid.height / 2, deck.para(y.label, bold=True, colour=strong, align="centre")),
        (grid.top + third / 2, deck.para(y.high, colour=muted, align="right")),
    ]
    room = Rect(0, 0, third, 22)  # each turned box as it reads, before the turn
    size, blocks = d.labels(deck, [(p,) for _, p in side], [room] * 3, "eyebrow", 11)
    for (middle, _), block in zip(side, blocks, strict=True):
        d.rotated_text(
            deck,
            slide,
            (frame.left + 12, middle),
            third,
            22,
            block,
            size.name,
            top=size.top,
            anchor="middle",
        )

    _mark(deck, slide, grid, (cx, cy), content.us.label)


def _clear_of(rect, band):
    """The larger part of ``rect`` above or below ``band``, or ``rect`` if they do not meet."""
    if band.bottom <= rect.top or band.top >= rect.bottom:
        return rect
    above = band.top - rect.top
    below = rect.bottom - band.bottom
    if above >= below:
        return Rect(rect.left, rect.top, rect.width, max(above, 1.0))
    return Rect(rect.left, band.bottom, rect.width, max(below, 1.0))


def _mark(deck: Deck, slide: Slide, grid, centre, label) -> None:
    """The dot that places "us", a halo round it, and its label in a chip beside it, on the
    side with more room."""
    accent, paper = deck.colour("accent"), deck.colour("paper")
    cx, cy = centre
    halo = MARK * 1.9
    deck.shape(
        slide,
        Rect(cx - halo / 2, cy - halo / 2, halo, halo),
        "oval",
        fill=accent,
        alpha=0.25,
        decorative=True,
    )
    deck.shape(
        slide,
        Rect(cx - MARK / 2, cy - MARK / 2, MARK, MARK),
        "oval",
        fill=accent,
        line=paper,
        line_width=2,
    )
    para = deck.para(label, bold=True, colour=deck.ink_on(accent), align="centre")
    width = min(d.one_line(deck, para, 13) + 8, 230.0, grid.width * 0.42)
    right = cx + MARK < grid.right - width - 4
    left = cx + MARK if right else cx - MARK - width
    chip = Rect(left, cy - MARK + 2, width, 2 * MARK - 4)
    d.write(deck, slide, [(chip, (para,))], "body", 13, fill=accent, kind="round", anchor="middle")
