"""A maturity staircase: steps up to the top, the role's own step marked."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, ValidationInfo, field_validator

from printworks.content.base import KindSlide, Label
from printworks.content.ranks import by_depth_index

if TYPE_CHECKING:
    from printworks.content.presenting import Source

# the copy it says, under kinds.staircase in each dialect
COPY = (
    "level",
    "here",
    "target",
)


class Content(KindSlide):
    kind: Literal["staircase"]
    steps: list[Label] = Field(min_length=3, max_length=7, description="Lowest step first.")
    we_are_at: int = Field(ge=1, description="The step the role stands on, from 1.")
    target: int | None = Field(None, ge=1, description="The step it promises to reach.")

    @field_validator("we_are_at", "target")
    @classmethod
    def _step_exists(cls, value: int | None, info: ValidationInfo) -> int | None:
        steps = info.data.get("steps")
        if value is not None and steps is not None and value > len(steps):
            raise ValueError(f"is step {value}, but the staircase has only {len(steps)} steps")
        return value


# --- what it can present ------------------------------------------------------------------
def _org_chart(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The climb: the chain of posts from the role's lowest report up to the top, lowest
    first; the role stands on its own post and aims for the top."""
    org = source.facts.org
    at = next((i for i, e in enumerate(org) if e.node.this_role), 0)
    below = at
    while org[below].children:
        below = org[below].children[0]
    chain, index = [], below
    while index is not None:
        chain.append(index)
        index = org[index].parent
    if len(chain) < 3:  # too short a climb: every rank, by its first post
        chain = [rank[0] for rank in by_depth_index(source)]
    chain = chain[:7]
    steps = [org[i].node.title for i in chain]
    ours = chain.index(at) + 1 if at in chain else 1
    return {"steps": steps, "we_are_at": ours, "target": len(steps)}


PRESENTS = {"org_chart": _org_chart}
