"""A dashboard of checks, every one of them green."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source

# the copy it says, under kinds.dashboard in each dialect
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


def _metrics(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """Each metric a check, all green; the headline counts them, all of all."""
    metrics = source.role.metrics[:12]
    return {
        "headline": Text.plain(f"{len(metrics)}/{len(metrics)}"),
        "checks": [{"label": m.name} for m in metrics],
    }


PRESENTS = {"metrics": _metrics}
