"""A swim-lane process map: lanes of steps, the manual ones marked."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source

COPY = (
    "automated",
    "manual",
)  # the copy it says, under kinds.swimlane in each dialect


class Step(Part):
    label: Label = Field(description="What is done, a few words.")
    manual: bool = Field(False, description="True for a step done by hand.")


class Lane(Part):
    name: Label = Field(description="Who does the lane's steps.")
    steps: list[Step] = Field(min_length=1, max_length=8, description="The lane's steps, in order.")


class Content(KindSlide):
    kind: Literal["swimlane"]
    lanes: list[Lane] = Field(min_length=2, max_length=6, description="The lanes, top to bottom.")


def _org_chart(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The org chart's pressure, as a process: what flows down, in the lane of the top of the
    chart, automated; what flows back up, in the role's own lane, by hand."""
    chart = source.role.org_chart
    own = next((e.node.title for e in source.facts.org if e.node.this_role), source.role.title)
    flow = chart.pressure_flow
    return {
        "lanes": [
            {"name": chart.root.title, "steps": [{"label": t} for t in flow.down[:8]]},
            {"name": own, "steps": [{"label": t, "manual": True} for t in flow.up[:8]]},
        ]
    }


PRESENTS = {"org_chart": _org_chart}
