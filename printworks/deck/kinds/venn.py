"""A Venn diagram of two or three circles and the synergy where they meet."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.deck.kinds.base import KindSlide, Label


class Content(KindSlide):
    kind: Literal["venn"]
    circles: list[Label] = Field(min_length=2, max_length=3)
    centre: Label = Field(description="What sits where every circle overlaps.")


def describe(content: Content) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    raise NotImplementedError("describe: to be written")


def draw(deck, slide, frame, content: Content) -> None:
    """Draw ``content`` as native, editable shapes inside ``frame`` (a Rect, in points)."""
    raise NotImplementedError("draw: to be written")
