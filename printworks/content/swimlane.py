"""A swim-lane process map: lanes of steps, the manual ones marked."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.part import Part

COPY = (
    "automated",
    "manual",
)  # the copy it says, under kinds.swimlane in layouts/deck/copy.yaml


class Step(Part):
    label: Label = Field(description="What is done, a few words.")
    manual: bool = Field(False, description="True for a step done by hand.")


class Lane(Part):
    name: Label = Field(description="Who does the lane's steps.")
    steps: list[Step] = Field(min_length=1, max_length=8, description="The lane's steps, in order.")


class Content(KindSlide):
    kind: Literal["swimlane"]
    lanes: list[Lane] = Field(min_length=2, max_length=6, description="The lanes, top to bottom.")
