"""What the diagram kinds share when they draw: labels that never run on, mixed colours, arrows.

A diagram's label has a box of its own and nowhere to continue: unlike a slide's body text, it
cannot run on to a "(cont.)" slide without leaving its diagram. So each label here steps down
the type sizes (heading, then body, eyebrow, footnote) until it fits; one that will not fit even
at the smallest floor is capped: its last paragraphs are left out, then its last words, and an
ellipsis says so. A row of labels shares one size, so that it reads as one design.

Loaded only by ``draw`` functions, when a deck is rendered: nothing here imports python-pptx.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from math import atan2, cos, degrees, radians, sin
from typing import TYPE_CHECKING

from printworks.deck.contrast import mix
from printworks.deck.fit import ZWSP, Para, Span
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck

BAR = 6  # a redaction's bar may wrap after this many blocks, as a word wraps at a space
LADDER = ("big", "heading", "body", "eyebrow", "footnote")
ELLIPSIS = "…"
Point = tuple[float, float]


@dataclass(frozen=True)
class Sized:
    """One type size for a row of labels: the theme's size name and the points it caps at."""

    name: str
    top: float


def sized(
    deck: Deck, blocks, rects: Sequence[Rect], start: str = "heading", top=None
) -> Sized | None:
    """The largest size, from the type size ``start`` down :data:`LADDER` (and no larger than
    ``top`` points), at which every block fits its box; None if none fits even at the floor."""
    ceiling = top if top else float("inf")
    for name in LADDER[LADDER.index(start) :]:
        largest, floor = deck.theme.size(name)
        cap = min(largest, ceiling)
        if cap < floor:
            continue
        common = deck.common(blocks, rects, name, top=cap)
        if common is not None:
            return Sized(name, common)
        ceiling = floor
    return None


def smallest(deck: Deck) -> Sized:
    name = LADDER[-1]
    return Sized(name, deck.theme.size(name)[1])


def capped(deck: Deck, block: tuple[Para, ...], rect: Rect) -> tuple[Para, ...]:
    """``block`` cut to what fits ``rect`` at the smallest size: whole paragraphs first, then
    words from the end of the last one kept, with an ellipsis where words were left out."""
    floor = smallest(deck)

    def fits(paras: tuple[Para, ...]) -> bool:
        return deck.fits(paras, rect, floor.name, top=floor.top) is not None

    if fits(block):
        return block
    kept = list(block)
    while len(kept) > 1 and not fits(tuple(kept)):
        kept.pop()
    head, last = tuple(kept[:-1]), kept[-1]
    words = _words(last)
    low, high = 0, len(words)  # the most words of the last paragraph that still fit
    while low < high:
        middle = (low + high + 1) // 2
        if fits((*head, _clipped(last, words[:middle]))):
            low = middle
        else:
            high = middle - 1
    return (*head, _clipped(last, words[:low]))


def labels(
    deck: Deck,
    blocks: Sequence[tuple[Para, ...]],
    rects: Sequence[Rect],
    start: str = "heading",
    top: float | None = None,
) -> tuple[Sized, list[tuple[Para, ...]]]:
    """One size for every block in its box, and the blocks as drawn (capped where they must be)."""
    blocks = [tuple(breakable(p) for p in b) for b in blocks]
    size = sized(deck, blocks, rects, start, top)
    if size is not None:
        return size, blocks
    blocks = [capped(deck, b, r) for b, r in zip(blocks, rects, strict=True)]
    return sized(deck, blocks, rects, start, top) or smallest(deck), blocks


def write(
    deck: Deck,
    slide: Slide,
    items: Sequence[tuple[Rect, tuple[Para, ...]]],
    start: str = "heading",
    top: float | None = None,
    **style,
) -> list:
    """Every (box, block) in ``items`` as a text box, all at one size (see :func:`labels`)."""
    if not items:
        return []
    rects = [rect for rect, _ in items]
    size, blocks = labels(deck, [b for _, b in items], rects, start, top)
    return [
        deck.text(slide, rect, block, size.name, top=size.top, **style)
        for rect, block in zip(rects, blocks, strict=True)
    ]


def one_line(deck: Deck, para: Para, size: float) -> float:
    """How wide a box must be to hold ``para`` on one line at ``size`` points."""
    measure = deck.measure
    words = sum(measure.width(s.text, size * para.scale, s.bold, s.italic) for s in para.spans)
    return words / measure.safety + 2 * measure.inset + 1


def breakable(para: Para) -> Para:
    """``para`` with a break opportunity every few blocks of each redaction's bar.

    A bar is one unbroken word, and a word wider than its box is cut only at the smallest size:
    one long redaction would shrink a whole row of labels to the floor."""
    if not any(span.highlight and len(span.text) > BAR for span in para.spans):
        return para
    spans = tuple(
        Span(_breaking(span.text), span.bold, span.italic, span.colour, span.highlight)
        if span.highlight
        else span
        for span in para.spans
    )
    return Para(spans, para.scale, para.align, para.space_after)


def _breaking(text: str) -> str:
    """A bar's text with a break opportunity every few of its cells."""
    return ZWSP.join(text[i : i + BAR] for i in range(0, len(text), BAR))


def _words(para: Para) -> list[tuple[int, int]]:
    """Where ``para`` may be cut: (span, character) ends of each word, in reading order."""
    cuts = []
    for index, span in enumerate(para.spans):
        text = span.text
        for position, char in enumerate(text):
            following = text[position + 1] if position + 1 < len(text) else " "
            if not _gap(char) and _gap(following):
                cuts.append((index, position + 1))
    return cuts


def _gap(char: str) -> bool:
    return char.isspace() or char == ZWSP


def _clipped(para: Para, words: list[tuple[int, int]]) -> Para:
    """``para`` up to the end of the last of ``words``, then an ellipsis (alone if none)."""
    if words:
        span_index, end = words[-1]
        spans = [*para.spans[:span_index], _cut(para.spans[span_index], end)]
    else:
        spans = []
    style = next((s for s in reversed(spans) if s.text.strip() and not s.highlight), para.spans[0])
    spans.append(Span(ELLIPSIS, style.bold, style.italic, _ink(para, style)))
    return Para(tuple(spans), para.scale, para.align, para.space_after)


def _cut(span: Span, end: int) -> Span:
    return Span(span.text[:end], span.bold, span.italic, span.colour, span.highlight)


def _ink(para: Para, style: Span) -> str | None:
    """The colour of the words of ``para`` (a redaction's bar has a colour of its own)."""
    words = [s for s in para.spans if not s.highlight and s.text.strip(ZWSP + " ")]
    return words[0].colour if words else style.colour


# --- colours ------------------------------------------------------------------------------
def ramp(one: str, other: str, count: int) -> list[str]:
    """``count`` colours evenly from ``one`` to ``other``."""
    if count == 1:
        return [one]
    return [mix(one, other, i / (count - 1)) for i in range(count)]


# --- geometry -----------------------------------------------------------------------------
def band(deck: Deck, slide: Slide, rect: Rect, narrow: float, fill: str, flip: str = ""):
    """A band of a pyramid or a funnel: ``rect`` wide along its bottom edge and ``narrow``
    along its top one (the other way up when ``flip`` is "v"); a triangle when it comes to a
    point."""
    if narrow < 1:
        return deck.shape(slide, rect, "ISOSCELES_TRIANGLE", fill=fill, flip=flip)
    inset = (rect.width - narrow) / 2
    adjust = {"adj": inset * 100000 / min(rect.width, rect.height)}
    return deck.shape(slide, rect, "trapezoid", fill=fill, flip=flip, adjust=adjust)


def arrowhead(deck: Deck, slide: Slide, tip: Point, angle: float, size: float, colour: str):
    """A triangle whose point is at ``tip``, pointing ``angle`` degrees (0: right, 90: down)."""
    back = size / 2
    cx, cy = tip[0] - back * cos(radians(angle)), tip[1] - back * sin(radians(angle))
    rect = Rect(cx - size / 2, cy - size / 2, size, size)
    return deck.shape(slide, rect, "ISOSCELES_TRIANGLE", fill=colour, rotation=(angle + 90) % 360)


def heading(one: Point, other: Point) -> float:
    """The direction from ``one`` to ``other``, in degrees (0: right, 90: down)."""
    return degrees(atan2(other[1] - one[1], other[0] - one[0]))


def curve(points: Sequence[Point], steps: int = 24) -> list[Point]:
    """Points along the smooth curve that :meth:`Deck.path` draws through ``points``
    (Catmull-Rom, as cubic Béziers), ``steps`` to a segment: to place things on it."""
    ends = [points[0], *points, points[-1]]
    out = [points[0]]
    for i in range(1, len(ends) - 2):
        p0, p1, p2, p3 = ends[i - 1], ends[i], ends[i + 1], ends[i + 2]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        for step in range(1, steps + 1):
            t = step / steps
            u = 1 - t
            out.append(
                (
                    u**3 * p1[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t**3 * p2[0],
                    u**3 * p1[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t**3 * p2[1],
                )
            )
    return out


def at_x(samples: Sequence[Point], x: float) -> Point:
    """The point of a sampled curve (left to right) where it passes ``x``."""
    for (x1, y1), (x2, y2) in pairwise(samples):
        if x1 <= x <= x2 and x2 > x1:
            return x, y1 + (y2 - y1) * (x - x1) / (x2 - x1)
    nearest = min(samples, key=lambda p: abs(p[0] - x))
    return nearest


def overlaps(one: Rect, other: Rect, margin: float = 0.0) -> bool:
    return not (
        one.right + margin <= other.left
        or other.right + margin <= one.left
        or one.bottom + margin <= other.top
        or other.bottom + margin <= one.top
    )


def within(rect: Rect, frame: Rect) -> Rect:
    """``rect`` moved (not resized) as little as it takes to lie inside ``frame``."""
    left = min(max(rect.left, frame.left), frame.right - rect.width)
    top = min(max(rect.top, frame.top), frame.bottom - rect.height)
    return Rect(left, top, rect.width, rect.height)


def rotated_text(
    deck: Deck, slide: Slide, centre: Point, length: float, depth: float, paras, size, **style
):
    """A text box turned a quarter to read bottom to top, ``length`` long, centred on ``centre``.

    It is measured as it reads (``length`` wide): the turn is only where it stands."""
    rect = Rect(centre[0] - length / 2, centre[1] - depth / 2, length, depth)
    shape = deck.text(slide, rect, paras, size, **style)
    shape.rotation = 270
    return shape


def side_card(deck: Deck, slide: Slide, side: Rect, edge: str, stack: float) -> Rect:
    """A card down ``side`` edged in ``edge``, and the room inside it for a column of figure
    and words ``stack`` tall, centred (the side card of a chart: velocity, burn-down, ...)."""
    deck.card(slide, side, edge)
    inner = side.inset(18, 16)
    return inner.slice(max(0.0, (inner.height - stack) / 2), min(inner.height, stack))


def side_figure(
    deck: Deck,
    slide: Slide,
    inner: Rect,
    kicker: tuple[Para, ...],
    figure: Para,
    *,
    head: float = 40,
    tall: float = 96,
    top: float = 72,
) -> Rect:
    """At the top of a side card's room ``inner``: its ``kicker`` in a band ``head`` tall, and
    its ``figure`` large beneath it (``tall`` points high, at most ``top`` points); the room
    left below, for its words."""
    deck.text(
        slide, Rect(inner.left, inner.top, inner.width, head), kicker, "eyebrow", anchor="bottom"
    )
    at = inner.top + head + 4
    deck.text(
        slide, Rect(inner.left, at, inner.width, tall), figure, "big", top=top, anchor="middle"
    )
    below = at + tall + 4 - inner.top
    return Rect(inner.left, inner.top + below, inner.width, inner.height - below)
