"""One quotation, large, and who said it."""

from __future__ import annotations

from typing import Literal

from printworks.content.base import KindSlide, Label
from printworks.markup import Text

COPY = ("mark",)  # the copy it says, under kinds.hero_quote in layouts/deck/copy.yaml


class Content(KindSlide):
    kind: Literal["hero_quote"]
    quote: Text
    attribution: Label
