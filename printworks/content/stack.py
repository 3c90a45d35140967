"""A layered architecture: layers top to bottom, each with its boxes, and a bar across all."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field

from printworks.content.base import KindSlide, Label
from printworks.content.ranks import by_depth
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source


class Layer(Part):
    label: Label
    items: list[Label] = Field(default_factory=list, max_length=6)


class Content(KindSlide):
    kind: Literal["stack"]
    layers: list[Layer] = Field(min_length=2, max_length=7, description="Top layer first.")
    side: Label | None = Field(None, description="A concern across every layer.")


# --- what it can present ------------------------------------------------------------------
def _org_chart(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """The org chart as layers, the top first: a layer a rank, named by its first post (the
    role's own on its rank); its items that post's note, then the other posts at that rank."""
    layers = []
    for rank in by_depth(source)[:7]:
        first = next((e for e in rank if e.node.this_role), rank[0])
        items = [first.node.note] if first.node.note else []
        items += [e.node.title for e in rank if e is not first]
        layers.append({"label": first.node.title, "items": items[:6]})
    return {"layers": layers}


def _weaponry(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """A layer a weapon, in the dossier's order, what it does beside it: the stack the role
    builds on."""
    return {
        "layers": [{"label": w.name, "items": [w.description]} for w in source.role.weaponry[:7]]
    }


def _metrics(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """A layer a metric, what it measures beside it: the measurement stack."""
    return {
        "layers": [{"label": m.name, "items": [m.description]} for m in source.role.metrics[:7]]
    }


PRESENTS = {"org_chart": _org_chart, "weaponry": _weaponry, "metrics": _metrics}
