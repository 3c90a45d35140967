"""A maturity staircase: steps up to the top, the role's own step marked."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, ValidationInfo, field_validator

from printworks.content.base import KindSlide, Label

# the copy it says, under kinds.staircase in layouts/deck/copy.yaml
COPY = (
    "level",
    "here",
    "target",
)


class Content(KindSlide):
    kind: Literal["staircase"]
    steps: list[Label] = Field(min_length=3, max_length=7, description="Lowest step first.")
    we_are_at: int = Field(ge=1, description="The step the role stands on, from 1.")
    target: int | None = Field(None, ge=1, description="The step it promises to reach.")

    @field_validator("we_are_at", "target")
    @classmethod
    def _step_exists(cls, value: int | None, info: ValidationInfo) -> int | None:
        steps = info.data.get("steps")
        if value is not None and steps is not None and value > len(steps):
            raise ValueError(f"is step {value}, but the staircase has only {len(steps)} steps")
        return value
