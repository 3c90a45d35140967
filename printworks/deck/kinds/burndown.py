"""A burn-down chart: what is left sprint by sprint, beside the ideal line to zero."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from printworks.deck.kinds.base import KindSlide, Label


class Content(KindSlide):
    kind: Literal["burndown"]
    sprints: list[Label] = Field(min_length=3, max_length=16)
    remaining: list[int] = Field(min_length=3, max_length=16, description="Work left, a sprint.")
    unit: Label = Field(description="What is counted, e.g. 'story points'.")

    @model_validator(mode="after")
    def _one_figure_a_sprint(self) -> Content:
        if len(self.remaining) != len(self.sprints):
            raise ValueError(
                f"remaining has {len(self.remaining)} figures for {len(self.sprints)} sprints"
            )
        return self


def describe(content: Content) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    raise NotImplementedError("describe: to be written")


def draw(deck, slide, frame, content: Content) -> None:
    """Draw ``content`` as native, editable shapes inside ``frame`` (a Rect, in points)."""
    raise NotImplementedError("draw: to be written")
