"""One enormous number, what it counts, and the small print."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.markup import Text

if TYPE_CHECKING:
    from printworks.content.presenting import Source


class Content(KindSlide):
    kind: Literal["hero_number"]
    number: Label = Field(description="The figure, as printed: '10×', '97%'.")
    label: Text = Field(description="What the figure counts.")
    caption: Text | None = None


def _salary(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The market average, enormous; its footnote says what it counts, its quote under it."""
    salary = source.role.salary
    return {
        "number": Text.plain(source.facts.salary),
        "label": salary.footnote,
        "caption": salary.quote,
    }


def _flight_risk(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The chance of leaving as one figure, its label under it and the diagnosis in small."""
    risk = source.role.flight_risk
    return {
        "number": Text.plain(f"{risk.percent}%"),
        "label": risk.label,
        "caption": risk.diagnosis,
    }


PRESENTS = {"salary": _salary, "flight_risk": _flight_risk}
