"""A funnel of narrowing stages, each with an optional figure."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part


class Stage(Part):
    label: Label
    value: Text | None = Field(None, description="A figure for the stage, e.g. '1,200 leads'.")


class Content(KindSlide):
    kind: Literal["funnel"]
    stages: list[Stage] = Field(min_length=3, max_length=7, description="Widest first.")
