"""A wall of sticky notes from the last retro, in clusters."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part


class Cluster(Part):
    label: Label = Field(description="The cluster's heading, e.g. 'Went well'.")
    notes: list[Text] = Field(
        min_length=1, max_length=8, description="The notes in it, a few words each."
    )


class Content(KindSlide):
    kind: Literal["sticky_wall"]
    clusters: list[Cluster] = Field(
        min_length=1, max_length=4, description="One to four clusters, each a column of notes."
    )
