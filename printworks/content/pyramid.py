"""A pyramid of levels, top first; upside down for a role that builds it the wrong way up."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.content.ranks import by_depth, joined
from printworks.markup import Text
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source


class Level(Part):
    label: Label
    note: Text | None = None


class Content(KindSlide):
    kind: Literal["pyramid"]
    levels: list[Level] = Field(min_length=3, max_length=7, description="Top level first.")
    inverted: bool = Field(False, description="True: the widest level on top.")


# --- what it can present ------------------------------------------------------------------
def _org_chart(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The org chart by depth, the top first: a level a rank, named by its first post, the
    others at that rank its note (the role's own rank names the role)."""
    ranks = by_depth(source)
    if len(ranks) < 3:  # a flat chart: a level a post
        ranks = [[entry] for entry in source.facts.org]
    levels = []
    for rank in ranks[:7]:
        first = next((e for e in rank if e.node.this_role), rank[0])
        rest = [e.node.title for e in rank if e is not first]
        levels.append({"label": first.node.title, "note": joined(rest)})
    return {"levels": levels}


PRESENTS = {"org_chart": _org_chart}
