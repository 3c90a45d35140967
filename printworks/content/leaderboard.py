"""An eval leaderboard: entries ranked by one score, the best in bold."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source

# the copy it says, under kinds.leaderboard in every dialect (layouts/deck/dialects/)
COPY = (
    "rank",
    "entry",
    "metric",
    "note",
    "best",
)


class Entry(Part):
    name: Label = Field(description="What is ranked: a model, a vendor, a specimen.")
    score: float = Field(ge=-1e9, le=1e9, description="Its score on the board's metric.")
    note: Text | None = Field(None, description="A short remark in the last column.")


class Content(KindSlide):
    kind: Literal["leaderboard"]
    entries: list[Entry] = Field(
        min_length=2, max_length=10, description="The entries, in any order: the board ranks them."
    )
    metric: Label | None = Field(
        None, description="What the score measures, e.g. 'Accuracy' (default: the copy's)."
    )
    lower_is_better: bool = Field(False, description="True when a lower score ranks higher.")
    decimals: int = Field(1, ge=0, le=4, description="Decimal places a score is printed with.")


def ranked(content: Content) -> list[Entry]:
    """The entries best first; equal scores keep the order they were given in."""
    sign = 1 if content.lower_is_better else -1
    return sorted(content.entries, key=lambda e: sign * e.score)


def _related(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The related specimens, ranked by how closely the system matches them."""
    return {
        "entries": [
            {"name": s.title, "score": s.match, "note": s.summary} for s in source.role.related[:10]
        ],
        "decimals": 0,
    }


def _day_log(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The day's blocks ranked by the minutes each one took."""
    return {
        "entries": [
            {"name": b.entry.title, "score": b.minutes, "note": b.entry.description}
            for b in source.facts.blocks[:10]
        ],
        "decimals": 0,
    }


PRESENTS = {"related": _related, "day_log": _day_log}
