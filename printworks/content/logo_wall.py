"""A wall of partner logos: far too many of them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label

if TYPE_CHECKING:
    from printworks.content.presenting import Source

COPY = ("more",)  # the copy it says, under kinds.logo_wall in each dialect


class Content(KindSlide):
    kind: Literal["logo_wall"]
    logos: list[Label] = Field(
        min_length=3, max_length=24, description="Each a made-up partner's name."
    )
    caption: Label | None = Field(None, description="A line under the wall.")


def _aliases(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """Every name the role goes by, as a partner's logo."""
    return {"logos": source.role.aliases[:24]}


def _related(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The related specimens, as the partners of an ecosystem."""
    return {"logos": [s.title for s in source.role.related[:24]]}


PRESENTS = {"aliases": _aliases, "related": _related}
