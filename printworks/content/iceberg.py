"""An iceberg: what shows above the waterline, and the bulk beneath it."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.content.base import KindSlide
from printworks.markup import Text

# the copy it says, under kinds.iceberg in layouts/deck/copy.yaml
COPY = (
    "above",
    "below",
    "share",
    "share_note",
)


class Content(KindSlide):
    kind: Literal["iceberg"]
    above: list[Text] = Field(min_length=1, max_length=4)
    below: list[Text] = Field(min_length=1, max_length=8)
