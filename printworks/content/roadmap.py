"""A roadmap or journey: milestones along a line, some of them moved to the right."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source

COPY = (
    "on_plan",
    "moved",
)  # the copy it says, under kinds.roadmap in each dialect


class Milestone(Part):
    when: Label = Field(description="When it is due now, e.g. 'Q3 2027'.")
    label: Label
    was: Label | None = Field(None, description="When it was due before it moved right.")


class Content(KindSlide):
    kind: Literal["roadmap"]
    milestones: list[Milestone] = Field(min_length=2, max_length=8)


# --- what it can present ------------------------------------------------------------------
def _day_log(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The day as a roadmap: a milestone a logged block, due at its start; a block that starts
    before the one before it has ended has moved right, from that one's start."""
    blocks = source.facts.blocks[:8]
    milestones = []
    for index, block in enumerate(blocks):
        milestone = {"when": block.entry.start, "label": block.entry.title}
        before = blocks[index - 1] if index else None
        if before is not None and block.start < before.end:
            milestone["was"] = before.entry.start
        milestones.append(milestone)
    return {"milestones": milestones}


PRESENTS = {"day_log": _day_log}
