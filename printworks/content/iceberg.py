"""An iceberg: what shows above the waterline, and the bulk beneath it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide
from printworks.markup import Text

if TYPE_CHECKING:
    from printworks.content.presenting import Source

# the copy it says, under kinds.iceberg in each dialect
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


# --- what it can present ------------------------------------------------------------------
def _habitat(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The role's title above the waterline, every habitat it lives in below it."""
    role = source.role
    return {"above": [role.title], "below": list(role.habitat[:8])}


def _jd_autopsy(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """What the ad claims above the waterline; what it means below."""
    claims = source.role.jd_autopsy
    return {
        "above": [c.claim for c in claims[:4]],
        "below": [c.translation for c in claims[:8]],
    }


def _encounter_guide(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The situations show above the waterline; what to do in them is below."""
    guide = source.role.encounter_guide
    return {
        "above": [e.situation for e in guide[:4]],
        "below": [e.advice for e in guide[:8]],
    }


PRESENTS = {"habitat": _habitat, "jd_autopsy": _jd_autopsy, "encounter_guide": _encounter_guide}
