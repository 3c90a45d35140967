"""Current state and target state, side by side, with the bridge between."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part

# the copy it says, under kinds.before_after in layouts/deck/copy.yaml
COPY = (
    "current",
    "target",
    "current_mark",
    "target_mark",
    "bridge",
    "under",
)


class State(Part):
    label: Label = Field(description="What the state is called, e.g. 'Today' or 'FY+1'.")
    items: list[Text] = Field(min_length=1, max_length=7, description="What it is like.")


class Content(KindSlide):
    kind: Literal["before_after"]
    current: State = Field(description="Where we are: the left column.")
    target: State = Field(description="Where we will be: the right column.")
    bridge: Label | None = Field(None, description="What gets from one to the other.")
