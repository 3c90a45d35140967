"""The burning platform: the fire, and why only the role can put it out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide
from printworks.markup import Text

if TYPE_CHECKING:
    from printworks.content.presenting import Source

COPY = ("fire",)  # the copy it says, under kinds.burning_platform in each dialect


class Content(KindSlide):
    kind: Literal["burning_platform"]
    headline: Text
    fires: list[Text] = Field(min_length=1, max_length=6, description="What is on fire.")


def _flight_risk(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The risk's label as the headline; what is on fire is the diagnosis."""
    risk = source.role.flight_risk
    return {"headline": risk.label, "fires": [risk.diagnosis]}


PRESENTS = {"flight_risk": _flight_risk}
