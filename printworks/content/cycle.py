"""A cycle (or wheel) of stages around a centre, arrows from each to the next."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source


class Stage(Part):
    label: Label
    note: Text | None = None


class Content(KindSlide):
    kind: Literal["cycle"]
    stages: list[Stage] = Field(min_length=3, max_length=8)
    centre: Text | None = Field(None, description="What sits in the middle of the wheel.")


# --- what it can present ------------------------------------------------------------------
def _day_log(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The day as a wheel: a stage a logged block, its hours the note (and the day repeats)."""
    return {
        "stages": [
            {"label": e.title, "note": f"{e.start}–{e.end}"} for e in source.role.day_log[:8]
        ]
    }


PRESENTS = {"day_log": _day_log}
