"""A bridge (waterfall) of bars: a starting figure, the steps up and down, the total it comes to."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from printworks.content.base import KindSlide, Label
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source

# the copy it says, under kinds.waterfall in the dialect
COPY = (
    "start",
    "total",
    "up",
    "down",
    "base",
)


class Step(Part):
    label: Label = Field(description="What moves the figure.")
    value: float = Field(description="How much: positive up, negative down.")


class Content(KindSlide):
    kind: Literal["waterfall"]
    start: float = Field(ge=0, description="The figure the bridge starts from.")
    start_label: Label | None = Field(None, description="Its bar's name (default: the copy's).")
    steps: list[Step] = Field(min_length=1, max_length=8, description="The steps, left to right.")
    total_label: Label | None = Field(
        None, description="The last bar's name, the total (default: the copy's)."
    )
    unit: Label | None = Field(None, description="What the figures count, e.g. 'USD'.")

    @model_validator(mode="after")
    def _never_below_zero(self) -> Content:
        running = self.start
        for number, step in enumerate(self.steps):
            running += step.value
            if running < -1e-9:
                raise ValueError(
                    f"steps[{number}] takes the bridge below zero ({running:g}): a bridge here "
                    f"stays at zero or above; make its steps smaller or its start larger"
                )
        return self


def running(content: Content) -> list[tuple[float, float]]:
    """Each step's bar as (from, to): where the running figure stood before it and after."""
    out, level = [], content.start
    for step in content.steps:
        out.append((level, level + step.value))
        level += step.value
    return out


def total(content: Content) -> float:
    return content.start + sum(step.value for step in content.steps)


# --- what it can present ------------------------------------------------------------------
def _salary(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The salary, bridged down to what is left for the work itself: each logged block of the
    day log takes its share of the pay, by its minutes (with no day log, each alias an equal
    share; with neither, the title takes it all)."""
    role = source.role
    amount = float(role.salary.amount)
    blocks = source.facts.blocks[:8]
    if blocks:
        minutes = sum(b.minutes for b in source.facts.blocks) or 1
        steps = [(b.entry.title, -amount * b.minutes / minutes) for b in blocks]
    elif role.aliases:
        aliases = role.aliases[:8]
        steps = [(a, -amount / len(aliases)) for a in aliases]
    else:
        steps = [(role.title, -amount)]
    # the shares are rounded to whole units; the last takes the remainder, so the bridge ends at 0
    rounded = [round(v) for _, v in steps]
    rounded[-1] = -amount - sum(rounded[:-1])
    return {
        "start": amount,
        "steps": [
            {"label": label, "value": value}
            for (label, _), value in zip(steps, rounded, strict=True)
        ],
        "unit": role.salary.currency,
    }


PRESENTS = {"salary": _salary}
