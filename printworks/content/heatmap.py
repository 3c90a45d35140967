"""A heat map: rows by columns, each cell one of four shades of concern."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from printworks.content.base import KindSlide, Label


class Content(KindSlide):
    kind: Literal["heatmap"]
    rows: list[Label] = Field(min_length=1, max_length=10, description="The rows, down the side.")
    columns: list[Label] = Field(min_length=1, max_length=8, description="The columns, across.")
    values: list[list[int]] = Field(
        description="A row of shades for each row, one a column: 0 (coolest) to 3 (hottest)."
    )
    legend: list[Label] = Field(
        min_length=4, max_length=4, description="What each shade means, from 0 to 3."
    )

    @model_validator(mode="after")
    def _a_shade_a_cell(self) -> Content:
        if len(self.values) != len(self.rows):
            raise ValueError(f"values has {len(self.values)} rows for {len(self.rows)} rows")
        for number, row in enumerate(self.values):
            if len(row) != len(self.columns):
                raise ValueError(
                    f"values[{number}] has {len(row)} shades for {len(self.columns)} columns"
                )
            if any(not 0 <= v <= 3 for v in row):
                raise ValueError(f"values[{number}]: each shade is 0, 1, 2 or 3")
        return self
