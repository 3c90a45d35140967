"""A swim-lane process map: lanes of steps, the manual ones marked."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.deck.kinds.base import KindSlide, Label
from printworks.part import Part


class Step(Part):
    label: Label
    manual: bool = Field(False, description="True for a step done by hand.")


class Lane(Part):
    name: Label
    steps: list[Step] = Field(min_length=1, max_length=8)


class Content(KindSlide):
    kind: Literal["swimlane"]
    lanes: list[Lane] = Field(min_length=2, max_length=6)


def describe(content: Content) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    raise NotImplementedError("describe: to be written")


def draw(deck, slide, frame, content: Content) -> None:
    """Draw ``content`` as native, editable shapes inside ``frame`` (a Rect, in points)."""
    raise NotImplementedError("draw: to be written")
