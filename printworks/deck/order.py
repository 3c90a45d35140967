"""The running order of a deck: the standing slides and the role's own, as one believable deck.

The standing slides come in the order ``deck.yaml`` gives, each only when the role has what it
is made from. A role's own slide goes after the standing slide it names (``after:``), or after
the agenda; a slide the role's habits bring (a burning platform, a wall of logos, a glossary)
goes where that habit puts it. Pure: nothing here draws.
"""

from __future__ import annotations

from dataclasses import dataclass

from printworks.model import Role

OPENER = "cover"
ANCHOR = "agenda"  # the role's own slides go after it, unless they say otherwise
LAST = "questions"
DEFAULT_HABITS = ("version_stamp",)  # what a role without a deck section gets


@dataclass(frozen=True)
class Step:
    """One slide of the running order: a standing slide by name, a role's own slide (``own``
    its index in the deck section), or a slide a habit brings (``habit`` its name)."""

    standing: str | None = None
    own: int | None = None
    habit: str | None = None


def habits(role: Role) -> tuple[str, ...]:
    """The role's slide habits (the default ones when it has no deck section)."""
    return tuple(role.deck.habits) if role.deck else DEFAULT_HABITS


def running_order(role: Role, standing: list[str], present: set[str]) -> list[Step]:
    """Every slide of ``role``'s deck in order; ``present`` names the standing slides it has."""
    own = list(role.deck.slides) if role.deck else []
    kinds = {slide.kind for slide in own}
    tics = habits(role)
    following: dict[str, list[int]] = {}
    for index, slide in enumerate(own):
        anchor = slide.after if slide.after in standing else ANCHOR
        following.setdefault(anchor, []).append(index)
    steps: list[Step] = []
    for name in standing:
        if name == LAST:
            steps += _closing_habits(tics, kinds)
        if name in present:
            steps.append(Step(standing=name))
        if name == OPENER and "burning_platform" in tics and "burning_platform" not in kinds:
            steps.append(Step(habit="burning_platform"))
        steps += [Step(own=index) for index in following.get(name, [])]
    if LAST not in standing:
        steps += _closing_habits(tics, kinds)
    return steps


def _closing_habits(tics: tuple[str, ...], kinds: set[str]) -> list[Step]:
    out = []
    if "logo_wall" in tics and "logo_wall" not in kinds:
        out.append(Step(habit="logo_wall"))
    if "acronym_soup" in tics:
        out.append(Step(habit="glossary"))
    return out
