"""One quotation, large, and who said it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from printworks.content.base import KindSlide, Label
from printworks.markup import Text

if TYPE_CHECKING:
    from printworks.content.presenting import Source

COPY = ("mark",)  # the copy it says, under kinds.hero_quote in each dialect


class Content(KindSlide):
    kind: Literal["hero_quote"]
    quote: Text
    attribution: Label


def _burn_ward(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The longest complaint, large, attributed to where it was posted (the first of the
    longest, when two are as long)."""
    worst = max(source.role.burn_ward, key=lambda c: len(c.quote))
    return {"quote": worst.quote, "attribution": worst.posted_on}


PRESENTS = {"burn_ward": _burn_ward}
