"""A spreadsheet pasted as a table: a header row, rows of cells, one cell circled."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from printworks.content.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part

COPY = (
    "fx",
    "formula",
)  # the copy it says, under kinds.spreadsheet in layouts/deck/copy.yaml


class Cell(Part):
    """Which cell is circled in red: 0-based row (of the data rows) and column."""

    row: int = Field(ge=0, description="The data row, counting from 0.")
    column: int = Field(ge=0, description="The column, counting from 0.")


class Content(KindSlide):
    kind: Literal["spreadsheet"]
    columns: list[Label] = Field(min_length=2, max_length=8, description="The header row.")
    rows: list[list[Text]] = Field(
        min_length=1, max_length=14, description="The data rows, a cell a column."
    )
    circled: Cell | None = Field(None, description="The one cell circled in red.")

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
            raise ValueError(
                f"circled names row {self.circled.row}, column {self.circled.column}: the table "
                f"has rows 0 to {len(self.rows) - 1} and columns 0 to {len(self.columns) - 1}"
            )
        return self
