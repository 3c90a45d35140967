"""A heat map: rows by columns, each cell one of four shades of concern."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from printworks.content.base import KindSlide, Label, one_each
from printworks.markup import Text

if TYPE_CHECKING:
    from printworks.content.presenting import Source

# the copy it says, under kinds.heatmap in every dialect (layouts/deck/dialects/)
COPY = ("legend",)


class Content(KindSlide):
    kind: Literal["heatmap"]
    rows: list[Label] = Field(min_length=1, max_length=10, description="The rows, down the side.")
    columns: list[Label] = Field(min_length=1, max_length=8, description="The columns, across.")
    values: list[list[int]] = Field(
        description="A row of shades for each row, one a column: 0 (coolest) to 3 (hottest)."
    )
    legend: list[Label] | None = Field(
        None,
        min_length=4,
        max_length=4,
        description="What each shade means, from 0 to 3 (default: the copy's four words).",
    )

    @model_validator(mode="after")
    def _a_shade_a_cell(self) -> Content:
        one_each("values", self.values, "rows", len(self.rows), "rows")
        for number, row in enumerate(self.values):
            one_each(f"values[{number}]", row, "shades", len(self.columns), "columns")
            if any(not 0 <= v <= 3 for v in row):
                raise ValueError(f"values[{number}]: each shade is 0, 1, 2 or 3")
        return self


def _clock(minutes: int) -> Text:
    return Text.plain(f"{minutes // 60 % 24:02d}:{minutes % 60:02d}")


def _day_log(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The day as a calendar's heat: a row a block, a column an hour (or a few, so that the
    day fits eight columns), each cell as hot as the share of its time the block takes."""
    facts = source.facts
    blocks = facts.blocks[:10]
    first = min(b.start for b in blocks) // 60
    last = -(-max(b.end for b in blocks) // 60)
    width = -(-(last - first) // 8) * 60  # minutes a column covers
    starts = list(range(first * 60, last * 60, width))
    values = [
        [
            -(-3 * max(0, min(b.end, start + width) - max(b.start, start)) // width)
            for start in starts
        ]
        for b in blocks
    ]
    return {
        "rows": [b.entry.title for b in blocks],
        "columns": [_clock(start) for start in starts],
        "values": values,
    }


PRESENTS = {"day_log": _day_log}
