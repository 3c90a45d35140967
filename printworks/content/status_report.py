"""A traffic-light status report: a table of workstreams, each red, amber or green."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source

# the copy it says, under kinds.status_report in the dialect
COPY = (
    "item",
    "status",
    "trend",
    "comment",
    "overall",
    "green",
    "amber",
    "red",
    "up",
    "flat",
    "down",
)

Rag = Literal["green", "amber", "red"]
Trend = Literal["up", "flat", "down"]


class Row(Part):
    item: Label = Field(description="The workstream or risk.")
    status: Rag = Field(description="Its light: green, amber or red.")
    trend: Trend | None = Field(None, description="Which way it is heading: up, flat or down.")
    comment: Text | None = Field(None, description="One line of commentary.")


class Content(KindSlide):
    kind: Literal["status_report"]
    rows: list[Row] = Field(min_length=1, max_length=8, description="The table's rows.")
    overall: Rag | None = Field(
        None, description="The overall status in the header (default: the worst row's)."
    )


WORST: dict[str, int] = {"green": 0, "amber": 1, "red": 2}


def overall(content: Content) -> str:
    """The header's light: as given, or the worst of the rows'."""
    return content.overall or max((r.status for r in content.rows), key=WORST.__getitem__)


# --- what it can present ------------------------------------------------------------------
def _light(percent: int) -> str:
    """A percentage as a light, in thirds: the higher, the redder."""
    return ("green", "amber", "red")[min(2, percent * 3 // 100)]


def _metrics(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """Every metric green and rising, its description the comment: the role reports on itself."""
    return {
        "rows": [
            {"item": m.name, "status": "green", "trend": "up", "comment": m.description}
            for m in source.role.metrics[:8]
        ],
        "overall": "green",
    }


def _flight_risk(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The flight risk as one row, its light from its percentage, and the overall status green:
    the header is what the steering group reads."""
    risk = source.role.flight_risk
    return {
        "rows": [
            {
                "item": risk.label,
                "status": _light(risk.percent),
                "trend": "up" if risk.percent >= 50 else "flat",
                "comment": risk.diagnosis,
            }
        ],
        "overall": "green",
    }


PRESENTS = {"metrics": _metrics, "flight_risk": _flight_risk}
