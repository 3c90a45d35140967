"""A 2×2 matrix with two labelled axes, four quadrants and a placed ‘us’."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from printworks.content.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part


class Axis(Part):
    """An axis of the matrix: what it measures, and its two ends."""

    label: Label
    low: Label
    high: Label


class Quadrant(Part):
    label: Label
    items: list[Text] = Field(default_factory=list, max_length=4)


class Placement(Part):
    """Where the role puts itself: 0 to 100 along each axis (0, 0 is bottom-left)."""

    label: Label
    x: int = Field(ge=0, le=100)
    y: int = Field(ge=0, le=100)


class Content(KindSlide):
    """A 2×2: quadrants top-left, top-right, bottom-left, bottom-right."""

    kind: Literal["matrix"]
    x_axis: Axis
    y_axis: Axis
    quadrants: list[Quadrant] = Field(min_length=4, max_length=4)
    us: Placement

    @field_validator("quadrants", mode="before")
    @classmethod
    def _four(cls, value):
        if isinstance(value, list) and len(value) != 4:
            raise ValueError(
                f"a 2×2 has four quadrants (top left, top right, bottom left, bottom right), "
                f"in that order; this one has {len(value)}"
            )
        return value
