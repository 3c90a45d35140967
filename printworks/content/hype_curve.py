"""A hype curve: trigger, peak, trough, slope and plateau, with ‘we are here’."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source

# the phases, in order along the curve; what each is called is the copy's (kinds.hype_curve)
PHASES = ("trigger", "peak", "trough", "slope", "plateau")
Phase = Literal[PHASES]  # type: ignore[valid-type]

# the copy it says, under kinds.hype_curve in each dialect
COPY = ("here", *PHASES, "y_axis", "x_axis")


class Point(Part):
    """Something placed on the curve, in one of its phases."""

    label: Label
    phase: Phase


class Content(KindSlide):
    kind: Literal["hype_curve"]
    we_are_here: Phase
    here_label: Label | None = Field(None, description="The marker's words (default: copy).")
    points: list[Point] = Field(default_factory=list, max_length=8)


# --- what it can present ------------------------------------------------------------------
def _weaponry(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """Each weapon on the curve, the first at its peak and the rest sliding down it; the role
    stands where its flight risk puts it (the riskier, the further along)."""
    weapons = source.role.weaponry[:8]
    points = [
        {"label": w.name, "phase": PHASES[min(1 + i, len(PHASES) - 1)]}
        for i, w in enumerate(weapons)
    ]
    percent = source.role.flight_risk.percent
    return {
        "we_are_here": PHASES[min(len(PHASES) - 1, percent * len(PHASES) // 100)],
        "points": points,
    }


def _flight_risk(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The role's career on the curve: the further its flight risk, the further along it is;
    the marker says the risk's own label."""
    risk = source.role.flight_risk
    return {
        "we_are_here": PHASES[min(len(PHASES) - 1, risk.percent * len(PHASES) // 100)],
        "here_label": risk.label,
    }


PRESENTS = {"weaponry": _weaponry, "flight_risk": _flight_risk}
