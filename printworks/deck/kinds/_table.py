"""A native table for the kinds that report in rows (status report, business case): every cell
filled, its words fitted at one size for the whole table, its header row marked as one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from printworks.deck import tables
from printworks.deck.fit import Fitted, Para
from printworks.deck.lettering import Lettering
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


@dataclass(frozen=True)
class Cell:
    """One cell: its paragraphs, its fill, and the ink its words are written in."""

    paras: tuple[Para, ...]
    fill: str
    ink: str


def table(
    deck: Deck,
    slide: Slide,
    rect: Rect,
    widths: Sequence[float],
    grid: Sequence[Sequence[Cell]],
    describe: str,
    name: str,
    size: str = "body",
    top: float = 14.0,
):
    """``grid`` (its first row the header) as a native table filling ``rect``, columns
    ``widths`` wide (scaled to fill it); every cell's words at the largest size all fit."""
    scale = rect.width / sum(widths)
    widths = [w * scale for w in widths]
    height = rect.height / len(grid)
    boxes = [Rect(0, 0, w, height) for w in widths]
    blocks = [cell.paras for row in grid for cell in row]
    rects = [box for _ in grid for box in boxes]
    common = deck.common(blocks, rects, size, top) or deck.theme.size(size)[1]
    inset = deck.measure.inset
    cells = [
        [
            tables.lettered(
                Lettering(
                    deck.fits(cell.paras, boxes[c], size, common)
                    or Fitted(deck.theme.size(size)[1], cell.paras, 0.0),
                    deck.measure,
                    deck.theme.font.family,
                    cell.ink,
                    "middle",
                ),
                tables.Look(cell.fill, inset, inset),
            )
            for c, cell in enumerate(row)
        ]
        for row in grid
    ]
    return tables.table(
        slide, rect.left, rect.top, widths, [height] * len(grid), cells, name, describe
    )
