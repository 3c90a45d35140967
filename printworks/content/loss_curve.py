"""A loss curve: one to three series over training steps, as a native line chart."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from printworks.content.base import KindSlide, Label, one_each
from printworks.markup import Text
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source

# the copy it says, under kinds.loss_curve in every dialect (layouts/deck/dialects/)
COPY = (
    "series",
    "kicker",
    "at",
    "verdict",
)


class Curve(Part):
    name: Label | None = Field(None, description="The series, e.g. 'train' (default: the copy's).")
    values: list[float] = Field(
        min_length=2, max_length=24, description="Its value at each step, in order."
    )


class Content(KindSlide):
    kind: Literal["loss_curve"]
    steps: list[Label] = Field(
        min_length=2, max_length=24, description="The steps or epochs, in order, e.g. '1k'."
    )
    curves: list[Curve] = Field(min_length=1, max_length=3, description="The series plotted.")
    caption: Text | None = Field(None, description="A line under the best checkpoint's figure.")

    @model_validator(mode="after")
    def _a_value_a_step(self) -> Content:
        for number, curve in enumerate(self.curves):
            one_each(f"curves[{number}].values", curve.values, "values", len(self.steps), "steps")
        return self


def lowest(content: Content) -> tuple[int, int]:
    """Where the first curve is lowest: (its index among the steps, the value's step count)."""
    values = content.curves[0].values
    index = min(range(len(values)), key=lambda i: values[i])
    return index, len(values)


def _clock(minutes: int) -> Text:
    return Text.plain(f"{minutes // 60 % 24:02d}:{minutes % 60:02d}")


def _day_log(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The day as a training run: the logged hours still to go, at its start and after each
    block, falling to zero when the last block ends. The word ``series`` names the curve."""
    blocks = source.facts.blocks[:23]
    left = sum(b.minutes for b in blocks)
    steps, values = [_clock(blocks[0].start)], [round(left / 60, 2)]
    for block in blocks:
        left -= block.minutes
        steps.append(_clock(block.end))
        values.append(round(left / 60, 2))
    return {"steps": steps, "curves": [{"name": words.pop("series", None), "values": values}]}


PRESENTS = {"day_log": _day_log}
