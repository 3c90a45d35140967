"""The running order of a deck: its dialect's (or the role's own), with the role's slides in it.

A dialect names, in order, the frame slides (cover, agenda, the ending) and a step for each
dossier section, each presented through a kind; a role may reorder them (``deck.order``),
present a section in another kind or leave it out (``deck.sections``). A section the role has
nothing in is left out. A role's own slide goes after the step it names (``after:``), else
where the order says ``own``, else after the agenda; a slide a habit brings (a burning
platform, a wall of logos, a glossary) goes where the order names it, else where the habit
puts it. Pure: nothing here draws.
"""

from __future__ import annotations

from dataclasses import dataclass

from printworks.deck.dialect import Dialect
from printworks.errors import LayoutError
from printworks.model import Role
from printworks.sections import SECTIONS

OPENER = "cover"
ANCHOR = "agenda"  # the role's own slides go after it, when the order has no place for them
OWN = "own"
LAST = "questions"
DEFAULT_HABITS = ("version_stamp",)  # what a role without a deck section gets
# a frame slide a habit brings -> the habit
HABIT_FRAMES = {
    "burning_platform": "burning_platform",
    "logo_wall": "logo_wall",
    "glossary": "acronym_soup",
}
# the standing slides' names an own slide's ``after:`` may still give -> the section they told
FORMER = {
    "org": "org_chart",
    "hats": "aliases",
    "segments": "habitat",
    "investment": "salary",
    "retention": "flight_risk",
    "kpis": "metrics",
    "enablers": "weaponry",
    "maturity": "org_chart",
    "charter": "jd_autopsy",
    "cadence": "day_log",
    "playbook": "encounter_guide",
    "feedback": "burn_ward",
    "partners": "related",
}


@dataclass(frozen=True)
class Step:
    """One slide (or run of slides) of the running order: a frame slide by name, a section
    presented in a kind, or a role's own slide (``own``, its index in the deck section)."""

    frame: str | None = None
    section: str | None = None
    kind: str | None = None
    own: int | None = None

    @property
    def name(self) -> str | None:
        """What an own slide's ``after:`` calls this step."""
        return self.frame or self.section


def habits(role: Role) -> tuple[str, ...]:
    """The role's slide habits (the default ones when it has no deck section)."""
    return tuple(role.deck.habits) if role.deck else DEFAULT_HABITS


def running_order(role: Role, dialect: Dialect) -> list[Step]:
    """Every slide of ``role``'s deck in order, in ``dialect``."""
    own = role.deck
    names = list(own.order) if own and own.order else [e.name for e in dialect.order]
    slides = list(own.slides) if own else []
    kinds = {slide.kind for slide in slides}
    tics = habits(role)
    steps: list[Step] = []
    for name in names:
        step = _step(role, dialect, name, tics, kinds)
        if step is not None:
            steps.append(step)
    named = {s.name for s in steps}
    for frame, at in (("burning_platform", OPENER), ("logo_wall", LAST), ("glossary", LAST)):
        if frame not in named and _habit_shows(frame, tics, kinds):
            steps = _put(steps, Step(frame=frame), at, before=at == LAST)
    return _with_own(steps, slides)


def _step(role: Role, dialect: Dialect, name: str, tics, kinds) -> Step | None:
    if name in SECTIONS:
        chosen = role.deck.sections.get(name) if role.deck else None
        if (chosen is not None and chosen.skip) or not getattr(role, name):
            return None
        kind = chosen.kind if chosen is not None and chosen.kind else dialect.kind(name)
        if kind is None:
            raise LayoutError(
                f"deck.order: the dialect '{dialect.name}' does not present {name}; give "
                f"its kind in deck.sections.{name}.kind, or leave {name} out of deck.order"
            )
        return Step(section=name, kind=kind)
    if name in HABIT_FRAMES and not _habit_shows(name, tics, kinds):
        return None
    return Step(frame=name)


def _habit_shows(frame: str, tics, kinds) -> bool:
    """Whether the habit's slide shows: the role has the habit, and no slide of its own of
    that kind already (a burning platform of its own says it better)."""
    return HABIT_FRAMES[frame] in tics and frame not in kinds


def _put(steps: list[Step], step: Step, at: str, before: bool) -> list[Step]:
    index = next((i for i, s in enumerate(steps) if s.name == at), None)
    if index is None:
        return [*steps, step] if before else [step, *steps]
    index += 0 if before else 1
    return [*steps[:index], step, *steps[index:]]


def _with_own(steps: list[Step], slides) -> list[Step]:
    """``steps`` with each own slide after the step its ``after:`` names (or in the order's
    ``own`` place, or after the agenda, or after the cover)."""
    names = [s.name for s in steps]
    home = next((n for n in (OWN, ANCHOR, OPENER) if n in names), None)
    following: dict[str | None, list[int]] = {}
    for index, slide in enumerate(slides):
        after = FORMER.get(slide.after, slide.after)
        following.setdefault(after if after in names else home, []).append(index)
    out: list[Step] = [Step(own=i) for i in following.get(None, [])]
    for step in steps:
        if step.frame != OWN:
            out.append(step)
        out += [Step(own=i) for i in following.get(step.name, [])]
    return out
