"""A roadmap or journey: milestones along a line, some of them moved to the right."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.part import Part

COPY = (
    "on_plan",
    "moved",
)  # the copy it says, under kinds.roadmap in layouts/deck/copy.yaml


class Milestone(Part):
    when: Label = Field(description="When it is due now, e.g. 'Q3 2027'.")
    label: Label
    was: Label | None = Field(None, description="When it was due before it moved right.")


class Content(KindSlide):
    kind: Literal["roadmap"]
    milestones: list[Milestone] = Field(min_length=2, max_length=8)
