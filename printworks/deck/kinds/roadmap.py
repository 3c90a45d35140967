"""A roadmap or journey: milestones along a line, some of them moved to the right."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.deck.kinds.base import KindSlide, Label
from printworks.part import Part


class Milestone(Part):
    when: Label = Field(description="When it is due now, e.g. 'Q3 2027'.")
    label: Label
    was: Label | None = Field(None, description="When it was due before it moved right.")


class Content(KindSlide):
    kind: Literal["roadmap"]
    milestones: list[Milestone] = Field(min_length=2, max_length=8)


def describe(content: Content) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    raise NotImplementedError("describe: to be written")


def draw(deck, slide, frame, content: Content) -> None:
    """Draw ``content`` as native, editable shapes inside ``frame`` (a Rect, in points)."""
    raise NotImplementedError("draw: to be written")
