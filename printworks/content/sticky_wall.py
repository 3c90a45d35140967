"""A wall of sticky notes from the last retro, in clusters."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.markup import Text
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source


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


# --- what it can present ------------------------------------------------------------------
def _aliases(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """One cluster, headed by the role's title: a note an alias."""
    role = source.role
    return {"clusters": [{"label": role.title, "notes": list(role.aliases[:8])}]}


def _weaponry(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """A cluster a weapon: its name the heading, its description the note."""
    return {
        "clusters": [{"label": w.name, "notes": [w.description]} for w in source.role.weaponry[:4]]
    }


def _encounter_guide(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """A cluster a situation, its advice the note."""
    return {
        "clusters": [
            {"label": e.situation, "notes": [e.advice]} for e in source.role.encounter_guide[:4]
        ]
    }


def _burn_ward(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The complaints clustered by where they were posted, a note a complaint."""
    clusters: dict[str, dict[str, Any]] = {}
    for complaint in source.role.burn_ward:
        where = complaint.posted_on.visible.strip().lower()
        cluster = clusters.setdefault(where, {"label": complaint.posted_on, "notes": []})
        if len(cluster["notes"]) < 8:
            cluster["notes"].append(complaint.quote)
    return {"clusters": list(clusters.values())[:4]}


PRESENTS = {
    "aliases": _aliases,
    "weaponry": _weaponry,
    "encounter_guide": _encounter_guide,
    "burn_ward": _burn_ward,
}
