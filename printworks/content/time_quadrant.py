"""An application portfolio on Gartner's TIME quadrant: Tolerate, Invest, Migrate, Eliminate."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from printworks.content.base import KindSlide, Label
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source

# the copy it says, under kinds.time_quadrant in the dialect
COPY = (
    "tolerate",
    "invest",
    "migrate",
    "eliminate",
    "x_axis",
    "y_axis",
    "empty",
    "us",
)

# the quadrants, in the order the grid draws them: top left, top right, bottom left, bottom right
# (across: technical fit, low to high; up: business value, low to high)
QUADRANTS = ("migrate", "invest", "eliminate", "tolerate")
Quadrant = Literal["tolerate", "invest", "migrate", "eliminate"]


class Application(Part):
    label: Label = Field(description="The application (or tool, or habit) in the portfolio.")
    quadrant: Quadrant = Field(
        description="Where it is filed: tolerate, invest, migrate, eliminate."
    )
    us: bool = Field(False, description="True on the one the role itself owns: picked out.")


class Content(KindSlide):
    kind: Literal["time_quadrant"]
    applications: list[Application] = Field(
        min_length=1, max_length=16, description="The portfolio, at most four to a quadrant."
    )

    @model_validator(mode="after")
    def _four_to_a_quadrant(self) -> Content:
        for quadrant in QUADRANTS:
            count = sum(1 for a in self.applications if a.quadrant == quadrant)
            if count > 4:
                raise ValueError(
                    f"{count} applications are filed under {quadrant}: a quadrant holds at most "
                    f"four; file the rest elsewhere or leave them out"
                )
        return self


# --- what it can present ------------------------------------------------------------------
# the role's own tools are invested in, the rest is migrated or tolerated; nothing, ever, is
# eliminated
_FILING = ("invest", "migrate", "tolerate")


def _weaponry(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    weapons = source.role.weaponry[: 4 * len(_FILING)]
    return {
        "applications": [
            {"label": w.name, "quadrant": _FILING[i % len(_FILING)], "us": i == 0}
            for i, w in enumerate(weapons)
        ]
    }


def _related(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """Each related specimen filed by its system match: the closer the match, the more it is
    worth investing in (as the role would see it); the farthest is eliminated."""
    ranked = sorted(source.role.related, key=lambda s: -s.match)[:12]
    count = len(ranked)
    order = ("invest", "migrate", "tolerate", "eliminate")
    return {
        "applications": [
            {"label": s.title, "quadrant": order[min(3, i * 4 // max(count, 1))]}
            for i, s in enumerate(ranked)
        ]
    }


PRESENTS = {"weaponry": _weaponry, "related": _related}
