"""A layered architecture: layers top to bottom, each with its boxes, and a bar across all."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.part import Part


class Layer(Part):
    label: Label
    items: list[Label] = Field(default_factory=list, max_length=6)


class Content(KindSlide):
    kind: Literal["stack"]
    layers: list[Layer] = Field(min_length=2, max_length=7, description="Top layer first.")
    side: Label | None = Field(None, description="A concern across every layer.")
