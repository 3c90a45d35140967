"""A velocity chart: points a sprint, as delivered and as normalised."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from printworks.content.base import KindSlide, Label, one_each

# the copy it says, under kinds.velocity in each dialect
COPY = (
    "delivered",
    "normalised",
    "kicker",
    "uplift",
    "average",
)

Count = Annotated[int, Field(ge=0, description="Points in a sprint: zero or more.")]


class Content(KindSlide):
    kind: Literal["velocity"]
    sprints: list[Label] = Field(
        min_length=3, max_length=16, description="The sprints, in order, e.g. 'S1'."
    )
    delivered: list[Count] = Field(
        min_length=3, max_length=16, description="What each sprint delivered."
    )
    normalised: list[Count] = Field(
        min_length=3, max_length=16, description="The same, after normalisation."
    )
    unit: Label = Field(description="What is counted, e.g. 'story points'.")

    @model_validator(mode="after")
    def _one_figure_a_sprint(self) -> Content:
        for name in ("delivered", "normalised"):
            one_each(name, getattr(self, name), "figures", len(self.sprints), "sprints")
        return self
