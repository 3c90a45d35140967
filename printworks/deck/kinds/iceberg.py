"""An iceberg: what shows above the waterline, and the bulk beneath it."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.deck.kinds.base import KindSlide
from printworks.markup import Text


class Content(KindSlide):
    kind: Literal["iceberg"]
    above: list[Text] = Field(min_length=1, max_length=4)
    below: list[Text] = Field(min_length=1, max_length=8)


def describe(content: Content) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    raise NotImplementedError("describe: to be written")


def draw(deck, slide, frame, content: Content) -> None:
    """Draw ``content`` as native, editable shapes inside ``frame`` (a Rect, in points)."""
    raise NotImplementedError("draw: to be written")
