"""Current state and target state, side by side, with the bridge between."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.deck.kinds.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part


class State(Part):
    label: Label
    items: list[Text] = Field(min_length=1, max_length=7)


class Content(KindSlide):
    kind: Literal["before_after"]
    current: State
    target: State
    bridge: Label | None = Field(None, description="What gets from one to the other.")


def describe(content: Content) -> str:
    """What the slide shows, for a reader who cannot see it (its alt text)."""
    raise NotImplementedError("describe: to be written")


def draw(deck, slide, frame, content: Content) -> None:
    """Draw ``content`` as native, editable shapes inside ``frame`` (a Rect, in points)."""
    raise NotImplementedError("draw: to be written")
