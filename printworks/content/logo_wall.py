"""A wall of partner logos: far too many of them."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label

COPY = ("more",)  # the copy it says, under kinds.logo_wall in layouts/deck/copy.yaml


class Content(KindSlide):
    kind: Literal["logo_wall"]
    logos: list[Label] = Field(
        min_length=3, max_length=24, description="Each a made-up partner's name."
    )
    caption: Label | None = Field(None, description="A line under the wall.")
