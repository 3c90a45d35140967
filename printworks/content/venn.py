"""A Venn diagram of two or three circles and the synergy where they meet."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label


class Content(KindSlide):
    kind: Literal["venn"]
    circles: list[Label] = Field(min_length=2, max_length=3)
    centre: Label = Field(description="What sits where every circle overlaps.")
