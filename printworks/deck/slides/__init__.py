"""One module per kind of slide. Each builder takes the :class:`~printworks.deck.builder.Deck`.

A slide kind is shown only when the role has the field it is made from; ``None`` means always.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from printworks.layout import LayoutError
from printworks.model import Role

# kind -> (module, function, role field it needs)
SLIDES: dict[str, tuple[str, str, str | None]] = {
    "cover": ("opening", "cover", None),
    "agenda": ("opening", "agenda", None),
    "org": ("org", "org_chart", "org_chart"),
    "hats": ("people", "hats", "aliases"),
    "segments": ("people", "segments", "habitat"),
    "investment": ("money", "investment", "salary"),
    "retention": ("money", "retention", "flight_risk"),
    "kpis": ("kpis", "dashboard", "metrics"),
    "enablers": ("tools", "enablers", "weaponry"),
    "maturity": ("tools", "maturity", "org_chart"),
    "charter": ("charter", "charter", "jd_autopsy"),
    "cadence": ("cadence", "cadence", "day_log"),
    "playbook": ("feedback", "playbook", "encounter_guide"),
    "feedback": ("feedback", "feedback", "burn_ward"),
    "partners": ("feedback", "partners", "related"),
    "takeaways": ("closing", "takeaways", None),
    "next_steps": ("closing", "next_steps", None),
    "questions": ("closing", "questions", None),
}


def _entry(name: str) -> tuple[str, str, str | None]:
    try:
        return SLIDES[name]
    except KeyError:
        known = ", ".join(SLIDES)
        raise LayoutError(f"deck.yaml: no slide kind '{name}' (known: {known})") from None


def present(name: str, role: Role) -> bool:
    """Whether ``role`` has what the slide ``name`` is made from."""
    field = _entry(name)[2]
    return field is None or bool(getattr(role, field))


def builder(name: str) -> Any:
    module, function, _ = _entry(name)
    return getattr(import_module(f"printworks.deck.slides.{module}"), function)


# habit -> (module, function): the slides a role's habits bring into its deck
HABIT_SLIDES: dict[str, tuple[str, str]] = {
    "burning_platform": ("habits", "burning_platform"),
    "logo_wall": ("habits", "logo_wall"),
    "glossary": ("habits", "glossary"),
}


def habit_builder(name: str) -> Any:
    module, function = HABIT_SLIDES[name]
    return getattr(import_module(f"printworks.deck.slides.{module}"), function)
