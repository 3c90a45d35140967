"""A spreadsheet pasted as a table: a header row, rows of cells, one cell circled."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from printworks.content.base import KindSlide, Label, one_each
from printworks.markup import Text
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source

COPY = (
    "fx",
    "formula",
)  # the copy it says, under kinds.spreadsheet in each dialect


class Cell(Part):
    """Which cell is circled in red: 0-based row (of the data rows) and column."""

    row: int = Field(ge=0, description="The data row, counting from 0.")
    column: int = Field(ge=0, description="The column, counting from 0.")


class Content(KindSlide):
    kind: Literal["spreadsheet"]
    columns: list[Label] | None = Field(
        None,
        min_length=2,
        max_length=8,
        description="The header row (none: a range pasted without one).",
    )
    rows: list[list[Text]] = Field(
        min_length=1, max_length=14, description="The data rows, a cell a column."
    )
    circled: Cell | None = Field(None, description="The one cell circled in red.")

    @model_validator(mode="after")
    def _a_cell_a_column(self) -> Content:
        count = width(self)
        if not 2 <= count <= 8:
            raise ValueError(f"rows[0] has {count} cells: a sheet has 2 to 8 columns")
        for number, row in enumerate(self.rows):
            one_each(f"rows[{number}]", row, "cells", count, "columns")
        if self.circled and (self.circled.row >= len(self.rows) or self.circled.column >= count):
            raise ValueError(
                f"circled names row {self.circled.row}, column {self.circled.column}: the table "
                f"has rows 0 to {len(self.rows) - 1} and columns 0 to {count - 1}"
            )
        return self


def width(content: Content) -> int:
    """How many columns the sheet has: its header's, or (with none) its first row's."""
    return len(content.columns) if content.columns else len(content.rows[0])


def _clock(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


def _salary(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The salary spread over the day log: each block, its hours and the share of the salary
    it costs (by its minutes of the logged day), the dearest block circled. Without a day
    log, the title and the salary on one row."""
    facts, role = source.facts, source.role
    blocks = facts.blocks[:14]
    if not blocks:
        return {"rows": [[role.title, Text.plain(facts.salary)]]}
    logged = sum(b.minutes for b in blocks)
    rows = [
        [
            b.entry.title,
            Text.plain(f"{_clock(b.start)}\u2013{_clock(b.end)}"),
            Text.plain(facts.money(role.salary.amount * b.minutes / logged)),
        ]
        for b in blocks
    ]
    dearest = max(range(len(blocks)), key=lambda i: blocks[i].minutes)
    return {"rows": rows, "circled": {"row": dearest, "column": 2}}


def _jd_autopsy(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """Each claim of the job ad beside its translation, the longest translation circled."""
    claims = source.role.jd_autopsy[:14]
    longest = max(range(len(claims)), key=lambda i: len(claims[i].translation))
    return {
        "rows": [[c.claim, c.translation] for c in claims],
        "circled": {"row": longest, "column": 1},
    }


PRESENTS = {"salary": _salary, "jd_autopsy": _jd_autopsy}
