"""A spreadsheet pasted as a table: a header row, rows of cells, one cell circled."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from printworks.content.base import listed, spoken
from printworks.content.spreadsheet import Cell, Content
from printworks.content.spreadsheet import width as breadth
from printworks.deck import clip, tables
from printworks.deck.fit import Fitted
from printworks.deck.lettering import Lettering
from printworks.deck.style import Rect

if TYPE_CHECKING:
    from pptx.slide import Slide

    from printworks.deck.builder import Deck


BAR = 24.0  # the formula bar above the sheet
LETTERS = 18.0  # the row of column letters
NUMBERS = 30.0  # the column of row numbers
ROW = 32.0  # a row at its tallest
NARROWEST, WIDEST = 56.0, 240.0
RING = 8.0  # how far the red ring reaches past its cell
MARGIN = 1.5  # a cell's margin above and below its text: a sheet's rows are tight
_NUMBER = re.compile(r"^[-+(]?[$€£¥]?\s?[\d][\d,.]*\s?[%kKmMbBx×)]*$")


def letter(index: int) -> str:
    """A spreadsheet's name for the column at ``index`` (0: A, 25: Z, 26: AA)."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def reference(cell: Cell, header: bool = True) -> str:
    """Where a data cell sits on the sheet: its letter and row number (row 1 is the header,
    when the sheet has one)."""
    return f"{letter(cell.column)}{cell.row + 1 + header}"


def describe(content: Content, deck: Deck) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    header = content.columns is not None
    under = f"under the columns {listed(content.columns)}" if header else "with no header row"
    said = f"A spreadsheet pasted as a table: {len(content.rows)} rows {under}."
    if content.circled:
        cell = content.circled
        value = content.rows[cell.row][cell.column]
        column = spoken(content.columns[cell.column]) if header else letter(cell.column)
        said += (
            f" Cell {reference(cell, header)} ({column} of "
            f"{spoken(content.rows[cell.row][0])}) is circled in red: {spoken(value)}."
        )
    return said


def _heads(content: Content) -> list:
    """The header row's texts, or empty ones for a sheet without a header."""
    return list(content.columns) if content.columns else [""] * breadth(content)


def widths(content: Content, room: float) -> list[float]:
    """Each column's width: by its longest text, within limits, scaled to fill ``room``."""
    wanted = [
        min(WIDEST, max(NARROWEST, 7.5 * max(len(t) for t in (head, *column)) + 12))
        for head, *column in zip(_heads(content), *content.rows, strict=True)
    ]
    scale = room / sum(wanted)
    return [w * scale for w in wanted]


def draw(deck: Deck, slide: Slide, frame: Rect, content: Content) -> None:
    """A formula bar, then a native table styled as a pasted sheet: grey grid, column letters
    across the top and row numbers down the side, the header row bold, figures to the right;
    and a red ring, drawn by hand, around the circled cell."""
    ink, muted = deck.colour("ink"), deck.colour("muted")
    columns = widths(content, frame.width - NUMBERS - RING)
    header = content.columns is not None
    count = len(content.rows) + header
    height = min(ROW, (frame.height - BAR - 8 - LETTERS) / count)
    sheet = Rect(frame.left, frame.top + BAR + 8, NUMBERS + sum(columns), LETTERS + height * count)
    _formula_bar(deck, slide, Rect(frame.left, frame.top, sheet.width, BAR), content)

    def words(text, bold=False, align="left"):
        return (deck.para(text, bold=bold, colour=ink, align=align),)

    lefts = [sheet.left + NUMBERS + sum(columns[:i]) for i in range(len(columns))]
    grid = [[content.columns, True]] if header else []
    grid += [[row, False] for row in content.rows]
    boxes, blocks = [], []
    for number, (texts, bold) in enumerate(grid):
        top = sheet.top + LETTERS + number * height
        for left, width, text in zip(lefts, columns, texts, strict=True):
            align = "right" if not bold and _NUMBER.match(text.visible.strip()) else "left"
            box = Rect(left, top, width, height + 2 * (deck.measure.inset - MARGIN))
            style = {"bold": bold, "align": align}
            text = clip.within(deck, text, lambda t, s=style: words(t, **s), box, "body", 12)
            boxes.append(box)
            blocks.append(words(text, bold, align))
    size = deck.common(blocks, boxes, "body", 12)
    fitted = [deck.fits(b, r, "body", size) for b, r in zip(blocks, boxes, strict=True)]

    furniture, paper, line = deck.colour("panel"), deck.colour("paper"), deck.colour("line")
    small = max(8.0, min(9.0, LETTERS * 0.5))  # the sheet's own small print: 8pt at least
    inset, spacing, family = deck.measure.inset, deck.measure.line_height, deck.theme.font.family
    edge = tables.Look(furniture, inset, MARGIN, grid=line)
    cell = tables.Look(paper, inset, MARGIN, grid=line)

    def label(text: str) -> str:
        runs = [(text, False, muted)] if text else []
        return tables.plain(runs, small, spacing, family, "centre", edge)

    floor = deck.theme.size("body")[1]
    cells = [[label("")] + [label(letter(index)) for index in range(len(columns))]]
    for row in range(count):
        cells.append([label(str(row + 1))])
        at = slice(row * len(columns), (row + 1) * len(columns))
        for block, fit in zip(blocks[at], fitted[at], strict=True):
            # the cell's words as every text of the deck is written (redactions as bars)
            shown = fit or Fitted(floor, block, 0.0)
            cells[-1].append(
                tables.lettered(Lettering(shown, deck.measure, family, ink, "middle"), cell)
            )
    tables.table(
        slide,
        sheet.left,
        sheet.top,
        [NUMBERS, *columns],
        [LETTERS] + [height] * count,
        cells,
        "Pasted Sheet",
        describe(content, deck),
    )
    _ring(deck, slide, content, sheet, lefts, columns, height)


def _formula_bar(deck: Deck, slide: Slide, rect, content: Content) -> None:
    """The name box (the circled cell's reference), 'fx', and a formula nobody can audit."""
    line, paper, muted = deck.colour("line"), deck.colour("paper"), deck.colour("muted")
    name = Rect(rect.left, rect.top, 64, rect.height)
    header = content.columns is not None
    cell = reference(content.circled, header) if content.circled else "A1"
    deck.text(
        slide,
        name,
        deck.para(cell, colour=deck.colour("ink"), align="centre"),
        "eyebrow",
        fill=paper,
        line=line,
        anchor="middle",
    )
    fx = Rect(name.right + 6, rect.top, 30, rect.height)
    deck.text(
        slide,
        fx,
        deck.para(
            deck.say("kinds.spreadsheet.fx"), italic=True, bold=True, colour=muted, align="centre"
        ),
        "eyebrow",
        anchor="middle",
    )
    deck.text(
        slide,
        Rect(fx.right + 4, rect.top, max(120.0, rect.right - fx.right - 4), rect.height),
        deck.para(deck.say("kinds.spreadsheet.formula", cell=cell), colour=deck.colour("ink")),
        "eyebrow",
        fill=paper,
        line=line,
        anchor="middle",
    )


def _ring(deck: Deck, slide: Slide, content: Content, sheet, lefts, columns, height) -> None:
    """A red ring around the circled cell, a little larger than it and a little askew."""
    if content.circled is None:
        return
    cell = content.circled
    top = sheet.top + LETTERS + (cell.row + (content.columns is not None)) * height
    box = Rect(lefts[cell.column], top, columns[cell.column], height)
    ring = Rect(box.left - RING, box.top - 6, box.width + 2 * RING, box.height + 12)
    deck.shape(slide, ring, "oval", line=deck.colour("bad"), line_width=2.75, rotation=-3)
