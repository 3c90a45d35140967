"""A CI pipeline run: its stages in order, each passed, failed or skipped."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source

# the copy it says, under kinds.pipeline_run in every dialect (layouts/deck/dialects/)
COPY = (
    "status.pass",
    "status.fail",
    "status.skipped",
    "mark.pass",
    "mark.fail",
    "mark.skipped",
    "summary",
    "run",
)

Status = Literal["pass", "fail", "skipped"]


class Stage(Part):
    name: Label = Field(description="The stage, e.g. 'unit tests'.")
    status: Status = Field(description="How it ended: pass, fail or skipped.")
    duration: Label | None = Field(None, description="How long it took, as printed: '4m 12s'.")
    note: Text | None = Field(None, description="A line of its log under the stage.")


class Content(KindSlide):
    kind: Literal["pipeline_run"]
    stages: list[Stage] = Field(min_length=2, max_length=8, description="The stages, in order.")
    run: Label | None = Field(None, description="The run's name, e.g. '#4812 nightly'.")


def counts(content: Content) -> dict[str, int]:
    """How many stages passed, failed and were skipped."""
    found = {"pass": 0, "fail": 0, "skipped": 0}
    for stage in content.stages:
        found[stage.status] += 1
    return found


def _span(start: int, end: int) -> Text:
    return Text.plain(
        f"{start // 60 % 24:02d}:{start % 60:02d}\u2013{end // 60 % 24:02d}:{end % 60:02d}"
    )


def _day_log(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The day as a nightly run: each block a stage. The longest block is the one that failed
    (it ate the day); a block double-booked over an earlier one was skipped; the rest passed."""
    blocks = source.facts.blocks[:8]
    longest = max(blocks, key=lambda b: b.minutes)
    stages = []
    for block in blocks:
        status = "fail" if block is longest else "skipped" if block.lane else "pass"
        stages.append(
            {
                "name": block.entry.title,
                "status": status,
                "duration": _span(block.start, block.end),
                "note": block.entry.description,
            }
        )
    return {"stages": stages}


PRESENTS = {"day_log": _day_log}
