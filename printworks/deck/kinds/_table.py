"""A native table for the kinds that report in rows (status report, business case): every cell
filled, its words fitted at one size for the whole table, its header row marked as one."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR

from printworks.deck.fit import Fitted, Para
from printworks.deck.lettering import write
from printworks.deck.shapes import emu
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
    frame = slide.shapes.add_table(
        len(grid), len(widths), emu(rect.left), emu(rect.top), emu(rect.width), emu(rect.height)
    )
    frame.name = name
    frame.element.find(".//{*}cNvPr").set("descr", describe)
    drawn = frame.table
    for flag in ("horz_banding", "first_col", "last_row", "last_col", "vert_banding"):
        setattr(drawn, flag, False)
    drawn.first_row = True
    for index, width in enumerate(widths):
        drawn.columns[index].width = emu(width)
    for index in range(len(grid)):
        drawn.rows[index].height = emu(height)
    elements = frame.element.xpath(".//a:tr/a:tc")
    inset = emu(deck.measure.inset)
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            shown = drawn.cell(r, c)
            shown.fill.solid()
            shown.fill.fore_color.rgb = RGBColor.from_string(cell.fill)
            shown.margin_left = shown.margin_right = inset
            shown.margin_top = shown.margin_bottom = inset
            shown.vertical_anchor = MSO_ANCHOR.MIDDLE
            fitted = deck.fits(cell.paras, boxes[c], size, common) or Fitted(
                deck.theme.size(size)[1], cell.paras, 0.0
            )
            write(
                elements[r * len(widths) + c],
                fitted,
                deck.measure,
                deck.theme.font.family,
                cell.ink,
                "middle",
            )
    return frame
