"""The vocabulary of slide kinds a role's own deck is written in: one module per kind.

Adding a kind is adding a module here (its ``Content``, ``describe`` and ``draw``) and a line
in :data:`KINDS`. Importing this package loads only the content models (pydantic), never
python-pptx: the role model holds a role's own slides as these.
"""

from __future__ import annotations

from importlib import import_module
from types import ModuleType
from typing import Annotated, Any, Union

from pydantic import Field

# kind -> module in this package; the kind is also each Content's ``kind`` tag
KINDS: dict[str, str] = {
    "matrix": "matrix",
    "pyramid": "pyramid",
    "cycle": "cycle",
    "funnel": "funnel",
    "roadmap": "roadmap",
    "iceberg": "iceberg",
    "hype_curve": "hype_curve",
    "venn": "venn",
    "stack": "stack",
    "staircase": "staircase",
    "sticky_wall": "sticky_wall",
    "burndown": "burndown",
    "velocity": "velocity",
    "raci": "raci",
    "heatmap": "heatmap",
    "before_after": "before_after",
    "swimlane": "swimlane",
    "spreadsheet": "spreadsheet",
    "dashboard": "dashboard",
    "logo_wall": "logo_wall",
    "hero_number": "hero_number",
    "hero_quote": "hero_quote",
    "chevrons": "chevrons",
    "burning_platform": "burning_platform",
}


def module(kind: str) -> ModuleType:
    """The module of ``kind``."""
    return import_module(f"{__name__}.{KINDS[kind]}")


def _union() -> Any:
    contents = tuple(module(kind).Content for kind in KINDS)
    return Annotated[Union[contents], Field(discriminator="kind")]  # noqa: UP007


KindContent = _union()
