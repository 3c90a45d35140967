"""A spreadsheet pasted as a table: a header row, rows of cells, one cell circled."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from printworks.deck.kinds.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part


class Cell(Part):
    """Which cell is circled in red: 0-based row (of the data rows) and column."""

    row: int = Field(ge=0)
    column: int = Field(ge=0)


class Content(KindSlide):
    kind: Literal["spreadsheet"]
    columns: list[Label] = Field(min_length=2, max_length=8)
    rows: list[list[Text]] = Field(min_length=1, max_length=14)
    circled: Cell | None = None

    @model_validator(mode="after")
    def _a_cell_a_column(self) -> Content:
        for number, row in enumerate(self.rows):
            if len(row) != len(self.columns):
                raise ValueError(
                    f"rows[{number}] has {len(row)} cells for {len(self.columns)} columns"
                )
        if self.circled and (
            self.circled.row >= len(self.rows) or self.circled.column >= len(self.columns)
        ):
            raise ValueError("circled names a cell outside the table")
        return self


def describe(content: Content) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    raise NotImplementedError("describe: to be written")


def draw(deck, slide, frame, content: Content) -> None:
    """Draw ``content`` as native, editable shapes inside ``frame`` (a Rect, in points)."""
    raise NotImplementedError("draw: to be written")
