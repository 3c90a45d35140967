"""A Venn diagram of two or three circles and the synergy where they meet."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label

if TYPE_CHECKING:
    from printworks.content.presenting import Source


class Content(KindSlide):
    kind: Literal["venn"]
    circles: list[Label] = Field(min_length=2, max_length=3)
    centre: Label = Field(description="What sits where every circle overlaps.")


# --- what it can present ------------------------------------------------------------------
def _aliases(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The role's first aliases as the circles, its title where they all overlap."""
    role = source.role
    return {"circles": list(role.aliases[:3]), "centre": role.title}


PRESENTS = {"aliases": _aliases}
