"""A pyramid of levels, top first; upside down for a role that builds it the wrong way up."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part


class Level(Part):
    label: Label
    note: Text | None = None


class Content(KindSlide):
    kind: Literal["pyramid"]
    levels: list[Level] = Field(min_length=3, max_length=7, description="Top level first.")
    inverted: bool = Field(False, description="True: the widest level on top.")
