"""The burning platform: the fire, and why only the role can put it out."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.content.base import KindSlide
from printworks.markup import Text

COPY = ("fire",)  # the copy it says, under kinds.burning_platform in layouts/deck/copy.yaml


class Content(KindSlide):
    kind: Literal["burning_platform"]
    headline: Text
    fires: list[Text] = Field(min_length=1, max_length=6, description="What is on fire.")
