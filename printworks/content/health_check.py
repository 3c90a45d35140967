"""A team health check: areas down the side, a traffic light and a trend in each cell."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from printworks.content.base import KindSlide, Label, one_each
from printworks.markup import Text
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source

# the copy it says, under kinds.health_check in every dialect (layouts/deck/dialects/)
COPY = (
    "column",
    "light.green",
    "light.amber",
    "light.red",
    "trend.up",
    "trend.flat",
    "trend.down",
)


class Light(Part):
    light: Literal["green", "amber", "red"] = Field(description="The traffic light.")
    trend: Literal["up", "flat", "down"] = Field("flat", description="Where it is heading.")


class Area(Part):
    area: Label = Field(description="What is checked, e.g. 'Fun' or 'Speed'.")
    note: Text | None = Field(None, description="A line beside it: what the team said.")
    cells: list[Light] = Field(min_length=1, max_length=5, description="A light a column.")


class Content(KindSlide):
    kind: Literal["health_check"]
    columns: list[Label] | None = Field(
        None,
        max_length=5,
        description="The teams or sprints across (default: one column, named by the copy).",
    )
    areas: list[Area] = Field(min_length=1, max_length=8, description="The areas, down the side.")

    @model_validator(mode="after")
    def _a_light_a_column(self) -> Content:
        count = len(self.columns) if self.columns else 1
        for number, area in enumerate(self.areas):
            one_each(f"areas[{number}].cells", area.cells, "lights", count, "columns")
        return self


def _metrics(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """Every metric green and rising: the metrics are what the team is measured by."""
    return {
        "areas": [
            {"area": m.name, "note": m.description, "cells": [{"light": "green", "trend": "up"}]}
            for m in source.role.metrics[:8]
        ]
    }


def _burn_ward(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """Each complaint an area, named by where it was posted: red, and falling."""
    return {
        "areas": [
            {"area": c.posted_on, "note": c.quote, "cells": [{"light": "red", "trend": "down"}]}
            for c in source.role.burn_ward[:8]
        ]
    }


PRESENTS = {"metrics": _metrics, "burn_ward": _burn_ward}
