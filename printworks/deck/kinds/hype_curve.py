"""A hype curve: trigger, peak, trough, slope and plateau, with ‘we are here’."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.deck.kinds.base import KindSlide, Label
from printworks.part import Part

Phase = Literal["trigger", "peak", "trough", "slope", "plateau"]


class Point(Part):
    """Something placed on the curve, in one of its phases."""

    label: Label
    phase: Phase


class Content(KindSlide):
    kind: Literal["hype_curve"]
    we_are_here: Phase
    here_label: Label | None = Field(None, description="The marker's words (default: copy).")
    points: list[Point] = Field(default_factory=list, max_length=8)


def describe(content: Content) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    raise NotImplementedError("describe: to be written")


def draw(deck, slide, frame, content: Content) -> None:
    """Draw ``content`` as native, editable shapes inside ``frame`` (a Rect, in points)."""
    raise NotImplementedError("draw: to be written")
