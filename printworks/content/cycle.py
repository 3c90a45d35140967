"""A cycle (or wheel) of stages around a centre, arrows from each to the next."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part


class Stage(Part):
    label: Label
    note: Text | None = None


class Content(KindSlide):
    kind: Literal["cycle"]
    stages: list[Stage] = Field(min_length=3, max_length=8)
    centre: Text | None = Field(None, description="What sits in the middle of the wheel.")
