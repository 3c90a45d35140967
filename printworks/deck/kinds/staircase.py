"""A maturity staircase: steps up to the top, the role's own step marked."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from printworks.deck.kinds.base import KindSlide, Label


class Content(KindSlide):
    kind: Literal["staircase"]
    steps: list[Label] = Field(min_length=3, max_length=7, description="Lowest step first.")
    we_are_at: int = Field(ge=1, description="The step the role stands on, from 1.")
    target: int | None = Field(None, ge=1, description="The step it promises to reach.")

    @model_validator(mode="after")
    def _steps_exist(self) -> Content:
        for name in ("we_are_at", "target"):
            value = getattr(self, name)
            if value is not None and value > len(self.steps):
                raise ValueError(f"{name} is {value}, but there are {len(self.steps)} steps")
        return self


def describe(content: Content) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    raise NotImplementedError("describe: to be written")


def draw(deck, slide, frame, content: Content) -> None:
    """Draw ``content`` as native, editable shapes inside ``frame`` (a Rect, in points)."""
    raise NotImplementedError("draw: to be written")
