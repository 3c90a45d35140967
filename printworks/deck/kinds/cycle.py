"""A cycle (or wheel) of stages around a centre, arrows from each to the next."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.deck.kinds.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part


class Stage(Part):
    label: Label
    note: Text | None = None


class Content(KindSlide):
    kind: Literal["cycle"]
    stages: list[Stage] = Field(min_length=3, max_length=8)
    centre: Text | None = Field(None, description="What sits in the middle of the wheel.")


def describe(content: Content) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    raise NotImplementedError("describe: to be written")


def draw(deck, slide, frame, content: Content) -> None:
    """Draw ``content`` as native, editable shapes inside ``frame`` (a Rect, in points)."""
    raise NotImplementedError("draw: to be written")
