"""A wall of partner logos: far too many of them."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.deck.kinds.base import KindSlide, Label


class Content(KindSlide):
    kind: Literal["logo_wall"]
    logos: list[Label] = Field(min_length=3, max_length=24, description="Each a made-up name.")
    caption: Label | None = None


def describe(content: Content) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    raise NotImplementedError("describe: to be written")


def draw(deck, slide, frame, content: Content) -> None:
    """Draw ``content`` as native, editable shapes inside ``frame`` (a Rect, in points)."""
    raise NotImplementedError("draw: to be written")
