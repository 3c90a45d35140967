"""A burn-down chart: what is left sprint by sprint, beside the ideal line to zero."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from printworks.content.base import KindSlide, Label, one_each

# the copy it says, under kinds.burndown in each dialect
COPY = (
    "remaining",
    "ideal",
    "here",
    "kicker",
    "forecast",
)

Count = Annotated[int, Field(ge=0, description="A count of what is left: zero or more.")]


class Content(KindSlide):
    kind: Literal["burndown"]
    sprints: list[Label] = Field(
        min_length=3, max_length=16, description="The sprints, in order, e.g. 'S1'."
    )
    remaining: list[Count] = Field(
        min_length=3, max_length=16, description="Work left at the end of each sprint."
    )
    unit: Label = Field(description="What is counted, e.g. 'story points'.")

    @model_validator(mode="after")
    def _one_figure_a_sprint(self) -> Content:
        one_each("remaining", self.remaining, "figures", len(self.sprints), "sprints")
        return self
