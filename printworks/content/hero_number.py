"""One enormous number, what it counts, and the small print."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.markup import Text


class Content(KindSlide):
    kind: Literal["hero_number"]
    number: Label = Field(description="The figure, as printed: '10×', '97%'.")
    label: Text = Field(description="What the figure counts.")
    caption: Text | None = None
