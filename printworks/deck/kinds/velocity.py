"""A velocity chart: points a sprint, as delivered and as normalised."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from printworks.deck.kinds.base import KindSlide, Label


class Content(KindSlide):
    kind: Literal["velocity"]
    sprints: list[Label] = Field(min_length=3, max_length=16)
    delivered: list[int] = Field(min_length=3, max_length=16)
    normalised: list[int] = Field(min_length=3, max_length=16)
    unit: Label = Field(description="What is counted, e.g. 'story points'.")

    @model_validator(mode="after")
    def _one_figure_a_sprint(self) -> Content:
        for name in ("delivered", "normalised"):
            count = len(getattr(self, name))
            if count != len(self.sprints):
                raise ValueError(f"{name} has {count} figures for {len(self.sprints)} sprints")
        return self


def describe(content: Content) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    raise NotImplementedError("describe: to be written")


def draw(deck, slide, frame, content: Content) -> None:
    """Draw ``content`` as native, editable shapes inside ``frame`` (a Rect, in points)."""
    raise NotImplementedError("draw: to be written")
