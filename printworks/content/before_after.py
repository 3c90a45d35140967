"""Current state and target state, side by side, with the bridge between."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source

# the copy it says, under kinds.before_after in each dialect
COPY = (
    "current",
    "target",
    "current_mark",
    "target_mark",
    "bridge",
    "under",
)


class State(Part):
    label: Label | None = Field(
        None, description="What the state is called, e.g. 'Today' or 'FY+1' (default: none)."
    )
    items: list[Text] = Field(min_length=1, max_length=7, description="What it is like.")


class Content(KindSlide):
    kind: Literal["before_after"]
    current: State = Field(description="Where we are: the left column.")
    target: State = Field(description="Where we will be: the right column.")
    bridge: Label | None = Field(None, description="What gets from one to the other.")


def _jd_autopsy(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """What the job ad claims, as the current state; what it means, as the target state."""
    claims = source.role.jd_autopsy[:7]
    return {
        "current": {"items": [c.claim for c in claims]},
        "target": {"items": [c.translation for c in claims]},
    }


PRESENTS = {"jd_autopsy": _jd_autopsy}
