"""A process in stock chevrons, one step after another."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from printworks.content.base import KindSlide, Label, one_each
from printworks.markup import Text

if TYPE_CHECKING:
    from printworks.content.presenting import Source

COPY = ("step",)  # the copy it says, under kinds.chevrons in each dialect


class Content(KindSlide):
    kind: Literal["chevrons"]
    steps: list[Label] = Field(min_length=2, max_length=6)
    captions: list[Text] = Field(default_factory=list, description="A line under each step.")

    @model_validator(mode="after")
    def _a_caption_a_step(self) -> Content:
        if self.captions:
            one_each("captions", self.captions, "lines", len(self.steps), "steps")
        return self


def _day_log(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The day's blocks as a process, step after step, each described under its chevron."""
    log = source.role.day_log[:6]
    return {"steps": [e.title for e in log], "captions": [e.description for e in log]}


def _weaponry(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The weapons as a method: each one a step, what it does under it."""
    weapons = source.role.weaponry[:6]
    return {"steps": [w.name for w in weapons], "captions": [w.description for w in weapons]}


PRESENTS = {"day_log": _day_log, "weaponry": _weaponry}
