"""A process in stock chevrons, one step after another."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from printworks.content.base import KindSlide, Label
from printworks.markup import Text

COPY = ("step",)  # the copy it says, under kinds.chevrons in layouts/deck/copy.yaml


class Content(KindSlide):
    kind: Literal["chevrons"]
    steps: list[Label] = Field(min_length=2, max_length=6)
    captions: list[Text] = Field(default_factory=list, description="A line under each step.")

    @model_validator(mode="after")
    def _a_caption_a_step(self) -> Content:
        if self.captions and len(self.captions) != len(self.steps):
            raise ValueError(f"captions has {len(self.captions)} lines for {len(self.steps)} steps")
        return self
