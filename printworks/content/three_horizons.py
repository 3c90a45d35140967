"""McKinsey's three horizons: three rising curves, today's core to tomorrow's options."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, field_validator

from printworks.content.base import KindSlide, Label
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source

# the copy it says, under kinds.three_horizons in the dialect
COPY = (
    "h1",
    "h2",
    "h3",
    "number",
    "x_axis",
    "y_axis",
    "here",
)


class Horizon(Part):
    label: Label | None = Field(None, description="Its name (default: the copy's h1, h2, h3).")
    items: list[Label] = Field(default_factory=list, max_length=4, description="What is in it.")


class Content(KindSlide):
    kind: Literal["three_horizons"]
    horizons: list[Horizon] = Field(description="Exactly three: the core, emerging, future.")
    we_are_in: int | None = Field(None, ge=1, le=3, description="The horizon the role is in.")

    @field_validator("horizons", mode="before")
    @classmethod
    def _three(cls, value):
        if isinstance(value, list) and len(value) != 3:
            raise ValueError(
                f"three horizons are three (the core, emerging, future); this has {len(value)}"
            )
        return value


def _spread(items: list) -> list[dict[str, Any]]:
    """``items`` dealt over the three horizons in order, as evenly as they go (at most 4 each)."""
    items = items[:12]
    count = len(items)
    cuts = [round(count * k / 3) for k in range(4)]
    return [{"items": items[cuts[k] : cuts[k + 1]]} for k in range(3)]


# --- what it can present ------------------------------------------------------------------
def _placed(items: list) -> dict[str, Any]:
    """The horizons of ``items``; the role stands in the furthest horizon that holds any."""
    horizons = _spread(items)
    filled = [i for i, h in enumerate(horizons, start=1) if h["items"]]
    return {"horizons": horizons, "we_are_in": filled[-1] if filled else None}


def _habitat(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The habitats, in the dossier's order, from the core outwards."""
    return _placed(list(source.role.habitat))


def _weaponry(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The weapons, in the dossier's order, from the core outwards."""
    return _placed([w.name for w in source.role.weaponry])


PRESENTS = {"habitat": _habitat, "weaponry": _weaponry}
