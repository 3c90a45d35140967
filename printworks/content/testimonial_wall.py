"""A wall of testimonials: quote cards, each signed with a name and a handle."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source

# the copy it says, under kinds.testimonial_wall in every dialect (layouts/deck/dialects/)
COPY = ("mark",)


class Quote(Part):
    quote: Text = Field(description="What they said: a sentence or two.")
    name: Label = Field(description="Who said it.")
    handle: Label | None = Field(None, description="Their handle or where, e.g. '@growthkate'.")
    stars: int | None = Field(None, ge=0, le=5, description="A rating out of five, drawn as stars.")


class Content(KindSlide):
    kind: Literal["testimonial_wall"]
    quotes: list[Quote] = Field(min_length=2, max_length=6, description="The cards, in order.")


def _burn_ward(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The complaints as glowing testimonials, each signed by where it was posted."""
    return {"quotes": [{"quote": c.quote, "name": c.posted_on} for c in source.role.burn_ward[:6]]}


def _aliases(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """Each alias a testimonial: the role's title, endorsed by every name it goes by."""
    return {
        "quotes": [{"quote": source.role.title, "name": alias} for alias in source.role.aliases[:6]]
    }


PRESENTS = {"burn_ward": _burn_ward, "aliases": _aliases}
