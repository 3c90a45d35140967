"""Pieces many slides share: a grid of cards paged across slides, chips, bullet lists."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from math import ceil
from typing import Any, TypeVar

from printworks.deck import shapes
from printworks.deck.fit import Para
from printworks.deck.style import Rect

T = TypeVar("T")
GAP = 14.0


@dataclass
class CardPage:
    """One slide's worth of cards: the items, the box of each, and one size for all of them."""

    items: list[Any]
    rects: list[Rect]
    size: float | None


def standing_slide(deck, kind: str, page: int = 0):
    """A slide of the standing ``kind``: its title, notes and footnote the copy's at ``kind``;
    ``page`` counts the slides its cards have run on to."""
    return deck.slide(
        kind,
        deck.say(f"{kind}.title"),
        page=page,
        notes=deck.say(f"{kind}.notes"),
        footnote=deck.say(f"{kind}.footnote"),
    )


def grid(area: Rect, cols: int, rows: int, gap: float = GAP) -> list[Rect]:
    return [cell for row in area.rows(rows, gap) for cell in row.columns(cols, gap)]


def card_pages(
    deck,
    items: Sequence[T],
    area: Rect,
    cols: int,
    rows: int,
    paras: Callable[[T], tuple[Para, ...]],
    inner: Callable[[Rect], Rect],
    size: str = "body",
    max_height: float | None = None,
) -> list[CardPage]:
    """``items`` as cards, ``cols`` by ``rows`` a slide; a card too full for a cell gets a slide.

    Every card on a page shares the largest size at which all of them fit, so that a row of
    cards reads as one design rather than as a ransom note.
    """
    cols = max(1, min(cols, len(items)))
    rows = max(1, min(rows, ceil(len(items) / cols)))
    if max_height and rows * max_height + (rows - 1) * GAP < area.height:
        area = Rect(area.left, area.top, area.width, rows * max_height + (rows - 1) * GAP)
    cells = grid(area, cols, rows)
    pages: list[CardPage] = []
    current: list[T] = []
    sizes: list[float] = []

    def close() -> None:
        if current:
            pages.append(CardPage(list(current), cells[: len(current)], min(sizes)))
            current.clear()
            sizes.clear()

    for item in items:
        fitted = deck.fits(paras(item), inner(cells[len(current)]), size)
        if fitted is None:
            close()
            alone = deck.fits(paras(item), inner(area), size)
            pages.append(CardPage([item], [area], alone.size if alone else None))
            continue
        current.append(item)
        sizes.append(fitted.size)
        if len(current) == len(cells):
            close()
    close()
    return pages


def list_pages(
    deck, paras: Sequence[Para], rect: Rect, size: str = "body"
) -> list[tuple[Para, ...]]:
    """``paras`` (one per item) in as few boxes of ``rect`` as hold them at the floor size."""
    pages: list[tuple[Para, ...]] = []
    current: list[Para] = []
    for para in paras:
        if deck.holds((*current, para), rect, size):
            current.append(para)
            continue
        if current:
            pages.append(tuple(current))
        current = [para]
    if current:
        pages.append(tuple(current))
    return pages


def chip(deck, slide, rect: Rect, text: str, fill: str, ink: str, kind: str = "round", top=None):
    """A small filled label: a number, a status, a time (at most ``top`` points)."""
    return deck.text(
        slide,
        rect,
        deck.para(text, bold=True, colour=ink, align="centre"),
        "eyebrow",
        fill=fill,
        kind=kind,
        anchor="middle",
        top=top,
    )


def card(deck, slide, rect: Rect, accent: str | None = None):
    """A pale panel with an accent rule down its left side."""
    return deck.card(slide, rect, accent)


def bullets(deck, texts: Sequence[str], marker: str = "►", colour: str | None = None) -> list[Para]:
    accent = deck.colour("accent")
    out = []
    for text in texts:
        para = deck.para(text, colour=colour)
        mark = deck.para(f"{marker} ", bold=True, colour=accent).spans
        out.append(Para(mark + para.spans, para.scale, para.align, 0.45))
    return out


def banner(deck, slide, above: list[Rect], key: str, **context) -> None:
    """The "so what" strip under a row of cards, when there is room for one."""
    body = deck.body
    top = max(r.bottom for r in above) + GAP
    if body.bottom - top < 60 or not deck.copy.has(f"{key}.banner"):
        return
    rect = Rect(body.left, top, body.width, min(body.bottom - top, 110.0))
    shapes.box(slide, rect, "rect", fill=deck.colour("dark"))
    strip = Rect(rect.left, rect.top, 6, rect.height)
    shapes.box(slide, strip, "rect", fill=deck.legible(deck.colour("good"), strip, 3.0))
    head = Rect(rect.left + 20, rect.top + 6, 220, rect.height - 12)
    deck.text(
        slide,
        head,
        deck.para(deck.say(f"{key}.banner_head", **context), bold=True, colour=deck.colour("good")),
        "big",
        top=34,
        anchor="middle",
    )
    deck.text(
        slide,
        Rect(head.right + 10, rect.top + 6, rect.right - head.right - 26, rect.height - 12),
        deck.para(deck.say(f"{key}.banner", **context), colour=deck.colour("on_dark")),
        "heading",
        top=16,
        anchor="middle",
    )
