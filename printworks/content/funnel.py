"""A funnel of narrowing stages, each with an optional figure."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source


class Stage(Part):
    label: Label
    value: Text | None = Field(None, description="A figure for the stage, e.g. '1,200 leads'.")


class Content(KindSlide):
    kind: Literal["funnel"]
    stages: list[Stage] = Field(min_length=3, max_length=7, description="Widest first.")


# --- what it can present ------------------------------------------------------------------
def _jd_autopsy(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """What the ad claims, narrowing down to what the job is: the claims, widest first, then
    their translations (as many as make three stages at least)."""
    claims = source.role.jd_autopsy
    stages = [c.claim for c in claims][:7]
    stages += [c.translation for c in claims][: max(0, 3 - len(stages))]
    return {"stages": [{"label": s} for s in stages]}


def _related(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The related specimens, closest match first, each its match; the role itself at the
    narrow end."""
    ranked = sorted(source.role.related, key=lambda s: -s.match)[:6]
    stages = [{"label": s.title, "value": f"{s.match}%"} for s in ranked]
    stages.append({"label": source.role.title})
    for alias in source.role.aliases:
        if len(stages) >= 3:
            break
        stages.insert(-1, {"label": alias})
    return {"stages": stages}


PRESENTS = {"jd_autopsy": _jd_autopsy, "related": _related}
