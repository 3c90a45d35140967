"""A wall of sticky notes from the last retro, in clusters."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.deck.kinds.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part


class Cluster(Part):
    label: Label
    notes: list[Text] = Field(min_length=1, max_length=8)


class Content(KindSlide):
    kind: Literal["sticky_wall"]
    clusters: list[Cluster] = Field(min_length=1, max_length=4)


def describe(content: Content) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    raise NotImplementedError("describe: to be written")


def draw(deck, slide, frame, content: Content) -> None:
    """Draw ``content`` as native, editable shapes inside ``frame`` (a Rect, in points)."""
    raise NotImplementedError("draw: to be written")
