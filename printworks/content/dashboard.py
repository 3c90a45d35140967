"""A dashboard of checks, every one of them green."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.part import Part

# the copy it says, under kinds.dashboard in layouts/deck/copy.yaml
COPY = (
    "status",
    "summary",
    "since",
)


class Check(Part):
    label: Label = Field(description="What is checked.")
    status: Label | None = Field(
        None, description="What its (always green) badge says (default: the copy's PASS)."
    )


class Content(KindSlide):
    kind: Literal["dashboard"]
    headline: Label = Field(description="The big figure, e.g. '100% PASSING'.")
    checks: list[Check] = Field(min_length=1, max_length=12, description="The checks, all green.")
