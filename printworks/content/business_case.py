"""A business case as a table: each period's cost and benefit, the net, and the NPV and payback."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label, Percent
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source

# the copy it says, under kinds.business_case in the dialect
COPY = (
    "item",
    "period",
    "cost",
    "benefit",
    "net",
    "cumulative",
    "tbc",
    "npv",
    "npv_note",
    "payback",
    "never",
)


class Line(Part):
    label: Label | None = Field(
        None, description="The period or item (default: the copy's 'period', numbered)."
    )
    cost: float = Field(ge=0, description="What it costs, in the case's currency.")
    benefit: float | None = Field(
        None, ge=0, description="What it returns; left out: to be confirmed (counted as 0)."
    )


class Content(KindSlide):
    kind: Literal["business_case"]
    lines: list[Line] = Field(min_length=1, max_length=8, description="The periods, in order.")
    discount: Percent = Field(description="The discount rate a period, in percent.")
    currency: Label | None = Field(None, description="What stands before a figure, e.g. '$'.")


def nets(content: Content) -> list[float]:
    return [(line.benefit or 0.0) - line.cost for line in content.lines]


def cumulative(content: Content) -> list[float]:
    out, level = [], 0.0
    for net in nets(content):
        level += net
        out.append(level)
    return out


def npv(content: Content) -> float:
    """The net present value: each period's net, discounted from the end of that period."""
    rate = content.discount / 100
    return sum(net / (1 + rate) ** (i + 1) for i, net in enumerate(nets(content)))


def payback(content: Content) -> int | None:
    """The index of the period in which the case has paid for itself, or None (never)."""
    return next((i for i, level in enumerate(cumulative(content)) if level >= 0), None)


# --- what it can present ------------------------------------------------------------------
def _salary(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The role as an investment: its pay spread over its tools (one line a weapon, or one line
    for the role), every benefit to be confirmed, discounted at its flight risk."""
    role = source.role
    amount = float(role.salary.amount)
    weapons = role.weaponry[:8]
    labels = [w.name for w in weapons] or [role.title]
    share = round(amount / len(labels))
    costs = [share] * (len(labels) - 1) + [amount - share * (len(labels) - 1)]
    return {
        "lines": [
            {"label": label, "cost": cost} for label, cost in zip(labels, costs, strict=True)
        ],
        "discount": role.flight_risk.percent,
        "currency": source.facts.currency_symbol.strip(),
    }


PRESENTS = {"salary": _salary}
