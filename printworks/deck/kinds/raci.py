"""A RACI grid: tasks down the side, roles across, a letter in each cell."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from printworks.deck.kinds.base import KindSlide, Label
from printworks.part import Part

Letter = Literal["R", "A", "C", "I", "RA", "-"]


class Row(Part):
    task: Label
    cells: list[Letter] = Field(description="One letter a role, in the order of roles.")


class Content(KindSlide):
    kind: Literal["raci"]
    roles: list[Label] = Field(min_length=2, max_length=7)
    tasks: list[Row] = Field(min_length=1, max_length=10)

    @model_validator(mode="after")
    def _a_cell_a_role(self) -> Content:
        for number, row in enumerate(self.tasks):
            if len(row.cells) != len(self.roles):
                raise ValueError(
                    f"tasks[{number}] has {len(row.cells)} cells for {len(self.roles)} roles"
                )
        return self


def describe(content: Content) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    raise NotImplementedError("describe: to be written")


def draw(deck, slide, frame, content: Content) -> None:
    """Draw ``content`` as native, editable shapes inside ``frame`` (a Rect, in points)."""
    raise NotImplementedError("draw: to be written")
