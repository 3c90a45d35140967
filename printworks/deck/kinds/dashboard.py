"""A dashboard of checks, every one of them green."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.deck.kinds.base import KindSlide, Label
from printworks.part import Part


class Check(Part):
    label: Label
    status: Label | None = Field(None, description="What the badge says (default: copy).")


class Content(KindSlide):
    kind: Literal["dashboard"]
    headline: Label = Field(description="The big figure, e.g. '100% PASSING'.")
    checks: list[Check] = Field(min_length=1, max_length=12)


def describe(content: Content) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    raise NotImplementedError("describe: to be written")


def draw(deck, slide, frame, content: Content) -> None:
    """Draw ``content`` as native, editable shapes inside ``frame`` (a Rect, in points)."""
    raise NotImplementedError("draw: to be written")
