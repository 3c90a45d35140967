"""A RACI grid: tasks down the side, roles across, a letter in each cell."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, model_validator

from printworks.content.base import KindSlide, Label, one_each
from printworks.part import Part

if TYPE_CHECKING:
    from printworks.content.presenting import Source

# the copy it says, under kinds.raci in each dialect
COPY = (
    "letters.R",
    "letters.A",
    "letters.RA",
    "letters.C",
    "letters.I",
    "letters.-",
    "meaning.R",
    "meaning.A",
    "meaning.RA",
    "meaning.C",
    "meaning.I",
)

Letter = Literal["R", "A", "C", "I", "RA", "-"]


class Row(Part):
    task: Label = Field(description="The task, a few words.")
    cells: list[Letter] = Field(
        description="One letter a role, in the order of roles: R, A, C, I, RA (both) or - (none)."
    )


class Content(KindSlide):
    kind: Literal["raci"]
    roles: list[Label] = Field(min_length=2, max_length=7, description="The roles, across.")
    tasks: list[Row] = Field(min_length=1, max_length=10, description="The tasks, down the side.")

    @model_validator(mode="after")
    def _a_cell_a_role(self) -> Content:
        for number, row in enumerate(self.tasks):
            one_each(f"tasks[{number}]", row.cells, "cells", len(self.roles), "roles")
        return self


def _encounter_guide(source: Source, words: dict[str, Any]) -> dict[str, Any]:
    """Each situation a task. The role, across first, is accountable for every one; its aliases
    follow, one of them responsible in turn, the others consulted. Without aliases, the top of
    its org chart is consulted."""
    role = source.role
    others = list(role.aliases[:4])
    if not others and role.org_chart:
        others = [role.org_chart.root.title]
    tasks = []
    for number, encounter in enumerate(role.encounter_guide[:10]):
        cells = ["A"] + ["R" if i == number % len(others) else "C" for i in range(len(others))]
        tasks.append({"task": encounter.situation, "cells": cells})
    return {"roles": [role.title, *others], "tasks": tasks}


PRESENTS = {"encounter_guide": _encounter_guide}
