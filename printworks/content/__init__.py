"""What a role's own slides hold, kind by kind: plain validated data, one module per kind.

This is the content below the deck renderer (as python-pptx's ``oxml`` layer sits below its
API): the role model holds a role's own slides as these, and each kind's drawing, in
:mod:`printworks.deck.kinds`, takes them. Nothing here imports a renderer. Adding a kind is
adding a module here (its ``Content``, and its ``COPY`` when it says words of the copy's), its
drawing beside the deck's, and a line in :data:`KINDS`.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType
from typing import Annotated, Any, Union

from pydantic import Field

# the kinds there are; each is a module of this package, and each Content's ``kind`` tag
KINDS: tuple[str, ...] = (
    "matrix",
    "pyramid",
    "cycle",
    "funnel",
    "roadmap",
    "iceberg",
    "hype_curve",
    "venn",
    "stack",
    "staircase",
    "sticky_wall",
    "burndown",
    "velocity",
    "raci",
    "heatmap",
    "before_after",
    "swimlane",
    "spreadsheet",
    "dashboard",
    "logo_wall",
    "hero_number",
    "hero_quote",
    "chevrons",
    "burning_platform",
    "time_quadrant",
    "status_report",
    "waterfall",
    "business_case",
    "three_horizons",
    "leaderboard",
    "loss_curve",
    "pipeline_run",
    "testimonial_wall",
    "health_check",
)


def module(kind: str) -> ModuleType:
    """The content module of ``kind``."""
    if kind not in KINDS:
        raise KeyError(kind)
    return import_module(f"{__name__}.{kind}")


def _union() -> Any:
    contents = tuple(module(kind).Content for kind in KINDS)
    return Annotated[Union[contents], Field(discriminator="kind")]  # noqa: UP007


KindContent = _union()
"""A slide of a role's own: the content of one of the kinds, told apart by its ``kind``."""
