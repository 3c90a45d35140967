"""The deck's own drawings: the frame slides (cover, agenda, the ending, the habits' slides)
and the classic kinds, each the deck's drawing of one dossier section. One module per subject;
each builder takes the :class:`~printworks.deck.builder.Deck`.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

# frame slide -> (module, function)
FRAMES: dict[str, tuple[str, str]] = {
    "cover": ("opening", "cover"),
    "agenda": ("opening", "agenda"),
    "takeaways": ("closing", "takeaways"),
    "next_steps": ("closing", "next_steps"),
    "questions": ("closing", "questions"),
    "burning_platform": ("habits", "burning_platform"),
    "logo_wall": ("habits", "logo_wall"),
    "glossary": ("habits", "glossary"),
}

# classic kind (printworks.content.presenting.CLASSIC) -> (module, function)
CLASSIC: dict[str, tuple[str, str]] = {
    "org_chart": ("org", "org_chart"),
    "title_cards": ("people", "hats"),
    "target_quadrant": ("people", "segments"),
    "investment_case": ("money", "investment"),
    "talent_outlook": ("money", "retention"),
    "kpi_board": ("kpis", "dashboard"),
    "enabler_cards": ("tools", "enablers"),
    "maturity_grid": ("tools", "maturity"),
    "charter_pillars": ("charter", "charter"),
    "operating_rhythm": ("cadence", "cadence"),
    "playbook_cards": ("feedback", "playbook"),
    "stakeholder_voices": ("feedback", "feedback"),
    "partner_network": ("feedback", "partners"),
}


def builder(name: str) -> Any:
    """The drawing of the frame slide or classic kind ``name``."""
    module, function = FRAMES.get(name) or CLASSIC[name]
    return getattr(import_module(f"printworks.deck.slides.{module}"), function)
